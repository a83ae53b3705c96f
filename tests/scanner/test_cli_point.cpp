// The `gmsb point` and `gmsb models` commands end to end (output keys, errors, exit codes).
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "gmsb/spectrum_calculator.hpp"
#include "io/slha/slha_writer.hpp"
#include "internal_namespaces.hpp"
#include "run_gmsb.hpp"

namespace {

using gmsb::testing::CommandOutput;
using gmsb::testing::run_gmsb;

}  // namespace

TEST(CliPoint, JsonHasTheDocumentedKeys) {
  const CommandOutput r = run_gmsb("point --n 1,3,4 --lambda 1e5 --mess 1e8 --tanb 29 --json");
  ASSERT_EQ(r.status, 0) << r.out;
  const auto j = nlohmann::ordered_json::parse(r.out);
  for (const char* key : {"mh", "mH", "mA", "mu", "B", "mstau1_sq", "mstau1", "mstop1", "mstop2", "mgluino", "msusy"})
    EXPECT_TRUE(j.contains(key) && j.at(key).is_number()) << key << " in " << r.out;
  EXPECT_EQ(j.at("status"), nlohmann::ordered_json::array()) << r.out;
  // The warning names (gmsb/status.hpp WarningBit), the last key.
  ASSERT_TRUE(j.contains("warnings")) << r.out;
  EXPECT_TRUE(j.at("warnings").is_array()) << r.out;
  EXPECT_EQ(std::prev(j.end()).key(), "warnings") << r.out;
}

TEST(CliPoint, FractionalN1AndStatusNames) {
  const CommandOutput r = run_gmsb("point --n 14/5,4,1 --lambda 1e5 --mess 1e8 --tanb 29 --json");
  ASSERT_EQ(r.status, 0) << r.out;
  const auto j = nlohmann::ordered_json::parse(r.out);
  const auto& st = j.at("status");
  EXPECT_NE(std::find(st.begin(), st.end(), "no_ewsb"), st.end()) << r.out;
  EXPECT_TRUE(j.at("mh").is_null()) << r.out;
}

TEST(CliPoint, ContentAndHumanOutput) {
  const CommandOutput r = run_gmsb("point --content 5+5bar --lambda 1e5 --mess 1e8 --tanb 29 --sign-mu -1");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("m_h ="), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("N = (1,1,1)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nwarnings: none\n"), std::string::npos) << r.out;  // this point has none
}

TEST(CliPoint, HiggsEftSwitch) {
  // Method modern with stops at ~3.6 TeV: the resummed EFT m_h (default) is above the two-loop
  // leading-log one (--higgs-eft off) by 2.1 GeV (docs/validation.md).
  auto mh = [](const std::string& extra) {
    const CommandOutput r = run_gmsb("point --method modern --n 1,1,1 --lambda 4e5 --mess 8e5 --tanb 15 --json " + extra);
    EXPECT_EQ(r.status, 0) << r.out;
    const auto j = nlohmann::ordered_json::parse(r.out, nullptr, /*allow_exceptions=*/false);
    return j.is_object() && j.contains("mh") && j["mh"].is_number() ? j["mh"].get<double>() : 0.0;
  };
  const double on = mh(""), off = mh("--higgs-eft off");
  EXPECT_NEAR(on - off, 2.1, 0.5);
}

TEST(CliPoint, BadInputsGiveClearErrors) {
  // Exit codes (docs/errors.md): 2 usage (command-line syntax), 3 input (a bad value).
  struct Case {
    const char* args;
    int status;
    const char* message;
  };
  const Case cases[] = {
      {"point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 0.5", 3, "tan(beta) must be >= 1"},
      {"point --n 1,1,1 --lambda 1e5 --mess 1e4 --tanb 10", 3, "must exceed Lambda"},
      {"point --n 1,1,1 --lambda -5 --mess 1e8 --tanb 10", 3, "Lambda must be a positive"},
      {"point --n -1,1,1 --lambda 1e5 --mess 1e8 --tanb 10", 3, "must not be negative"},
      {"point --n 1,1,1 --lambda abc --mess 1e8 --tanb 10", 3, "--lambda: must be a number, got 'abc'"},
      {"point --n 1,1,1 --mess 1e8 --tanb 10", 2, "missing --lambda"},
      {"point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 10 --bogus 3", 2, "unknown option --bogus"},
      {"point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 10 --method foo", 3, "unknown method"},
      {"point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 10 --method modern --higgs-eft maybe", 3, "--higgs-eft must be on"},
      {"nonsense", 2, "unknown command"},
  };
  for (const auto& c : cases) {
    const CommandOutput r = run_gmsb(c.args);
    EXPECT_EQ(r.status, c.status) << c.args << ": " << r.out;
    EXPECT_NE(r.out.find(c.message), std::string::npos) << c.args << ": " << r.out;
  }
}

TEST(CliModels, ListsThe32Sectors) {
  const CommandOutput r = run_gmsb("models");
  ASSERT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("32 messenger sectors"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("D+4L"), std::string::npos);
  const CommandOutput j = run_gmsb("models --json");
  ASSERT_EQ(j.status, 0);
  const auto list = nlohmann::ordered_json::parse(j.out);
  ASSERT_EQ(list.size(), 32u) << j.out;
  EXPECT_TRUE(std::any_of(list.begin(), list.end(), [](const auto& m) { return m.at("N") == "14/5,4,1"; })) << j.out;
}

TEST(CliMain, HelpAndVersion) {
  EXPECT_EQ(run_gmsb("--help").status, 0);
  const CommandOutput v = run_gmsb("--version");
  EXPECT_EQ(v.status, 0);
  EXPECT_NE(v.out.find("gmsb "), std::string::npos);
}

TEST(SlhaWriter, SpinfoListsEachWarningAsEntry3) {
  const gmsb::SpectrumCalculator calc(gmsb::SMInputs{}, gmsb::Settings{});
  const gmsb::PointInput in(gmsb::parse_indices("1,1,1"), 1e5, 1e8, 15, 1);
  gmsb::PointResult r = calc.compute(in);
  auto spinfo_3 = [&](const gmsb::PointResult& p) {
    std::istringstream text(gmsb::slha::write(in, p, calc.sm_inputs(), calc.settings()));
    std::vector<std::string> names;
    std::string line;
    bool in_spinfo = false;
    while (std::getline(text, line)) {
      if (line.rfind("BLOCK", 0) == 0 || line.rfind("Block", 0) == 0) in_spinfo = line.find("SPINFO") != std::string::npos;
      std::istringstream f(line);
      std::string key, value;
      // SPINFO 3 carries the warnings and notes (docs/slha.md): keep the warnings.
      if (in_spinfo && (f >> key >> value) && key == "3" && line.find("# warning") != std::string::npos)
        names.push_back(value);
    }
    return names;
  };
  r.warnings = 0;
  EXPECT_TRUE(spinfo_3(r).empty());
  r.warnings = gmsb::bit(gmsb::WarningBit::kMsusyUnderRelaxed) | gmsb::bit(gmsb::WarningBit::kHiggsEftFallback);
  EXPECT_EQ(spinfo_3(r), (std::vector<std::string>{"msusy_under_relaxed", "higgs_eft_fallback"}));
}
