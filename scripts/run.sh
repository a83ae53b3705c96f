#!/usr/bin/env bash
# Installs missing Debian packages, builds gmsb-scan and runs the main job.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" >/dev/null
build="${GMSB_BUILD_DIR:-$root/build}"
gmsb="$build/gmsb"

echo "== Seed reference point: N = (1,1,1), Lambda = 100 TeV, M = 1e8 GeV, tan(beta) = 29 =="
"$gmsb" point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 29
echo
echo "== tan(beta) sweep for N = (1,3,4), Lambda = 100 TeV, M = 1e8 GeV =="
printf "%6s %9s %9s %12s  %s\n" tanb M_h M_A m_stau1^2 status
for t in 5 10 15 20 25 29 35 40 45 50; do
  "$gmsb" point --n 1,3,4 --lambda 1e5 --mess 1e8 --tanb "$t" --json |
    /usr/bin/python3 -c 'import json,sys; d=json.load(sys.stdin); f=lambda v: "nan" if v is None else "%.2f"%v; print("%6s %9s %9s %12s  %s"%(d["tanb"], f(d["mh"]), f(d["mA"]), "nan" if d["mstau1_sq"] is None else "%.4g"%d["mstau1_sq"], ",".join(d["status"]) or "ok"))'
done
