// gmsb: command-line front end of gmsb-scan.
//
// One CLI11 app with the subcommands point, models, scan, bench, table, fit, slha, export-slha. Errors and exit
// codes (docs/errors.md): 0 success; 1 internal error (a std::exception that is not a
// gmsb::Error: a bug); 2 usage (CLI11 parse errors: unknown, stray, missing or conflicting
// options); 3 input (a bad value, CLI11 conversion and validation errors included); 4
// configuration; 5 I/O; 130 interrupted scan. Messages go to stderr as
// "gmsb COMMAND: KIND error: MESSAGE".
#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <map>
#include <new>
#include <string>
#include <vector>

#include "cli/cli_app.hpp"
#include "cli/commands.hpp"
#include "gmsb/error.hpp"
#include "gmsb/version.hpp"
#include "scan/mpi_runtime.hpp"

namespace {

int report(const std::string& cmd, const char* kind, const std::string& message, int code, bool hint) {
  std::cerr << "gmsb" << (cmd.empty() ? "" : " " + cmd) << ": " << kind << " error: " << message << "\n";
  if (hint) std::cerr << "(see gmsb" << (cmd.empty() ? "" : " " + cmd) << " --help)\n";
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace gmsb;
  const scan::mpi::Session mpi(&argc, &argv);  // MPI only under mpirun/srun (docs/cluster.md)
  CLI::App app("gmsb " GMSB_VERSION " - parameter-space scanner for gauge-mediated SUSY breaking", "gmsb");
  app.set_version_flag("--version", "gmsb " GMSB_VERSION);
  app.require_subcommand(1);
  // As before CLI11: an option given twice takes the last value.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  app.footer("\ngmsb COMMAND --help lists the options of a command. Exit codes: 0 ok, 1 internal error, 2 usage,\n"
             "3 input, 4 configuration, 5 I/O, 130 interrupted (docs/errors.md).");
  const std::map<std::string, cli::Runner> runners{
      {"point", commands::add_point(app)}, {"models", commands::add_models(app)},
      {"scan", commands::add_scan(app)},   {"bench", commands::add_bench(app)},
      {"table", commands::add_table(app)}, {"fit", commands::add_fit(app)},
      {"slha", commands::add_slha(app)},   {"export-slha", commands::add_export_slha(app)},
  };
  for (CLI::App* sub : app.get_subcommands({})) sub->allow_extras();  // reject_remaining() names them

  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "help") {
    std::cout << app.help();
    return args.empty() ? 2 : 0;
  }
  const std::string cmd = runners.count(args[0]) ? args[0] : "";
  try {
    if (cmd.empty() && args[0].rfind("-", 0) != 0) throw UsageError("unknown command '" + args[0] + "'");
    if (cmd.empty() && args[0] != "-h" && args[0] != "--help" && args[0] != "--version")
      throw UsageError("unknown option " + args[0] + " (give a command first: gmsb COMMAND [options])");
    cli::reject_single_dash_long(args);
    try {
      app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
      return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
      return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
      return app.exit(e);
    } catch (const CLI::ParseError& e) {
      cli::rethrow_parse_error(e);
    }
    for (CLI::App* sub : app.get_subcommands()) cli::reject_remaining(*sub);
    return runners.at(app.get_subcommands().at(0)->get_name())();
  } catch (const Error& e) {
    return report(cmd, error_kind_name(e.kind()), e.what(), e.exit_code(), e.kind() == ErrorKind::kUsage);
  } catch (const std::bad_alloc&) {  // the machine's limit, not a bug: reported like an I/O failure
    return report(cmd, "i/o", "out of memory (the request needs more memory than this machine gives)", 5, false);
  } catch (const std::exception& e) {
    return report(cmd, "internal", e.what(), 1, false);
  }
}
