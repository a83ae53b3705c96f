#pragma once
/// \file output_lock.hpp
/// The lock that makes one `gmsb scan` at a time the writer of an output file: an exclusive
/// flock(2) on "PATH.lock", taken before the output is created, truncated, renamed or reopened,
/// held until the scan ends (the kernel releases it when the process dies, even by SIGKILL).
///
/// \code
///   gmsb::scan::OutputLock lock("results/scan.h5");  // throws gmsb::IoError if another scan holds it
/// \endcode

#include <string>

namespace gmsb::scan {

class OutputLock {
 public:
  /// Takes the lock of `path` without waiting; throws gmsb::IoError naming the path if another
  /// process holds it (or the lock file cannot be made).
  explicit OutputLock(const std::string& path);
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

  /// The lock file's path ("PATH.lock").
  static std::string lock_path(const std::string& path) { return path + ".lock"; }

 private:
  std::string lock_path_;
  int fd_ = -1;
};

}  // namespace gmsb::scan
