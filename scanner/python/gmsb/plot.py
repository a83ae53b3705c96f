"""Figures of gmsb scan files (docs/python.md): contours of any quantity in the Lambda-tan(beta)
plane, excluded regions hatched by reason, the 125 GeV band of M_h and the NLSP regions.

    ds = gmsb.open("results/kn99-figure1.h5")
    fig = gmsb.plot.contours(ds, model=(1, 3, 4), quantity="mh", mess=1e8)
    fig.savefig("fig1.pdf")

The functions return a matplotlib Figure (matplotlib.figure.Figure: no pyplot state, no backend
choice: it works headless and displays in Jupyter) or draw into a given Axes (ax=...). Contours are
interpolated between allowed points (status 0) only: no line crosses an excluded region; the labels
sit on their lines inside the frame, away from its edges.
"""
from fractions import Fraction

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.lines import Line2D
from matplotlib.ticker import MaxNLocator

#: M_h of the 125 GeV band: the PDG 2024 average of the Higgs mass (GeV).
MH_BAND_CENTRE = 125.25
#: Half-width of the band (GeV) where the file has no per-point `mh_uncertainty`: the customary
#: theory uncertainty of the MSSM M_h, about 3 GeV (Degrassi et al., Eur. Phys. J. C28 (2003) 133).
MH_BAND_DEFAULT_HALF_WIDTH = 3.0

#: status bit name -> (colour, hatch, legend label). Bits not listed get a grey hatch and their name.
EXCLUSION_STYLE = {
    "stau_tachyon": ("#c0392b", "////", r"$m^2_{\tilde\tau_1} < 0$"),
    "no_ewsb": ("#555555", "\\\\\\\\", "no EWSB"),
    "sfermion_tachyon": ("#d35400", "xxx", "sfermion tachyon"),
    "higgs_tachyon": ("#8e44ad", "...", r"$m_h^2 \leq 0$"),
    "non_perturbative": ("#2471a3", "|||", "non-perturbative"),
    "no_convergence": ("#6e2c00", "+++", "no convergence"),
}
NOT_COMPUTED = "not_computed"

#: NLSP name (gmsb/nlsp.hpp nlsp_kind_name) -> (colour, legend label) of nlsp_regions. The codes of
#: the file's `nlsp_kind` are named by the dataset's attributes kind_<k> = name if it has them, else
#: by the program (gmsb._core._nlsp_kind_names(): the names of gmsb::NlspKind).
NLSP_STYLE = {
    "bino": ("#aed6f1", r"$\tilde\chi^0_1$ (bino) NLSP"),
    "neutralino": ("#a9dfbf", r"$\tilde\chi^0_1$ (wino/higgsino) NLSP"),
    "stau": ("#f9e79f", r"$\tilde\tau_1$ NLSP"),
    "slepton_co_nlsp": ("#f5cba7", r"$\tilde\ell_R$ co-NLSP"),
    "sneutrino": ("#d7bde2", r"$\tilde\nu$ NLSP"),
}

#: quantity -> axis/title label (others: the name)
QUANTITY_LABELS = {
    "mh": r"$M_h$", "mH": r"$M_H$", "mA": r"$M_A$", "mHpm": r"$M_{H^\pm}$", "mu": r"$\mu$", "B": r"$B$",
    "mstau1": r"$m_{\tilde\tau_1}$", "mstau2": r"$m_{\tilde\tau_2}$", "mstau1_sq": r"$m^2_{\tilde\tau_1}$",
    "mstop1": r"$m_{\tilde t_1}$", "mstop2": r"$m_{\tilde t_2}$", "msbottom1": r"$m_{\tilde b_1}$",
    "msbottom2": r"$m_{\tilde b_2}$", "mgluino": r"$m_{\tilde g}$", "M1": r"$M_1$", "M2": r"$M_2$", "M3": r"$M_3$",
    "msusy": r"$M_{\rm SUSY}$", "mneutralino1": r"$m_{\tilde\chi^0_1}$", "mchargino1": r"$m_{\tilde\chi^\pm_1}$",
    "msquark_uL": r"$m_{\tilde u_L}$", "mselectron_R": r"$m_{\tilde e_R}$", "At": r"$A_t$",
    "m_nlsp": r"$m_{\rm NLSP}$", "m_gravitino": r"$m_{3/2}$", "nlsp_ctau_m": r"$c\tau_{\rm NLSP}$",
    "mh_uncertainty": r"$\delta M_h$",
}


def _latex_number(x):
    """1e8 -> '10^{8}', 2.5e8 -> '2.5\\times10^{8}'."""
    e = int(np.floor(np.log10(x)))
    m = x / 10.0 ** e
    return "10^{%d}" % e if abs(m - 1) < 1e-9 else r"%g\times10^{%d}" % (m, e)


def model_index(ds, model, how_to_choose="give its index or its name"):
    """The index along `model` of: an int (the index), a model name ("5+5bar"), or (N1, N2, N3) as a
    tuple or text ("1,3,4", "14/5,4,1"). Raises gmsb.InputError if it names no model or several
    (`how_to_choose` ends the message of an ambiguous triple)."""
    from . import InputError
    names = [str(n) for n in ds["model"].values]
    if isinstance(model, (int, np.integer)) and not isinstance(model, bool):
        if not 0 <= model < len(names):
            raise InputError("model index %d is out of range (the file has %d models: %s)" % (
                model, len(names), ", ".join("%d: %s" % (j, n) for j, n in enumerate(names))))
        return int(model)
    if isinstance(model, str) and model in names:
        return names.index(model)
    parts = model.split(",") if isinstance(model, str) else list(model)
    try:
        if len(parts) != 3:
            raise ValueError
        want = (Fraction(str(parts[0]).strip()) * 5, int(parts[1]), int(parts[2]))
    except (ValueError, TypeError, ZeroDivisionError):
        raise InputError("model must be an index, a model name of the dataset (%s) or N1,N2,N3, got %r"
                         % (", ".join(names), model)) from None
    triples = list(zip((ds["N1"].values * 5).round().astype(int), ds["N2"].values, ds["N3"].values))
    hits = [i for i, t in enumerate(triples) if (t[0], int(t[1]), int(t[2])) == want]
    label = "%s,%d,%d" % (Fraction(want[0], 5), want[1], want[2])
    if not hits:
        raise InputError("model (%s) is not in the file (it has %s)" % (label, " ".join(
            "(%s)" % n for n in dict.fromkeys(str(x) for x in ds["N"].values))))
    if len(hits) > 1:
        raise InputError("model (%s) is ambiguous: the file has it %d times (%s); %s"
                         % (label, len(hits), ", ".join("%d: %s" % (i, names[i]) for i in hits), how_to_choose))
    return hits[0]


def _mess_dim(ds):
    """The M dimension of a grid: "mess", or the tied axis ("mess_over_lambda", "x")."""
    return ds["status"].dims[1]


def mess_index(ds, mess=None):
    """The index along the M dimension of the value `mess` (GeV, or the tied axis' value; relative
    tolerance 1e-6); None: the only one, else 1e8 if present. Raises gmsb.InputError otherwise."""
    from . import InputError
    axis = np.asarray(ds[_mess_dim(ds)].values, dtype=float)
    listing = ", ".join("%g" % m for m in axis)
    if mess is None:
        if len(axis) == 1:
            return 0
        mess = 1e8
        if not np.any(np.abs(axis - mess) <= 1e-6 * mess):
            raise InputError("the file has several messenger scales (%s GeV): choose one" % listing)
    hits = np.nonzero(np.abs(axis - mess) <= 1e-6 * abs(mess))[0]
    if len(hits) == 0:
        raise InputError("messenger scale %g GeV is not in the file (it has %s)" % (mess, listing))
    return int(hits[0])


def _plane(ds, name, i_model, i_mess):
    """[tanb, lambda] array of variable `name` at one model and M."""
    return np.asarray(ds[name].isel({"model": i_model, _mess_dim(ds): i_mess}).transpose("tanb", "lambda").values)


def _default_levels(quantity, values):
    lo, hi = float(np.nanmin(values)), float(np.nanmax(values))
    if quantity == "mh":  # every 2 GeV over the top 30 GeV (below it M_h falls steeply at the EWSB edge)
        lv = np.arange(np.floor(max(lo, hi - 30) / 2) * 2, hi + 2, 2.0)
    else:
        lv = MaxNLocator(nbins=8, steps=[1, 2, 2.5, 5, 10]).tick_values(lo, hi)
    return [float(v) for v in lv if lo < v < hi]


def _label_positions(ax, cs, labelled, x, y):
    """One point per labelled level on its line, as far from the frame as possible (at least 6 % of
    the axes) and from the other labels: the labels stay inside the frame and do not overlap."""
    x0, x1, y0, y1 = x.min(), x.max(), y.min(), y.max()
    chosen, positions = [], []
    for i, level in enumerate(cs.levels):
        if level not in labelled:
            continue
        segs = [s for s in cs.allsegs[i] if len(s) >= 2]
        if not segs:
            continue
        pts = np.concatenate(segs)
        fx, fy = (pts[:, 0] - x0) / (x1 - x0), (pts[:, 1] - y0) / (y1 - y0)
        margin = np.minimum.reduce([fx, 1 - fx, fy, 1 - fy])
        for j in np.argsort(-margin):
            if margin[j] < 0.06:
                break
            if all(np.hypot(fx[j] - a, fy[j] - b) > 0.09 for a, b in chosen):
                chosen.append((fx[j], fy[j]))
                positions.append((pts[j, 0], pts[j, 1]))
                break
    return positions


def _hatch(ax, x, y, mask, colour, hatch):
    """Fills the region of `mask` (contourf of the 0/1 mask): a light tint with a coloured hatch."""
    cs = ax.contourf(x, y, mask.astype(float), levels=[0.5, 1.5], colors=[colour], alpha=0.12, zorder=1)
    hs = ax.contourf(x, y, mask.astype(float), levels=[0.5, 1.5], colors="none", hatches=[hatch], zorder=1)
    for c in getattr(hs, "collections", [hs]):
        c.set_edgecolor(colour)
        c.set_linewidth(0)
    return cs


def _nlsp_names(ds):
    """{code: name} of the NLSP kinds: the dataset's kind_<k> attributes, else the program's names."""
    from . import _core
    attrs = ds["nlsp_kind"].attrs
    named = {int(k[5:]): str(v) for k, v in attrs.items() if k.startswith("kind_") and k[5:].isdigit()}
    return named or {int(k): str(v) for k, v in _core._nlsp_kind_names().items()}


def _draw_nlsp(ax, ds, x, y, i_model, i_mess, allowed, handles):
    kinds = _plane(ds, "nlsp_kind", i_model, i_mess)
    names = _nlsp_names(ds)
    for code in sorted(set(int(k) for k in np.unique(kinds[allowed & np.isfinite(kinds)]) if k > 0)):
        name = names.get(code, "kind %d" % code)
        colour, label = NLSP_STYLE.get(name, ("#e5e7e9", name.replace("_", " ") + " NLSP"))
        region = allowed & (kinds == code)
        ax.contourf(x, y, region.astype(float), levels=[0.5, 1.5], colors=[colour], alpha=0.55, zorder=0)
        handles.append(Patch(facecolor=colour, alpha=0.55, label=label))


def _draw_mh_band(ax, ds, x, y, i_model, i_mess, allowed, handles, half_width):
    mh = _plane(ds, "mh", i_model, i_mess)
    unc, per_point = None, False
    if half_width is None and "mh_uncertainty" in ds:
        u = _plane(ds, "mh_uncertainty", i_model, i_mess)
        if np.all(np.isfinite(u[allowed]) & (u[allowed] > 0)) and allowed.any():
            unc, per_point = u, True
    if unc is None:
        unc = MH_BAND_DEFAULT_HALF_WIDTH if half_width is None else float(half_width)
    d = np.ma.masked_where(~allowed | ~np.isfinite(mh), np.abs(mh - MH_BAND_CENTRE) / unc)
    if d.count() == 0 or d.min() > 1:
        return
    ax.contourf(x, y, d, levels=[0, 1], colors=["#27ae60"], alpha=0.35, zorder=2, corner_mask=True)
    centre = np.ma.masked_where(~allowed, mh)
    if centre.min() < MH_BAND_CENTRE < centre.max():
        ax.contour(x, y, centre, levels=[MH_BAND_CENTRE], colors=["#1e8449"], linewidths=1.4, linestyles="--", corner_mask=True,
                   zorder=3)
    text = r"$\pm\,\delta M_h$ (per point)" if per_point else r"$\pm\,%g$ GeV" % unc
    handles.append(Patch(facecolor="#27ae60", alpha=0.35, edgecolor="#1e8449",
                         label=r"$M_h = %.2f$ GeV %s" % (MH_BAND_CENTRE, text)))


def draw_contours(ax, ds, model=0, quantity="mh", mess=None, *, levels=None, label_every=None, mh_band=None,
                  mh_band_half_width=None, nlsp_regions=False, legend=True, title=True):
    """Draws the contours of `quantity` for one model and M into the Axes `ax` (see contours()) and
    returns the legend handles."""
    from . import InputError
    if ds["status"].dims[0] != "model" or ds["status"].ndim != 4:
        raise InputError("contours need a grid [model, M, Lambda, tan(beta)]; this file is a list of points "
                         "(use gmsb.to_dataframe and a scatter plot)")
    if quantity not in ds:
        raise InputError("quantity %r is not in the file (it has %s)" % (
            quantity, ", ".join(v for v in ds.data_vars if ds[v].dtype.kind == "f")))
    i, k = model_index(ds, model), mess_index(ds, mess)
    lam_tev = np.asarray(ds["lambda"].values, dtype=float) / 1e3
    tanb = np.asarray(ds["tanb"].values, dtype=float)
    if len(lam_tev) < 2 or len(tanb) < 2:
        raise InputError("contours need at least 2 Lambda and 2 tan(beta) values")
    status = _plane(ds, "status", i, k).astype(np.uint64)
    values = _plane(ds, quantity, i, k).astype(float)
    allowed = status == 0
    handles = []

    if nlsp_regions and "nlsp_kind" in ds:
        _draw_nlsp(ax, ds, lam_tev, tanb, i, k, allowed, handles)
    names = {int(a[4:]): str(v) for a, v in ds["status"].attrs.items() if a.startswith("bit_") and a[4:].isdigit()}
    for bit in sorted(names):
        name = names[bit]
        region = (status & np.uint64(1 << bit)) != 0
        if not region.any():
            continue
        if name == NOT_COMPUTED:
            _hatch(ax, lam_tev, tanb, region, "#999999", "oo")
            handles.append(Patch(facecolor="white", edgecolor="#999999", hatch="oo", label="not computed"))
            continue
        colour, hatch, label = EXCLUSION_STYLE.get(name, ("#444444", "---", name.replace("_", " ")))
        _hatch(ax, lam_tev, tanb, region, colour, hatch)
        handles.append(Patch(facecolor=colour, alpha=0.35, edgecolor=colour, hatch=hatch, label=label))
    if mh_band or (mh_band is None and quantity == "mh"):
        if "mh" in ds:
            _draw_mh_band(ax, ds, lam_tev, tanb, i, k, allowed, handles, mh_band_half_width)

    masked = np.ma.masked_where(~allowed | ~np.isfinite(values), values)  # no line through excluded points
    units = str(ds[quantity].attrs.get("units", ""))
    if masked.count() > 0:
        lv = sorted(levels) if levels is not None else _default_levels(quantity, masked.compressed())
        lv = [v for v in lv if masked.min() <= v <= masked.max()]
        if lv:
            # corner_mask: a cell with one excluded corner is cut along its diagonal, and lines are drawn
            # only in the triangle of its three allowed corners (interpolated between allowed points alone)
            cs = ax.contour(lam_tev, tanb, masked, levels=lv, colors="k", linewidths=0.9, zorder=4, corner_mask=True)
            every = label_every or (2 if quantity == "mh" and levels is None else 1)
            labelled = list(cs.levels[::every]) if every > 1 else list(cs.levels)
            if quantity == "mh" and levels is None:  # the labelled M_h levels are multiples of 4 GeV
                labelled = [v for v in cs.levels if int(round(v)) % 4 == 0] or list(cs.levels)
            pos = _label_positions(ax, cs, labelled, lam_tev, tanb)
            if pos:
                fmt = "%g"
                ax.clabel(cs, [v for v in cs.levels if v in labelled], manual=pos, inline=True, fmt=fmt,
                          fontsize=8, inline_spacing=4)
            handles.insert(0, Line2D([], [], color="k", lw=0.9,
                                     label="%s%s" % (QUANTITY_LABELS.get(quantity, quantity),
                                                     " (%s)" % units if units else "")))
    ax.set_xlim(lam_tev.min(), lam_tev.max())
    ax.set_ylim(tanb.min(), tanb.max())
    ax.set_xlabel(r"$\Lambda$ (TeV)")
    ax.set_ylabel(r"$\tan\beta$")
    ax.tick_params(direction="in", top=True, right=True)
    if title:
        n = str(ds["N"].values[i])
        name = str(ds["model"].values[i]).replace("^2", r"$^2$")
        method = ds.attrs.get("method", "")
        mdim = _mess_dim(ds)
        m_value = float(ds[mdim].values[k])
        m_text = r"$M = %s$ GeV" % _latex_number(m_value) if mdim == "mess" else r"%s $= %g$" % (
            r"$M/\Lambda$" if mdim == "mess_over_lambda" else "$%s$" % mdim, m_value)
        ax.set_title(r"%s: $(N_1,N_2,N_3) = (%s)$ [%s], %s%s" % (
            QUANTITY_LABELS.get(quantity, quantity), n, name, m_text, ", %s" % method if method else ""), fontsize=9)
    if legend and handles:  # below the frame, where it hides nothing
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=3, fontsize=7.5,
                  frameon=False, handlelength=2.2, columnspacing=1.2)
    return handles


def contours(ds, model=0, quantity="mh", mess=None, *, ax=None, figsize=(6.4, 5.4), **options):
    """Contours of `quantity` (any float variable: "mh", "m_nlsp", "mgluino", "mstau1", ...) in the
    Lambda-tan(beta) plane of one model at one messenger scale, from a gmsb.open() Dataset.

    model: index, model name or (N1, N2, N3); mess: GeV (None: the only one, else 1e8). Options:
    levels (list, GeV), label_every (label every k-th level), mh_band (the M_h = 125.25 GeV band:
    None = for quantity "mh" only; half-width the per-point `mh_uncertainty` where the file has it
    for every allowed point, else mh_band_half_width or 3 GeV), nlsp_regions (tint the NLSP types
    of `nlsp_kind`), legend, title. Excluded points (status != 0) are hatched by reason and no
    contour is drawn through them. Returns the Figure (a new one, or ax's).
    """
    if ax is None:
        fig = Figure(figsize=figsize, layout="constrained")
        ax = fig.add_subplot()
    draw_contours(ax, ds, model, quantity, mess, **options)
    return ax.figure


def panels(ds, models, quantity="mh", mess=None, *, ncols=2, panel_size=(6.0, 5.4), suptitle=None, **options):
    """contours() of several models side by side (e.g. the seed's Figure 1: models (1,1,1) and
    (1,3,4)); returns the Figure."""
    models = list(models)
    ncols = max(1, min(ncols, len(models)))
    nrows = (len(models) + ncols - 1) // ncols
    fig = Figure(figsize=(panel_size[0] * ncols, panel_size[1] * nrows), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False)
    for j, m in enumerate(models):
        draw_contours(axes[j // ncols][j % ncols], ds, m, quantity, mess, **options)
    for j in range(len(models), nrows * ncols):
        axes[j // ncols][j % ncols].axis("off")
    if suptitle:
        fig.suptitle(suptitle, fontsize=11)
    return fig
