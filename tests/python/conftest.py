"""Shared set-up of the Python tests (run by ctest under /usr/bin/python3 with PYTHONPATH=build/python,
GMSB_BINARY = the gmsb program, GMSB_SOURCE_DIR = the repository)."""
import json
import os
import subprocess

import matplotlib

matplotlib.use("Agg")  # headless: the tests choose the backend, the library never does

import pytest  # noqa: E402

BINARY = os.environ.get("GMSB_BINARY", "gmsb")
SOURCE_DIR = os.environ.get("GMSB_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))

# A small kn99 scan: 2 models x 1 M x 12 Lambda x 12 tan(beta) = 288 points, with stau-tachyon and
# no-EWSB regions in the plane (Lambda 10..120 TeV, tan(beta) 5..60).
SMALL_CONFIG = {
    "description": "python tests: small kn99 plane",
    "models": [[1, 1, 1], [1, 3, 4]],
    "lambda": {"from": 10000, "to": 120000, "step": 10000},
    "tanb": {"from": 5, "to": 60, "step": 5},
    "mess": [1.0e8],
    "sign_mu": 1,
    "method": "kn99",
    "sm_inputs": "kn99",
}


def gmsb_cli(*args, check=True):
    """Runs the gmsb program; returns the CompletedProcess (text)."""
    p = subprocess.run([BINARY, *map(str, args)], capture_output=True, text=True)
    if check and p.returncode != 0:
        raise AssertionError("gmsb %s failed (%d): %s" % (" ".join(map(str, args)), p.returncode, p.stderr))
    return p


def gmsb_cli_json(*args):
    return json.loads(gmsb_cli(*args).stdout)


@pytest.fixture(scope="session")
def small_config_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cfg") / "small.yaml"
    path.write_text(json.dumps(SMALL_CONFIG, indent=1) + "\n")
    return path


@pytest.fixture(scope="session")
def small_scan(tmp_path_factory, small_config_file):
    """The small scan written by gmsb.scan (path)."""
    import gmsb
    out = tmp_path_factory.mktemp("scan") / "small.h5"
    r = gmsb.scan(small_config_file, output=out, threads=2)
    assert r.complete
    return out
