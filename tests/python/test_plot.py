"""Every plotting function renders headless (Agg, chosen in conftest.py) to a non-empty PNG; the
contours avoid the excluded points, their labels stay inside the frame; the command-line wrapper
keeps its options."""
import io
import os
import subprocess
import sys

import numpy as np
import pytest
from matplotlib.figure import Figure

import gmsb
import gmsb.plot
from conftest import SOURCE_DIR

PNG = b"\x89PNG\r\n\x1a\n"


def png_bytes(fig):
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=50)
    data = buf.getvalue()
    assert data.startswith(PNG) and len(data) > 5000
    return data


@pytest.fixture(scope="module")
def ds(small_scan):
    d = gmsb.open(small_scan)
    # NLSP codes and a per-point M_h uncertainty, for the files that have them (the spectrum and
    # higgs parts of the program add these quantities): stau NLSP where the stau is the lighter
    if "nlsp_kind" not in d:
        d["nlsp_kind"] = (("model", "mess", "lambda", "tanb"), np.where(d.mstau1 < d.mneutralino1, 3.0, 1.0))
    if "mh_uncertainty" not in d:
        d["mh_uncertainty"] = d.mh * 0 + 2.0
    return d


@pytest.mark.parametrize("quantity", ["mh", "mstau1", "mgluino", "mneutralino1", "mA"])
def test_contours_render(ds, quantity):
    fig = gmsb.plot.contours(ds, model=(1, 3, 4), quantity=quantity, mess=1e8)
    assert isinstance(fig, Figure)
    png_bytes(fig)


def test_options_render(ds):
    png_bytes(gmsb.plot.contours(ds, model="1,1,1", quantity="mstau1", mh_band=True, nlsp_regions=True))
    png_bytes(gmsb.plot.contours(ds, model=0, quantity="mh", levels=[110, 112, 114], label_every=1))
    png_bytes(gmsb.plot.contours(ds.drop_vars("mh_uncertainty"), model=1, mh_band_half_width=1.5))
    png_bytes(gmsb.plot.panels(ds, [(1, 1, 1), (1, 3, 4)], suptitle="two panels"))
    fig = Figure()
    ax = fig.add_subplot()
    assert gmsb.plot.contours(ds, model=1, ax=ax) is fig


def test_contours_avoid_excluded_points_and_labels_stay_inside(ds):
    fig = Figure()
    ax = fig.add_subplot()
    gmsb.plot.draw_contours(ax, ds, model=(1, 3, 4), quantity="mh")
    lam = ds["lambda"].values / 1e3
    tanb = ds["tanb"].values
    allowed = ds["allowed"].isel(model=1, mess=0).transpose("tanb", "lambda").values
    assert (~allowed).any()
    black = [c for c in ax.collections if hasattr(c, "get_paths") and c.get_linestyle()
             and np.allclose(c.get_edgecolor()[:1], [[0, 0, 0, 1]]) if len(c.get_edgecolor())]
    vertices = [p.vertices for c in black for p in c.get_paths() if len(p.vertices)]
    assert vertices, "no contour drawn"
    def cells(axis, x):  # the grid cells holding x (two when x is on a grid line)
        lo, hi = np.searchsorted(axis, x, "left"), np.searchsorted(axis, x, "right")
        return {int(np.clip(k, 0, len(axis) - 2)) for k in (lo - 1, hi - 1)}

    def between_allowed_points(i, j, v):
        """v in cell (i, j) is interpolated between allowed points only: all four corners allowed, or
        three, with v in their triangle (the cell cut along the diagonal away from the excluded one)."""
        corners = allowed[j:j + 2, i:i + 2]  # [tanb][lambda]
        if corners.all():
            return True
        if corners.sum() != 3:
            return False
        u = (v[0] - lam[i]) / (lam[i + 1] - lam[i])
        w = (v[1] - tanb[j]) / (tanb[j + 1] - tanb[j])
        (jb, ib), eps = np.argwhere(~corners)[0], 1e-9
        return {(0, 0): u + w >= 1 - eps, (1, 1): u + w <= 1 + eps,
                (0, 1): w >= u - eps, (1, 0): u >= w - eps}[(int(jb), int(ib))]

    for v in np.concatenate(vertices):
        assert any(between_allowed_points(i, j, v) for i in cells(lam, v[0]) for j in cells(tanb, v[1])), v
    labels = [t for t in ax.texts if t.get_text()]
    assert labels
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    for t in labels:
        x, y = t.get_position()
        assert x0 + 0.05 * (x1 - x0) <= x <= x1 - 0.05 * (x1 - x0)
        assert y0 + 0.05 * (y1 - y0) <= y <= y1 - 0.05 * (y1 - y0)


def test_bad_choices_are_input_errors(ds):
    with pytest.raises(gmsb.InputError, match="not in the file"):
        gmsb.plot.contours(ds, model=(3, 3, 3))
    with pytest.raises(gmsb.InputError, match="messenger scale 1e\\+12"):
        gmsb.plot.contours(ds, model=0, mess=1e12)
    with pytest.raises(gmsb.InputError, match="quantity 'nothing'"):
        gmsb.plot.contours(ds, model=0, quantity="nothing")


def test_command_line_wrapper(small_scan, tmp_path):
    script = os.path.join(SOURCE_DIR, "scripts", "plot_contours.py")
    env = dict(os.environ)
    run = lambda *a: subprocess.run([sys.executable, script, str(small_scan), *a], capture_output=True, text=True,
                                    env=env)
    p = run("--model", "1,1,1", "--model-index", "1", "--levels", "110,114,118", "--no-mh-band", "--quantity", "mh",
            "-o", str(tmp_path / "fig"))
    assert p.returncode == 0, p.stderr
    for ext in ("png", "pdf"):  # no extension: both
        assert (tmp_path / ("fig." + ext)).stat().st_size > 10000
    assert (tmp_path / "fig.png").read_bytes().startswith(PNG)
    p = run("-o", str(tmp_path / "x.png"))  # (its other messages: tests/scanner/test_analysis_commands.cpp)
    assert p.returncode == 2
