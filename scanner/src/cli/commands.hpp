#pragma once
/// \file commands.hpp
/// The subcommands of the `gmsb` program. Each returns the process exit status.

namespace gmsb::commands {

int point(int argc, char** argv);   ///< gmsb point: one parameter point
int models(int argc, char** argv);  ///< gmsb models: the allowed messenger sectors
int scan(int argc, char** argv);    ///< gmsb scan: a grid of points into one HDF5 file
int bench(int argc, char** argv);   ///< gmsb bench: points per second of the scan driver
int table(int argc, char** argv);   ///< gmsb table: the seed's Table 1 from a scan file
int fit(int argc, char** argv);     ///< gmsb fit: the seed's Table 2 fit from a scan file

}  // namespace gmsb::commands
