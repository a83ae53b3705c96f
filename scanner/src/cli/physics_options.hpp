#pragma once
/// \file physics_options.hpp
/// Physics options shared by the commands that compute points (method, loops, inputs): the
/// command-line form (--method ...) and the name -> text form used by scan configs.

#include <map>
#include <set>
#include <stdexcept>
#include <string>

#include "cli/cli_args.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"

namespace gmsb::cli {

/// Option names understood by settings_from_args().
const std::set<std::string>& physics_option_names();
/// Help text lines for those options.
const char* physics_options_help();

/// A bad physics option value; `option` is its name as in physics_option_names().
struct PhysicsOptionError : std::invalid_argument {
  PhysicsOptionError(std::string opt, const std::string& msg) : std::invalid_argument(msg), option(std::move(opt)) {}
  std::string option;
};

/// Settings and SM inputs from option texts keyed by the names of physics_option_names()
/// (absent names keep their defaults). The single place that gives the options their meaning.
/// Throws PhysicsOptionError naming the option.
void physics_from_values(const std::map<std::string, std::string>& values, Settings& settings, SMInputs& sm);

/// Settings and SM inputs from --method, --loops, --mt-higgs, --sm-inputs, --preset, --eps6.
void physics_from_args(const Args& args, Settings& settings, SMInputs& sm);

}  // namespace gmsb::cli
