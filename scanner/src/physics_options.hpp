#pragma once
/// \file physics_options.hpp
/// Command-line options shared by the commands that compute points (method, loops, inputs).

#include <set>
#include <string>

#include "cli_args.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"

namespace gmsb::cli {

/// Option names understood by settings_from_args().
const std::set<std::string>& physics_option_names();
/// Help text lines for those options.
const char* physics_options_help();

/// Settings and SM inputs from --method, --loops, --mt-higgs, --sm-inputs, --preset, --eps6.
void physics_from_args(const Args& args, Settings& settings, SMInputs& sm);

}  // namespace gmsb::cli
