#pragma once
/// \file commands.hpp
/// The subcommands of the `gmsb` program. Each add_<command>() registers its CLI11 subcommand
/// (options, help) on the `gmsb` app and returns the function that runs it after parsing; the
/// runner returns the process exit status and throws gmsb::Error for errors (docs/errors.md).

#include <CLI/CLI.hpp>

#include "cli/cli_app.hpp"

namespace gmsb::commands {

cli::Runner add_point(CLI::App& app);   ///< gmsb point: one parameter point
cli::Runner add_models(CLI::App& app);  ///< gmsb models: the allowed messenger sectors
cli::Runner add_scan(CLI::App& app);    ///< gmsb scan: a grid of points into one HDF5 file
cli::Runner add_bench(CLI::App& app);   ///< gmsb bench: points per second of the scan driver
cli::Runner add_table(CLI::App& app);   ///< gmsb table: the seed's Table 1 from a scan file
cli::Runner add_fit(CLI::App& app);     ///< gmsb fit: the seed's Table 2 fit from a scan file
cli::Runner add_slha(CLI::App& app);    ///< gmsb slha: one point from an SLHA input file
cli::Runner add_export_slha(CLI::App& app);  ///< gmsb export-slha: SLHA files of points of a scan file

}  // namespace gmsb::commands
