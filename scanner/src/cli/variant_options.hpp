#pragma once
/// \file variant_options.hpp
/// Command-line options of the model variants (docs/physics.md §8; libgmsb model_variants.hpp)
/// shared by the commands that compute points.

#include <set>
#include <string>

#include "cli/cli_args.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/spectrum_calculator.hpp"

namespace gmsb::cli {

/// Option names understood by variant_from_args().
const std::set<std::string>& variant_option_names();
/// Flag names understood by variant_from_args().
const std::set<std::string>& variant_flag_names();
/// Help text of those options.
const char* variant_options_help();

/// True if --seed002 is given: then the point's N, Lambda and M come from --m/--mx, not --n/--lambda/--mess.
bool seed002_requested(const Args& args);

/// Fills in.variant (and, with --seed002, in.n, in.lambda_gev, in.mess_gev) and the
/// perturbativity switch of `settings` from the options. Throws UsageError with the reason.
void variant_from_args(const Args& args, PointInput& in, Settings& settings);

}  // namespace gmsb::cli
