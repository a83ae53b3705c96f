#pragma once
/// \file cli_args.hpp
/// A small command-line option parser: "--name value", "--name=value" and flags.

#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace gmsb::cli {

/// Thrown for bad command-line usage; main() prints the message and exits with status 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  /// Parses argv[first..]: `valued` options take a value, `flags` take none. Anything not starting
  /// with "--" is a positional argument. Unknown options raise UsageError naming them.
  Args(int argc, char** argv, int first, const std::set<std::string>& valued, const std::set<std::string>& flags);

  bool flag(const std::string& name) const { return flags_.count(name) != 0; }
  bool has(const std::string& name) const { return values_.count(name) != 0; }
  std::string get(const std::string& name, const std::string& fallback = "") const;
  double get_double(const std::string& name, double fallback) const;
  int get_int(const std::string& name, int fallback) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::map<std::string, std::string> values_;
  std::set<std::string> flags_;
  std::vector<std::string> positional_;
};

/// Parses a number with an optional unit-free exponent ("1e5", "100000"); throws UsageError naming `what`.
double parse_number(const std::string& text, const std::string& what);

}  // namespace gmsb::cli
