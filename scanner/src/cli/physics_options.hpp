#pragma once
/// \file physics_options.hpp
/// Physics options shared by the commands that compute points (method, loops, inputs): the
/// command-line form (--method ...) and the name -> text form used by scan configs.

#include <map>
#include <set>
#include <string>
#include <utility>

#include "cli/cli_app.hpp"
#include "gmsb/error.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"

namespace gmsb::cli {

/// Option names understood by physics_from_values() (without the leading "--").
const std::set<std::string>& physics_option_names();

/// A bad physics option value (an input error, exit 3); `option` is its name as in physics_option_names().
struct PhysicsOptionError : InputError {
  PhysicsOptionError(std::string opt, const std::string& msg) : InputError(msg), option(std::move(opt)) {}
  std::string option;
};

/// Settings and SM inputs from option texts keyed by the names of physics_option_names()
/// (absent names keep their defaults). The single place that gives the options their meaning.
/// Throws PhysicsOptionError naming the option.
void physics_from_values(const std::map<std::string, std::string>& values, Settings& settings, SMInputs& sm);

/// The physics options of one command, bound to a CLI::App by add_physics_options().
struct PhysicsOptions {
  std::map<std::string, std::string> text;  ///< name -> text as given
  const CLI::App* app = nullptr;
  /// The options given on the command line, name -> text.
  std::map<std::string, std::string> values() const;
  /// The text of --name if given, else `fallback`.
  std::string get(const std::string& name, const std::string& fallback) const;
};

/// Adds --method, --preset, --mt-higgs, --loops, --sm-inputs, --eps6, --higgs-eft (group "Physics options").
void add_physics_options(CLI::App& app, PhysicsOptions& p);

/// Settings and SM inputs from the given options; throws gmsb::InputError "--NAME reason".
void physics_from_options(const PhysicsOptions& p, Settings& settings, SMInputs& sm);

}  // namespace gmsb::cli
