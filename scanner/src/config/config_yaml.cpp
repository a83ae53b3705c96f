#include "config/config_yaml.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

namespace gmsb::scan {

namespace {
std::string located(const std::string& path, const YAML::Node& where, const std::string& key, const std::string& msg) {
  int line = 0;
  if (where.IsDefined() && where.Mark().line >= 0) line = where.Mark().line + 1;
  // A mangled key (a whole flow list written as a key) is shortened: the line says where it is.
  // Control characters (a CR, an escape sequence, a newline of a block scalar) are shown as \xNN
  // so that the message stays one line.
  std::string shown;
  for (unsigned char ch : path + ":" + std::to_string(line) + ": " + (key.size() > 60 ? key.substr(0, 57) + "..." : key) +
                              ": " + msg) {
    if (ch >= 0x20 && ch != 0x7f) {
      shown += char(ch);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02x", ch);
      shown += hex;
    }
  }
  return shown;
}
/// A range whose values round to the same double (from: 1e20, to: 1.00001e20, step: 1) is refused.
void check_increasing(const YamlContext& c, const YAML::Node& n, const std::string& key, const std::vector<double>& v) {
  for (size_t i = 1; i < v.size(); ++i)
    if (!(v[i] > v[i - 1]))
      c.bad_value(n, key, "the values are not strictly increasing in double precision (" + fmt(v[i - 1]) + " then " +
                              fmt(v[i]) + "); use fewer values");
}
}  // namespace

void YamlContext::fail(const YAML::Node& where, const std::string& key, const std::string& msg) const {
  throw ConfigError(located(path, where, key, msg));
}

void YamlContext::bad_value(const YAML::Node& where, const std::string& key, const std::string& msg) const {
  throw InputError(located(path, where, key, msg));
}

std::string fmt(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

std::string kind(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Scalar: return "a scalar";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Null: return "nothing (null)";
    default: return "undefined";
  }
}

std::string scalar(const YamlContext& c, const YAML::Node& n, const std::string& key) {
  if (!n.IsScalar()) c.fail(n, key, "expected a single value, got " + kind(n));
  return n.Scalar();
}

double number(const YamlContext& c, const YAML::Node& n, const std::string& key) {
  const std::string s = scalar(c, n, key);
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (s.empty() || end == s.c_str() || *end != '\0' || !std::isfinite(v))
    c.fail(n, key, "expected a number, got '" + s + "'");
  return v;
}

bool boolean(const YamlContext& c, const YAML::Node& n, const std::string& key) {
  const std::string s = scalar(c, n, key);
  if (s == "true" || s == "yes" || s == "on") return true;
  if (s == "false" || s == "no" || s == "off") return false;
  c.fail(n, key, "expected true or false, got '" + s + "'");
}

/// Reads an axis: a list of numbers, or {from, to, step} / {from, to, count[, log: true]}.
std::vector<double> axis(const YamlContext& c, const YAML::Node& n, const std::string& key) {
  std::vector<double> v;
  if (n.IsSequence()) {
    for (const auto& item : n) v.push_back(number(c, item, key));
    if (v.empty()) c.bad_value(n, key, "the list of values is empty");
    for (size_t i = 1; i < v.size(); ++i)
      if (!(v[i] > v[i - 1]))
        c.bad_value(n, key, "values must be strictly increasing, but " + fmt(v[i]) + " follows " + fmt(v[i - 1]));
    return v;
  }
  if (n.IsScalar()) return {number(c, n, key)};
  if (!n.IsMap()) c.fail(n, key, "expected a list of values or a map {from, to, step|count}, got " + kind(n));
  static const std::set<std::string> allowed{"from", "to", "step", "count", "log"};
  for (const auto& kv : n) {
    const std::string k = kv.first.Scalar();
    if (!allowed.count(k)) c.fail(kv.first, key + "." + k, "unknown key (expected from, to, step, count, log)");
  }
  if (!n["from"] || !n["to"]) c.fail(n, key, "a range needs both 'from' and 'to'");
  const double from = number(c, n["from"], key + ".from"), to = number(c, n["to"], key + ".to");
  const bool log = n["log"] ? boolean(c, n["log"], key + ".log") : false;
  if (bool(n["step"]) == bool(n["count"])) c.fail(n, key, "give exactly one of 'step' or 'count'");
  if (to < from) c.bad_value(n, key, "empty range: 'to' = " + fmt(to) + " is below 'from' = " + fmt(from));
  if (n["step"]) {
    if (log) c.fail(n["log"], key + ".log", "a log range needs 'count', not 'step'");
    const double step = number(c, n["step"], key + ".step");
    if (!(step > 0)) c.bad_value(n["step"], key + ".step", "must be positive, got " + fmt(step));
    const double count = std::floor((to - from) / step + 1e-9) + 1;
    if (!(count <= kMaxAxisValues))  // checked before anything is allocated (inf and NaN too)
      c.bad_value(n["step"], key + ".step",
                  "too many values (" + fmt(count) + "; an axis has at most " + fmt(kMaxAxisValues) + ")");
    for (long i = 0; i < long(count); ++i) v.push_back(from + double(i) * step);
    check_increasing(c, n["step"], key + ".step", v);
    return v;
  }
  const double count = number(c, n["count"], key + ".count");
  if (!(count >= 1) || count != std::floor(count))
    c.bad_value(n["count"], key + ".count", "must be a positive integer, got " + n["count"].Scalar());
  if (count > kMaxAxisValues)  // checked before anything is allocated
    c.bad_value(n["count"], key + ".count",
                "too many values (" + n["count"].Scalar() + "; an axis has at most " + fmt(kMaxAxisValues) + ")");
  if (count == 1) {
    if (from != to) c.bad_value(n["count"], key + ".count", "count 1 needs from == to");
    return {from};
  }
  if (from == to) c.bad_value(n, key, "empty range: from == to with count " + fmt(count));
  if (log && !(from > 0)) c.bad_value(n["from"], key + ".from", "a log range needs from > 0, got " + fmt(from));
  const long m = long(count);
  for (long i = 0; i < m; ++i) {
    const double u = double(i) / double(m - 1);
    v.push_back(log ? std::exp(std::log(from) + u * (std::log(to) - std::log(from))) : from + u * (to - from));
  }
  v.front() = from;
  v.back() = to;
  check_increasing(c, n["count"], key + ".count", v);
  return v;
}

void check_keys(const YamlContext& c, const YAML::Node& n, const std::string& key,
                const std::vector<std::string>& allowed) {
  for (const auto& kv : n) {
    const std::string k = kv.first.Scalar();
    bool ok = false;
    for (const auto& a : allowed) ok = ok || a == k;
    if (ok) continue;
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    c.fail(kv.first, key + "." + k, "unknown key (expected " + list + ")");
  }
}

}  // namespace gmsb::scan
