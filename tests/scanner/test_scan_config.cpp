// Scan configs (scanner/src/scan_config): grids, models, physics keys, and one test per kind of
// bad config, each with its "FILE:LINE: KEY: reason" message and its kind: configuration errors
// (structure: expect_config_error) or input errors (a bad value: expect_config_value_error).
#include <gtest/gtest.h>

#include <string>

#include "config/scan_config.hpp"
#include "test_helpers.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;
using namespace gmsb::scan;

namespace {



const std::string kGood =
    "models: all\n"                                // line 1
    "lambda: {from: 10000, to: 200000, step: 1000}\n"  // line 2
    "tanb: {from: 1.5, to: 60, step: 0.5}\n"       // line 3
    "mess: [1.0e8]\n";                             // line 4

}  // namespace

TEST(ScanConfig, TableOneGridHasTheStudySize) {
  const ScanConfig c = parse_scan_config(kGood, "cfg.yaml");
  // 32 sectors x (10..200 TeV step 1 TeV = 191) x (1.5..60 step 0.5 = 118) x 1.
  EXPECT_EQ(c.models.size(), 32u);
  EXPECT_EQ(c.lambda_gev.size(), 191u);
  EXPECT_EQ(c.tanb.size(), 118u);
  EXPECT_EQ(c.points(), 32u * 191u * 118u);
  EXPECT_EQ(c.lines(), 32u * 118u);
  EXPECT_DOUBLE_EQ(c.lambda_gev.back(), 200000.0);
  EXPECT_DOUBLE_EQ(c.tanb[1], 2.0);
  EXPECT_DOUBLE_EQ(c.tanb.back(), 60.0);
  // Defaults: the modern method with its PDG 2024 inputs, sign(mu) = +1.
  EXPECT_EQ(c.settings.method, HiggsMethod::kModern);
  EXPECT_DOUBLE_EQ(c.sm.mt_pole, SMInputs::pdg2024().mt_pole);
  EXPECT_EQ(c.sign_mu, 1);
}

TEST(ScanConfig, LogRangeWithCountHitsBothEndsAndIsGeometric) {
  const ScanConfig c = parse_scan_config(
      "models: [[1,1,1]]\nlambda: [1e5]\ntanb: [10]\nmess: {from: 1e6, to: 1e14, count: 5, log: true}\n", "c");
  ASSERT_EQ(c.mess_gev.size(), 5u);
  EXPECT_EQ(c.mess_gev.front(), 1e6);
  EXPECT_EQ(c.mess_gev.back(), 1e14);
  EXPECT_NEAR(c.mess_gev[2], 1e10, 1e10 * 1e-12);  // geometric midpoint
  const ScanConfig lin = parse_scan_config(
      "models: [[1,1,1]]\nlambda: {from: 1e4, to: 2e4, count: 3}\ntanb: [10]\nmess: [1e8]\n", "c");
  EXPECT_EQ(lin.lambda_gev, (std::vector<double>{1e4, 1.5e4, 2e4}));
}

TEST(ScanConfig, ModelsAsTriplesFractionsAndContents) {
  const ScanConfig c = parse_scan_config(
      "models: [[1, 3, 4], [\"14/5\", 4, 1], 5+5bar, 2Q+L, \"11/5,1,4\"]\nlambda: [1e5]\ntanb: [10]\nmess: [1e8]\n", "c");
  ASSERT_EQ(c.models.size(), 5u);
  EXPECT_EQ(c.models[0].n, parse_indices("1,3,4"));
  EXPECT_EQ(c.models[1].n, parse_indices("14/5,4,1"));
  EXPECT_EQ(c.models[2].n, parse_indices("1,1,1"));  // 5+5bar = D + L
  EXPECT_EQ(c.models[2].name, "5+5bar");              // the user's content text
  EXPECT_EQ(c.models[3].n, parse_content("2Q+L").indices());
  EXPECT_EQ(c.models[4].n, parse_indices("11/5,1,4"));
}

TEST(ScanConfig, PhysicsKeysReachSettingsAndSmInputs) {
  const ScanConfig c = parse_scan_config(kGood +
                                             "sign_mu: -1\nsettings: {preset: paper, loops: 2, eps6: 1}\n"
                                             "sm_inputs: {base: pdg2024, mt_pole: 173.0}\n",
                                         "c");
  EXPECT_EQ(c.sign_mu, -1);
  EXPECT_EQ(c.settings.mt_higgs, TopMassChoice::kFixed);  // the "paper" preset
  EXPECT_EQ(c.settings.rge_loops, 2);
  EXPECT_EQ(c.settings.eps6, 1.0);
  EXPECT_EQ(c.sm.mt_pole, 173.0);
  EXPECT_EQ(c.sm.alpha_s, SMInputs::pdg2024().alpha_s);
}

TEST(ScanConfigErrors, UnknownTopLevelKey) { gmsb::testing::expect_config_error(kGood + "lambada: 3\n", 5, "lambada", "unknown key"); }

TEST(ScanConfigErrors, UnknownNestedKey) {
  gmsb::testing::expect_config_error(kGood + "settings:\n  preset: default\n  loop: 2\n", 7, "settings.loop", "unknown key");
}

TEST(ScanConfigErrors, UnknownRangeKey) {
  gmsb::testing::expect_config_error("models: all\nlambda: {from: 1e4, to: 2e4, stepp: 10}\ntanb: [10]\nmess: [1e8]\n", 2, "lambda.stepp",
               "unknown key");
}

TEST(ScanConfigErrors, MissingRequiredKey) {
  gmsb::testing::expect_config_error("models: all\nlambda: [1e5]\ntanb: [10]\n", 1, "mess", "required key is missing");
}

TEST(ScanConfigErrors, WrongTypeNumber) {
  gmsb::testing::expect_config_error("models: all\nlambda: [1e5, lots]\ntanb: [10]\nmess: [1e8]\n", 2, "lambda", "expected a number");
}

TEST(ScanConfigErrors, WrongTypeMapForScalar) {
  gmsb::testing::expect_config_error(kGood + "method: {name: kn99}\n", 5, "method", "expected a single value");
}

TEST(ScanConfigErrors, WrongTypeModels) { gmsb::testing::expect_config_error("models: 7\nlambda: [1e5]\ntanb: [10]\nmess: [1e8]\n", 1, "models", "expected 'all'"); }

TEST(ScanConfigErrors, EmptyRange) {
  gmsb::testing::expect_config_value_error("models: all\nlambda: {from: 2e5, to: 1e4, step: 1000}\ntanb: [10]\nmess: [1e8]\n", 2, "lambda",
               "empty range");
}

TEST(ScanConfigErrors, EmptyList) { gmsb::testing::expect_config_value_error("models: all\nlambda: []\ntanb: [10]\nmess: [1e8]\n", 2, "lambda", "empty"); }

TEST(ScanConfigErrors, NonPositiveStep) {
  gmsb::testing::expect_config_value_error("models: all\nlambda: [1e5]\ntanb: {from: 2, to: 10, step: 0}\nmess: [1e8]\n", 3, "tanb.step",
               "must be positive");
}

TEST(ScanConfigErrors, NotIncreasingList) {
  gmsb::testing::expect_config_value_error("models: all\nlambda: [2e5, 1e5]\ntanb: [10]\nmess: [1e8]\n", 2, "lambda", "strictly increasing");
}

TEST(ScanConfigErrors, MessengerScaleNotAboveLambda) {
  // M <= Lambda anywhere: here M = 1.5e5 GeV below the largest Lambda = 2e5 GeV.
  gmsb::testing::expect_config_value_error("models: all\nlambda: [1e5, 2e5]\ntanb: [10]\nmess: [1.5e5, 1e8]\n", 4, "mess", "not above Lambda");
}

TEST(ScanConfigErrors, TanBetaBelowOne) {
  gmsb::testing::expect_config_value_error("models: all\nlambda: [1e5]\ntanb: {from: 0.5, to: 10, step: 0.5}\nmess: [1e8]\n", 3, "tanb",
               "must be >= 1");
}

TEST(ScanConfigErrors, TanBetaEqualToOne) {
  gmsb::testing::expect_config_value_error("models: all\nlambda: [1e5]\ntanb: [1, 2]\nmess: [1e8]\n", 3, "tanb", "singular");
}

TEST(ScanConfigErrors, NegativeLambda) {
  gmsb::testing::expect_config_value_error("models: all\nlambda: [-1e5, 1e5]\ntanb: [10]\nmess: [1e8]\n", 2, "lambda", "must be positive");
}

TEST(ScanConfigErrors, BadSignMu) { gmsb::testing::expect_config_value_error(kGood + "sign_mu: 2\n", 5, "sign_mu", "+1 or -1"); }

TEST(ScanConfigErrors, BadCGrav) {
  gmsb::testing::expect_config_value_error(kGood + "c_grav: 0\n", 5, "c_grav", "must be a positive number");
  gmsb::testing::expect_config_value_error(kGood + "c_grav: -3\n", 5, "c_grav", "must be a positive number");
}

TEST(ScanConfigErrors, BadMethod) { gmsb::testing::expect_config_value_error(kGood + "method: nnlo\n", 5, "method", "unknown method"); }

TEST(ScanConfigErrors, BadPreset) {
  gmsb::testing::expect_config_value_error(kGood + "settings: {preset: fancy}\n", 5, "settings.preset", "default or paper");
}

TEST(ScanConfigErrors, BadLoops) { gmsb::testing::expect_config_value_error(kGood + "settings: {loops: 3}\n", 5, "settings.loops", "1 or 2"); }

TEST(ScanConfigErrors, BadSmInputsName) { gmsb::testing::expect_config_value_error(kGood + "sm_inputs: pdg1999\n", 5, "sm_inputs", "kn99 or pdg2024"); }

TEST(ScanConfigErrors, BadSmOverride) {
  gmsb::testing::expect_config_value_error(kGood + "sm_inputs:\n  mt_pole: -3\n", 6, "sm_inputs.mt_pole", "must be positive");
}

TEST(ScanConfigErrors, BadContent) {
  gmsb::testing::expect_config_value_error("models: [5+5bar, 3X]\nlambda: [1e5]\ntanb: [10]\nmess: [1e8]\n", 1, "models", "3X");
}

TEST(ScanConfigErrors, BadTriple) {
  gmsb::testing::expect_config_error("models: [[1, 3]]\nlambda: [1e5]\ntanb: [10]\nmess: [1e8]\n", 1, "models", "needs 3 entries");
}

TEST(ScanConfigErrors, DuplicateModel) {
  gmsb::testing::expect_config_value_error("models: [[1,1,1], 5+5bar]\nlambda: [1e5]\ntanb: [10]\nmess: [1e8]\n", 1, "models", "listed twice");
}

TEST(ScanConfigErrors, LogRangeWithStep) {
  gmsb::testing::expect_config_error("models: all\nlambda: [1e5]\ntanb: [10]\nmess: {from: 1e6, to: 1e9, step: 10, log: true}\n", 4,
               "mess.log", "needs 'count'");
}

TEST(ScanConfigErrors, YamlSyntax) { gmsb::testing::expect_config_error("models: [1, 2\nlambda: 3\n", 2, "yaml", "sequence"); }

TEST(ScanConfigErrors, MissingFile) {
  EXPECT_THROW(load_scan_config("/nonexistent/cfg.yaml"), gmsb::IoError);  // a file that cannot be read: I/O (exit 5)
}

TEST(ScanConfig, ShippedConfigsParse) {
  for (const char* name : {"default", "kn99-table1", "kn99-figure1", "kn99-table2", "overnight"}) {
    const std::string path = std::string(GMSB_SOURCE_DIR) + "/configs/" + name + ".yaml";
    EXPECT_NO_THROW(load_scan_config(path)) << path;
  }
  const ScanConfig fig = load_scan_config(std::string(GMSB_SOURCE_DIR) + "/configs/kn99-figure1.yaml");
  ASSERT_EQ(fig.models.size(), 2u);
  EXPECT_EQ(fig.models[1].n, parse_indices("1,3,4"));
  const ScanConfig t2 = load_scan_config(std::string(GMSB_SOURCE_DIR) + "/configs/kn99-table2.yaml");
  EXPECT_EQ(t2.lambda_gev, (std::vector<double>{5e4, 1e5, 2e5}));
}
