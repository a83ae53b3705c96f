#!/usr/bin/python3
"""Figure 1 of Kaeding & Nandi (KN99) from a scan file of `gmsb scan`.

M_h contours in the Lambda-tan(beta) plane for one or more messenger sectors, with labelled
levels; the region where the lighter stau is tachyonic (m^2(stau_1) < 0) shaded and labelled;
other excluded regions (no EWSB, Landau pole, ...) shaded differently. Axes: Lambda in TeV.

usage: plot_contours.py FILE.h5 --model 1,1,1 [--model 1,3,4 ...] [--mess 1e8] [-o fig.png]
       plot_contours.py FILE.h5 --model-index 0 [--model-index 3 ...] [--mess 1e16] [-o fig.png]
  --model        N1,N2,N3 of a model; must name exactly one model of the file
  --model-index  index of a model in /models (0-based), for model variants that share N1,N2,N3
                 (the panel title shows the stored model name with its variant values)
  -o OUT     OUT.png or OUT.pdf writes that format; OUT without one of these extensions writes both
             OUT.png and OUT.pdf (default: contours)
  --levels   contour levels in GeV, comma-separated (default: every 2 GeV, labelled every 4)
Runs headless (Agg). Needs Debian's python3-h5py, python3-numpy, python3-matplotlib.
"""
import argparse
import os
import sys
from fractions import Fraction

import matplotlib

matplotlib.use("Agg")
import h5py  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

FORMAT = "gmsb-scan/1"
STAU_BIT = 0
NOT_COMPUTED_BIT = 31


def parse_model(text):
    """'14/5,4,1' -> (14, 4, 1): N1 in fifths, N2, N3."""
    parts = text.split(",")
    if len(parts) != 3:
        raise ValueError("--model must be N1,N2,N3 (N1 may be a fraction such as 14/5), got '%s'" % text)
    n1 = Fraction(parts[0]) * 5
    if n1.denominator != 1 or n1 < 0:
        raise ValueError("N1 must be a non-negative multiple of 1/5, got '%s'" % parts[0])
    return int(n1), int(parts[1]), int(parts[2])


def model_label(fifths, n2, n3):
    n1 = Fraction(fifths, 5)
    return "%s,%d,%d" % (n1, n2, n3)


def latex_number(x):
    """1e8 -> '10^{8}', 2.5e8 -> '2.5 \\times 10^{8}'."""
    e = int(np.floor(np.log10(x)))
    m = x / 10.0 ** e
    return "10^{%d}" % e if abs(m - 1) < 1e-9 else r"%g \times 10^{%d}" % (m, e)


def bit_names(status_ds):
    names = {}
    for key, value in status_ds.attrs.items():
        if key.startswith("bit_") and key[4:].isdigit():  # bit_<k> = name (other bit_* attributes ignored)
            names[int(key[4:])] = value.decode() if isinstance(value, bytes) else str(value)
    return names


def shade(ax, x, y, mask, **kw):
    """Fills the cells where mask is true (contourf of the 0/1 mask)."""
    if not mask.any():
        return False
    ax.contourf(x, y, mask.astype(float), levels=[0.5, 1.5], **kw)
    return True


def label_region(ax, x, y, mask, text, color):
    """Writes text at the middle of the largest part of a region."""
    if not mask.any():
        return
    iy, ix = np.nonzero(mask)
    ax.text(np.median(x[ix]), np.median(y[iy]), text, ha="center", va="center", fontsize=9, color=color,
            bbox=dict(boxstyle="round,pad=0.2", fc="white", ec=color, alpha=0.8))


def plot_panel(ax, f, model_index, mess_index, levels, label_every):
    lam_tev = f["axes/lambda"][:] / 1e3
    tanb = f["axes/tanb"][:]
    try:
        mh = f["results/mh"][model_index, mess_index, :, :].T  # rows tan(beta), columns Lambda
        status = f["results/status"][model_index, mess_index, :, :].T.astype(np.uint64)
    except OSError as e:  # a chunk failing its Fletcher32 checksum (docs/reliability.md)
        sys.exit("plot_contours.py: %s: cannot read /results/mh or /results/status of model %d, M index %d "
                 "(damaged; `gmsb scan --resume --repair -o FILE` recomputes it): %s"
                 % (f.filename, model_index, mess_index, e))
    if "bookkeeping/line_done" in f:  # lines not marked done are not computed (docs/hdf5-layout.md)
        done = f["bookkeeping/line_done"][model_index, mess_index, :].astype(bool)  # [tanb]
        status = np.where(done[:, None], status, np.uint64(1 << NOT_COMPUTED_BIT))
        mh = np.where(done[:, None], mh, np.nan)
    names = bit_names(f["results/status"])
    stau = (status & (1 << STAU_BIT)) != 0
    other_bits = status & ~np.uint64((1 << STAU_BIT) | (1 << NOT_COMPUTED_BIT))
    other = other_bits != 0
    missing = (status & (1 << NOT_COMPUTED_BIT)) != 0

    handles = []
    if shade(ax, lam_tev, tanb, stau & ~other, colors=["#f4b6b6"], hatches=["//"]):
        handles.append(Patch(facecolor="#f4b6b6", hatch="//", label=r"$m^2(\tilde\tau_1) < 0$"))
        label_region(ax, lam_tev, tanb, stau & ~other, r"$m^2(\tilde\tau_1) < 0$", "#a01010")
    if shade(ax, lam_tev, tanb, other, colors=["#b8b8b8"]):
        reasons = sorted({names.get(b, "bit %d" % b) for b in range(31)
                          if (other_bits & np.uint64(1 << b)).any()})
        text = "excluded: " + ", ".join(r.replace("_", " ") for r in reasons)
        handles.append(Patch(facecolor="#b8b8b8", label=text))
    if missing.any():
        handles.append(Patch(facecolor="white", edgecolor="black", label="not computed"))

    masked = np.ma.masked_invalid(mh)
    if masked.count() > 0:
        lo, hi = float(masked.min()), float(masked.max())
        # default: every 2 GeV over the top 30 GeV (below, M_h falls steeply at the EWSB edge)
        lv = levels if levels else list(np.arange(np.floor(max(lo, hi - 30) / 2) * 2, hi + 2, 2.0))
        lv = [v for v in lv if lo <= v <= hi]
        if lv:
            cs = ax.contour(lam_tev, tanb, masked, levels=lv, colors="k", linewidths=0.9)
            labelled = [v for v in cs.levels if levels or int(round(v)) % label_every == 0] or list(cs.levels)
            ax.clabel(cs, labelled, fmt="%g", fontsize=8, inline=True)
    ax.set_xlabel(r"$\Lambda$ (TeV)")
    ax.set_ylabel(r"$\tan\beta$")
    ax.set_xlim(lam_tev.min(), lam_tev.max())
    ax.set_ylim(tanb.min(), tanb.max())
    return handles


def main(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file")
    p.add_argument("--model", action="append", default=[], help="N1,N2,N3 (repeatable)")
    p.add_argument("--model-index", action="append", default=[], type=int,
                   help="model index in /models, 0-based (repeatable; panels after the --model ones)")
    p.add_argument("--mess", type=float, default=None, help="messenger scale in GeV, or the ratio M/Lambda (x) of a tied axis (default: the file's only one, else 1e8 if present)")
    p.add_argument("-o", "--output", default="contours")
    p.add_argument("--levels", default=None, help="contour levels in GeV, comma-separated")
    a = p.parse_args(argv)

    if not a.model and not a.model_index:
        p.error("give at least one --model N1,N2,N3 or --model-index I")
    try:
        models = [parse_model(m) for m in a.model]
        levels = [float(v) for v in a.levels.split(",")] if a.levels else None
    except ValueError as e:
        p.error(str(e))
    if not os.path.exists(a.file):
        sys.exit("plot_contours.py: %s: no such file" % a.file)
    with h5py.File(a.file, "r") as f:
        fmt = f.attrs.get("format", b"")
        fmt = fmt.decode() if isinstance(fmt, bytes) else str(fmt)
        if fmt != FORMAT:
            sys.exit("plot_contours.py: %s: format '%s' is not '%s'" % (a.file, fmt, FORMAT))
        attr = lambda k, d: (lambda v: v.decode() if isinstance(v, bytes) else str(v))(f.attrs.get(k, d))
        if attr("shape", "grid") != "grid":  # point lists, samples: docs/hdf5-layout.md "Scan shapes"
            sys.exit("plot_contours.py: %s is a 1-D scan (shape '%s'): contours need a grid" % (a.file, attr("shape", "")))
        mess_name = attr("mess_axis", "mess")  # mess (GeV), or M tied to Lambda: mess_over_lambda, x
        lam = f["axes/lambda"][:]
        tanb = f["axes/tanb"][:]
        if len(lam) < 2 or len(tanb) < 2:
            sys.exit("plot_contours.py: %s: contours need at least 2 Lambda and 2 tan(beta) values" % a.file)
        mess_axis = f["axes/" + mess_name][:]
        if a.mess is None:
            hits = np.nonzero(np.abs(mess_axis - 1e8) <= 1e-6 * 1e8)[0] if mess_name == "mess" else []
            if len(mess_axis) == 1:
                k = 0
            elif len(hits):
                k = int(hits[0])
                print("plot_contours.py: note: several messenger scales; using M = 1e8 GeV (choose with --mess)",
                      file=sys.stderr)
            else:
                sys.exit("plot_contours.py: the file has several messenger scales (%s GeV): choose one with --mess"
                         % ", ".join("%g" % m for m in mess_axis))
        else:
            hits = np.nonzero(np.abs(mess_axis - a.mess) <= 1e-6 * a.mess)[0]
            if len(hits) == 0:
                sys.exit("plot_contours.py: messenger scale %g GeV not in the file (it has %s)"
                         % (a.mess, ", ".join("%g" % m for m in mess_axis)))
            k = int(hits[0])
        fifths = f["models/N1_fifths"][:]
        nn = f["models/N"][:]
        names = [n.decode() if isinstance(n, bytes) else str(n) for n in f["models/name"][:]]
        triples = [(int(fifths[i]), int(round(nn[i, 1])), int(round(nn[i, 2]))) for i in range(len(fifths))]
        panels = []  # model indices, in panel order
        for m in models:
            hits = [i for i, t in enumerate(triples) if t == m]
            if not hits:
                sys.exit("plot_contours.py: model (%s) is not in the file (it has %s)"
                         % (model_label(*m), " ".join("(%s)" % model_label(*x) for x in dict.fromkeys(triples))))
            if len(hits) > 1:
                sys.exit("plot_contours.py: model (%s) is ambiguous: the file has it %d times (%s); choose with "
                         "--model-index" % (model_label(*m), len(hits),
                                            ", ".join("%d: %s" % (i, names[i]) for i in hits)))
            panels.append(hits[0])
        for i in a.model_index:
            if not 0 <= i < len(triples):
                sys.exit("plot_contours.py: --model-index %d is out of range (the file has %d models: %s)"
                         % (i, len(triples), ", ".join("%d: %s" % (j, names[j]) for j in range(len(names)))))
            panels.append(i)
        method = f.attrs.get("method", b"")
        method = method.decode() if isinstance(method, bytes) else str(method)

        ncol = min(len(panels), 2)
        nrow = (len(panels) + ncol - 1) // ncol
        fig, axes = plt.subplots(nrow, ncol, figsize=(6.0 * ncol, 4.8 * nrow), squeeze=False)
        for j, i in enumerate(panels):
            ax = axes[j // ncol][j % ncol]
            handles = plot_panel(ax, f, i, k, levels, 4)
            m_text = {"mess": r"$M = %s$ GeV", "mess_over_lambda": r"$M = %s\,\Lambda$",
                      "x": r"$x = \Lambda/M = %s$"}[mess_name] % (
                          latex_number(mess_axis[k]) if mess_name == "mess" else "%g" % mess_axis[k])
            ax.set_title(r"$M_h$ (GeV), $(N_1,N_2,N_3) = (%s)$ [%s], %s"
                         % (model_label(*triples[i]), names[i].replace("^2", r"$^2$"), m_text), fontsize=10)
            if handles:
                ax.legend(handles=handles, loc="lower right", fontsize=8, framealpha=0.9)
        for j in range(len(panels), nrow * ncol):
            axes[j // ncol][j % ncol].axis("off")
        fig.suptitle("Higgs mass contours (%s), sign(mu) = %+d" % (method or "?", int(f.attrs.get("sign_mu", 1))),
                     fontsize=11)
        fig.tight_layout()

    root, ext = os.path.splitext(a.output)
    outs = [a.output] if ext.lower() in (".png", ".pdf") else [a.output + ".png", a.output + ".pdf"]
    for out in outs:
        d = os.path.dirname(out)
        if d:
            os.makedirs(d, exist_ok=True)
        fig.savefig(out, dpi=130)
        print("wrote %s" % out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
