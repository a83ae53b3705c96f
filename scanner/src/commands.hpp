#pragma once
/// \file commands.hpp
/// The subcommands of the `gmsb` program. Each returns the process exit status.

namespace gmsb::commands {

int point(int argc, char** argv);   ///< gmsb point: one parameter point
int models(int argc, char** argv);  ///< gmsb models: the allowed messenger sectors

}  // namespace gmsb::commands
