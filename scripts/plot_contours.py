#!/usr/bin/python3
"""Figure 1 of Kaeding & Nandi (KN99) from a scan file of `gmsb scan`: a thin command line over
gmsb.plot (docs/python.md).

Contours of M_h (or another quantity) in the Lambda-tan(beta) plane for one or more messenger
sectors, with labelled levels; the excluded regions hatched by reason (stau tachyon, no EWSB, ...)
and no contour drawn through them; lines not marked done (/bookkeeping/line_done) shown as not
computed; a damaged chunk is named (gmsb scan --resume --repair recomputes it). Axes: Lambda in TeV.

usage: plot_contours.py FILE.h5 --model 1,1,1 [--model 1,3,4 ...] [--mess 1e8] [-o fig.png]
       plot_contours.py FILE.h5 --model-index 0 [--model-index 3 ...] [--mess 1e16] [-o fig.png]
  --model        N1,N2,N3 of a model; must name exactly one model of the file
  --model-index  index of a model in /models (0-based), for model variants that share N1,N2,N3
                 (the panel title shows the stored model name with its variant values)
  -o OUT     OUT.png or OUT.pdf writes that format; OUT without one of these extensions writes both
             OUT.png and OUT.pdf (default: contours)
  --levels   contour levels, comma-separated (default for M_h: every 2 GeV, labelled every 4)
  --quantity the quantity to draw (default mh; e.g. m_nlsp, mgluino, mstau1)
  --mh-band  draw the M_h = 125.25 GeV band (half-width: the file's per-point mh_uncertainty where
             it has one for every allowed point, else 3 GeV or --mh-band-half-width); on by default
             for M_h, --no-mh-band turns it off
  --nlsp     tint the NLSP types (the file's nlsp_kind)
Runs headless (the figure is written with matplotlib's Agg renderer, no display needed). Needs the
gmsb Python package (build/python, found from this script's place or GMSB_BUILD_DIR) and Debian's
python3-h5py, python3-numpy, python3-matplotlib, python3-xarray, python3-h5netcdf.
"""
import argparse
import os
import sys


def _import_gmsb():
    try:
        import gmsb
    except ImportError:
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        sys.path.insert(0, os.path.join(os.environ.get("GMSB_BUILD_DIR", os.path.join(root, "build")), "python"))
        import gmsb
    import gmsb.plot  # noqa: F401
    return gmsb


def main(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file")
    p.add_argument("--model", action="append", default=[], help="N1,N2,N3 (repeatable)")
    p.add_argument("--model-index", action="append", default=[], type=int,
                   help="model index in /models, 0-based (repeatable; panels after the --model ones)")
    p.add_argument("--mess", type=float, default=None,
                   help="messenger scale in GeV, or the ratio M/Lambda (x) of a tied axis "
                        "(default: the file's only one, else 1e8 if present)")
    p.add_argument("-o", "--output", default="contours")
    p.add_argument("--levels", default=None, help="contour levels, comma-separated")
    p.add_argument("--quantity", default="mh", help="quantity to draw (default mh)")
    p.add_argument("--mh-band", action=argparse.BooleanOptionalAction, default=None,
                   help="the M_h = 125.25 GeV band (default: on for --quantity mh)")
    p.add_argument("--mh-band-half-width", type=float, default=None, help="band half-width in GeV (default 3)")
    p.add_argument("--nlsp", action="store_true", help="tint the NLSP types (nlsp_kind)")
    a = p.parse_args(argv)

    if not a.model and not a.model_index:
        p.error("give at least one --model N1,N2,N3 or --model-index I")
    try:
        levels = [float(v) for v in a.levels.split(",")] if a.levels else None
    except ValueError:
        p.error("--levels must be numbers separated by commas, got '%s'" % a.levels)
    if not os.path.exists(a.file):
        return "plot_contours.py: %s: no such file" % a.file
    gmsb = _import_gmsb()
    try:
        ds = gmsb.open(a.file)
        if "lambda" not in ds.sizes or "tanb" not in ds.sizes:  # point lists, samples: docs/hdf5-layout.md
            return "plot_contours.py: %s is a 1-D scan (shape '%s'): contours need a grid" % (
                a.file, ds.attrs.get("shape", "?"))
        if ds.sizes["lambda"] < 2 or ds.sizes["tanb"] < 2:
            return "plot_contours.py: %s: contours need at least 2 Lambda and 2 tan(beta) values" % a.file
        if a.mess is None and ds.sizes["mess"] > 1:
            print("plot_contours.py: note: several messenger scales; using M = 1e8 GeV (choose with --mess)",
                  file=sys.stderr)
        choose = "choose with --model-index"
        panels = [gmsb.plot.model_index(ds, m, choose) for m in a.model]
        for i in a.model_index:
            try:
                panels.append(gmsb.plot.model_index(ds, i))
            except gmsb.InputError as e:
                return "plot_contours.py: --model-index %d: %s" % (i, e)
        method = ds.attrs.get("method", "?")
        fig = gmsb.plot.panels(ds, panels, a.quantity, a.mess, levels=levels, mh_band=a.mh_band,
                               mh_band_half_width=a.mh_band_half_width, nlsp_regions=a.nlsp,
                               suptitle="%s contours (%s), sign(mu) = %+d" % (
                                   "Higgs mass" if a.quantity == "mh" else a.quantity, method,
                                   int(ds.attrs.get("sign_mu", 1))))
    except gmsb.Error as e:
        return "plot_contours.py: %s" % e
    except ValueError as e:  # a malformed --model
        p.error(str(e))
    _, ext = os.path.splitext(a.output)
    outs = [a.output] if ext.lower() in (".png", ".pdf") else [a.output + ".png", a.output + ".pdf"]
    for out in outs:
        d = os.path.dirname(out)
        if d:
            os.makedirs(d, exist_ok=True)
        fig.savefig(out, dpi=150)
        print("wrote %s" % out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
