#include <memory>
#include <string>

#include "cli/cli_app.hpp"
#include "cli/commands.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "io/slha/slha_document.hpp"
#include "io/slha/slha_input.hpp"
#include "io/slha/slha_writer.hpp"

namespace gmsb::commands {

namespace {

const char* kFooter =
    "\nReads one GMSB point from an SLHA input file (MODSEL 1 = 2, SMINPUTS, MINPAR 1-6 and the\n"
    "extension blocks GMSBINDICES, GMSBCONTENT, GMSBSETS, GMSBVARIANT, GMSBSETTINGS) and writes its\n"
    "spectrum as SLHA, like the field's spectrum generators. Example:\n"
    "  gmsb slha tests/data/slha/sps8.slha -o sps8.spc\n"
    "Blocks and conventions: docs/slha.md. Errors (FILE:LINE: ...) and exit codes: docs/errors.md.";

struct SlhaOptions {
  std::string input = "-", output = "-";
};

int run_slha(const SlhaOptions& o) {
  const std::string text = slha::read_file(o.input);
  const slha::Document doc = slha::parse(text, o.input == "-" ? "<stdin>" : o.input);
  const slha::InputPoint run = slha::read_run(doc);
  const SpectrumCalculator calc(run.sm, run.settings);
  const PointResult r = calc.compute(run.input);
  slha::write_file(o.output, slha::write(run.input, r, calc.sm_inputs(), calc.settings(), run.notes));
  return 0;
}

}  // namespace

cli::Runner add_slha(CLI::App& parent) {
  auto o = std::make_shared<SlhaOptions>();
  CLI::App* app = parent.add_subcommand("slha", "one point from an SLHA input file, spectrum as SLHA output");
  app->footer(kFooter);
  app->add_option("input", o->input, "SLHA input file ('-' or none: standard input)")->type_name("IN.slha");
  app->add_option("-o,--output", o->output, "output file (default: standard output)")->type_name("OUT.slha");
  return [o] { return run_slha(*o); };
}

}  // namespace gmsb::commands
