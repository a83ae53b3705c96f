"""Errors are gmsb.Error subclasses of the matching kind carrying the program's messages."""
import json

import pytest

import gmsb
from conftest import SMALL_CONFIG, gmsb_cli


def cli_message(*args):
    """The message of a failing `gmsb` command: stderr "gmsb CMD: KIND error: MESSAGE" -> MESSAGE."""
    p = gmsb_cli(*args, check=False)
    assert p.returncode != 0
    first = p.stderr.splitlines()[0]
    return p.returncode, first.split(" error: ", 1)[1]


def test_hierarchy():
    assert issubclass(gmsb.InputError, gmsb.Error) and issubclass(gmsb.InputError, ValueError)
    assert issubclass(gmsb.ConfigError, gmsb.Error) and issubclass(gmsb.ConfigError, ValueError)
    assert issubclass(gmsb.IoError, gmsb.Error) and issubclass(gmsb.IoError, OSError)
    assert issubclass(gmsb.UsageError, gmsb.Error) and issubclass(gmsb.UsageError, TypeError)
    assert issubclass(gmsb.Error, Exception)
    assert [c.exit_code for c in (gmsb.UsageError, gmsb.InputError, gmsb.ConfigError, gmsb.IoError)] == [2, 3, 4, 5]


@pytest.mark.parametrize("kwargs,cli,kind", [
    (dict(n=(1, 1, 1), lam=1e5, mess=1e8, tanb=0.5), "--n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 0.5", gmsb.InputError),
    (dict(n=(1, 1, 1), lam=1e5, mess=1e8, tanb=20, method="foo"),
     "--n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 20 --method foo", gmsb.InputError),
    (dict(n=(1, 1, 1), lam=1e5, mess=1e3, tanb=20), "--n 1,1,1 --lambda 1e5 --mess 1e3 --tanb 20", gmsb.InputError),
    (dict(n="1,x,1", lam=1e5, mess=1e8, tanb=20), "--n 1,x,1 --lambda 1e5 --mess 1e8 --tanb 20", gmsb.InputError),
    (dict(n=(1, 1, 1), lam=1e5, mess=1e8), "--n 1,1,1 --lambda 1e5 --mess 1e8", gmsb.UsageError),
    (dict(lam=1e5, mess=1e8, tanb=20), "--lambda 1e5 --mess 1e8 --tanb 20", gmsb.UsageError),
    (dict(n=(1, 1, 1), content="D+4L", lam=1e5, mess=1e8, tanb=20),
     "--n 1,1,1 --content D+4L --lambda 1e5 --mess 1e8 --tanb 20", gmsb.UsageError),
])
def test_point_errors_carry_the_command_message(kwargs, cli, kind):
    code, message = cli_message("point", *cli.split())
    with pytest.raises(kind) as e:
        gmsb.point(**kwargs)
    assert str(e.value) == message
    assert code == kind.exit_code


def test_unknown_keyword_is_a_usage_error():
    with pytest.raises(gmsb.UsageError, match="unknown keyword colour="):
        gmsb.point(n=(1, 1, 1), lam=1e5, mess=1e8, tanb=20, colour="red")
    with pytest.raises(TypeError):
        gmsb.point(n=(1, 1, 1), lam=1e5, mess=1e8, tanb=20, json=True)


def test_scan_errors(tmp_path):
    missing = tmp_path / "missing.yaml"
    code, message = cli_message("scan", missing, "-o", tmp_path / "x.h5")
    with pytest.raises(gmsb.IoError) as e:
        gmsb.scan(missing, output=tmp_path / "x.h5")
    assert str(e.value) == message and code == 5
    assert isinstance(e.value, OSError)

    bad = dict(SMALL_CONFIG, colour="red")
    with pytest.raises(gmsb.ConfigError, match=r"<dict>:\d+: colour"):
        gmsb.scan(bad, output=tmp_path / "y.h5")
    bad_file = tmp_path / "bad.yaml"
    bad_file.write_text(json.dumps(bad, indent=1) + "\n")
    code, message = cli_message("scan", bad_file, "-o", tmp_path / "y.h5")
    assert code == 4
    with pytest.raises(gmsb.ConfigError) as e:
        gmsb.scan(bad_file, output=tmp_path / "y.h5")
    assert str(e.value) == message

    with pytest.raises(gmsb.InputError, match="tan"):
        gmsb.scan(dict(SMALL_CONFIG, tanb=[0.5, 2]), output=tmp_path / "z.h5")
    assert not (tmp_path / "z.h5").exists()  # nothing written before the checks pass


def test_existing_output_needs_force(tmp_path, small_config_file):
    out = tmp_path / "o.h5"
    gmsb.scan(small_config_file, output=out, threads=1)
    code, message = cli_message("scan", small_config_file, "-o", out)
    with pytest.raises(gmsb.IoError) as e:
        gmsb.scan(small_config_file, output=out)
    assert str(e.value) == message
    assert gmsb.scan(small_config_file, output=out, force=True).complete


def test_open_errors(tmp_path):
    with pytest.raises(gmsb.IoError):
        gmsb.open(tmp_path / "nothing.h5")
    import h5py
    with h5py.File(tmp_path / "other.h5", "w") as f:
        f.attrs["format"] = "something/2"
    with pytest.raises(gmsb.IoError, match="not 'gmsb-scan/1'"):
        gmsb.open(tmp_path / "other.h5")
