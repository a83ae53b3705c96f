#include "scan/progress.hpp"

#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace gmsb::scan {

const char* format_duration(double s, char* buf, std::size_t n) {
  if (!std::isfinite(s) || s < 0) {
    std::snprintf(buf, n, "?");
    return buf;
  }
  const long t = std::lround(s);
  if (t >= 3600)
    std::snprintf(buf, n, "%ldh%02ldm", t / 3600, (t / 60) % 60);
  else if (t >= 60)
    std::snprintf(buf, n, "%ldm%02lds", t / 60, t % 60);
  else
    std::snprintf(buf, n, "%lds", t);
  return buf;
}

Progress::Progress(std::size_t total, std::size_t already_done, bool enabled, double plain_interval_s)
    : total_(total),
      start_done_(already_done),
      enabled_(enabled),
      tty_(isatty(STDERR_FILENO) == 1),
      plain_interval_s_(plain_interval_s),
      t0_(std::chrono::steady_clock::now()),
      last_(t0_) {}

void Progress::update(std::size_t done) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const double since = std::chrono::duration<double>(now - last_).count();
  if (since < (tty_ ? 0.25 : plain_interval_s_)) return;
  last_ = now;
  print(done, false);
}

void Progress::finish(std::size_t done) {
  if (!enabled_) return;
  print(done, true);
}

void Progress::print(std::size_t done, bool final) {
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count();
  const double rate = elapsed > 0 ? double(done - start_done_) / elapsed : 0.0;
  const double eta = rate > 0 ? double(total_ - done) / rate : NAN;
  const double frac = total_ ? double(done) / double(total_) : 1.0;
  char e[32], el[32];
  format_duration(eta, e, sizeof e);
  format_duration(elapsed, el, sizeof el);
  if (tty_) {
    constexpr int width = 30;
    char bar[width + 1];
    const int fill = int(frac * width);
    for (int i = 0; i < width; ++i) bar[i] = i < fill ? '#' : '-';
    bar[width] = '\0';
    std::fprintf(stderr, "\r[%s] %5.1f%%  %zu/%zu points  %.0f points/s  %s %s   ", bar, 100 * frac, done, total_,
                 rate, final ? "elapsed" : "ETA", final ? el : e);
    if (final) std::fprintf(stderr, "\n");
  } else {
    std::fprintf(stderr, "gmsb scan: %zu/%zu points (%.1f%%), %.0f points/s, %s %s\n", done, total_, 100 * frac, rate,
                 final ? "elapsed" : "ETA", final ? el : e);
  }
  std::fflush(stderr);
}

}  // namespace gmsb::scan
