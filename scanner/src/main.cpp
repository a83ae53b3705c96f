// gmsb: command-line front end of gmsb-scan.
#include <cstring>
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>

#include "gmsb/version.hpp"
#include "cli/cli_args.hpp"
#include "cli/commands.hpp"

namespace {

const char* kHelp =
    "gmsb " GMSB_VERSION " - parameter-space scanner for gauge-mediated SUSY breaking\n"
    "\n"
    "usage: gmsb COMMAND [options]     (gmsb COMMAND --help for the options)\n"
    "\n"
    "commands:\n"
    "  point    one parameter point: spectrum, EWSB, Higgs mass, stau check\n"
    "  models   the allowed messenger sectors (N1, N2, N3) with their content\n"
    "  scan     a grid of Lambda, tan(beta), M over messenger sectors into one HDF5 file\n"
    "  bench    points per second of the scan driver on 1 and all threads\n"
    "  table    largest allowed M_h per messenger sector from a scan file (seed Table 1)\n"
    "  fit      fit M_h,max = a + b N1 + c N2 + d ln N3 from a scan file (seed Table 2)\n"
    "\n"
    "  --help, --version\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h") || !std::strcmp(argv[1], "help")) {
    std::cout << kHelp;
    return argc < 2 ? 2 : 0;
  }
  if (!std::strcmp(argv[1], "--version")) {
    std::cout << "gmsb " << GMSB_VERSION << "\n";
    return 0;
  }
  const std::string cmd = argv[1];
  try {
    if (cmd == "point") return gmsb::commands::point(argc, argv);
    if (cmd == "models") return gmsb::commands::models(argc, argv);
    if (cmd == "scan") return gmsb::commands::scan(argc, argv);
    if (cmd == "bench") return gmsb::commands::bench(argc, argv);
    if (cmd == "table") return gmsb::commands::table(argc, argv);
    if (cmd == "fit") return gmsb::commands::fit(argc, argv);
    std::cerr << "gmsb: unknown command '" << cmd << "' (see gmsb --help)\n";
    return 2;
  } catch (const gmsb::cli::UsageError& e) {
    std::cerr << "gmsb " << cmd << ": " << e.what() << "\n";
    return 2;
  } catch (const std::invalid_argument& e) {
    std::cerr << "gmsb " << cmd << ": invalid input: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "gmsb " << cmd << ": error: " << e.what() << "\n";
    return 1;
  }
}
