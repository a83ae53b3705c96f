// The output lock of gmsb scan (output_lock.hpp).
#include "io/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "gmsb/error.hpp"

namespace gmsb::scan {

OutputLock::OutputLock(const std::string& path) : lock_path_(lock_path(path)) {
  // The output's directory is made here, the first thing written (after every check), as
  // `gmsb scan -o results/x.h5` did before the lock existed.
  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!dir.empty() && !std::filesystem::is_directory(dir, ec) && !std::filesystem::create_directories(dir, ec))
    throw IoError("cannot create the directory " + dir.string() + " for " + path + ": " + ec.message());
  for (int attempt = 0; attempt < 100; ++attempt) {
    const int fd = ::open(lock_path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) throw IoError("cannot create the lock file " + lock_path_ + ": " + std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      const int e = errno;
      ::close(fd);
      if (e == EWOULDBLOCK)
        throw IoError("another gmsb scan is writing " + path + " (it holds " + lock_path_ +
                      "); wait for it to end, or write to another file");
      throw IoError("cannot lock " + lock_path_ + ": " + std::strerror(e));
    }
    // The holder before us may have removed the lock file after we opened it: then our lock
    // is on a dead inode and we try again on the file now at the path.
    struct stat held {}, now {};
    if (::fstat(fd, &held) == 0 && ::stat(lock_path_.c_str(), &now) == 0 && held.st_ino == now.st_ino &&
        held.st_dev == now.st_dev) {
      fd_ = fd;
      return;
    }
    ::close(fd);
  }
  throw IoError("cannot lock " + lock_path_ + ": it keeps being replaced");
}

OutputLock::~OutputLock() {
  if (fd_ < 0) return;
  ::unlink(lock_path_.c_str());  // while still holding it (see the constructor)
  ::close(fd_);
}

}  // namespace gmsb::scan
