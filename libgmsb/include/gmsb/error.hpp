#pragma once
/// \file error.hpp
/// Typed errors of gmsb-scan. Every error the library or the program reports on purpose is a
/// gmsb::Error of one kind; each kind has its own process exit code (docs/errors.md), the same
/// whether the bad value came from the command line, a YAML config or a library call.
/// Physics failures of a point are never errors: they are status bits (status.hpp).

#include <stdexcept>
#include <string>

namespace gmsb {

/// What went wrong, and the exit code of the `gmsb` program for it.
enum class ErrorKind : int {
  kUsage = 2,          ///< command-line syntax: unknown, missing, stray or conflicting options
  kInput = 3,          ///< a value out of its documented range or malformed (option, config value, library input)
  kConfiguration = 4,  ///< a config file that is not valid YAML, or has unknown, missing or mistyped keys
  kIo = 5,             ///< a file that cannot be read, written, locked, or has the wrong layout
};

/// Process exit code of an error kind (0 = success, 1 = internal error, 130 = interrupted).
constexpr int exit_code(ErrorKind k) { return static_cast<int>(k); }
/// "usage", "input", "configuration", "i/o".
const char* error_kind_name(ErrorKind k);

/// Base of all errors of gmsb-scan.
class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  ErrorKind kind() const { return kind_; }
  int exit_code() const { return gmsb::exit_code(kind_); }

 private:
  ErrorKind kind_;
};

/// Bad command-line usage (exit 2).
struct UsageError : Error {
  explicit UsageError(const std::string& m) : Error(ErrorKind::kUsage, m) {}
};
/// A value outside its range, or malformed (exit 3). Every argument check of the library throws
/// it: PointInput::validate(), Settings::validate(), parse_indices(), parse_content(), ...
struct InputError : Error {
  explicit InputError(const std::string& m) : Error(ErrorKind::kInput, m) {}
};
/// A config file with bad structure (exit 4).
struct ConfigError : Error {
  explicit ConfigError(const std::string& m) : Error(ErrorKind::kConfiguration, m) {}
};
/// A file-system or HDF5 failure (exit 5).
struct IoError : Error {
  explicit IoError(const std::string& m) : Error(ErrorKind::kIo, m) {}
};

}  // namespace gmsb
