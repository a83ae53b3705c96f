#!/usr/bin/env bash
# MPI scaling of `gmsb scan` (docs/performance.md, "MPI scans"): runs one config
#   1. as one process with one thread (the reference rate),
#   2. under mpirun with 2 ranks (rank 0 writes, rank 1 computes with one thread),
#   3. under mpirun with 3 ranks (two computing ranks; oversubscribed on a 2-core machine),
#   4. under mpirun with 2 ranks and GMSB_BENCH_NO_COMPUTE=1: the worker returns copies of one
#      computed line, so the rate is what rank 0 can absorb (receive, store, compress, write):
#      the writer limit,
# and prints the rates and the ratios. Usage: scripts/bench-mpi.sh [BUILD_DIR] [CONFIG]
# (default: build, a kn99 grid of 32 models x 2 M x 40 Lambda x 15 tan(beta) = 38,400 points).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$here/build}"
gmsb="$build/gmsb"
[ -x "$gmsb" ] || { echo "bench-mpi: no $gmsb (build first: scripts/build.sh)" >&2; exit 2; }
command -v mpirun >/dev/null || { echo "bench-mpi: no mpirun (install openmpi-bin)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cfg="${2:-}"
if [ -z "$cfg" ]; then
  cfg="$work/bench.yaml"
  cat > "$cfg" <<'YAML'
description: MPI bench grid (kn99)
models: all
lambda: {from: 5000, to: 200000, step: 5000}
tanb: {from: 2, to: 58, step: 4}
mess: [1.0e6, 1.0e10]
method: kn99
YAML
fi
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMP_NUM_THREADS=1
root=""; [ "$(id -u)" = 0 ] && root="--allow-run-as-root"
mpi=(mpirun --oversubscribe $root -x OMP_NUM_THREADS)
rate() { sed -n 's/.*(\([0-9.]*\) points\/s.*/\1/p' | tail -1; }
# CPU seconds (user + sys) of each rank, from /usr/bin/time per rank: the figures that do not
# depend on how busy the machine is.
timed() { echo "exec /usr/bin/time -o $work/cpu.\$OMPI_COMM_WORLD_RANK -f '%U %S' $gmsb $*"; }
cpu() { awk '{print $1 + $2}' "$work/cpu.$1"; }
r1=$("$gmsb" scan "$cfg" -o "$work/one.h5" --force --quiet --threads 1 | rate)
r2=$("${mpi[@]}" -np 2 sh -c "$(timed scan "$cfg" -o "$work/two.h5" --force --quiet)" | rate)
c0=$(cpu 0); c1=$(cpu 1)
n=$(/usr/bin/python3 -c "import h5py; print(h5py.File('$work/two.h5').attrs['points_total'])" 2>/dev/null || echo 0)
r3=$("${mpi[@]}" -np 3 "$gmsb" scan "$cfg" -o "$work/three.h5" --force --quiet | rate)
# The writer run: the same config with 8x the points (tan(beta) in steps of 1, two more M), so
# that rank 0's start-up (MPI_Init, config, file creation; included) is a small part.
wcfg="$work/writer.yaml"
sed -e 's/^tanb:.*/tanb: {from: 2, to: 58, step: 1}/' -e 's/^mess:.*/mess: [1.0e6, 1.0e8, 1.0e10, 1.0e12]/' "$cfg" > "$wcfg"
rw=$(GMSB_BENCH_NO_COMPUTE=1 "${mpi[@]}" -x GMSB_BENCH_NO_COMPUTE -np 2 \
       sh -c "$(timed scan "$wcfg" -o "$work/writer.h5" --force --quiet)" | rate)
w0=$(cpu 0)
nw=$(/usr/bin/python3 -c "import h5py; print(h5py.File('$work/writer.h5').attrs['points_total'])" 2>/dev/null || echo 0)
echo "config: $cfg ($n points); $(getconf _NPROCESSORS_ONLN) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'one process, 1 thread:            %8.0f points/s (wall)\n' "$r1"
printf 'mpirun -np 2 (1 computing rank):  %8.0f points/s (wall)  ratio to one process %.3f\n' "$r2" "$(echo "$r2 / $r1" | bc -l)"
printf 'mpirun -np 3 (2 computing ranks): %8.0f points/s (wall)  ratio to -np 2 %.3f\n' "$r3" "$(echo "$r3 / $r2" | bc -l)"
printf '  -np 2 CPU: rank 0 (writer) %.2f s, rank 1 (computing) %.2f s: %.0f points per CPU-second computing,\n' \
       "$c0" "$c1" "$(echo "$n / $c1" | bc -l)"
printf '             rank 0 costs %.1f%% of the computing CPU\n' "$(echo "100 * $c0 / $c1" | bc -l)"
printf 'writer without physics (%s points): %.0f points/s (wall), rank 0 %.2f CPU-s: %.0f points per CPU-second\n' \
       "$nw" "$rw" "$w0" "$(echo "$nw / $w0" | bc -l)"
printf '  => the writer saturates at about %.0f computing threads of this method\n' \
       "$(echo "($nw / $w0) / ($n / $c1)" | bc -l)"
