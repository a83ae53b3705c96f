#pragma once
/// \file scan_model_config.hpp
/// Model entries of a scan config with a model variant (docs/physics.md §8; docs/models.md
/// and docs/configs.md): a map item of `models:` such as
///
/// \code{.yaml}
///   - content: 2(5+5bar)
///     variant:
///       supertrace: {s: [-1.0e8, 1.0e8], lambda_uv: 1.0e16}   # a list expands into one model per value
///       gravity: {m0sq: 576}
///   - seed002: {case: [triplets, triplets+doublets]}
/// \endcode
///
/// Every variant parameter that is a number may be given as an axis (a list or a range); the
/// entry then expands into one model per combination, and the model name records the values.
/// The physics stays in libgmsb (ModelVariant, seed002_model, validate_variant); this file only
/// reads the YAML.

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "config/config_yaml.hpp"
#include "config/scan_config.hpp"

namespace gmsb::scan {

/// The scan model of a triple: the seed's sector name when it is one of the 32, else "N=(a,b,c)".
ScanModel model_from_indices(const MessengerIndices& n);

/// The scan model of a text item of `models:`: a triple "1,3,4" (model_from_indices) or a content
/// "5+5bar" (named by its text). Throws gmsb::InputError for a malformed triple or content.
ScanModel model_from_text(const std::string& text);

/// Parses one map entry of `models:` ({content | n | seed002, name, variant}); `key` (e.g.
/// "models[2]") names it in errors. Returns one model per combination of its list-valued
/// parameters, first parameter outermost. Variants are validated against the grid later
/// (validate_scan_model).
std::vector<ScanModel> parse_model_entry(const YamlContext& c, const YAML::Node& entry, const std::string& key);

/// Throws gmsb::InputError with the reason (and the grid point) if some point of the
/// model on the grid lambda x mess is invalid (PointInput::validate, validate_variant,
/// seed002_model). Checks the four corners of the sorted axes: every condition is monotonic.
void validate_scan_model(const ScanModel& m, const std::vector<double>& lambda_gev,
                         const std::vector<double>& mess_gev, double tanb, int sign_mu);

}  // namespace gmsb::scan
