#pragma once
/// \file run_gmsb.hpp
/// Test support: runs the built `gmsb` program (GMSB_BINARY) and captures its exit status and
/// its stdout and stderr together.

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace gmsb::testing {

struct CommandOutput {
  int status;
  std::string out;
};

inline CommandOutput run_gmsb(const std::string& args) {
  const std::string cmd = std::string(GMSB_BINARY) + " " + args + " 2>&1";
  CommandOutput r{-1, ""};
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 4096> buf;
  while (fgets(buf.data(), buf.size(), p)) r.out += buf.data();
  const int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

}  // namespace gmsb::testing
