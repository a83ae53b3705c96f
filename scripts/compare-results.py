#!/usr/bin/env python3
"""Compares the /results datasets of two gmsb scan files bit for bit.

usage: /usr/bin/python3 scripts/compare-results.py A.h5 B.h5

Exit 0 when every dataset under /results has the same shape, dtype and bytes (strings: the same strings); otherwise prints the
first differences and exits 1.
A dataset that later versions added (ADDED_LATER, docs/hdf5-layout.md) may be present in B only (B the newer file): it is
then listed, not compared; present in both, it is compared like the others.
"""
import sys

import h5py
import numpy as np


# Datasets that a version after the first files of the layout added, each with what it is.
ADDED_LATER = {"results/warnings": "per-point warning masks",
               "results/model": "the model dimension scale (a copy of /models/name)"}
for _axis in ("mess", "mess_over_lambda", "x", "lambda", "tanb"):
    ADDED_LATER["results/" + _axis] = "a dimension scale (a hard link to /axes/%s)" % _axis
# The rest of the spectrum, the gravitino and the NLSP (docs/physics.md §11).
for _q in ("mneutralino2", "mneutralino3", "mneutralino4", "mchargino2", "mstau2", "msneutrino_tau", "m_gravitino",
           "m_nlsp", "nlsp_kind", "nlsp_width", "nlsp_ctau"):
    ADDED_LATER["results/" + _q] = "gravitino/NLSP or more of the spectrum"
ADDED_LATER["results/mh_uncertainty"] = "the M_h theory uncertainty, docs/physics.md §7.5"
ADDED_LATER["results/tanb_msusy"] = "tan(beta) at M_SUSY, docs/physics.md §4.5"


def datasets(f):
    """{"results/NAME": dataset} of every dataset linked in /results. By the links of /results, not
    by visiting the file: a visit names each dataset once, under whichever of its names it meets
    first, and the datasets of /results also have other names (the root links and the hard-linked
    /axes, docs/hdf5-layout.md "Dimension scales")."""
    return {"results/" + name: obj for name, obj in f["results"].items() if isinstance(obj, h5py.Dataset)}


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with h5py.File(argv[1], "r") as a, h5py.File(argv[2], "r") as b:
        da, db = datasets(a), datasets(b)
        bad = 0
        for name in sorted(set(da) | set(db)):
            if name not in da and name in ADDED_LATER:
                print(f"{name}: only in B ({ADDED_LATER[name]}, added later; not compared)")
                continue
            if name not in da or name not in db:
                print(f"{name}: only in {'B' if name in db else 'A'}")
                bad += 1
                continue
            x, y = da[name][()], db[name][()]
            if x.shape != y.shape or x.dtype != y.dtype:
                print(f"{name}: shape/dtype {x.shape} {x.dtype} vs {y.shape} {y.dtype}")
                bad += 1
            elif x.dtype.kind == "O":  # strings (the model names): by value, not by their pointers' bytes
                if list(x.ravel()) != list(y.ravel()):
                    print(f"{name}: the strings differ: {list(x.ravel())[:3]} vs {list(y.ravel())[:3]}")
                    bad += 1
            elif x.tobytes() != y.tobytes():
                diff = np.flatnonzero((x != y) & ~(np.isnan(x) & np.isnan(y)) if x.dtype.kind == "f" else x != y)
                print(f"{name}: {diff.size} of {x.size} values differ (first at flat index {diff[:3].tolist()})")
                bad += 1
        print(f"{len(set(da) & set(db))} datasets compared, {bad} differ")
        return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
