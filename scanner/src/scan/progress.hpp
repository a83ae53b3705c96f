#pragma once
/// \file progress.hpp
/// Progress report of a long scan on stderr: a bar with points done, rate and ETA when stderr
/// is a terminal, otherwise a plain line every `plain_interval_s` seconds.

#include <chrono>
#include <cstddef>

namespace gmsb::scan {

class Progress {
 public:
  /// `total` points in the scan, `already_done` of them done before this run (resume).
  Progress(std::size_t total, std::size_t already_done, bool enabled, double plain_interval_s = 10.0);
  /// Reports `done` points done in total (rate-limited; cheap to call often). Not thread-safe.
  void update(std::size_t done);
  /// Final report with the total time.
  void finish(std::size_t done);

 private:
  void print(std::size_t done, bool final);
  std::size_t total_, start_done_;
  bool enabled_, tty_;
  double plain_interval_s_;
  std::chrono::steady_clock::time_point t0_, last_;
};

/// "1h02m", "3m05s", "12s".
const char* format_duration(double seconds, char* buf, std::size_t n);

}  // namespace gmsb::scan
