#pragma once
/// \file mpi_driver.hpp
/// One scan across MPI ranks (`mpirun -n R gmsb scan CFG -o OUT.h5`, docs/cluster.md). Rank 0
/// is the scheduler and the only writer: it owns the ScanStore and the file, hands out the
/// missing lines in tasks of consecutive lines (dynamic: a worker gets its next task when it
/// returns one, and has one more queued so that it never waits), stores each returned line with
/// ScanStore::put_line and flushes as the OpenMP driver does. Ranks 1..R-1 compute their tasks
/// with their OpenMP threads (compute_scan_line, the same unit of work as the OpenMP driver), so
/// the file is bit-identical to the single-process scan whatever R and the thread counts.
///
/// Messages (MPI_BYTE): a task is [n, line_1 .. line_n] (uint64; n = 0: stop); a result is
/// [n, then per line: line, n_points, n_points x PointResult] (PointResult is trivially
/// copyable: its bytes travel, 1.1 kB per point); an error is [exit code, message].

#include <atomic>
#include <cstddef>
#include <string>
#include <vector>

#include "gmsb/spectrum_calculator.hpp"
#include "config/scan_config.hpp"
#include "io/scan_file.hpp"
#include "scan/scan_driver.hpp"

namespace gmsb::scan {

/// What rank 0 sends every worker before the scan: whether there is a scan to run, and the
/// config text, path and the samples' Latin-hypercube batches (the workers parse the same config).
struct MpiJob {
  bool run = false;
  std::string config_text, config_path;
  std::vector<std::size_t> sample_batches;
};
/// Rank 0: sends the job to every other rank (collective; call exactly once per scan).
void broadcast_job(const MpiJob& job);
/// Ranks > 0: receives the job of broadcast_job.
MpiJob receive_job();

/// Lines per task for `pending` lines of `points_per_line` points, `workers` ranks of `threads`
/// threads: about 256 points per thread, and at least 8 tasks per worker while lines remain.
std::size_t mpi_task_lines(std::size_t pending, std::size_t points_per_line, int workers, int threads);

/// Rank 0 of R > 1 ranks: schedules the lines of `store` that are not complete over ranks 1..R-1,
/// stores and flushes the results (as run_scan). `*stop` stops handing out work; the tasks in
/// flight are still stored. A worker's error is reported and ends the job (mpi::abort).
DriverResult run_scan_mpi(const ScanConfig& cfg, ScanStore& store, const DriverOptions& opt, const FlushFn& flush,
                          const std::atomic<bool>* stop);

/// Ranks > 0: computes the tasks of rank 0 with `opt.threads` OpenMP threads until told to stop.
void run_mpi_worker(const ScanConfig& cfg, const SpectrumCalculator& calc, const DriverOptions& opt);

}  // namespace gmsb::scan
