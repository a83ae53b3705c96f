#!/usr/bin/python3
"""The seed's Figure 1 and Table 1 (Kaeding & Nandi, docs/physics.md §1.4) from Python.

Figure 1: M_h contours in the Lambda-tan(beta) plane of the sectors (1,1,1) and (1,3,4) at
M = 1e8 GeV, the stau-tachyon region hatched (configs/kn99-figure1.yaml, method kn99).
Table 1: the largest allowed M_h (status 0) at Lambda <= 100 TeV of every one of the 32 sectors,
beside the seed's value (configs/kn99-table1.yaml, method kn99) -- the numbers of
`gmsb table --compare-paper`, computed here with xarray.

usage: PYTHONPATH=build/python /usr/bin/python3 docs/examples/figure1_table1.py [--out DIR] [--threads N] [--quick]
  --quick  coarser grids (Lambda in 20 TeV, tan(beta) in 4 steps; seconds instead of minutes), for a check
Writes DIR/figure1.png, DIR/figure1.pdf and DIR/table1.csv (default DIR: results/python-example).
"""
import argparse
import os
import sys

import yaml

import gmsb
import gmsb.plot

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def config(name, quick):
    """A shipped config as a dict (method kn99, as the seed), coarser with --quick."""
    with open(os.path.join(ROOT, "configs", name)) as f:
        cfg = yaml.safe_load(f)
    cfg["method"] = "kn99"  # always explicit: the program's default method is not the seed's
    cfg.pop("output", None)
    if quick:
        cfg["lambda"] = {"from": 10000, "to": 200000, "step": 20000}
        cfg["tanb"] = {"from": 2, "to": 58, "step": 4}
    return cfg


def figure1(out, threads, quick):
    path = os.path.join(out, "kn99-figure1.h5")
    gmsb.scan(config("kn99-figure1.yaml", quick), output=path, threads=threads, force=True)
    ds = gmsb.open(path)
    fig = gmsb.plot.panels(ds, [(1, 1, 1), (1, 3, 4)], quantity="mh", mess=1e8, mh_band=False,
                           suptitle="Kaeding & Nandi Figure 1: $M_h$ contours (method kn99)")
    for ext in ("png", "pdf"):
        fig.savefig(os.path.join(out, "figure1." + ext), dpi=150)
    return ds


def table1(out, threads, quick):
    path = os.path.join(out, "kn99-table1.h5")
    gmsb.scan(config("kn99-table1.yaml", quick), output=path, threads=threads, force=True)
    ds = gmsb.open(path).sel(mess=1e8)
    region = ds.allowed & (ds["lambda"] <= 1e5)  # the seed's Table 1: Lambda <= 100 TeV, allowed points
    mh_max = ds.mh.where(region).max(("lambda", "tanb"))
    ours = dict(zip(ds["N"].values, mh_max.values))
    rows = []
    for r in gmsb.seed_table1():
        rows.append((r["N"], ours.get(r["N"], float("nan")), r["mh_max"], "*" if r["asterisk"] else ""))
    print("%-10s %10s %10s %7s" % ("N", "M_h,max", "paper", "diff"))
    for n, mh, paper, star in rows:
        print("%-10s %10.2f %9.1f%1s %+7.2f" % (n, mh, paper, star, mh - paper))
    diffs = [abs(mh - paper) for _, mh, paper, star in rows if not star]
    print("largest |difference| over the %d unmarked sectors: %.2f GeV" % (len(diffs), max(diffs)))
    with open(os.path.join(out, "table1.csv"), "w") as f:
        f.write("N,mh_max,paper_mh_max,paper_asterisk\n")
        for n, mh, paper, star in rows:
            f.write("%s,%.4f,%.1f,%d\n" % (n, mh, paper, star == "*"))
    return rows


def main(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", default=os.path.join(ROOT, "results", "python-example"))
    p.add_argument("--threads", type=int, default=0)
    p.add_argument("--quick", action="store_true")
    a = p.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    figure1(a.out, a.threads, a.quick)
    table1(a.out, a.threads, a.quick)
    print("wrote %s/figure1.png, figure1.pdf, table1.csv" % a.out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
