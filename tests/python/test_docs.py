"""docs/python.md's ten-line example and its xarray example run as written; the Figure 1 / Table 1 example runs (quick)."""
import os
import re
import subprocess
import sys

from conftest import SOURCE_DIR


def test_ten_line_example(tmp_path, monkeypatch):
    text = open(os.path.join(SOURCE_DIR, "docs", "python.md")).read()
    block = re.search(r"```python\n(.*?)```", text, re.S).group(1)
    assert len(block.strip().splitlines()) == 10
    monkeypatch.chdir(tmp_path)
    exec(compile(block, "docs/python.md", "exec"), {})
    assert (tmp_path / "example.png").stat().st_size > 10000
    assert (tmp_path / "example.h5").exists()
    # the xarray example (no group=) on the file the ten lines wrote
    xarray_block = re.search(r"```python\n(import xarray as xr\n.*?)```", text, re.S).group(1)
    scope = {}
    exec(compile(xarray_block, "docs/python.md", "exec"), scope)
    assert scope["ds"]["mh"].dims == ("model", "mess", "lambda", "tanb")
    along = scope["ds"].mh.sel(model="Q+2D", mess=1e8, tanb=30)
    assert along.dims == ("lambda",) and along.sizes["lambda"] == 20 and float(along.max()) > 100


def test_figure1_table1_example(tmp_path):
    script = os.path.join(SOURCE_DIR, "docs", "examples", "figure1_table1.py")
    p = subprocess.run([sys.executable, script, "--quick", "--threads", "2", "--out", str(tmp_path)],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "figure1.png").stat().st_size > 10000
    lines = (tmp_path / "table1.csv").read_text().splitlines()
    assert len(lines) == 33 and lines[0].startswith("N,mh_max")
    assert "largest |difference|" in p.stdout
