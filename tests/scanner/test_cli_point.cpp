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
#include "io/slha_writer.hpp"
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
  // The warning names (gmsb/status.hpp WarningBit), then the gravitino and NLSP keys (docs/physics.md §11).
  ASSERT_TRUE(j.contains("warnings")) << r.out;
  EXPECT_TRUE(j.at("warnings").is_array()) << r.out;
  for (const char* key : {"msneutrino_tau", "c_grav", "m_gravitino", "m_nlsp", "nlsp_width", "nlsp_ctau"})
    EXPECT_TRUE(j.contains(key) && j.at(key).is_number()) << key << " in " << r.out;
  EXPECT_EQ(j.at("nlsp_kind"), "stau") << r.out;  // the seed's point (modern): m_stau1 = 122 GeV < m_chi1 = 130 GeV
  EXPECT_EQ(j.at("nlsp_pdg"), 1000015) << r.out;
  EXPECT_EQ(j.at("m_nlsp"), j.at("mstau1")) << r.out;
  ASSERT_EQ(j.at("nlsp_decays").size(), 1u) << r.out;
  EXPECT_EQ(j.at("nlsp_decays")[0].at("pdg"), nlohmann::ordered_json::array({15, 1000039})) << r.out;
  // The default method is modern: M_h with its uncertainty, tan(beta) at M_Z (the input) and at
  // M_SUSY, and the convention, the last keys (docs/physics.md §4.5, §7.5).
  EXPECT_EQ(j.at("method"), "modern") << r.out;
  EXPECT_GT(j.at("mh_uncertainty").get<double>(), 0.0) << r.out;
  EXPECT_EQ(j.at("tanb_mz").get<double>(), 29.0) << r.out;
  EXPECT_LT(j.at("tanb_msusy").get<double>(), 29.0) << r.out;
  EXPECT_EQ(j.at("tanb_convention"), "drbar_mz") << r.out;
  EXPECT_EQ(std::prev(j.end()).key(), "tanb_convention") << r.out;
  // kn99: the seed's convention, no uncertainty estimate (null).
  const CommandOutput k = run_gmsb("point --n 1,3,4 --lambda 1e5 --mess 1e8 --tanb 29 --json --method kn99");
  ASSERT_EQ(k.status, 0) << k.out;
  const auto jk = nlohmann::ordered_json::parse(k.out);
  EXPECT_TRUE(jk.at("mh_uncertainty").is_null()) << k.out;
  EXPECT_EQ(jk.at("tanb_msusy").get<double>(), 29.0) << k.out;
  EXPECT_EQ(jk.at("tanb_convention"), "input_at_msusy") << k.out;
}

TEST(CliPoint, CGravScalesTheGravitinoMassAndTheDecayLength) {
  // m_3/2 is linear in c_grav and Gamma ~ 1/m_3/2^2, so c tau grows like c_grav^2 (docs/physics.md §11.3);
  // the spectrum is unchanged.
  const CommandOutput one = run_gmsb("point --n 1,1,1 --lambda 1e5 --mess 2e5 --tanb 15 --json");
  const CommandOutput four = run_gmsb("point --n 1,1,1 --lambda 1e5 --mess 2e5 --tanb 15 --json --c-grav 4");
  ASSERT_EQ(one.status, 0) << one.out;
  ASSERT_EQ(four.status, 0) << four.out;
  const auto a = nlohmann::ordered_json::parse(one.out), b = nlohmann::ordered_json::parse(four.out);
  EXPECT_EQ(a.at("c_grav"), 1);
  EXPECT_EQ(b.at("c_grav"), 4);
  EXPECT_NEAR(a.at("m_gravitino").get<double>(), 4.742096667e-9, 1e-17);  // SPS8: 2e10/(sqrt(3) 2.435e18) GeV
  EXPECT_NEAR(b.at("m_gravitino").get<double>() / a.at("m_gravitino").get<double>(), 4.0, 1e-9);
  EXPECT_NEAR(b.at("nlsp_ctau").get<double>() / a.at("nlsp_ctau").get<double>(), 16.0, 1e-8);
  EXPECT_EQ(a.at("mh"), b.at("mh"));
  EXPECT_EQ(a.at("m_nlsp"), b.at("m_nlsp"));
  EXPECT_EQ(a.at("nlsp_kind"), "bino");
  // Human output names the gravitino and the NLSP.
  const CommandOutput text = run_gmsb("point --n 1,1,1 --lambda 1e5 --mess 2e5 --tanb 15");
  EXPECT_NE(text.out.find("gravitino  m_3/2 = 4.742e-09 GeV (c_grav = 1)"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("NLSP       bino (PDG 1000022)"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("tau sneutrino"), std::string::npos) << text.out;
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
      {"point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 10 --c-grav 0", 3, "--c-grav must be a positive number (m_3/2 = c_grav F/(sqrt(3) Mbar_Pl)), got 0"},
      {"point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 10 --c-grav -2", 3, "--c-grav must be a positive number (m_3/2 = c_grav F/(sqrt(3) Mbar_Pl)), got -2"},
      {"point --n 1,1,1 --lambda 1e5 --mess 1e8 --tanb 10 --c-grav nan", 3, "--c-grav: must be a number"},
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
      if (in_spinfo && (f >> key >> value) && key == "3") names.push_back(value);
    }
    return names;
  };
  r.warnings = 0;
  EXPECT_TRUE(spinfo_3(r).empty());
  r.warnings = gmsb::bit(gmsb::WarningBit::kMsusyUnderRelaxed) | gmsb::bit(gmsb::WarningBit::kHiggsEftFallback);
  EXPECT_EQ(spinfo_3(r), (std::vector<std::string>{"msusy_under_relaxed", "higgs_eft_fallback"}));
}
