"""gmsb.scan writes the file `gmsb scan` writes (bit-identical /results), from a file or a dict;
Ctrl-C (SIGINT) stops it cleanly with KeyboardInterrupt and a resumable file."""
import os
import signal
import threading
import time

import h5py
import numpy as np
import pytest

import gmsb
from conftest import SMALL_CONFIG, gmsb_cli


def results(path):
    """{name: array} of every dataset in /results (quantities, status, warnings, the scales)."""
    with h5py.File(path, "r") as f:
        return {k: v[()] for k, v in f["results"].items()}


def assert_identical(a, b):
    ra, rb = results(a), results(b)
    assert sorted(ra) == sorted(rb)
    for k in ra:
        assert ra[k].dtype == rb[k].dtype and ra[k].shape == rb[k].shape, k
        if ra[k].dtype.kind == "O":  # the model names (strings)
            assert list(ra[k]) == list(rb[k]), k
        else:  # bit for bit
            assert ra[k].tobytes() == rb[k].tobytes(), k


def test_scan_equals_command_scan(tmp_path, small_config_file, small_scan):
    cli = tmp_path / "cli.h5"
    gmsb_cli("scan", small_config_file, "-o", cli, "--threads", "1", "--quiet")
    assert_identical(small_scan, cli)
    with h5py.File(small_scan, "r") as f:
        assert f.attrs["complete"] == 1 and f.attrs["points_done"] == 2 * 12 * 12
        assert f.attrs["config_path"] == str(small_config_file)


def test_scan_of_a_dict(tmp_path, small_scan):
    out = tmp_path / "dict.h5"
    r = gmsb.scan(SMALL_CONFIG, output=out, threads=2)
    assert (r.complete, r.points_total, r.points_done, r.points_computed) == (True, 288, 288, 288)
    assert r.output == str(out) and r.threads == 2 and not r.resumed
    assert_identical(small_scan, out)
    with h5py.File(out, "r") as f:
        assert f.attrs["config_path"] == "<dict>"
    assert gmsb.scan(output=out, resume=True).resumed  # already complete: nothing to do


def test_ctrl_c_stops_cleanly_and_resume_completes(tmp_path):
    # 4,000 points of method modern: about a second on one thread, interrupted after 0.3 s
    cfg = {"models": [[1, 1, 1], [5, 1, 1], [2, 2, 2], [1, 3, 4]], "lambda": {"from": 2e4, "to": 2e5, "step": 7.5e3},
           "tanb": {"from": 5, "to": 52.5, "step": 2.5}, "mess": [1e8, 1e12], "method": "modern"}
    out = tmp_path / "interrupted.h5"
    timer = threading.Timer(0.3, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            gmsb.scan(cfg, output=out, threads=1, flush_seconds=0.05)
    finally:
        timer.cancel()
    with h5py.File(out, "r") as f:  # a valid, incomplete file: whole lines only
        done, total = int(f.attrs["points_done"]), int(f.attrs["points_total"])
        assert f.attrs["complete"] == 0 and 0 <= done < total and done % 25 == 0
        status = f["results/status"][()]
        assert np.count_nonzero(status & (1 << 31)) == total - done
    r = gmsb.scan(output=out, resume=True, threads=2)
    assert r.complete and r.resumed and r.points_computed == total - done
    reference = tmp_path / "reference.h5"
    cfg_file = tmp_path / "modern.yaml"
    with h5py.File(out, "r") as f:
        cfg_file.write_text(f.attrs["config_yaml"])
    gmsb_cli("scan", cfg_file, "-o", reference, "--quiet", "--threads", "2")
    assert_identical(out, reference)
    # Python's own SIGINT handling is back: a later Ctrl-C is an ordinary KeyboardInterrupt
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


POINTS_CSV = 'model,lambda,mess,tanb\n"1,1,1",1e5,1e8,10\n"1,3,4",6e4,1e9,30\n"1,1,1",2e4,1e8,55\n'


@pytest.mark.parametrize("earlier", [True, False], ids=["over-an-earlier-file", "new-file"])
def test_ctrl_c_before_the_scan_computes_changes_no_file(tmp_path, earlier):
    """Ctrl-C while gmsb.scan sets up, before it computes a point: KeyboardInterrupt, and no file
    changes (docs/python.md): an earlier output stays byte for byte (also with force=True), no new
    file, no .NAME.tmp-* or NAME.lock left; a later scan to the same output works. The scan is
    held in its set-up by its CSV file of points, a FIFO: the test opens it for writing (so the
    scan is reading it), sends SIGINT, and writes the points only once the scan's calling thread
    has run the signal handler."""
    base = {"method": "kn99", "sm_inputs": "kn99", "sign_mu": 1}
    csv = tmp_path / "points.csv"
    csv.write_text(POINTS_CSV)
    plain = dict(base, points={"csv": str(csv)})
    out = tmp_path / "out.h5"
    before = None
    if earlier:
        assert gmsb.scan(plain, output=out, threads=1).complete
        before = out.read_bytes()
    fifo = tmp_path / "points.fifo"
    os.mkfifo(fifo)
    seen = threading.Event()

    def on_sigint(signum, frame):  # Python's own handler does the same, without the event
        seen.set()
        raise KeyboardInterrupt

    def feed():
        with open(fifo, "w") as w:  # returns when the scan has opened the FIFO: it is setting up
            os.kill(os.getpid(), signal.SIGINT)
            seen.wait(30)
            time.sleep(0.2)  # the stop flag is set as the handler returns
            w.write(POINTS_CSV)

    previous = signal.signal(signal.SIGINT, on_sigint)
    feeder = threading.Thread(target=feed, daemon=True)
    feeder.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            gmsb.scan(dict(base, points={"csv": str(fifo)}), output=out, threads=1, force=earlier)
    finally:
        signal.signal(signal.SIGINT, previous)
        if feeder.is_alive():  # the scan never opened the FIFO: let the feeder go
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        feeder.join(30)
    assert seen.is_set()
    if earlier:
        assert out.read_bytes() == before  # untouched, although force=True
    else:
        assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["points.csv", "points.fifo"] + (["out.h5"] if earlier else []))
    # the output is free: a later scan writes it (the same file as the first scan)
    r = gmsb.scan(plain, output=out, threads=2, force=earlier)
    assert r.complete and r.points_done == 3 and r.points_computed == 3
    if earlier:
        reference = tmp_path / "reference.h5"
        out.rename(reference)
        assert gmsb.scan(plain, output=out, threads=1).complete
        assert_identical(out, reference)
