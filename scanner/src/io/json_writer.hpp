#pragma once
/// \file json_writer.hpp
/// Minimal JSON emitter (objects, arrays, numbers, strings); NaN is written as null.

#include <sstream>
#include <string>
#include <vector>

namespace gmsb::json {

std::string quote(const std::string& s);
std::string number(double v);

/// Builds one JSON object, keys in insertion order.
class Object {
 public:
  Object& add(const std::string& key, double v) { return raw(key, number(v)); }
  Object& add(const std::string& key, int v) { return raw(key, std::to_string(v)); }
  Object& add(const std::string& key, const std::string& v) { return raw(key, quote(v)); }
  Object& add(const std::string& key, const char* v) { return raw(key, quote(v)); }
  Object& add(const std::string& key, const std::vector<std::string>& v);
  Object& add(const std::string& key, const std::vector<double>& v);
  Object& raw(const std::string& key, const std::string& json_value);
  std::string str() const { return "{" + body_ + "}"; }

 private:
  std::string body_;
};

}  // namespace gmsb::json
