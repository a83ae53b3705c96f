#include "scan/scan_driver.hpp"

#include <omp.h>

#include <algorithm>
#include <chrono>
#include <exception>
#include <mutex>

#include "gmsb/error.hpp"
#include "scan/progress.hpp"
#include "scan/scan_lines.hpp"

namespace gmsb::scan {

int resolve_threads(int requested) {
  if (requested < 0 || requested > kMaxThreads)
    throw InputError("--threads must be 0 (all cores) or 1.." + std::to_string(kMaxThreads) + ", got " +
                     std::to_string(requested));
  return requested > 0 ? requested : std::min(omp_get_num_procs(), kMaxThreads);
}

DriverResult run_scan(const ScanConfig& cfg, const SpectrumCalculator& calc, ScanStore& store,
                      const DriverOptions& opt, const FlushFn& flush, const std::atomic<bool>* stop) {
  using clock = std::chrono::steady_clock;
  const GridShape& s = store.shape;
  if (s.points() != cfg.points()) throw std::logic_error("run_scan: store and config shapes differ");

  std::vector<std::size_t> pending;
  for (std::size_t line = 0; line < s.lines(); ++line)
    if (!store.line_complete(line)) pending.push_back(line);

  DriverResult res;
  res.threads = resolve_threads(opt.threads);
  Progress progress(s.points(), store.points_done(), opt.show_progress);
  std::mutex lock, io_lock;  // lock: store, counters; io_lock: the file
  std::exception_ptr error;
  std::atomic<bool> failed{false};
  const auto t0 = clock::now();
  auto last_flush = t0, last_partial = t0;

  const long n = static_cast<long>(pending.size());
#pragma omp parallel for schedule(dynamic, 1) num_threads(res.threads)
  for (long i = 0; i < n; ++i) {
    if (failed.load(std::memory_order_relaxed) || (stop && stop->load(std::memory_order_relaxed))) continue;
    const std::size_t line = pending[i];
    std::vector<PointResult> results;
    try {
      results = compute_scan_line(cfg, calc, line);
    } catch (...) {
      std::lock_guard<std::mutex> g(lock);
      if (!error) error = std::current_exception();
      failed = true;
      continue;
    }
    std::vector<BlockData> to_write;
    std::size_t done_now = 0;
    std::unique_lock<std::mutex> io;  // held while this thread writes the file
    {
      std::lock_guard<std::mutex> g(lock);
      store.put_line(line, results);
      res.lines_computed += 1;
      res.points_computed += s.lambda;
      progress.update(store.points_done());
      const auto now = clock::now();
      if (!flush) {
        store.take_blocks(false);  // nobody stores them: free finished blocks at once
      } else if (std::chrono::duration<double>(now - last_flush).count() >= opt.flush_seconds) {
        io = std::unique_lock<std::mutex>(io_lock, std::try_to_lock);
        if (io.owns_lock()) {  // else another thread is writing; these lines go next time
          const bool partial = std::chrono::duration<double>(now - last_partial).count() >= opt.partial_seconds;
          to_write = store.take_blocks(partial);
          done_now = store.points_done();
          last_flush = now;
          if (partial) last_partial = now;
        }
      }
    }
    if (io.owns_lock()) {  // writes (compression included) outside the main lock
      const auto f0 = clock::now();
      try {
        flush(to_write, done_now);
      } catch (...) {
        std::lock_guard<std::mutex> g(lock);
        if (!error) error = std::current_exception();
        failed = true;
      }
      const auto f1 = clock::now();
      std::lock_guard<std::mutex> g(lock);
      res.flush_seconds += std::chrono::duration<double>(f1 - f0).count();
      last_flush = f1;
    }
  }
  if (error) std::rethrow_exception(error);
  if (flush) {  // every finished line, also of blocks not yet complete
    const auto f0 = clock::now();
    std::vector<BlockData> rest = store.take_blocks(true);
    if (!rest.empty()) flush(rest, store.points_done());
    res.flush_seconds += std::chrono::duration<double>(clock::now() - f0).count();
  }
  res.seconds = std::chrono::duration<double>(clock::now() - t0).count();
  res.interrupted = res.lines_computed < pending.size();
  progress.finish(store.points_done());
  return res;
}

}  // namespace gmsb::scan
