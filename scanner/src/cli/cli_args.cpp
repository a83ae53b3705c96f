#include "cli/cli_args.hpp"

#include <cmath>
#include <cstdlib>

namespace gmsb::cli {

Args::Args(int argc, char** argv, int first, const std::set<std::string>& valued, const std::set<std::string>& flags) {
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    if (a.rfind("--", 0) != 0 || a == "--") {
      positional_.push_back(a);
      continue;
    }
    std::string name = a.substr(2), value;
    bool has_value = false;
    const size_t eq = name.find('=');
    if (eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
      has_value = true;
    }
    if (flags.count(name)) {
      if (has_value) throw UsageError("option --" + name + " takes no value");
      flags_.insert(name);
    } else if (valued.count(name)) {
      if (!has_value) {
        if (i + 1 >= argc) throw UsageError("option --" + name + " needs a value");
        value = argv[++i];
      }
      values_[name] = value;
    } else {
      throw UsageError("unknown option --" + name);
    }
  }
}

std::string Args::get(const std::string& name, const std::string& fallback) const {
  auto it = values_.find(name);
  return it == values_.end() ? fallback : it->second;
}

double Args::get_double(const std::string& name, double fallback) const {
  return has(name) ? parse_number(get(name), "--" + name) : fallback;
}

int Args::get_int(const std::string& name, int fallback) const {
  if (!has(name)) return fallback;
  const double v = parse_number(get(name), "--" + name);
  if (v != std::floor(v)) throw UsageError("--" + name + " must be an integer, got " + get(name));
  return static_cast<int>(v);
}

double parse_number(const std::string& text, const std::string& what) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (text.empty() || end == text.c_str() || *end != '\0' || !std::isfinite(v))
    throw UsageError(what + " must be a number, got '" + text + "'");
  return v;
}

}  // namespace gmsb::cli
