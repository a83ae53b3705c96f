#pragma once
/// \file config_yaml.hpp
/// Reading typed values out of a YAML config with "FILE:LINE: KEY: reason" errors. Shared by the
/// scan config parser (scan_config.cpp) and the model-entry parser (scan_model_config.cpp).

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <string>
#include <vector>

#include "config/scan_config.hpp"

namespace gmsb::scan {

/// The file being parsed; fail() raises the ConfigError of a node, bad_value() its InputError.
struct YamlContext {
  std::string path;
  /// Structure problem (unknown, missing or mistyped key): throws ConfigError "PATH:LINE: KEY: MSG",
  /// LINE from `where` (0 if unknown).
  [[noreturn]] void fail(const YAML::Node& where, const std::string& key, const std::string& msg) const;
  /// A well-formed value out of range or malformed: throws gmsb::InputError "PATH:LINE: KEY: MSG".
  [[noreturn]] void bad_value(const YAML::Node& where, const std::string& key, const std::string& msg) const;
};

/// Largest grid accepted (points; docs/configs.md "Limits"): ten overnight scans of 1e8 points.
constexpr double kMaxPoints = 1.0e9;
/// Most values of one axis (lambda, tanb, mess, a variant parameter), checked before the axis is built.
constexpr double kMaxAxisValues = 1.0e6;
/// Most models of one config (after the expansion of the variant axes).
constexpr std::size_t kMaxModels = 10000;
/// Largest config file read (bytes); a config is a regular file (not a FIFO or a device).
constexpr std::size_t kMaxConfigBytes = 1 << 20;

/// "%g" of a number.
std::string fmt(double v);
/// "a scalar", "a list", "a map", ... for messages.
std::string kind(const YAML::Node& n);
/// The text of a scalar node; fails for lists and maps.
std::string scalar(const YamlContext& c, const YAML::Node& n, const std::string& key);
/// A finite number.
double number(const YamlContext& c, const YAML::Node& n, const std::string& key);
/// true/yes/on or false/no/off.
bool boolean(const YamlContext& c, const YAML::Node& n, const std::string& key);
/// An axis: a list of strictly increasing numbers, one number, or a range map
/// {from, to, step} / {from, to, count[, log: true]} (docs/configs.md).
std::vector<double> axis(const YamlContext& c, const YAML::Node& n, const std::string& key);
/// Fails naming the first key of map `n` that is not in `allowed` (a comma-separated list in the message).
void check_keys(const YamlContext& c, const YAML::Node& n, const std::string& key, const std::vector<std::string>& allowed);

}  // namespace gmsb::scan
