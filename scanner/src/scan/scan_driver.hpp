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
  double flush_seconds = 2.0;   ///< call the flush function at least this often while working
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

/// Called with copies of the write blocks (GridShape::block_of_line) changed since the last
/// call (their lines are complete or untouched) and the number of points done. Called from
/// one thread at a time, in order, while the other threads keep computing.
using FlushFn = std::function<void(const std::vector<BlockData>& blocks, std::size_t points_done)>;

/// Most threads of a scan or a bench (docs/errors.md "Input ranges").
constexpr int kMaxThreads = 1024;

/// The number of threads `requested` means (0: all cores, at most kMaxThreads). Throws
/// gmsb::InputError naming --threads unless 0 <= requested <= kMaxThreads.
int resolve_threads(int requested);

/// Computes the lines of `store` that are not complete. `flush` (may be empty) is called
/// periodically and once at the end. When `*stop` becomes true, threads finish their current
/// line and stop. Exceptions from the computation are rethrown after the parallel region.
DriverResult run_scan(const ScanConfig& cfg, const SpectrumCalculator& calc, ScanStore& store,
                      const DriverOptions& opt, const FlushFn& flush, const std::atomic<bool>* stop);

}  // namespace gmsb::scan
