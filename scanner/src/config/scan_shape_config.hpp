#pragma once
/// \file scan_shape_config.hpp
/// The `points:` and `samples:` keys of a scan config (docs/configs.md, "Scan shapes"): an
/// explicit list of points, inline or from a CSV file, and random samples. Errors name the
/// file, line (or CSV row) and key as the rest of the config parser does.
///
/// \code{.yaml}
///   points:                                   # or  points: {csv: picked.csv}
///     - {model: 5+5bar, lambda: 1.0e5, mess: 2.0e5, tanb: 20}
///     - {model: "1,3,4", lambda: 8.0e4, mess_over_lambda: 10, tanb: 40, sign_mu: -1}
///   samples: {count: 1000, seed: 7, method: latin_hypercube,
///             lambda: {from: 2.0e4, to: 2.0e5, log: true}, mess_over_lambda: {from: 1.1, to: 1.0e4, log: true},
///             tanb: {from: 2, to: 60}}
/// \endcode

#include <yaml-cpp/yaml.h>

#include <string>

#include "config/config_yaml.hpp"
#include "config/scan_config.hpp"

namespace gmsb::scan {

/// Largest point list or number of sampled points (samples x models) of one scan.
constexpr double kMaxListPoints = 1.0e8;

/// Reads `points:` into cfg.point_list. A point's `model` is the name of a model of cfg.models
/// (from `models:`, read before) or a triple / content text, which is added to cfg.models when
/// new. Each point is validated (PointInput::validate). `sign_mu` 0 in a point means the config's.
void parse_points(const YamlContext& c, const YAML::Node& n, ScanConfig& cfg);

/// Reads `samples:` (count, seed, method, and ranges for lambda, tanb and one of mess /
/// mess_over_lambda / x); the ranges are checked so that every sample is a valid point.
SampleSpec parse_samples(const YamlContext& c, const YAML::Node& n);

/// Fills cfg.point_list from cfg.samples (random_samples.hpp), for every model of cfg.models.
void draw_config_samples(ScanConfig& cfg);

/// True when `grown` is `stored` with only samples.count larger (the extension of --resume).
bool same_samples_but_more(const ScanConfig& stored, const ScanConfig& grown);

}  // namespace gmsb::scan
