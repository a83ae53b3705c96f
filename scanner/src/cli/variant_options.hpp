#pragma once
/// \file variant_options.hpp
/// Command-line options of the model variants (docs/physics.md §8; libgmsb model_variants.hpp)
/// shared by the commands that compute points.

#include <string>

#include "cli/cli_app.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/spectrum_calculator.hpp"

namespace gmsb::cli {

/// The variant options of one command, bound to a CLI::App by add_variant_options().
struct VariantOptions {
  std::string heavy, seed002, m1 = "corrected", charges, charges_flipped;
  double heavy_lambda = 0, heavy_mess = 0, supertrace = 0, lambda_uv = 0, m0sq = 0, a0 = 0, m12 = 0, mgrav = 0;
  double m = 0, mx = 1e16, md = 0, dterm_m = 0, dterm_scale = 0;
  bool check_perturbativity = false;
  CLI::Option* seed002_option = nullptr;  ///< --seed002, for the command's `excludes`
  const CLI::App* app = nullptr;
  bool has(const std::string& name) const { return app && given(*app, "--" + name); }
};

/// Adds --heavy, --supertrace, --m0sq, --seed002, --dterm-m and their companions (group "Model
/// variants"), with CLI11 `needs`/`excludes` between them.
void add_variant_options(CLI::App& app, VariantOptions& v);

/// True if --seed002 is given: then the point's N, Lambda and M come from --m/--mx, not --n/--lambda/--mess.
inline bool seed002_requested(const VariantOptions& v) { return v.has("seed002"); }

/// Fills in.variant (and, with --seed002, in.n, in.lambda_gev, in.mess_gev) and the
/// perturbativity switch of `settings` from the options, then validates the point.
/// Throws gmsb::InputError for a bad value, gmsb::UsageError for a missing companion option.
void variant_from_options(const VariantOptions& v, PointInput& in, Settings& settings);

}  // namespace gmsb::cli
