#include "io/json_writer.hpp"

#include <cmath>
#include <cstdio>

namespace gmsb::json {

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

Object& Object::raw(const std::string& key, const std::string& json_value) {
  if (!body_.empty()) body_ += ", ";
  body_ += quote(key) + ": " + json_value;
  return *this;
}

Object& Object::add(const std::string& key, const std::vector<std::string>& v) {
  std::string a = "[";
  for (size_t i = 0; i < v.size(); ++i) a += (i ? ", " : "") + quote(v[i]);
  return raw(key, a + "]");
}

Object& Object::add(const std::string& key, const std::vector<double>& v) {
  std::string a = "[";
  for (size_t i = 0; i < v.size(); ++i) a += (i ? ", " : "") + number(v[i]);
  return raw(key, a + "]");
}

}  // namespace gmsb::json
