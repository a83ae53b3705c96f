#pragma once
/// \file scan_config.hpp
/// Scan configuration files (YAML): which messenger sectors, which Lambda, tan(beta) and M
/// values, sign(mu), the method and its settings, the SM inputs and the output path.
/// The keys are documented in docs/configs.md; parsing is table driven (one row per key in
/// scan_config.cpp), so new keys are one row each.
///
/// Every error names "FILE:LINE: KEY: reason" and is raised before any work starts: a ConfigError
/// (gmsb::ConfigError, exit 4) for the structure (not YAML, unknown, missing, doubled or mistyped
/// keys), a gmsb::InputError (exit 3) for a value out of range or malformed (tan(beta) < 1, an
/// unknown method, loops: 3, a bad content), a gmsb::IoError (exit 5) for a file that cannot be read.
///
/// \code
///   gmsb::scan::ScanConfig cfg = gmsb::scan::load_scan_config("configs/default.yaml");
///   std::printf("%zu points\n", cfg.points());
/// \endcode

#include <cstddef>
#include <stdexcept>
#include <optional>
#include <string>
#include <vector>

#include "gmsb/error.hpp"
#include "gmsb/messengers.hpp"
#include "gmsb/model_variants.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "config/scan_shape.hpp"

namespace gmsb::scan {

/// A configuration whose structure cannot be used; what() is "FILE:LINE: KEY: reason".
struct ConfigError : gmsb::ConfigError {
  using gmsb::ConfigError::ConfigError;
};

/// The seed-002 messengers of a model entry (docs/physics.md §8(d)); M_X is the scan's M axis and
/// Lambda_T = 2m its Lambda axis.
struct Seed002Choice {
  Seed002Case which = Seed002Case::kTriplets;
  Seed002M1 m1 = Seed002M1::kCorrected;
  double md_gev = 0;  ///< mass of the doublet pair of case 1 (0: M_X)
};

/// One messenger sector of a scan, with its model variant (docs/models.md).
struct ScanModel {
  MessengerIndices n;  ///< (N1, N2, N3) of the primary set
  std::string name;    ///< content name (MessengerModel::name()) or the user's text, plus the expanded variant values
  ModelVariant variant;                  ///< added to every point of the model (docs/physics.md §8); empty: minimal model
  std::optional<Seed002Choice> seed002;  ///< seed-002 messengers instead of (n, Lambda, M) as given
  std::string variant_json = "{}";       ///< the variant parameters as JSON, stored in /models/variant_json

  /// True for the minimal model of KN99 (no variant, no seed-002 messengers).
  bool minimal() const { return !seed002 && variant.empty() && !variant.primary_content; }
  /// The point at grid values (Lambda, M, tan(beta)): for T97, seed002_model(case, m = Lambda/2,
  /// M_X = M, md, m1) with `variant` added; else (n, Lambda, M) with `variant`. Not validated.
  PointInput input(double lambda_gev, double mess_gev, double tanb, int sign_mu) const;
};

/// A parsed and validated scan: the grid [model, M, Lambda, tan(beta)] (M independent or tied
/// to Lambda), or a 1-D list of points or random samples (scan_shape.hpp), and the physics choices.
struct ScanConfig {
  std::string path;                 ///< file the config came from (for messages and the output)
  std::string text;                 ///< the full config text, stored in the output file
  std::string description;          ///< optional free text (`description:` key)
  std::vector<ScanModel> models;
  std::vector<double> lambda_gev;   ///< strictly increasing, > 0 (grid)
  std::vector<double> tanb;         ///< strictly increasing, > 1 (grid)
  /// The grid's M axis, strictly increasing, in the units of `mess_axis`: M in GeV (each above
  /// max(lambda_gev)), the ratio r = M / Lambda (> 1), or x = Lambda / M (in (0, 1)).
  std::vector<double> mess_gev;
  MessAxis mess_axis = MessAxis::kGeV;
  ScanShape shape = ScanShape::kGrid;
  std::vector<ListPoint> point_list;  ///< the points of a list or of the samples (1-D shapes), in file order
  SampleSpec samples;                 ///< the `samples:` map (shape kSamples)
  int sign_mu = +1;
  double c_grav = 1.0;              ///< gravitino mass factor of every point (PointInput::c_grav)
  Settings settings;
  SMInputs sm;
  std::string output;               ///< output path from the config ("" if not given)

  /// True for the 1-D shapes (point list, samples).
  bool one_dimensional() const { return shape != ScanShape::kGrid; }
  /// M in GeV of the grid's M-axis index k at Lambda.
  double mess_at(std::size_t k, double lambda) const { return mess_of(mess_axis, mess_gev[k], lambda); }
  /// Number of points: n_models * n_mess * n_lambda * n_tanb, or the length of the list.
  std::size_t points() const {
    return one_dimensional() ? point_list.size() : models.size() * mess_gev.size() * lambda_gev.size() * tanb.size();
  }
  /// Number of lines, the unit of work and of checkpointing: (model, M, tan(beta)) lines over all
  /// Lambda for grids, single points for the 1-D shapes.
  std::size_t lines() const { return one_dimensional() ? point_list.size() : models.size() * mess_gev.size() * tanb.size(); }
};

/// Parses config text; `path` is used in error messages. Throws ConfigError or gmsb::InputError.
ScanConfig parse_scan_config(const std::string& text, const std::string& path);
/// Reads and parses a config file. Throws ConfigError, gmsb::InputError, or gmsb::IoError when
/// the file cannot be read.
ScanConfig load_scan_config(const std::string& path);

/// The known top-level keys with one-line descriptions (for `gmsb scan --help` and docs).
std::vector<std::pair<std::string, std::string>> config_keys_help();

/// JSON descriptions of the settings and the SM inputs (stored as HDF5 attributes).
std::string settings_json(const Settings& s);
std::string sm_inputs_json(const SMInputs& sm);

}  // namespace gmsb::scan
