#pragma once
/// \file models_running.hpp
/// `gmsb models --criterion running`: messenger contents allowed by the running perturbativity
/// check (docs/physics.md §1.2; libgmsb perturbativity.hpp).

#include "cli/cli_args.hpp"

namespace gmsb::commands {

/// Lists the contents allowed at --mess (required) by alpha_a <= --alpha-max up to --gut.
int models_running(const cli::Args& args);
/// Help lines of the running criterion's options.
const char* models_running_help();

}  // namespace gmsb::commands
