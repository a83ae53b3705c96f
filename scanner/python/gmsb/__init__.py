"""gmsb-scan from Python: points, scans, scan files and figures (docs/python.md).

    import gmsb
    p = gmsb.point(n=(1, 3, 4), lam=1e5, mess=1e8, tanb=29, method="kn99")
    print(p.mh, p.status, p.to_dict())           # to_dict() is `gmsb point --json`
    gmsb.scan("configs/kn99-figure1.yaml", output="fig1.h5", threads=2, force=True)
    ds = gmsb.open("fig1.h5")                     # an xarray.Dataset
    fig = gmsb.plot.contours(ds, model=(1, 3, 4), quantity="mh")

The computation is the `gmsb` program's own (the compiled module gmsb._core links the same
library): the same options, checks, messages and numbers. Errors are gmsb.Error subclasses:
UsageError (also a TypeError), InputError and ConfigError (also ValueError), IoError (also
OSError), with the program's messages, which name the command-line option of a keyword
(``lam`` is ``--lambda``, ``mt_higgs`` is ``--mt-higgs``).
"""
import json as _json
import numbers as _numbers
import os as _os
from fractions import Fraction as _Fraction

from . import _core
from ._core import ConfigError, Error, InputError, IoError, Point, UsageError, __version__
from .io import open, to_dataframe  # noqa: A001 (gmsb.open reads a scan file)

__all__ = ["point", "scan", "models", "seed_table1", "open", "to_dataframe", "plot", "Point", "ScanResult", "Error",
           "UsageError", "InputError", "ConfigError", "IoError", "__version__"]

# name of a `gmsb point` option (without --) -> True if it takes a value, False for a flag
_POINT_OPTIONS = dict(_core._point_options())
_NOT_KEYWORDS = {"json", "slha"}  # output formats of the command: to_dict() and to_slha() here


def _text(value):
    """The command-line text of a keyword's value: numbers exactly (repr of the float),
    sequences comma-separated, booleans on/off, fractions as 14/5."""
    if isinstance(value, bool):
        return "on" if value else "off"
    if isinstance(value, _Fraction):
        return str(value)
    if isinstance(value, _numbers.Integral):
        return str(int(value))
    if isinstance(value, _numbers.Real):
        return repr(float(value))
    if isinstance(value, (tuple, list)):
        return ",".join(_text(v) for v in value)
    return str(value)


def _point_arguments(kwargs):
    args = []
    for key, value in kwargs.items():
        if value is None:
            continue
        name = "lambda" if key in ("lam", "lambda_") else key.replace("_", "-")
        if name not in _POINT_OPTIONS or name in _NOT_KEYWORDS:
            known = sorted(k.replace("-", "_") for k in _POINT_OPTIONS if k not in _NOT_KEYWORDS | {"lambda"})
            raise UsageError("gmsb.point() got an unknown keyword %s= (keywords: lam, %s)" % (key, ", ".join(known)))
        if _POINT_OPTIONS[name]:
            args += ["--" + name, _text(value)]
        elif value is True:
            args.append("--" + name)
        elif value is not False:
            raise InputError("gmsb.point(): %s= is a switch: True or False, got %r" % (key, value))
    return args


def point(n=None, lam=None, mess=None, tanb=None, *, content=None, method=None, sign_mu=None, **settings):
    """Computes one point as ``gmsb point`` does and returns a gmsb.Point.

    n: messenger indices (N1, N2, N3) (N1 may be a Fraction or text "14/5"), or content="D+4L";
    lam: Lambda = F/S, mess: messenger scale M, both GeV; tanb: tan(beta) at M_SUSY;
    method: "kn99" or "modern" (default: the program's); sign_mu: +1 or -1. Every other option of
    ``gmsb point`` is a keyword with "_" for "-": loops=2, mt_higgs="pole", sm_inputs="pdg2024",
    preset="paper", eps6=0.5, higgs_eft=False, heavy="1,1,1", heavy_lambda=..., supertrace=...,
    check_perturbativity=True, ... The result has attributes (p.mh, p.mstau1, p.mneutralino,
    p.status, p.warnings, ...), p.to_dict() (the keys and values of ``gmsb point --json``) and
    p.to_slha(). Raises gmsb.UsageError or gmsb.InputError with the program's message.
    """
    kwargs = dict(n=n, content=content, lam=lam, mess=mess, tanb=tanb, method=method, sign_mu=sign_mu)
    kwargs.update(settings)
    return _core._point(_point_arguments(kwargs))


class ScanResult:
    """What gmsb.scan() did: output (the file), complete, resumed, points_total, points_done,
    points_computed, seconds, threads. open() reads the file (gmsb.open)."""

    def __init__(self, summary):
        self.__dict__.update(summary)

    def open(self):
        return open(self.output)

    def __repr__(self):
        return "<gmsb.ScanResult %s: %d of %d points%s, %d computed in %.1f s with %d threads>" % (
            self.output, self.points_done, self.points_total, "" if self.complete else " (stopped)",
            self.points_computed, self.seconds, self.threads)


def scan(config=None, output=None, *, threads=0, force=False, resume=False, repair=False, progress=False,
         flush_seconds=2.0, stop_after_lines=0):
    """Runs a scan as ``gmsb scan`` does and returns a gmsb.ScanResult.

    config: a YAML config file (path) or a dict with the keys of a config file (docs/configs.md),
    e.g. {"models": [[1, 1, 1]], "lambda": {"from": 2e4, "to": 1e5, "step": 2e4}, "tanb": [5, 10],
    "mess": [1e8], "method": "kn99"}; optional with resume=True. output: the HDF5 file (default:
    the config's `output:`). threads: 0 = all cores. force: overwrite an existing file; resume:
    continue the scan stored in `output`; repair (with resume): recompute the lines of damaged
    chunks instead of refusing the file (docs/reliability.md). progress: the progress bar on stderr.

    The GIL is released while the scan runs. Ctrl-C (KeyboardInterrupt) stops it cleanly: the
    threads finish their lines, the file is written and left resumable (complete = 0), then
    KeyboardInterrupt is raised; gmsb.scan(output=..., resume=True) continues it. Ctrl-C while it
    sets up (reads the config, makes the new file) raises KeyboardInterrupt and changes no file (an
    earlier file at `output` stays, also with force=True).
    """
    path, text = "", ""
    if isinstance(config, dict):
        path, text = "<dict>", _json.dumps(config, indent=1) + "\n"  # JSON is YAML: FILE:LINE errors stay useful
    elif config is not None:
        path = _os.fspath(config)
    elif not resume:
        raise UsageError("gmsb.scan(): give a config (a file or a dict)")
    out = "" if output is None else _os.fspath(output)
    summary = _core._scan(path, text, out, int(threads), bool(force), bool(resume), bool(repair), bool(progress),
                          float(flush_seconds), int(stop_after_lines))
    return ScanResult(summary)


def models():
    """The seed's 32 messenger sectors as ``gmsb models --json`` lists them: a list of dicts with
    N ("1,1,1"), N1, N2, N3, name (e.g. "5+5bar") and contents (all realisations)."""
    return _json.loads(_core._models_json())


def seed_table1():
    """The seed's Table 1 (Kaeding & Nandi, docs/physics.md §1.4), the program's only copy: a list of
    dicts N (text "1,3,4"), N1_fifths, N2, N3, mh_max (GeV; largest M_h at M = 1e8 GeV, Lambda <=
    100 TeV) and asterisk (the seed's mark: the maximum is limited by an exclusion)."""
    rows = _core._seed_table1()
    for r in rows:
        r["N"] = "%s,%d,%d" % (_Fraction(r["N1_fifths"], 5), r["N2"], r["N3"])
    return rows


def __getattr__(name):
    if name == "plot":  # gmsb.plot imports matplotlib only when it is used
        import importlib
        return importlib.import_module(".plot", __name__)
    raise AttributeError("module 'gmsb' has no attribute %r" % name)
