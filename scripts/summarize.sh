#!/usr/bin/env bash
# Summary of a scan file of `gmsb scan`: prints the seed's Table 1 (`gmsb table --compare-paper`)
# and the Table 2 fit, and writes the Figure 1 contour plots of (1,1,1) and (1,3,4) into the
# results directory (PNG and PDF). Called at the end of scripts/run.sh.
# usage: scripts/summarize.sh FILE.h5 [RESULTS_DIR (default: results)]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${GMSB_BUILD_DIR:-$root/build}"
gmsb="$build/gmsb"
file="${1:?usage: scripts/summarize.sh FILE.h5 [RESULTS_DIR]}"
results="${2:-$root/results}"
mkdir -p "$results"

echo "== Table 1: largest allowed M_h per messenger sector ($file) =="
"$gmsb" table "$file" --compare-paper
echo
echo "== Table 2: fit M_h,max = a + b N1 + c N2 + d ln N3 =="
"$gmsb" fit "$file" --compare-paper || echo "(fit not possible on this file, see the message above)"
echo
echo "== Figure 1: M_h contours in the Lambda-tan(beta) plane =="
for model in 1,1,1 1,3,4; do
  out="$results/contours_${model//,/_}"
  GMSB_BUILD_DIR="$build" /usr/bin/python3 "$root/scripts/plot_contours.py" "$file" --model "$model" -o "$out" ||
    echo "summarize.sh: no contour plot for ($model) (see the message above)" >&2
done
