#include "scan/scan_driver.hpp"

#include <omp.h>

#include <chrono>
#include <exception>
#include <mutex>
#include <set>

#include "scan/progress.hpp"
#include "scan/scan_lines.hpp"

namespace gmsb::scan {

int resolve_threads(int requested) { return requested > 0 ? requested : omp_get_num_procs(); }

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
  std::size_t done = store.points_done();
  Progress progress(s.points(), done, opt.show_progress);
  std::set<std::size_t> dirty;
  std::mutex lock, io_lock;  // lock: store, counters; io_lock: the file
  std::exception_ptr error;
  std::atomic<bool> failed{false};
  const auto t0 = clock::now();
  auto last_flush = t0;

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
      dirty.insert(s.block_of_line(line));
      done += s.lambda;
      res.lines_computed += 1;
      res.points_computed += s.lambda;
      progress.update(done);
      const auto now = clock::now();
      if (flush && std::chrono::duration<double>(now - last_flush).count() >= opt.flush_seconds) {
        io = std::unique_lock<std::mutex>(io_lock, std::try_to_lock);
        if (io.owns_lock()) {  // else another thread is writing; these blocks go next time
          to_write = snapshot_blocks(store, std::vector<std::size_t>(dirty.begin(), dirty.end()));
          dirty.clear();
          done_now = done;
          last_flush = now;
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
  if (flush && !dirty.empty()) {
    const auto f0 = clock::now();
    flush(snapshot_blocks(store, std::vector<std::size_t>(dirty.begin(), dirty.end())), done);
    res.flush_seconds += std::chrono::duration<double>(clock::now() - f0).count();
  }
  res.seconds = std::chrono::duration<double>(clock::now() - t0).count();
  res.interrupted = res.lines_computed < pending.size();
  progress.finish(done);
  return res;
}

}  // namespace gmsb::scan
