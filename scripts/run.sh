#!/usr/bin/env bash
# Installs missing Debian packages, builds gmsb-scan and runs the main job: the quick scan of
# all 32 messenger sectors in configs/default.yaml, written to results/default.h5.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" >/dev/null
build="${GMSB_BUILD_DIR:-$root/build}"
gmsb="$build/gmsb"

cd "$root"
mkdir -p results
"$gmsb" scan configs/default.yaml -o results/default.h5 --force
echo
echo "results: $root/results/default.h5  (layout: docs/hdf5-layout.md)"
echo
"$root/scripts/summarize.sh" results/default.h5 results
