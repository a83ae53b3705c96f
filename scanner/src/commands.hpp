#pragma once
/// \file commands.hpp
/// The subcommands of the `gmsb` program. Each returns the process exit status.

namespace gmsb::commands {

int point(int argc, char** argv);   ///< gmsb point: one parameter point
int models(int argc, char** argv);  ///< gmsb models: the allowed messenger sectors
int scan(int argc, char** argv);    ///< gmsb scan: a grid of points into one HDF5 file
int bench(int argc, char** argv);   ///< gmsb bench: points per second of the scan driver

}  // namespace gmsb::commands
