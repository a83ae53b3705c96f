// Hardened inputs and bounded time (issue 16 items 7 and 8; docs/reliability.md "Inputs and
// ranges", "Bounded time"): every case the issue lists ends in well under a second with a status
// or a clear, located error; the documented ranges of the library and of configs; configs are
// regular files under 1 MiB; grids are checked before anything is allocated.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>

#include "gmsb/error.hpp"
#include "gmsb/point.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "run_gmsb.hpp"
#include "test_helpers.hpp"

namespace fs = std::filesystem;

namespace {

using gmsb::testing::CommandOutput;
using gmsb::testing::run_gmsb;

fs::path dir() { return gmsb::testing::scratch_dir("input_limits"); }

fs::path write(const std::string& name, const std::string& text) { return gmsb::testing::write_file(dir(), name, text); }

const std::string kGrid = "models: [[1, 1, 1]]\nlambda: [1e5]\ntanb: [10]\nmess: [1e8]\n";

/// CPU seconds (user + system) used by the finished child processes so far.
double children_cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_CHILDREN, &u);
  return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + 1e-6 * double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}

/// Runs `args`, expects exit `status`, every needle in the output, and less than one second of
/// CPU time (the cost of the case, whatever the load of the machine; wall time below 10 s).
CommandOutput expect_quick(const std::string& args, int status, std::initializer_list<std::string> needles) {
  const auto t0 = std::chrono::steady_clock::now();
  const double cpu0 = children_cpu_seconds();
  const CommandOutput r = run_gmsb(args);
  const double cpu = children_cpu_seconds() - cpu0;
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_EQ(r.status, status) << args << ":\n" << r.out;
  EXPECT_LT(cpu, 1.0) << args << " used " << cpu << " s of CPU";
  EXPECT_LT(s, 10.0) << args << " took " << s << " s";
  for (const auto& n : needles) EXPECT_NE(r.out.find(n), std::string::npos) << args << ": no '" << n << "' in\n" << r.out;
  return r;
}

TEST(BoundedTime, TheIssuesCasesEndQuicklyWithAStatusOrAClearError) {
  const std::string rest = " --lambda 1e5 --mess 1e8 --tanb 10";
  // Formerly without end (a five-fold content search in every iteration); now a status.
  expect_quick("point --method modern --n 100,100,100" + rest, 0, {"status:"});
  expect_quick("point --method modern --n 50,50,50" + rest, 0, {"status:"});  // took 5 s
  expect_quick("point --method modern --n 100,100,100 --check-perturbativity" + rest, 0, {"status: non_perturbative"});
  expect_quick("point --method modern --n 2147483647,1,1" + rest, 3, {"--n", "exceeds the maximum messenger index 100"});
  expect_quick("point --n 1e9,1,1" + rest, 3, {"--n N1 is not a number: '1e9'"});  // overflowed into 705032704/5
  expect_quick("bench --threads 100000", 3, {"--threads must be 0 (all cores) or 1..1024, got 100000"});  // segfault
  expect_quick("point --n 1,1,1 --lambda 1e-300 --mess 1e8 --tanb 10", 3, {"--lambda", "outside the range [1000, 1e+08]"});
  expect_quick("point --n 1,1,1 --eps6 1e6" + rest, 3, {"--eps6 must be a weight in [0, 1]"});  // gave M_h = 632 GeV
  expect_quick("scan --check /dev/urandom", 5, {"/dev/urandom: the config is not a regular file"});  // hung
  const fs::path fifo = dir() / "fifo.yaml";
  fs::remove(fifo);
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  expect_quick("scan --check " + fifo.string(), 5, {"not a regular file"});  // hung
  expect_quick("scan " + fifo.string() + " -o " + (dir() / "fifo.h5").string(), 5, {"not a regular file"});
  EXPECT_FALSE(fs::exists(dir() / "fifo.h5"));
  expect_quick("table " + fifo.string(), 5, {"not a regular file"});  // a scan file that is a FIFO hung too
  expect_quick("scan --resume -o " + fifo.string(), 5, {"not a regular file"});
  const fs::path mz = write("mz.yaml", kGrid + "sm_inputs: {mz: 1e308}\n");
  expect_quick("scan --check " + mz.string(), 3, {mz.string() + ":5: sm_inputs.mz: SM input mz = 1e+308 is outside"});
  const fs::path as = write("as.yaml", kGrid + "sm_inputs:\n  alpha_s: 10\n");
  expect_quick("scan --check " + as.string(), 3, {as.string() + ":6: sm_inputs.alpha_s:", "[0.08, 0.16]"});
}

TEST(BoundedTime, AGridIsCheckedBeforeItsAxesAreBuilt) {
  // count: 2e8 allocated 1.6 GB before the error; under a 1 GB address-space limit it is now a
  // located input error at once.
  const fs::path big = write("count.yaml", "models: [[1, 1, 1]]\nlambda: {from: 1e4, to: 2e5, count: 2e8}\ntanb: [10]\nmess: [1e8]\n");
  expect_quick("scan --check " + big.string(), 3, {big.string() + ":2: lambda.count: too many values (2e8", "at most 1e+06"});
  const std::string cmd = "bash -c 'ulimit -v 1000000; exec " + std::string(GMSB_BINARY) + " scan --check " + big.string() + "'";
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[512];
  while (fgets(buf, sizeof buf, p)) out += buf;
  const int st = pclose(p);
  EXPECT_EQ(WEXITSTATUS(st), 3) << out;
  EXPECT_NE(out.find("lambda.count"), std::string::npos) << out;
  // A grid of more than 1e9 points, a step that makes too many values, more than 1e4 models.
  gmsb::testing::expect_config_value_error(
      "models: [[1, 1, 1]]\nlambda: {from: 1e4, to: 1e5, count: 1e6}\ntanb: {from: 2, to: 50, count: 1e4}\nmess: [1e8]\n",
      1, "grid", "more than 1e+09 points");
  gmsb::testing::expect_config_value_error("models: [[1, 1, 1]]\nlambda: {from: 1e4, to: 2e4, step: 1e-300}\ntanb: [10]\nmess: [1e8]\n",
                                           2, "lambda.step", "too many values");
  gmsb::testing::expect_config_value_error(
      "models: [[1, 1, 1]]\nlambda: [1e5]\ntanb: [10]\nmess: {from: 1e15, to: 1.000000000000001e15, count: 1000}\n", 4,
      "mess.count", "not strictly increasing in double precision");
  std::string many = "models:\n  - content: 5+5bar\n    variant: {gravity: {m0sq: {from: 0, to: 1, count: 10000}}}\n"
                     "  - content: 2(5+5bar)\n    variant: {gravity: {m0sq: {from: 0, to: 1, count: 10}}}\n";
  gmsb::testing::expect_config_value_error(many + "lambda: [1e5]\ntanb: [10]\nmess: [1e8]\n", 4, "models[1]",
                                           "more than 10000 models");
}

TEST(InputRanges, PointInputsHaveDocumentedRanges) {
  using gmsb::PointInput;
  const auto n = gmsb::parse_indices("1,1,1");
  EXPECT_NO_THROW(PointInput(n, 1e3, 1e4, 10).validate());
  EXPECT_NO_THROW(PointInput(n, 1e8, 1e16, 10).validate());
  for (const PointInput& bad : {PointInput(n, 999, 1e8, 10), PointInput(n, 1.0001e8, 1e9, 10), PointInput(n, 1e5, 1.0001e16, 10),
                                PointInput(n, 1e-300, 1e8, 10), PointInput(n, NAN, 1e8, 10), PointInput(n, 1e5, INFINITY, 10),
                                PointInput(n, 1e5, 1e8, NAN), PointInput(n, 1e5, 1e5, 10)})
    EXPECT_THROW(bad.validate(), gmsb::InputError) << bad.lambda_gev << " " << bad.mess_gev << " " << bad.tanb;
  PointInput heavy(n, 1e5, 1e8, 10);
  heavy.variant.extra_sets.push_back(gmsb::MessengerSet::from_content(gmsb::parse_content("5+5bar"), 1e5, 2e16));
  EXPECT_THROW(heavy.validate(), gmsb::InputError);  // every messenger set has M <= 1e16 GeV
  // The same ranges in a config, located at their keys.
  gmsb::testing::expect_config_value_error("models: [[1, 1, 1]]\nlambda: [500, 1e5]\ntanb: [10]\nmess: [1e8]\n", 2, "lambda",
                                           "outside the range [1000, 1e+08] GeV");
  gmsb::testing::expect_config_value_error("models: [[1, 1, 1]]\nlambda: [1e5]\ntanb: [10]\nmess: [1e8, 1e17]\n", 4, "mess",
                                           "above the maximum 1e+16 GeV");
  gmsb::testing::expect_config_value_error("models: [[101, 1, 1]]\nlambda: [1e5]\ntanb: [10]\nmess: [1e8]\n", 1, "models",
                                           "N1 = 101 exceeds the maximum messenger index 100");
}

TEST(InputRanges, SmInputsAndSettingsHaveDocumentedRanges) {
  EXPECT_NO_THROW(gmsb::SMInputs::kn99().validate());
  EXPECT_NO_THROW(gmsb::SMInputs::pdg2024().validate());
  const std::pair<double gmsb::SMInputs::*, double> bad[] = {
      {&gmsb::SMInputs::mz, 1e308}, {&gmsb::SMInputs::mz, 80},        {&gmsb::SMInputs::gf, 1},
      {&gmsb::SMInputs::alpha_em_inv, 1}, {&gmsb::SMInputs::sin2w, 0.5}, {&gmsb::SMInputs::alpha_s, 10},
      {&gmsb::SMInputs::mt_pole, 1000}, {&gmsb::SMInputs::mb_mb, 0.001}, {&gmsb::SMInputs::mtau_pole, NAN}};
  for (const auto& [field, value] : bad) {
    gmsb::SMInputs sm;
    sm.*field = value;
    EXPECT_THROW(sm.validate(), gmsb::InputError) << value;
    EXPECT_THROW(gmsb::SpectrumCalculator(sm, gmsb::Settings::kn99()), gmsb::InputError) << value;
  }
  EXPECT_THROW(gmsb::SMInputs::validate_input("alpha_x", 0.1), gmsb::InputError);
  gmsb::Settings s;
  s.max_iterations = 1001;  // bounded time: at most 1000 M_SUSY iterations
  EXPECT_THROW(s.validate(), gmsb::InputError);
  s = gmsb::Settings{};
  s.ode_rel_tol = 1e-16;  // below what double precision can meet: only burns ODE steps
  EXPECT_THROW(s.validate(), gmsb::InputError);
  s = gmsb::Settings{};
  s.gut_scale_gev = 1e300;
  EXPECT_THROW(s.validate(), gmsb::InputError);
}

TEST(InputRanges, ConfigFilesAreRegularTextFilesUnder1MiB) {
  const fs::path good = write("good.yaml", kGrid);
  expect_quick("scan --check " + good.string(), 0, {good.string() + ": ok: 1 points"});
  EXPECT_FALSE(fs::exists(dir() / "good.h5"));  // --check touches no file
  std::string text = kGrid + "# " + std::string(1 << 20, 'x') + "\n";
  const fs::path big = write("big.yaml", text);
  expect_quick("scan --check " + big.string(), 5, {"more than the limit of 1048576 (1 MiB)"});
  expect_quick("scan --check " + dir().string(), 5, {"not a regular file"});
  expect_quick("scan --check " + (dir() / "missing.yaml").string(), 5, {"does not exist"});
  const fs::path empty = write("empty.yaml", "# only a comment\n");
  expect_quick("scan --check " + empty.string(), 4, {empty.string() + ":1: config: the file has no keys"});
  const fs::path nul = write("nul.yaml", kGrid + "description: a");
  { std::ofstream(nul, std::ios::app) << '\0' << "b\n"; }
  expect_quick("scan --check " + nul.string(), 4, {nul.string() + ":5: config: the file contains a NUL byte"});
  const fs::path cr = write("cr.yaml", kGrid + "meth\rod: kn99\n");
  expect_quick("scan --check " + cr.string(), 4, {cr.string() + ":5: meth\\x0dod: unknown key"});
  expect_quick("scan --check " + good.string() + " --threads 1025", 3, {"--threads must be 0 (all cores) or 1..1024"});
  expect_quick("scan --check " + good.string() + " --resume", 2, {"excludes"});
}

}  // namespace

namespace {
TEST(InputRanges, PointErrorsNameTheirOption) {
  const std::string n = "point --n 1,1,1 ";
  expect_quick(n + "--lambda 1e9 --mess 1e10 --tanb 10", 3, {"--lambda Lambda = 1e+09 GeV is outside"});
  expect_quick(n + "--lambda 1e5 --mess 1e17 --tanb 10", 3, {"--mess the messenger scale M = 1e+17 GeV is above"});
  expect_quick(n + "--lambda 1e5 --mess 1e4 --tanb 10", 3, {"--mess the messenger scale M = 10000 GeV must exceed"});
  expect_quick(n + "--lambda 1e5 --mess 1e8 --tanb 1", 3, {"--tanb tan(beta) = 1"});
  expect_quick(n + "--lambda 1e5 --mess 1e8 --tanb 10 --sign-mu 3", 3, {"--sign-mu sign(mu) must be +1 or -1"});
  expect_quick(n + "--lambda 1e5 --mess 1e8 --tanb 10 --heavy 1,1,1 --heavy-lambda 1e5 --heavy-mess 2e16", 3,
               {"--heavy/--heavy-lambda/--heavy-mess messenger set 2: M = 2e+16 GeV is above"});
  expect_quick(n + "--lambda 1e5 --mess 1e8 --tanb 10 --m0sq 1 --mgrav 1e20", 3, {"--mgrav the gravity-mediation scale"});
  expect_quick("point --seed002 triplets --m 3e4 --tanb 0.5", 3, {"--tanb tan(beta) must be >= 1"});
  expect_quick("point --seed002 triplets --m 3e4 --mx 1e17 --tanb 10", 3, {"--seed002/--m/--mx/--md/--m1 the messenger scale"});
  expect_quick("point --content '101(5+5bar)' --lambda 1e5 --mess 1e8 --tanb 10", 3, {"--content the indices of messenger content"});
}
}  // namespace
