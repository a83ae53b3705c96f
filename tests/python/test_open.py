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
