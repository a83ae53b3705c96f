"""Reading gmsb scan files (layout gmsb-scan/1, docs/hdf5-layout.md) into xarray and pandas.

gmsb.open(path) returns an xarray.Dataset with the dimensions (model, mess, lambda, tanb) of a
grid (the M dimension is named after the file's M axis: mess, or mess_over_lambda / x for a grid
with M tied to Lambda), or the one dimension `point` of a point list or random samples (the 1-D
layout /points, with model, N, lambda, mess, tanb, sign_mu as coordinates along it): model names as
the `model` coordinate (and N1, N2, N3, N along it), every /results quantity as a variable, the status and warning bits decoded into
boolean variables (`stau_tachyon`, `no_ewsb`, ..., `msusy_under_relaxed`, ...; `allowed` =
status 0, `computed` = not not_computed), and the root attributes (config, settings, SM inputs,
provenance) as attributes, with the JSON and YAML ones also parsed (`config`, `settings`,
`sm_inputs`). Lines not marked done in /bookkeeping/line_done are not computed (status
not_computed, NaN), whatever /results holds there; a damaged chunk is a gmsb.IoError. Files with dimension scales are opened lazily through h5netcdf; older files (no
scales) are read with h5py.
"""
import json
from fractions import Fraction

import numpy as np

FORMAT = "gmsb-scan/1"
NOT_COMPUTED_BIT = 31


def _text(v):
    return v.decode() if isinstance(v, bytes) else v


def _bit_names(attrs):
    """{k: name} from the attributes bit_<k> = name of /results/status or /results/warnings."""
    out = {}
    for key, value in attrs.items():
        if key.startswith("bit_") and key[4:].isdigit():
            out[int(key[4:])] = str(_text(value))
    return dict(sorted(out.items()))


def _n_text(fifths, n2, n3):
    """MessengerIndices::to_string(): "1,3,4", "14/5,4,1"."""
    return "%s,%d,%d" % (Fraction(int(fifths), 5), n2, n3)


def _root_attributes(f):
    attrs = {k: (_text(v) if isinstance(v, (bytes, str)) else v.item() if hasattr(v, "item") else v)
             for k, v in f.attrs.items()}
    fmt = attrs.get("format", "")
    if fmt != FORMAT:
        from . import IoError
        raise IoError("%s: format '%s' is not '%s' (not a gmsb scan file)" % (f.filename, fmt, FORMAT))
    for key, name in (("settings_json", "settings"), ("sm_inputs_json", "sm_inputs")):
        if key in attrs:
            attrs[name] = json.loads(attrs[key])
    if "config_yaml" in attrs:
        try:
            import yaml
            attrs["config"] = yaml.safe_load(attrs["config_yaml"])
        except ImportError:  # python3-yaml is optional: the text is there
            pass
    return attrs


def _grid_dims(f):
    """(model, M axis name, lambda, tanb) of a grid file."""
    return ("model", str(_text(f.attrs.get("mess_axis", "mess"))), "lambda", "tanb")


def _has_scales(f):
    r = f["results"]
    return all(d in r and _text(r[d].attrs.get("CLASS", b"")) == "DIMENSION_SCALE" for d in _grid_dims(f))


def _plain_attrs(d):
    """The string attributes of a dataset (units, bit names), without the CF `coordinates` of the
    1-D layout's netCDF view (here the coordinates are set by name)."""
    return {k: _text(v) for k, v in d.attrs.items()
            if (isinstance(v, (bytes, str)) or k == "units") and k != "coordinates"}


def _read_eager(f):
    """The /results arrays of a grid file without dimension scales, read whole with h5py."""
    import xarray as xr
    dims = _grid_dims(f)
    coords = {"model": [str(_text(n)) for n in f["models/name"][()]], dims[1]: f["axes/" + dims[1]][()],
              "lambda": f["axes/lambda"][()], "tanb": f["axes/tanb"][()]}
    data = {name: xr.Variable(dims, d[()], _plain_attrs(d)) for name, d in f["results"].items() if d.ndim == 4}
    return xr.Dataset(data, coords=coords)


def _read_points(f, names):
    """The 1-D layout (point lists, samples): dimension `point`, the point's inputs as coordinates."""
    import xarray as xr
    p = f["points"]
    model = p["model"][()]
    coords = {"point": np.arange(len(model)), "model_index": ("point", model),
              "model": ("point", [names[i] for i in model])}
    for name in ("lambda", "mess", "tanb", "sign_mu"):
        if name in p:
            coords[name] = ("point", p[name][()])
    data = {name: xr.Variable(("point",), d[()], _plain_attrs(d)) for name, d in f["results"].items() if d.ndim == 1}
    return xr.Dataset(data, coords=coords)


def _decode_bits(ds, var, prefix_clash):
    """Boolean variables, one per named bit of ds[var] (bit_<k> attributes), and CF flag attributes."""
    names = _bit_names(ds[var].attrs)
    mask = ds[var].astype(np.uint32)
    for k, name in names.items():
        key = name if name not in prefix_clash else "%s_%s" % (var, name)
        ds[key] = (mask & np.uint32(1 << k)) != 0
        ds[key].attrs["description"] = "%s bit %d (%s)" % (var, k, name)
    ds[var].attrs["flag_masks"] = np.array([1 << k for k in names], dtype=np.uint32)
    ds[var].attrs["flag_meanings"] = " ".join(names.values())
    return names


def open(path):  # noqa: A001
    """A gmsb scan file as an xarray.Dataset (see the module's description). Raises gmsb.IoError
    for a file that is not a gmsb scan file."""
    import h5py
    import xarray as xr
    from . import IoError
    try:
        f = h5py.File(path, "r")
    except OSError as e:
        if "already open for write" in str(e):  # the SWMR marks of a writer that did not end (docs/reliability.md)
            raise IoError("%s: its scan was killed or failed before closing it (the file is fine up to its last "
                          "flush): `gmsb scan --resume -o %s` completes it; `gmsb table` reads it as it is"
                          % (path, path)) from None
        raise IoError("%s: cannot open (%s)" % (path, e)) from None
    with f:
        attrs = _root_attributes(f)
        m = f["models"]
        names = [str(_text(n)) for n in m["name"][()]]
        fifths = m["N1_fifths"][()]
        nn = m["N"][()]
        variants = [str(_text(v)) for v in m["variant_json"][()]] if "variant_json" in m else ["{}"] * len(fifths)
        status_attrs = dict(f["results/status"].attrs)
        warning_attrs = dict(f["results/warnings"].attrs) if "warnings" in f["results"] else {}
        one_d = "points" in f and f["results/status"].ndim == 1
        lazy = not one_d and _has_scales(f)
        try:
            ds = _read_points(f, names) if one_d else None if lazy else _read_eager(f)
        except OSError as e:
            raise IoError("%s: cannot read a /results dataset (damaged; `gmsb scan --resume --repair -o %s` "
                          "recomputes it): %s" % (path, path, e)) from None
        done = f["bookkeeping/line_done"][()].astype(bool) if "bookkeeping/line_done" in f and not one_d else None
    if lazy:
        # mask_and_scale off: the status fill value (1 << 31) is a bit, not a missing value
        ds = xr.open_dataset(path, engine="h5netcdf", group="results", mask_and_scale=False)
        ds = ds.assign_coords(model=[str(_text(x)) for x in ds["model"].values])
    try:
        return _finish(ds, attrs, one_d, done, fifths, nn, variants, status_attrs, warning_attrs)
    except OSError as e:  # a chunk failing its Fletcher32 checksum (docs/reliability.md)
        raise IoError("%s: cannot read a /results dataset (damaged; `gmsb scan --resume --repair -o %s` recomputes "
                      "it): %s" % (path, path, e)) from None


def _mask_not_done(ds, done):
    """Lines not marked done in /bookkeeping/line_done [model, M, tanb] are not computed, whatever
    /results holds there (docs/hdf5-layout.md "Bookkeeping"): status not_computed, NaN, no warnings."""
    import xarray as xr
    d = xr.DataArray(done, dims=(ds["status"].dims[0], ds["status"].dims[1], "tanb"))
    for name in list(ds.data_vars):
        v = ds[name]
        if v.dims != ds["status"].dims:
            continue
        if name == "status":
            ds[name] = xr.where(d, v, np.uint32(1 << NOT_COMPUTED_BIT)).astype(np.uint32).assign_attrs(v.attrs)
        elif v.dtype.kind in "iu":
            ds[name] = xr.where(d, v, 0).astype(v.dtype).assign_attrs(v.attrs)
        else:
            ds[name] = v.where(d).assign_attrs(v.attrs)
    return ds


def _finish(ds, attrs, one_d, done, fifths, nn, variants, status_attrs, warning_attrs):
    if done is not None and not done.all():
        ds = _mask_not_done(ds, done)
    n_text = [_n_text(a, b, c) for a, b, c in zip(fifths, nn[:, 1].round(), nn[:, 2].round())]
    per_model = {"N1": fifths / 5.0, "N2": nn[:, 1].round().astype(int), "N3": nn[:, 2].round().astype(int),
                 "N": np.array(n_text), "variant_json": np.array(variants)}
    if one_d:  # the model's values at each point
        idx = ds["model_index"].values
        ds = ds.assign_coords({k: ("point", v[idx]) for k, v in per_model.items()})
    else:
        ds = ds.assign_coords({k: ("model", v) for k, v in per_model.items()})
    for c in ("mess", "lambda"):
        if c in ds.coords:
            ds[c].attrs["units"] = "GeV"
    for k, v in status_attrs.items():
        if k.startswith("bit_") and k not in ds["status"].attrs:
            ds["status"].attrs[k] = _text(v)
    quantities = set(ds.data_vars)
    _decode_bits(ds, "status", quantities)
    if "warnings" in ds:
        for k, v in warning_attrs.items():
            if k.startswith("bit_") and k not in ds["warnings"].attrs:
                ds["warnings"].attrs[k] = _text(v)
        _decode_bits(ds, "warnings", quantities)
    ds["allowed"] = ds["status"] == 0
    ds["allowed"].attrs["description"] = "status 0: computed, no exclusion"
    ds["computed"] = (ds["status"].astype(np.uint32) & np.uint32(1 << NOT_COMPUTED_BIT)) == 0
    ds.attrs = attrs
    return ds


def to_dataframe(ds, quantities=None, allowed_only=False):
    """A pandas table of a gmsb.open() Dataset (a grid or a 1-D point list / samples), one row per
    point: columns model, N, mess (or the grid's M axis), lambda, tanb, then the quantities (default:
    all variables, the decoded bits included). allowed_only keeps the points with status 0."""
    names = list(quantities) if quantities is not None else list(ds.data_vars)
    sub = ds[names + (["allowed"] if allowed_only and "allowed" not in names else [])]
    df = sub.to_dataframe().reset_index()
    if "point" in df.columns:
        df = df.drop(columns=["point", "model_index"], errors="ignore")
    if allowed_only:
        df = df[df["allowed"]].drop(columns=[] if "allowed" in names else ["allowed"])
    keep = [c for c in ("model", "N", "mess", "mess_over_lambda", "x", "lambda", "tanb", "sign_mu") if c in df.columns]
    return df[keep + [c for c in df.columns if c not in keep and c not in ("N1", "N2", "N3", "variant_json")]]
