"""gmsb.open and xarray.open_dataset(..., engine="h5netcdf") read a scan file with named,
coordinate-labelled dimensions; the bits are decoded; to_dataframe gives one row per point."""
import h5py
import numpy as np
import pytest
import xarray as xr

import gmsb


def test_xarray_reads_the_dimension_scales(small_scan):
    ds = xr.open_dataset(small_scan, engine="h5netcdf", group="results")
    with h5py.File(small_scan, "r") as f:
        assert ds["mh"].dims == ("model", "mess", "lambda", "tanb")
        assert list(ds["model"].values) == list(f["models/name"].asstr()[()])
        np.testing.assert_array_equal(ds["lambda"].values, f["axes/lambda"][()])
        np.testing.assert_array_equal(ds["tanb"].values, f["axes/tanb"][()])
        np.testing.assert_array_equal(ds["mess"].values, f["axes/mess"][()])
        np.testing.assert_array_equal(ds["mh"].values, f["results/mh"][()])
        # the scales of /results are the axes themselves (hard links), not copies
        assert f["results/lambda"].id == f["axes/lambda"].id
    assert ds.sizes == {"model": 2, "mess": 1, "lambda": 12, "tanb": 12}
    assert float(ds["mh"].sel(model="Q+2D", mess=1e8, tanb=30, **{"lambda": 1e5})) > 100  # (1,3,4)


def test_xarray_reads_the_root_group(small_scan):
    """docs/hdf5-layout.md "Dimension scales": the root group links every /results dataset and
    scale, so xarray opens the file without group= and gets the results with their coordinates and
    the root attributes; the links are second names of the same datasets, not copies."""
    ds = xr.open_dataset(small_scan, engine="h5netcdf")
    with h5py.File(small_scan, "r") as f:
        grid = sorted(k for k, d in f["results"].items() if d.ndim == 4)
        assert len(grid) > 30 and {"mh", "mstau1", "status", "warnings"} <= set(grid)
        assert sorted(ds.data_vars) == grid
        for name in grid:
            assert ds[name].dims == ("model", "mess", "lambda", "tanb"), name
            assert f[name].id == f["results/" + name].id, name  # a hard link: the same dataset
        assert list(ds["model"].values) == list(f["models/name"].asstr()[()])
        for axis in ("mess", "lambda", "tanb"):
            np.testing.assert_array_equal(ds[axis].values, f["axes/" + axis][()])
            assert f[axis].id == f["axes/" + axis].id
        np.testing.assert_array_equal(ds["mh"].values, f["results/mh"][()])
        np.testing.assert_array_equal(ds["mstau1"].values, f["results/mstau1"][()])
        attrs = {k: (v.decode() if isinstance(v, bytes) else v) for k, v in f.attrs.items()}
    assert ds.sizes == {"model": 2, "mess": 1, "lambda": 12, "tanb": 12}
    assert ds["lambda"].attrs["units"] == "GeV" and ds["mh"].attrs["units"] == "GeV"
    for key in ("format", "config_yaml", "config_path", "method", "settings_json", "sm_inputs_json", "program_version",
                "start_time", "end_time", "shape"):
        assert ds.attrs[key] == attrs[key], key
    for key in ("complete", "points_total", "points_done", "sign_mu"):
        assert int(ds.attrs[key]) == int(attrs[key]), key
    assert ds.attrs["format"] == "gmsb-scan/1" and ds.attrs["points_total"] == 288
    mh = ds["mh"].sel(model="Q+2D", mess=1e8, tanb=30, **{"lambda": 1e5})
    assert float(mh) == float(gmsb.open(small_scan)["mh"].sel(model="Q+2D", mess=1e8, tanb=30, **{"lambda": 1e5}))
    assert ds["status"].dtype == np.uint32  # the stored masks, as gmsb.open gives them (every line is done)
    np.testing.assert_array_equal(ds["status"].values, gmsb.open(small_scan)["status"].values)


def test_xarray_reads_the_root_group_of_a_grid_with_m_tied_to_lambda(tmp_path):
    """M tied to Lambda: the M dimension is the file's M axis (/axes/mess_over_lambda) at the root too."""
    from conftest import SMALL_CONFIG
    cfg = {k: v for k, v in SMALL_CONFIG.items() if k != "mess"}
    cfg.update({"mess_over_lambda": [10, 1000], "lambda": {"from": 2e4, "to": 1e5, "step": 4e4}, "tanb": [10, 40]})
    out = tmp_path / "tied.h5"
    assert gmsb.scan(cfg, output=out, threads=2).complete
    ds = xr.open_dataset(out, engine="h5netcdf")
    assert ds["mh"].dims == ("model", "mess_over_lambda", "lambda", "tanb")
    assert ds.sizes == {"model": 2, "mess_over_lambda": 2, "lambda": 3, "tanb": 2}
    with h5py.File(out, "r") as f:
        np.testing.assert_array_equal(ds["mess_over_lambda"].values, f["axes/mess_over_lambda"][()])
        np.testing.assert_array_equal(ds["lambda"].values, f["axes/lambda"][()])
        np.testing.assert_array_equal(ds["mh"].values, f["results/mh"][()])
    np.testing.assert_array_equal(ds["mess_over_lambda"].values, [10, 1000])
    assert ds.attrs["mess_axis"] == "mess_over_lambda"


def test_compare_results_sees_every_results_dataset(tmp_path, small_config_file, small_scan):
    """scripts/compare-results.py (scripts/check-identical.sh) compares every dataset of /results by
    its name there, also those with another name in the file (/results/lambda is /axes/lambda; the
    root links every /results dataset), and the model names as strings."""
    import subprocess
    import sys
    from conftest import SOURCE_DIR, gmsb_cli
    cli = tmp_path / "cli.h5"
    gmsb_cli("scan", small_config_file, "-o", cli, "--threads", "1", "--quiet")
    script = "%s/scripts/compare-results.py" % SOURCE_DIR
    p = subprocess.run([sys.executable, script, str(small_scan), str(cli)], capture_output=True, text=True)
    with h5py.File(small_scan, "r") as f:
        n = len(f["results"])
    assert p.returncode == 0, p.stdout + p.stderr
    assert p.stdout.strip().splitlines()[-1] == "%d datasets compared, 0 differ" % n
    with h5py.File(cli, "r+") as g:  # one value changed: found under its /results name
        g["results/mh"][0, 0, 0, 0] = 1.0  # (NaN or about 100 GeV before)
    p = subprocess.run([sys.executable, script, str(small_scan), str(cli)], capture_output=True, text=True)
    assert p.returncode == 1 and "results/mh: 1 of 288 values differ" in p.stdout


def test_open_decodes_bits_and_coordinates(small_scan):
    ds = gmsb.open(small_scan)
    with h5py.File(small_scan, "r") as f:
        status, warnings = f["results/status"][()], f["results/warnings"][()]
        mh = f["results/mh"][()]
        names = list(f["models/name"].asstr()[()])
        method = f.attrs["method"]
    assert list(ds["model"].values) == names
    assert list(ds["N"].values) == ["1,1,1", "1,3,4"]
    np.testing.assert_array_equal(ds["N1"].values, [1.0, 1.0])
    np.testing.assert_array_equal(ds["mh"].values, mh)
    np.testing.assert_array_equal(ds["status"].values, status)  # the fill value is a bit, not NaN
    assert ds["status"].dtype == np.uint32
    np.testing.assert_array_equal(ds["stau_tachyon"].values, (status & 1) != 0)
    np.testing.assert_array_equal(ds["no_ewsb"].values, (status & 4) != 0)
    np.testing.assert_array_equal(ds["allowed"].values, status == 0)
    np.testing.assert_array_equal(ds["msusy_under_relaxed"].values, (warnings & 1) != 0)
    assert ds["stau_tachyon"].any() and ds["allowed"].any()  # the small plane has both
    assert "stau_tachyon" in ds["status"].attrs["flag_meanings"].split()
    assert ds.attrs["method"] == method == "kn99"
    assert ds.attrs["settings"]["method"] == "kn99" and "mz" in ds.attrs["sm_inputs"]
    assert ds.attrs["complete"] == 1 and ds.attrs["format"] == "gmsb-scan/1"
    assert ds.attrs["config"]["models"] == [[1, 1, 1], [1, 3, 4]]
    # selection by N
    sub = ds.where(ds["N"] == "1,3,4", drop=True)
    assert sub.sizes["model"] == 1


def test_open_a_file_without_dimension_scales(tmp_path, small_scan):
    """Files written before the scales (or by other tools) are read the same way, eagerly."""
    old = tmp_path / "old.h5"
    with h5py.File(small_scan, "r") as f, h5py.File(old, "w") as g:
        for k, v in f.attrs.items():
            g.attrs[k] = v
        for group in ("axes", "models"):
            for name, d in f[group].items():
                g.create_dataset("%s/%s" % (group, name), data=d[()])
        for name, d in f["results"].items():
            if d.ndim == 4:
                n = g.create_dataset("results/" + name, data=d[()])
                for k, v in d.attrs.items():
                    if k.startswith("bit_") or k == "units":
                        n.attrs[k] = v
    a, b = gmsb.open(old), gmsb.open(small_scan)
    assert list(a["model"].values) == list(b["model"].values)
    for v in ("mh", "status", "allowed", "stau_tachyon", "warnings"):
        np.testing.assert_array_equal(a[v].values, b[v].values)
    np.testing.assert_array_equal(a["lambda"].values, b["lambda"].values)


def test_to_dataframe(small_scan):
    ds = gmsb.open(small_scan)
    df = gmsb.to_dataframe(ds, ["mh", "mstau1", "stau_tachyon"])
    assert len(df) == 2 * 12 * 12
    assert list(df.columns[:5]) == ["model", "N", "mess", "lambda", "tanb"]
    row = df[(df["N"] == "1,3,4") & (df["lambda"] == 1e5) & (df["tanb"] == 30)].iloc[0]
    assert row["mh"] == float(ds["mh"].sel(model=ds["model"].values[1], mess=1e8, tanb=30, **{"lambda": 1e5}))
    allowed = gmsb.to_dataframe(ds, ["mh"], allowed_only=True)
    assert len(allowed) == int(ds["allowed"].sum()) and "allowed" not in allowed.columns


def test_open_the_one_dimensional_layout(tmp_path, small_scan):
    """Point lists and random samples (1-D /points layout, docs/hdf5-layout.md "Scan shapes"): a
    dimension `point` with the inputs as coordinates; here built from points of the small grid."""
    path = tmp_path / "points.h5"
    pick = [(0, 0, 2, 3), (1, 0, 9, 5), (1, 0, 0, 11)]  # (model, mess, lambda, tanb) indices
    with h5py.File(small_scan, "r") as f, h5py.File(path, "w") as g:
        for k, v in f.attrs.items():
            g.attrs[k] = v
        g.attrs["shape"] = "points"
        for name, d in f["models"].items():
            g.create_dataset("models/" + name, data=d[()])
        lam, mess, tanb = f["axes/lambda"][()], f["axes/mess"][()], f["axes/tanb"][()]
        g["points/model"] = np.array([p[0] for p in pick], dtype=np.int32)
        g["points/lambda"] = np.array([lam[p[2]] for p in pick])
        g["points/mess"] = np.array([mess[p[1]] for p in pick])
        g["points/tanb"] = np.array([tanb[p[3]] for p in pick])
        g["points/sign_mu"] = np.ones(len(pick), dtype=np.int32)
        for name, d in f["results"].items():
            if d.ndim == 4:
                n = g.create_dataset("results/" + name, data=np.array([d[p] for p in pick], dtype=d.dtype))
                for k, v in d.attrs.items():
                    if k.startswith("bit_") or k == "units":
                        n.attrs[k] = v
    ds, grid = gmsb.open(path), gmsb.open(small_scan)
    assert ds["mh"].dims == ("point",) and ds.sizes["point"] == 3
    assert list(ds["N"].values) == ["1,1,1", "1,3,4", "1,3,4"]
    for i, (m, k, l, t) in enumerate(pick):
        one = grid.isel(model=m, mess=k, tanb=t, **{"lambda": l})
        assert ds["model"].values[i] == one["model"].values
        assert float(ds["lambda"][i]) == float(one["lambda"]) and float(ds["tanb"][i]) == float(one["tanb"])
        for v in ("mh", "status", "stau_tachyon", "allowed"):
            np.testing.assert_array_equal(ds[v].values[i], one[v].values)
    df = gmsb.to_dataframe(ds, ["mh"])
    assert list(df.columns) == ["model", "N", "mess", "lambda", "tanb", "sign_mu", "mh"] and len(df) == 3
    with pytest.raises(gmsb.InputError, match="need a grid"):
        gmsb.plot.contours(ds)


def test_lines_not_marked_done_are_not_computed(tmp_path, small_scan):
    """docs/hdf5-layout.md "Bookkeeping": a line whose done-mark is 0 is not computed, whatever
    /results holds there (a scan killed between its data and its marks)."""
    import shutil
    path = tmp_path / "unmarked.h5"
    shutil.copy(small_scan, path)
    with h5py.File(path, "r+") as f:
        f["bookkeeping/line_done"][1, 0, 3] = 0  # model 1, M 0, tan(beta) index 3
    ds, full = gmsb.open(path), gmsb.open(small_scan)
    line = dict(model=1, mess=0, tanb=3)
    assert np.isnan(ds["mh"].isel(**line).values).all()
    assert (ds["status"].isel(**line).values == 1 << 31).all() and not ds["computed"].isel(**line).any()
    assert not ds["allowed"].isel(**line).any() and not ds["stau_tachyon"].isel(**line).any()
    other = dict(model=1, mess=0, tanb=4)
    np.testing.assert_array_equal(ds["mh"].isel(**other).values, full["mh"].isel(**other).values)
    assert int(ds["computed"].sum()) == int(full["computed"].sum()) - 12


POINTS_CONFIG = {
    "description": "python tests: a point list",
    "points": [{"model": "1,1,1", "lambda": 1.0e5, "mess": 1.0e8, "tanb": 10},
               {"model": [1, 3, 4], "lambda": 6.0e4, "mess": 1.0e9, "tanb": 30},
               {"model": "1,3,4", "lambda": 1.2e5, "mess_over_lambda": 10, "tanb": 45, "sign_mu": -1},
               {"model": "1,1,1", "lambda": 2.0e4, "mess": 1.0e8, "tanb": 55}],
    "sign_mu": 1,
    "method": "kn99",
    "sm_inputs": "kn99",
}


@pytest.fixture(scope="module")
def points_scan(tmp_path_factory):
    out = tmp_path_factory.mktemp("points") / "points.h5"
    assert gmsb.scan(POINTS_CONFIG, output=out, threads=2).complete
    return out


def test_xarray_reads_the_root_group_of_a_point_list(points_scan):
    """The 1-D layout (docs/hdf5-layout.md "Dimension scales"): at the root, every /results
    dataset along the dimension `point`, the point's inputs as coordinates (model_index, lambda,
    mess, tanb, sign_mu: the /points datasets), the model names as the coordinate `model`."""
    ds = xr.open_dataset(points_scan, engine="h5netcdf")
    with h5py.File(points_scan, "r") as f:
        names = sorted(f["results"])
        assert sorted(ds.data_vars) == names and {"mh", "status", "warnings"} <= set(names)
        for name in names:
            assert ds[name].dims == ("point",), name
            assert f[name].id == f["results/" + name].id, name
            np.testing.assert_array_equal(ds[name].values, f["results/" + name][()])
        for coord, stored in (("model_index", "model"), ("lambda", "lambda"), ("mess", "mess"), ("tanb", "tanb"),
                              ("sign_mu", "sign_mu")):
            assert coord in ds.coords and ds[coord].dims == ("point",), coord
            np.testing.assert_array_equal(ds[coord].values, f["points/" + stored][()])
        assert list(ds["model"].values) == list(f["models/name"].asstr()[()])
        assert f["point"].id.get_storage_size() == 0  # the dimension has no stored values
        shape = f.attrs["shape"]
    assert shape == "points" and ds.attrs["shape"] == "points" and ds.attrs["format"] == "gmsb-scan/1"
    assert ds.sizes == {"point": 4, "model": 2}
    np.testing.assert_array_equal(ds["mess"].values, [1e8, 1e9, 1.2e6, 1e8])
    np.testing.assert_array_equal(ds["sign_mu"].values, [1, 1, -1, 1])
    assert ds["lambda"].attrs["units"] == "GeV"
    assert list(ds["model"].values[ds["model_index"].values]) == ["5+5bar", "Q+2D", "Q+2D", "5+5bar"]
    # the same numbers as gmsb.open, point by point
    g = gmsb.open(points_scan)
    assert list(g["model"].values) == ["5+5bar", "Q+2D", "Q+2D", "5+5bar"]
    np.testing.assert_array_equal(g["mh"].values, ds["mh"].values)
    np.testing.assert_array_equal(g["lambda"].values, ds["lambda"].values)
    assert "coordinates" not in g["mh"].attrs


def test_open_names_a_file_whose_scan_was_killed(tmp_path, small_scan):
    """A file left open by a writer that died (its superblock still marked open for writing, as a
    SIGKILL leaves it) is refused with a gmsb.IoError that says how to complete it, while
    `gmsb table` reads it as it is (docs/reliability.md)."""
    import shutil
    import subprocess
    import sys
    from conftest import gmsb_cli
    killed = tmp_path / "killed.h5"
    shutil.copy(small_scan, killed)
    # A writer that dies without closing the file: the mark stays in the superblock.
    subprocess.run([sys.executable, "-c", "import h5py, os; f = h5py.File(%r, 'r+'); f.flush(); os._exit(0)" % str(killed)],
                   check=True)
    with pytest.raises(gmsb.IoError, match=r"--resume -o .*killed\.h5"):
        gmsb.open(str(killed))
    mess = float(h5py.File(small_scan, "r")["axes/mess"][0])
    assert gmsb_cli("table", str(killed), "--mess", "%g" % mess).returncode == 0
    assert gmsb_cli("scan", "--resume", "-o", str(killed), "--quiet").returncode == 0
    ds = gmsb.open(str(killed))
    assert int(ds.attrs["complete"]) == 1
