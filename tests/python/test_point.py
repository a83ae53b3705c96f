"""gmsb.point equals `gmsb point --json` (keys, order, values), for both methods."""
import json
from fractions import Fraction

import pytest

import gmsb
from conftest import gmsb_cli, gmsb_cli_json

POINTS = [  # (keywords of gmsb.point, the same point on the command line)
    (dict(n=(1, 1, 1), lam=1e5, mess=1e8, tanb=29, method="kn99"),
     "--n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 29 --method kn99"),
    (dict(n=(1, 3, 4), lam=1e5, mess=1e8, tanb=29, method="kn99"),
     "--n 1,3,4 --lambda 1e5 --mess 1e8 --tanb 29 --method kn99"),
    (dict(content="D+4L", lam=1e5, mess=1e8, tanb=4, method="kn99"),
     "--content D+4L --lambda 1e5 --mess 1e8 --tanb 4 --method kn99"),
    (dict(n=(Fraction(14, 5), 4, 1), lam=6e4, mess=1e12, tanb=45, sign_mu=-1, method="kn99"),
     "--n 14/5,4,1 --lambda 6e4 --mess 1e12 --tanb 45 --sign-mu -1 --method kn99"),
    (dict(n="1,1,1", lam=1e5, mess=1e8, tanb=29, method="kn99", preset="paper"),
     "--n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 29 --method kn99 --preset paper"),
    (dict(n=(1, 1, 1), lam=1e5, mess=2e5, tanb=15, method="modern"),
     "--n 1,1,1 --lambda 1e5 --mess 2e5 --tanb 15 --method modern"),
    (dict(n=(1, 3, 4), lam=1e5, mess=1e8, tanb=29, method="modern"),
     "--n 1,3,4 --lambda 1e5 --mess 1e8 --tanb 29 --method modern"),
    (dict(n=(1, 1, 1), lam=4e5, mess=8e5, tanb=15, method="modern", higgs_eft=False),
     "--n 1,1,1 --lambda 4e5 --mess 8e5 --tanb 15 --method modern --higgs-eft off"),
    (dict(n=(1, 1, 1), lam=1e4, mess=1e8, tanb=55, method="modern", sign_mu=-1),
     "--n 1,1,1 --lambda 1e4 --mess 1e8 --tanb 55 --method modern --sign-mu -1"),
    (dict(n=(1, 1, 1), lam=1e5, mess=1e8, tanb=20, method="kn99", loops=2, mt_higgs="pole",
          check_perturbativity=True),
     "--n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 20 --method kn99 --loops 2 --mt-higgs pole --check-perturbativity"),
]


@pytest.mark.parametrize("kwargs,cli", POINTS, ids=[c for _, c in POINTS])
def test_point_equals_command_json(kwargs, cli):
    d = gmsb.point(**kwargs).to_dict()
    expected = gmsb_cli_json("point", *cli.split(), "--json")
    assert list(d) == list(expected)  # same keys in the same order
    assert d == expected              # and the same values (JSON null = None for NaN)
    # the JSON text too, as the program prints it
    assert json.dumps(d) == json.dumps(expected)


def test_attributes_match_the_dict():
    p = gmsb.point(n=(1, 3, 4), lam=1e5, mess=1e8, tanb=29, method="kn99")
    d = p.to_dict()
    for key in ("mh", "mA", "mu", "mstau1", "mstop1", "mgluino", "M1", "msusy", "At", "mt_higgs"):
        assert float("%.10g" % getattr(p, key)) == pytest.approx(d[key], rel=0, abs=0), key
    assert [float("%.10g" % m) for m in p.mneutralino] == d["mneutralino"]
    assert p.status == d["status"] and p.warnings == d["warnings"]
    assert p.ok == (p.status_mask == 0) and p.n == "1,3,4" and p.method == "kn99"
    assert (p.lam, p.mess, p.tanb, p.sign_mu) == (1e5, 1e8, 29.0, 1)


def test_status_names_of_an_excluded_point():
    # large tan(beta) at small Lambda: the lighter stau is tachyonic (the seed's exclusion)
    p = gmsb.point(n=(1, 1, 1), lam=5e4, mess=1e8, tanb=50, method="kn99")
    expected = gmsb_cli_json("point", "--n", "1,1,1", "--lambda", "5e4", "--mess", "1e8", "--tanb", "50",
                             "--method", "kn99", "--json")
    assert p.status == expected["status"] and "stau_tachyon" in p.status
    assert p.status_mask & 1 and not p.ok


def test_slha_equals_command():
    p = gmsb.point(n=(1, 1, 1), lam=1e5, mess=1e8, tanb=29, method="modern")
    out = gmsb_cli("point", "--n", "1,1,1", "--lambda", "1e5", "--mess", "1e8", "--tanb", "29", "--method",
                   "modern", "--slha").stdout
    assert p.to_slha() == out


def test_models_equals_command():
    assert gmsb.models() == gmsb_cli_json("models", "--json")
    assert len(gmsb.models()) == 32


def test_points_in_threads_equal_sequential_points():
    """gmsb.point releases the GIL: points computed in Python threads are the same points."""
    from concurrent.futures import ThreadPoolExecutor
    inputs = [dict(n=(1, 1, 1), lam=lam, mess=1e8, tanb=tb, method="modern") for lam in (6e4, 1e5) for tb in (10, 30)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        threaded = list(pool.map(lambda kw: gmsb.point(**kw).to_dict(), inputs))
    assert threaded == [gmsb.point(**kw).to_dict() for kw in inputs]
