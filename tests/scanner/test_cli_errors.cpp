// Typed errors of the `gmsb` program end to end (docs/errors.md): one test per error kind checks
// the exit code and that the message names the offending option, key or file; plus the option
// spellings that must keep working, the generated help, and Settings::validate().
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

#include "gmsb/error.hpp"
#include "gmsb/messengers.hpp"
#include "gmsb/settings.hpp"
#include "test_helpers.hpp"
#include "internal_namespaces.hpp"
#include "run_gmsb.hpp"

namespace fs = std::filesystem;

namespace {

using gmsb::testing::CommandOutput;
using gmsb::testing::run_gmsb;

fs::path temp_dir() { return gmsb::testing::scratch_dir("cli_errors"); }

fs::path write_file(const std::string& name, const std::string& text) {
  const fs::path p = temp_dir() / name;
  std::ofstream(p) << text;
  return p;
}

const std::string kPoint = "point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 10";
const std::string kGrid = "models: [[1, 1, 1]]\nlambda: [1e5]\ntanb: [10]\nmess: [1e8]\n";

/// Expects `args` to exit with `status` and the output to contain every one of `needles`.
void expect_error(const std::string& args, int status, std::initializer_list<const char*> needles) {
  const CommandOutput r = run_gmsb(args);
  EXPECT_EQ(r.status, status) << args << ":\n" << r.out;
  for (const char* n : needles) EXPECT_NE(r.out.find(n), std::string::npos) << args << ": no '" << n << "' in\n" << r.out;
}

}  // namespace

TEST(CliErrors, UsageErrorsExitWith2AndNameTheArgument) {
  expect_error(kPoint + " --bogus 3", 2, {"usage error", "unknown option --bogus"});
  expect_error(kPoint + " --bogus=3", 2, {"unknown option --bogus"});
  expect_error(kPoint + " -json", 2, {"-json", "--json"});
  expect_error("scan -json", 2, {"-json"});  // not -j son
  expect_error(kPoint + " stray", 2, {"unexpected argument 'stray'"});
  expect_error(kPoint + " --json --slha", 2, {"--json excludes --slha"});
  expect_error("point --n 1,1,1 --content 5+5bar --lambda 1e5 --mess 1e8 --tanb 10", 2, {"--n excludes --content"});
  expect_error("table a.h5 b.h5", 2, {"unexpected argument 'b.h5'"});
  expect_error("table", 2, {"file"});  // the required scan file
  expect_error("table x.h5 --json --csv", 2, {"--json excludes --csv"});
  expect_error("scan --resume --force -o x.h5", 2, {"--force excludes --resume"});
  expect_error("point --n 1,1,1 --mess 1e8 --tanb 10", 2, {"missing --lambda"});
  expect_error("frobnicate", 2, {"unknown command 'frobnicate'"});
  expect_error("--bogus", 2, {"unknown option --bogus"});
  expect_error("scan", 2, {"give a config file"});
  expect_error("point --lambda", 2, {"--lambda"});  // a value is missing
}

TEST(CliErrors, InputErrorsExitWith3OnTheCommandLineAndInAConfig) {
  expect_error("point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 0.5", 3, {"input error", "tan(beta) must be >= 1"});
  expect_error(kPoint + " --method nnlo", 3, {"--method", "nnlo"});
  expect_error(kPoint + " --loops 3", 3, {"--loops", "1 or 2"});
  expect_error(kPoint + " --lambda 0", 3, {"Lambda"});
  expect_error("point --n 1,x,1 --lambda 1e5 --mess 1e8 --tanb 10", 3, {"--n"});
  expect_error(kPoint + " --tanb abc", 3, {"--tanb", "abc"});
  expect_error(kPoint + " --sign-mu 2", 3, {"sign(mu)"});
  expect_error(kPoint + " --eps6 2", 3, {"eps6"});
  // The same bad values in a YAML config: the same exit code, with FILE:LINE: KEY.
  const fs::path tanb = write_file("tanb.yaml", "models: [[1, 1, 1]]\nlambda: [1e5]\ntanb: [0.5, 10]\nmess: [1e8]\n");
  expect_error("scan " + tanb.string() + " -o " + (temp_dir() / "t.h5").string(), 3,
               {"input error", "tanb.yaml:3: tanb:", "must be >= 1"});
  const fs::path method = write_file("method.yaml", kGrid + "method: nnlo\n");
  expect_error("scan " + method.string() + " -o " + (temp_dir() / "m.h5").string(), 3,
               {"method.yaml:5: method:", "nnlo"});
  const fs::path loops = write_file("loops.yaml", kGrid + "settings: {loops: 3}\n");
  expect_error("bench --config " + loops.string(), 3, {"loops.yaml:5: settings.loops:", "1 or 2"});
  EXPECT_FALSE(fs::exists(temp_dir() / "t.h5"));
}

TEST(CliErrors, ConfigurationErrorsExitWith4AndNameFileLineAndKey) {
  const fs::path unknown = write_file("unknown.yaml", kGrid + "lambada: 3\n");
  expect_error("scan " + unknown.string() + " -o " + (temp_dir() / "u.h5").string(), 4,
               {"configuration error", "unknown.yaml:5: lambada: unknown key"});
  const fs::path not_yaml = write_file("not_yaml.yaml", "models: [1, 2\nlambda: 3\n");
  expect_error("scan " + not_yaml.string() + " -o " + (temp_dir() / "n.h5").string(), 4, {"not_yaml.yaml:2: yaml:"});
  const fs::path missing = write_file("missing.yaml", "models: all\nlambda: [1e5]\ntanb: [10]\n");
  expect_error("scan " + missing.string() + " -o " + (temp_dir() / "x.h5").string(), 4,
               {"missing.yaml:1: mess: required key is missing"});
  const fs::path type = write_file("type.yaml", "models: all\nlambda: [1e5, lots]\ntanb: [10]\nmess: [1e8]\n");
  expect_error("scan " + type.string() + " -o " + (temp_dir() / "y.h5").string(), 4, {"type.yaml:2: lambda: expected a number"});
  EXPECT_FALSE(fs::exists(temp_dir() / "u.h5"));
}

TEST(CliErrors, IoErrorsExitWith5AndNameTheFile) {
  expect_error("table /nonexistent/scan.h5", 5, {"i/o error", "/nonexistent/scan.h5"});
  expect_error("fit /nonexistent/scan.h5", 5, {"/nonexistent/scan.h5"});
  const fs::path cfg = write_file("io.yaml", kGrid);
  // scan creates a missing output directory (as it always did); one that cannot be created, here
  // below a regular file, is an I/O error.
  const fs::path blocker = write_file("blocker", "a file, not a directory\n");
  const std::string out = (blocker / "sub" / "out.h5").string();
  expect_error("scan " + cfg.string() + " -o " + out + " --quiet", 5, {"i/o error", out.c_str()});
  EXPECT_FALSE(fs::exists(out));
  expect_error("scan /nonexistent/cfg.yaml -o " + (temp_dir() / "z.h5").string(), 5, {"/nonexistent/cfg.yaml"});
  expect_error("scan --resume -o /nonexistent/out.h5", 5, {"/nonexistent/out.h5"});
  const fs::path text = write_file("text.h5", "not an HDF5 file\n");
  expect_error("table " + text.string(), 5, {"not an HDF5 file"});
}

TEST(CliErrors, LibraryParseErrorsAreInputErrorsAndKeepTheirLocation) {
  // The library's own checks throw gmsb::InputError (exit 3) with the bare reason ...
  auto expect_input_error = [](auto call, const char* reason) {
    try {
      call();
      ADD_FAILURE() << "no error for " << reason;
    } catch (const gmsb::InputError& e) {
      EXPECT_EQ(e.kind(), gmsb::ErrorKind::kInput);
      EXPECT_EQ(e.exit_code(), 3);
      EXPECT_EQ(std::string(e.what()), reason);
    }
  };
  expect_input_error([] { gmsb::parse_indices("1,x,3"); }, "N2 must be a non-negative integer, got 'x'");
  expect_input_error([] { gmsb::parse_indices("1,99999999999,3"); }, "N2 is too large (at most 99999999), got '99999999999'");
  expect_input_error([] { gmsb::parse_indices("1,2"); }, "messenger indices must be 'N1,N2,N3', got '1,2'");
  expect_input_error([] { gmsb::parse_content("Q+"); }, "messenger content 'Q+' ends with '+'");
  expect_input_error([] { gmsb::parse_method("nnlo"); }, "unknown method 'nnlo' (expected kn99 or modern)");
  // ... and the program adds the option name or the config's FILE:LINE: KEY, still exit 3.
  expect_error("point --content 5+5bar+Z --lambda 1e5 --mess 1e8 --tanb 10", 3,
               {"input error", "--content unrecognised messenger content '5+5bar+Z' at 'Z'"});
  expect_error("point --n 1,x,3 --lambda 1e5 --mess 1e8 --tanb 10", 3, {"--n N2 must be a non-negative integer"});
  expect_error(kPoint + " --mt-higgs heavy", 3, {"--mt-higgs top mass for the Higgs formula"});
  const std::string grid = "lambda: [1e5]\ntanb: [10]\nmess: [1e8]\n";
  const auto scan = [](const fs::path& cfg) { return "scan " + cfg.string() + " -o " + (temp_dir() / "lib.h5").string(); };
  expect_error(scan(write_file("content.yaml", "models: [\"5+5bar+Z\"]\n" + grid)), 3,
               {"input error", "content.yaml:1: models: unrecognised messenger content '5+5bar+Z' at 'Z'"});
  expect_error(scan(write_file("triple.yaml", "models: [[1, x, 1]]\n" + grid)), 3,
               {"triple.yaml:1: models: N2 must be a non-negative integer, got 'x'"});
  expect_error(scan(write_file("triple_text.yaml", "models: [\"1/3,1,1\"]\n" + grid)), 3,
               {"triple_text.yaml:1: models: N1 = 1/3 is not a multiple of 1/5"});
  // A map entry locates the error at its own key, once.
  const CommandOutput r = run_gmsb(scan(write_file("entry.yaml", "models:\n  - {content: \"Q+\"}\n" + grid)));
  EXPECT_EQ(r.status, 3) << r.out;
  EXPECT_NE(r.out.find("entry.yaml:2: models[0].content: messenger content 'Q+' ends with '+'"), std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("entry.yaml:"), r.out.rfind("entry.yaml:")) << r.out;
  expect_error(scan(write_file("entry_n.yaml", "models:\n  - {n: [1, 1, -1]}\n" + grid)), 3,
               {"entry_n.yaml:2: models[0].n: N3 must be a non-negative integer, got '-1'"});
  // validate_variant on the grid: the entry, the model and the grid point.
  expect_error(scan(write_file("variant.yaml", "models:\n  - {n: [1, 1, 1], variant: {supertrace: {s: 1e8}}}\n" + grid)), 3,
               {"variant.yaml:2: models[0]: ", "the supertrace cutoff Lambda_UV = 0 GeV must exceed",
                "(at Lambda = 100000 GeV, M = 1e+08 GeV)"});
  expect_error(scan(write_file("mt_higgs.yaml", "models: [[1, 1, 1]]\n" + grid + "settings: {mt_higgs: heavy}\n")), 3,
               {"mt_higgs.yaml:5: settings.mt_higgs: top mass for the Higgs formula"});
  EXPECT_FALSE(fs::exists(temp_dir() / "lib.h5"));
}

TEST(CliErrors, ExistingSpellingsKeepWorking) {
  // --name=value, a negative value after its option, fractional N1, exponent numbers.
  CommandOutput r = run_gmsb("point --n=14/5,4,1 --lambda=1e5 --mess 1e8 --tanb=29 --sign-mu -1 --json");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(nlohmann::ordered_json::parse(r.out).at("sign_mu"), -1) << r.out;
  r = run_gmsb("point --n 1,1,1 --lambda 100000 --mess 1e8 --tanb 10 --sign-mu=-1 --sign-mu +1 --json");
  EXPECT_EQ(r.status, 0) << r.out;
  r = run_gmsb("point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 10 --method kn99 --preset paper --mt-higgs 172.5 "
               "--loops 2 --sm-inputs pdg2024 --eps6 1 --check-perturbativity --json");
  EXPECT_EQ(r.status, 0) << r.out;
  r = run_gmsb("point --content D+4L --lambda 1e5 --mess 1e8 --tanb 4 --heavy 1,1,1 --heavy-lambda 1e5 --heavy-mess 1e12 "
               "--json");
  EXPECT_EQ(r.status, 0) << r.out;
  r = run_gmsb("point --seed002 triplets --m 2e4 --tanb 10 --json");
  EXPECT_EQ(r.status, 0) << r.out;
  r = run_gmsb("models --mess 1e8 --criterion running --json");
  EXPECT_EQ(r.status, 0) << r.out;
  // -o and -j of scan.
  const fs::path cfg = write_file("short.yaml", kGrid);
  const fs::path out = temp_dir() / "short.h5";
  r = run_gmsb("scan " + cfg.string() + " -o " + out.string() + " -j 1 --quiet --force");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(fs::exists(out));
  r = run_gmsb("scan --resume --output=" + out.string() + " --threads=1");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("already complete"), std::string::npos) << r.out;
}

TEST(CliErrors, HelpListsEveryOptionAndTheConfigKeys) {
  CommandOutput r = run_gmsb("point --help");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* o : {"--n", "--content", "--lambda", "--mess", "--tanb", "--sign-mu", "--json", "--slha", "--method",
                        "--preset", "--mt-higgs", "--loops", "--sm-inputs", "--eps6", "--higgs-eft", "--heavy",
                        "--heavy-lambda", "--heavy-mess", "--supertrace", "--lambda-uv", "--m0sq", "--a0", "--m12",
                        "--mgrav", "--seed002", "--m ", "--mx", "--md", "--m1", "--dterm-m", "--dterm-scale",
                        "--charges", "--charges-flipped", "--check-perturbativity", "Lambda = F/S"})
    EXPECT_NE(r.out.find(o), std::string::npos) << o;
  r = run_gmsb("scan --help");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* o : {"-o,--output", "-j,--threads", "--force", "--resume", "--flush-seconds", "--stop-after-lines",
                        "--quiet", "config keys", "models", "required except with `points`", "mess_over_lambda", "points",
                        "samples", "sm_inputs"})
    EXPECT_NE(r.out.find(o), std::string::npos) << o;
  for (const char* cmd : {"models", "bench", "table", "fit"}) EXPECT_EQ(run_gmsb(std::string(cmd) + " --help").status, 0);
  r = run_gmsb("--help");
  EXPECT_EQ(r.status, 0);
  for (const char* c : {"point", "models", "scan", "bench", "table", "fit"}) EXPECT_NE(r.out.find(c), std::string::npos);
}

TEST(SettingsValidate, DefaultsAndPresetsAreValid) {
  EXPECT_NO_THROW(gmsb::Settings::kn99().validate());
  EXPECT_NO_THROW(gmsb::Settings::kn99_paper().validate());
}

TEST(SettingsValidate, EveryBadSettingIsAnInputErrorNamingIt) {
  using gmsb::Settings;
  const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  auto expect_bad = [](Settings s, const char* name) {
    try {
      s.validate();
      ADD_FAILURE() << "no error for " << name;
    } catch (const gmsb::InputError& e) {
      EXPECT_EQ(e.exit_code(), 3);
      EXPECT_NE(std::string(e.what()).find(name), std::string::npos) << e.what();
    }
  };
  Settings s;
  s.rge_loops = 3;
  expect_bad(s, "rge_loops");
  s = Settings{};
  s.max_iterations = 0;
  expect_bad(s, "max_iterations");
  for (double bad : {0.0, -1e-8, nan, inf}) {
    s = Settings{};
    s.msusy_rel_tol = bad;
    expect_bad(s, "msusy_rel_tol");
    s = Settings{};
    s.ode_rel_tol = bad;
    expect_bad(s, "ode_rel_tol");
    s = Settings{};
    s.perturbative_limit = bad;
    expect_bad(s, "perturbative_limit");
  }
  for (double bad : {-0.1, 1.5, nan}) {
    s = Settings{};
    s.eps6 = bad;
    expect_bad(s, "eps6");
  }
  for (double bad : {100.0, 250.0, nan}) {
    s = Settings{};
    s.mt_higgs_fixed_gev = bad;
    expect_bad(s, "mt_higgs_fixed_gev");
  }
  for (double bad : {1e3, inf, nan}) {
    s = Settings{};
    s.gut_scale_gev = bad;
    expect_bad(s, "gut_scale_gev");
  }
  for (double bad : {0.0, 1.01, nan}) {
    s = Settings{};
    s.perturbativity_alpha_max = bad;
    expect_bad(s, "perturbativity_alpha_max");
  }
  s = Settings{};
  s.eps6 = 1.0;  // the ends of the ranges are allowed
  s.perturbativity_alpha_max = 1.0;
  EXPECT_NO_THROW(s.validate());
}
