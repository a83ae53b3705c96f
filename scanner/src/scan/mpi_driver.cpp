#include "scan/mpi_driver.hpp"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <set>
#include <thread>
#include <stdexcept>
#include <type_traits>

#include "gmsb/error.hpp"
#include "scan/mpi_runtime.hpp"
#include "scan/progress.hpp"
#include "scan/scan_lines.hpp"

#ifdef GMSB_WITH_MPI
#include <mpi.h>
#include <omp.h>
#endif

namespace gmsb::scan {

static_assert(std::is_trivially_copyable<PointResult>::value, "PointResult travels between ranks as bytes");

std::size_t mpi_task_lines(std::size_t pending, std::size_t points_per_line, int workers, int threads) {
  const std::size_t by_size = std::max<std::size_t>(1, (256 * std::size_t(std::max(threads, 1)) + points_per_line - 1) /
                                                           std::max<std::size_t>(points_per_line, 1));
  const std::size_t by_balance = std::max<std::size_t>(1, pending / (8 * std::size_t(std::max(workers, 1))));
  return std::min(by_size, by_balance);
}

#ifdef GMSB_WITH_MPI

namespace {

enum Tag : int { kTagTask = 1, kTagResult = 2, kTagError = 3 };

/// A growing byte buffer with typed appends and reads.
struct Bytes {
  std::vector<char> data;
  std::size_t pos = 0;
  template <class T>
  void put(const T* p, std::size_t n) {
    const char* c = reinterpret_cast<const char*>(p);
    data.insert(data.end(), c, c + n * sizeof(T));
  }
  void put_u64(std::uint64_t v) { put(&v, 1); }
  template <class T>
  void get(T* p, std::size_t n) {
    if (pos + n * sizeof(T) > data.size()) throw std::runtime_error("MPI message too short");
    std::memcpy(p, data.data() + pos, n * sizeof(T));
    pos += n * sizeof(T);
  }
  std::uint64_t get_u64() {
    std::uint64_t v = 0;
    get(&v, 1);
    return v;
  }
};

/// Receives one message of `tag` (any tag if MPI_ANY_TAG) from `source`; returns source and tag.
Bytes receive(int source, int tag, int* from, int* got_tag) {
  MPI_Status st;
  // Poll: spin for ~1000 probes (a busy rank 0 answers at once), then sleep 20 us doubling up to
  // 2 ms, so that an idle rank costs well under 1% of a core (OpenMPI's blocking MPI_Probe spins).
  long sleep_us = 20;
  for (int flag = 0, tries = 0;; ++tries) {
    MPI_Iprobe(source, tag, MPI_COMM_WORLD, &flag, &st);
    if (flag) break;
    if (tries < 1000) continue;
    std::this_thread::sleep_for(std::chrono::microseconds(sleep_us));
    sleep_us = std::min(2 * sleep_us, 2000L);
  }
  int n = 0;
  MPI_Get_count(&st, MPI_BYTE, &n);
  Bytes b;
  b.data.resize(std::size_t(n));
  MPI_Recv(b.data.data(), n, MPI_BYTE, st.MPI_SOURCE, st.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  if (from) *from = st.MPI_SOURCE;
  if (got_tag) *got_tag = st.MPI_TAG;
  return b;
}

void send(const Bytes& b, int dest, int tag) {
  MPI_Send(b.data.data(), int(b.data.size()), MPI_BYTE, dest, tag, MPI_COMM_WORLD);
}

/// The test hook GMSB_TEST_KILL_RANK="R:K": rank R kills itself with SIGKILL after K results
/// (sent by a worker, stored and flushed by rank 0), as a crash of one rank in mid-scan would.
long kill_after(int rank) {
  const char* v = std::getenv("GMSB_TEST_KILL_RANK");
  if (!v) return -1;
  int r = -1;
  long k = -1;
  if (std::sscanf(v, "%d:%ld", &r, &k) != 2 || r != rank) return -1;
  return k;
}

}  // namespace

void broadcast_job(const MpiJob& job) {
  Bytes b;
  b.put_u64(job.run ? 1 : 0);
  for (const std::string* s : {&job.config_text, &job.config_path}) {
    b.put_u64(s->size());
    b.put(s->data(), s->size());
  }
  b.put_u64(job.sample_batches.size());
  for (std::size_t n : job.sample_batches) b.put_u64(n);
  std::uint64_t n = b.data.size();
  MPI_Bcast(&n, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
  MPI_Bcast(b.data.data(), int(n), MPI_BYTE, 0, MPI_COMM_WORLD);
}

MpiJob receive_job() {
  std::uint64_t n = 0;
  MPI_Bcast(&n, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
  Bytes b;
  b.data.resize(n);
  MPI_Bcast(b.data.data(), int(n), MPI_BYTE, 0, MPI_COMM_WORLD);
  MpiJob job;
  job.run = b.get_u64() != 0;
  for (std::string* s : {&job.config_text, &job.config_path}) {
    s->resize(b.get_u64());
    b.get(s->data(), s->size());
  }
  job.sample_batches.resize(b.get_u64());
  for (auto& x : job.sample_batches) x = b.get_u64();
  return job;
}

DriverResult run_scan_mpi(const ScanConfig& cfg, ScanStore& store, const DriverOptions& opt, const FlushFn& flush,
                          const std::atomic<bool>* stop) {
  using clock = std::chrono::steady_clock;
  const GridShape& s = store.shape;
  if (s.points() != cfg.points()) throw std::logic_error("run_scan_mpi: store and config shapes differ");
  const int workers = mpi::size() - 1;
  std::deque<std::size_t> pending;
  for (std::size_t line = 0; line < s.lines(); ++line)
    if (!store.line_complete(line)) pending.push_back(line);
  const std::size_t n_pending = pending.size();
  const std::size_t task = mpi_task_lines(n_pending, s.lambda, workers, resolve_threads(opt.threads));

  DriverResult res;
  res.threads = resolve_threads(opt.threads);
  Progress progress(s.points(), store.points_done(), opt.show_progress);
  const long kill_at = kill_after(0);
  long results_seen = 0;
  const auto t0 = clock::now();
  auto last_flush = t0, last_partial = t0;

  std::vector<int> stops_sent(std::size_t(workers) + 1, 0);
  int active = workers;
  auto hand_out = [&](int w) {  // one reply: the next task, or stop
    Bytes b;
    std::vector<std::uint64_t> lines;
    if (!(stop && stop->load())) {
      while (!pending.empty() && lines.size() < task) {
        lines.push_back(pending.front());
        pending.pop_front();
      }
    }
    b.put_u64(lines.size());
    b.put(lines.data(), lines.size());
    send(b, w, kTagTask);
    if (lines.empty() && ++stops_sent[std::size_t(w)] == 2) --active;
  };
  auto do_flush = [&](bool partial) {  // finished blocks (and with `partial` every finished line) to the file
    const auto f0 = clock::now();
    std::vector<BlockData> blocks = store.take_blocks(partial);
    if (flush && !blocks.empty()) flush(blocks, store.points_done());
    last_flush = clock::now();
    if (partial) last_partial = last_flush;
    res.flush_seconds += std::chrono::duration<double>(last_flush - f0).count();
  };
  for (int w = 1; w <= workers; ++w) {
    hand_out(w);
    hand_out(w);
  }
  while (active > 0) {
    int from = 0, tag = 0;
    Bytes b = receive(MPI_ANY_SOURCE, MPI_ANY_TAG, &from, &tag);
    if (tag == kTagError) {
      const int code = int(b.get_u64());
      std::string msg(b.data.begin() + long(b.pos), b.data.end());
      do_flush(true);  // keep what was computed; the file stays resumable
      std::fprintf(stderr, "gmsb scan: rank %d: %s\n", from, msg.c_str());
      mpi::abort(code);
    }
    const std::uint64_t n_lines = b.get_u64();
    for (std::uint64_t i = 0; i < n_lines; ++i) {
      const std::size_t line = b.get_u64();
      std::vector<PointResult> results(b.get_u64());
      b.get(results.data(), results.size());
      store.put_line(line, results);
      res.lines_computed += 1;
      res.points_computed += results.size();
    }
    hand_out(from);
    progress.update(store.points_done());
    const auto now = clock::now();
    if (std::chrono::duration<double>(now - last_flush).count() >= opt.flush_seconds)
      do_flush(std::chrono::duration<double>(now - last_partial).count() >= opt.partial_seconds);
    if (kill_at >= 0 && ++results_seen >= kill_at) {
      do_flush(true);
      std::raise(SIGKILL);
    }
  }
  do_flush(true);
  res.seconds = std::chrono::duration<double>(clock::now() - t0).count();
  res.interrupted = res.lines_computed < n_pending;
  progress.finish(store.points_done());
  return res;
}

void run_mpi_worker(const ScanConfig& cfg, const SpectrumCalculator& calc, const DriverOptions& opt) {
  const int threads = resolve_threads(opt.threads);
  const long kill_at = kill_after(mpi::rank());
  long sent = 0;
  int stops = 0;
  // GMSB_BENCH_NO_COMPUTE=1 (scripts/bench-mpi.sh): workers return copies of one computed line
  // instead of computing, so that rank 0's absorption rate (receive, store, write) is measured.
  const bool bench_no_compute = std::getenv("GMSB_BENCH_NO_COMPUTE") != nullptr;
  std::vector<PointResult> bench_line;
  while (stops < 2) {
    Bytes t = receive(0, kTagTask, nullptr, nullptr);
    std::vector<std::uint64_t> lines(t.get_u64());
    t.get(lines.data(), lines.size());
    if (lines.empty()) {
      ++stops;
      continue;
    }
    bool copied = false;
    std::vector<std::vector<PointResult>> results(lines.size());
    std::exception_ptr error;
    if (bench_no_compute) {  // the writer's maximum rate: copies of one computed line, no physics
      if (bench_line.empty()) bench_line = compute_scan_line(cfg, calc, lines[0]);
      for (auto& r : results) r = bench_line;
      copied = true;
    }
    const long n = long(lines.size());
#pragma omp parallel for schedule(dynamic, 1) num_threads(threads)
    for (long i = 0; i < (copied ? 0 : n); ++i) {
      try {
        results[std::size_t(i)] = compute_scan_line(cfg, calc, lines[std::size_t(i)]);
      } catch (...) {
#pragma omp critical
        if (!error) error = std::current_exception();
      }
    }
    if (error) {
      Bytes e;
      int code = 1;
      std::string msg;
      try {
        std::rethrow_exception(error);
      } catch (const gmsb::Error& x) {
        code = x.exit_code();
        msg = x.what();
      } catch (const std::exception& x) {
        msg = x.what();
      }
      e.put_u64(std::uint64_t(code));
      e.put(msg.data(), msg.size());
      send(e, 0, kTagError);
      return;  // rank 0 aborts the job
    }
    Bytes r;
    r.put_u64(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      r.put_u64(lines[i]);
      r.put_u64(results[i].size());
      r.put(results[i].data(), results[i].size());
    }
    send(r, 0, kTagResult);
    if (kill_at >= 0 && ++sent >= kill_at) std::raise(SIGKILL);
  }
}

#else  // built without MPI: mpi::size() is 1, so none of these is called

void broadcast_job(const MpiJob&) { throw std::logic_error("gmsb was built without MPI"); }
MpiJob receive_job() { throw std::logic_error("gmsb was built without MPI"); }
DriverResult run_scan_mpi(const ScanConfig&, ScanStore&, const DriverOptions&, const FlushFn&, const std::atomic<bool>*) {
  throw std::logic_error("gmsb was built without MPI");
}
void run_mpi_worker(const ScanConfig&, const SpectrumCalculator&, const DriverOptions&) {
  throw std::logic_error("gmsb was built without MPI");
}

#endif

}  // namespace gmsb::scan
