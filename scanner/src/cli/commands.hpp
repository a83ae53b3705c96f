#pragma once
/// \file commands.hpp
/// The subcommands of the `gmsb` program. Each add_<command>() registers its CLI11 subcommand
/// (options, help) on the `gmsb` app and returns the function that runs it after parsing; the
/// runner returns the process exit status and throws gmsb::Error for errors (docs/errors.md).

#include <CLI/CLI.hpp>

#include <atomic>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "cli/cli_app.hpp"
#include "io/json_values.hpp"
#include "gmsb/point.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"

namespace gmsb::commands {

cli::Runner add_point(CLI::App& app);   ///< gmsb point: one parameter point
cli::Runner add_models(CLI::App& app);  ///< gmsb models: the allowed messenger sectors
cli::Runner add_scan(CLI::App& app);    ///< gmsb scan: a grid of points into one HDF5 file
cli::Runner add_bench(CLI::App& app);   ///< gmsb bench: points per second of the scan driver
cli::Runner add_table(CLI::App& app);   ///< gmsb table: the seed's Table 1 from a scan file
cli::Runner add_fit(CLI::App& app);     ///< gmsb fit: the seed's Table 2 fit from a scan file
cli::Runner add_slha(CLI::App& app);    ///< gmsb slha: one point from an SLHA input file
cli::Runner add_export_slha(CLI::App& app);  ///< gmsb export-slha: SLHA files of points of a scan file

/// What `gmsb point` computes: the point and its settings, as given by the options.
struct PointRequest {
  PointInput input;
  Settings settings;
  SMInputs sm;
};
/// The point that `gmsb point ARGS` computes, from its options (without "point"; no --json or
/// --slha needed), with the command's checks and messages: gmsb::UsageError, gmsb::InputError.
/// For the Python module's gmsb.point().
PointRequest parse_point_arguments(const std::vector<std::string>& args);
/// The long options of `gmsb point` without "--", each with true if it takes a value (false: a flag).
std::vector<std::pair<std::string, bool>> point_option_names();

/// `gmsb models --json`: the seed's 32 sectors, [{"N", "N1", "N2", "N3", "name", "contents"}, ...].
json::Json seed_models_json();

/// A scan as `gmsb scan` runs it (its options), for the command and the Python module's gmsb.scan().
struct ScanRequest {
  std::string config;       ///< config file (optional with resume); the name in messages with config_text
  std::string config_text;  ///< the config as text instead of a file ("" : read `config`)
  std::string output;       ///< -o (default: the config's `output:` key)
  int threads = 0;
  double flush_seconds = 2.0;
  long stop_after = 0;      ///< --stop-after-lines
  bool force = false, resume = false, repair = false, quiet = false, check = false;
  bool report = true;       ///< print the command's messages (written ..., stopped ...)
};
/// What a scan did.
struct ScanSummary {
  std::string output;
  std::size_t points_total = 0, points_done = 0, points_computed = 0;
  double seconds = 0;
  int threads = 0;
  bool complete = false, resumed = false;
};
/// Runs the scan like `gmsb scan`, without touching the signal handlers: when `stop` becomes
/// true the threads finish their lines and the file is left resumable; when it is true before
/// the scan starts computing (while the config is read and checked and a new file is made), it
/// returns at once and no file changes (a new file is not published: an earlier one at the
/// output stays as it was; summary: points_done 0). Returns 0 (complete) or
/// 130 (stopped); fills `summary` if given; throws gmsb::Error (docs/errors.md).
int run_scan_request(const ScanRequest& request, std::atomic<bool>& stop, ScanSummary* summary = nullptr);

}  // namespace gmsb::commands
