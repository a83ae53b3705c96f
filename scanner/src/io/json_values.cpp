#include "io/json_values.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "gmsb/error.hpp"

namespace gmsb::json {

Json number(double v) {
  if (!std::isfinite(v)) return nullptr;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  const double r = std::strtod(buf, nullptr);
  // "%.10g" prints an integral value below 1e10 without exponent or point: a JSON integer.
  if (r == std::floor(r) && std::fabs(r) < 1e10) return static_cast<long long>(r);
  return r;
}

Json numbers(const std::vector<double>& v) {
  Json a = Json::array();
  for (double x : v) a.push_back(number(x));
  return a;
}

Json strings(const std::vector<std::string>& v) {
  Json a = Json::array();
  for (const auto& s : v) a.push_back(s);
  return a;
}

Json parse(const std::string& text, const std::string& what) {
  try {
    return Json::parse(text);
  } catch (const Json::parse_error& e) {
    throw IoError(what + ": not valid JSON (" + e.what() + ")");
  }
}

}  // namespace gmsb::json
