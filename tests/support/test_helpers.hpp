#pragma once
/// \file test_helpers.hpp
/// Small helpers shared by the scanner tests: a per-process scratch directory and the check of
/// a config error's "file:line: key: reason" message. Header-only; tests only.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#include "config/scan_config.hpp"
#include "gmsb/error.hpp"
#include "internal_namespaces.hpp"

namespace gmsb::testing {

/// A scratch directory per test process and tag, removed when the test program exits.
inline std::filesystem::path scratch_dir(const std::string& tag) {
  struct Dir {
    std::filesystem::path path;
    explicit Dir(const std::string& t)
        : path(std::filesystem::temp_directory_path() / ("gmsb_" + t + "_" + std::to_string(getpid()))) {}
    ~Dir() {
      std::error_code ec;
      std::filesystem::remove_all(path, ec);
    }
  };
  static Dir dir(tag);  // one directory per process: the first tag names it
  std::filesystem::create_directories(dir.path);
  return dir.path;
}

/// Writes `text` to the file `name` in `dir`; returns its path.
inline std::filesystem::path write_file(const std::filesystem::path& dir, const std::string& name, const std::string& text) {
  const std::filesystem::path p = dir / name;
  std::ofstream(p) << text;
  return p;
}

/// Expects parse_scan_config(text, "cfg.yaml") to fail with a message starting
/// "cfg.yaml:LINE: KEY:" and containing `reason`, as an error of kind `kind`: configuration
/// (the structure: unknown, missing or mistyped keys) or input (a value out of range or malformed).
inline void expect_config_error(const std::string& text, int line, const std::string& key, const std::string& reason,
                                ErrorKind kind = ErrorKind::kConfiguration) {
  try {
    scan::parse_scan_config(text, "cfg.yaml");
    ADD_FAILURE() << "no error for:\n" << text;
  } catch (const Error& e) {
    const std::string msg = e.what();
    EXPECT_EQ(e.kind(), kind) << "message: " << msg << "\nkind: " << error_kind_name(e.kind());
    const std::string prefix = "cfg.yaml:" + std::to_string(line) + ": " + key + ":";
    EXPECT_EQ(msg.rfind(prefix, 0), 0u) << "message: " << msg << "\nexpected prefix: " << prefix;
    EXPECT_NE(msg.find(reason), std::string::npos) << "message: " << msg << "\nexpected: " << reason;
  }
}

/// expect_config_error() for a bad value (gmsb::InputError, exit 3).
inline void expect_config_value_error(const std::string& text, int line, const std::string& key,
                                      const std::string& reason) {
  expect_config_error(text, line, key, reason, ErrorKind::kInput);
}

}  // namespace gmsb::testing
