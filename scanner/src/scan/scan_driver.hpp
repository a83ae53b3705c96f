#pragma once
/// \file scan_driver.hpp
/// The OpenMP grid driver: computes every missing (model, M, tan(beta)) line of a scan over all
/// Lambda with SpectrumCalculator::compute_lambda_line, dynamic scheduling, and hands complete
/// lines to a ScanStore. Each line is computed by one thread from its inputs alone, so results do
/// not depend on the thread count or on interruptions.

#include <atomic>
#include <cstddef>
#include <functional>
#include <vector>

#include "gmsb/spectrum_calculator.hpp"
#include "config/scan_config.hpp"
#include "io/scan_file.hpp"

namespace gmsb::scan {

struct DriverOptions {
  int threads = 0;              ///< 0: all cores (omp_get_num_procs)
  double flush_seconds = 2.0;   ///< call the flush function (finished blocks) at least this often while working
  /// Hand over also the finished lines of blocks not yet complete at least this often (a
  /// block's chunks are then rewritten when it completes: the file grows by the old copies).
  double partial_seconds = 60.0;
  bool show_progress = true;    ///< progress on stderr
};

struct DriverResult {
  std::size_t lines_computed = 0;
  std::size_t points_computed = 0;
  double seconds = 0;
  double flush_seconds = 0;     ///< wall time spent in the flush function (file output)
  int threads = 0;
  bool interrupted = false;     ///< stopped by the stop flag before all lines were done
};

/// Called with the lines finished since the last call, by write block (ScanStore::take_blocks:
/// complete blocks, and every partial_seconds the finished lines of the others) and the number
/// of points done. Called from one thread at a time, in order, while the other threads keep
/// computing. Lines are handed out in block order, so only about `threads` blocks are in memory.
using FlushFn = std::function<void(const std::vector<BlockData>& blocks, std::size_t points_done)>;

/// Most threads of a scan or a bench (docs/errors.md "Input ranges").
constexpr int kMaxThreads = 1024;

/// The number of threads `requested` means (0: all cores, at most kMaxThreads). Throws
/// gmsb::InputError naming --threads unless 0 <= requested <= kMaxThreads.
int resolve_threads(int requested);

/// Computes the lines of `store` that are not complete. `flush` (may be empty: the results are
/// dropped, as for benchmarks) is called periodically and once at the end with every line not
/// handed over yet (except those of ScanStore::require_whole blocks not complete). When `*stop` becomes true, threads finish their current
/// line and stop. Exceptions from the computation are rethrown after the parallel region.
DriverResult run_scan(const ScanConfig& cfg, const SpectrumCalculator& calc, ScanStore& store,
                      const DriverOptions& opt, const FlushFn& flush, const std::atomic<bool>* stop);

}  // namespace gmsb::scan
