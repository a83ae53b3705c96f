// Model variants in scan configs (scanner/src/scan_model_config): every variant key parsed into
// the library's ModelVariant, one test per new kind of bad config, the expansion of list values
// into models, /models/variant_json read back, a variant scan equal to SpectrumCalculator::compute,
// and the shipped configs pt97-hybrid / t97-flipped end to end (scan, table, plot).
#include <gtest/gtest.h>
#include <hdf5.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dense_results.hpp"
#include <string>

#include "gmsb/model_variants.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "config/scan_config.hpp"
#include "test_helpers.hpp"
#include "scan/scan_driver.hpp"
#include "io/scan_file.hpp"
#include "io/scan_file_reader.hpp"
#include "io/json_values.hpp"
#include "internal_namespaces.hpp"
#include "dense_results.hpp"

using namespace gmsb;
using namespace gmsb::scan;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir() { return gmsb::testing::scratch_dir("scan_variants"); }


const std::string kGrid = "lambda: [30000, 60000, 100000]\ntanb: [5, 20]\nmess: [1.0e8]\n";

ScanConfig parse(const std::string& models_yaml, const std::string& grid = kGrid) {
  return parse_scan_config(models_yaml + grid, "cfg.yaml");
}

std::string read_text(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

/// Runs a shell command; returns the exit status, stdout in out and stderr in err.
int run(const std::string& cmd, std::string& out, std::string& err) {
  const fs::path o = temp_dir() / "out.txt", e = temp_dir() / "err.txt";
  const int rc = std::system((cmd + " >" + o.string() + " 2>" + e.string()).c_str());
  out = read_text(o);
  err = read_text(e);
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

}  // namespace

// ---- parsing: each key reaches the library's types ----

TEST(ScanVariantConfig, ExtraSetsByContentAndByIndices) {
  const ScanConfig c = parse(
      "models:\n"
      "  - content: 2(5+5bar)\n"
      "    variant:\n"
      "      extra_sets: [{content: 5+5bar, lambda_ratio: 1.0, mess: 1.0e13}, {n: [0, 1, 0], lambda: 2.0e4, mess: 1.0e10}]\n");
  ASSERT_EQ(c.models.size(), 1u);
  const ScanModel& m = c.models[0];
  EXPECT_EQ(m.n, parse_indices("2,2,2"));
  ASSERT_TRUE(m.variant.primary_content.has_value());
  EXPECT_EQ(m.variant.primary_content->indices(), parse_indices("2,2,2"));
  ASSERT_EQ(m.variant.extra_sets.size(), 2u);
  const MessengerSet& a = m.variant.extra_sets[0];
  ASSERT_TRUE(a.content.has_value());
  EXPECT_EQ(a.n, parse_indices("1,1,1"));
  EXPECT_EQ(a.lambda_ratio, 1.0);
  EXPECT_EQ(a.lambda_gev, 0.0);
  EXPECT_EQ(a.mess_gev, 1e13);
  const MessengerSet& b = m.variant.extra_sets[1];
  EXPECT_FALSE(b.content.has_value());
  EXPECT_EQ(b.n, parse_indices("0,1,0"));
  EXPECT_EQ(b.lambda_gev, 2e4);
  EXPECT_EQ(b.mess_gev, 1e10);
  EXPECT_FALSE(m.minimal());
  EXPECT_EQ(m.name, "2(5+5bar)");  // nothing expanded: the content text
}

TEST(ScanVariantConfig, SupertraceGravityAndSettingsKey) {
  const ScanConfig c = parse(
      "models:\n"
      "  - n: [1, 1, 1]\n"
      "    variant:\n"
      "      supertrace: {s: -1.0e7, lambda_uv: 1.0e13}\n"
      "      gravity: {m0sq: -576, a0: 10, m12: 20, scale: 2.0e18}\n"
      "  - n: \"1,1,1\"\n"
      "    name: ratio\n"
      "    variant: {supertrace: {s_ratio: 0.5, lambda_uv: 1.0e12}}\n"
      "settings: {check_perturbativity: true}\n");
  ASSERT_EQ(c.models.size(), 2u);
  const ModelVariant& v = c.models[0].variant;
  EXPECT_EQ(c.models[0].name, "5+5bar");  // the seed's sector name of (1,1,1)
  EXPECT_EQ(v.supertrace.s_gev2, -1e7);
  EXPECT_EQ(v.supertrace.lambda_uv_gev, 1e13);
  EXPECT_TRUE(v.gravity.enabled);
  EXPECT_EQ(v.gravity.m0_sq_gev2, -576.0);
  EXPECT_EQ(v.gravity.a0_gev, 10.0);
  EXPECT_EQ(v.gravity.m12_gev, 20.0);
  EXPECT_EQ(v.gravity.scale_gev, 2e18);
  EXPECT_EQ(c.models[1].variant.supertrace.s_ratio, 0.5);
  EXPECT_EQ(c.models[1].variant.supertrace.s_gev2, 0.0);
  EXPECT_EQ(c.models[1].name, "ratio");
  EXPECT_TRUE(c.settings.check_perturbativity_to_gut);
  EXPECT_FALSE(parse("models: [[1,1,1]]\n").settings.check_perturbativity_to_gut);  // off by default
  EXPECT_EQ(gmsb::json::Json::parse(settings_json(c.settings)).at("check_perturbativity_to_gut"), 1);
}

TEST(ScanVariantConfig, DTermChargesFlippedAndExplicit) {
  const ScanConfig c = parse(
      "models:\n"
      "  - n: [1, 1, 1]\n"
      "    variant: {dterm: {m: 300, scale: 1.0e16, charges_flipped: [-4, 4]}}\n"
      "  - n: [1, 1, 1]\n"
      "    name: explicit\n"
      "    variant: {dterm: {m: 200, charges: {q: 1, u: 2, d: 3, l: 4, e: 5, hu: -6, hd: 7}}}\n");
  ASSERT_EQ(c.models.size(), 2u);
  const DTerm& d = c.models[0].variant.dterm;
  EXPECT_TRUE(d.enabled);
  EXPECT_EQ(d.m_gev, 300.0);
  EXPECT_EQ(d.scale_gev, 1e16);
  const U1Charges want = U1Charges::flipped_su5(-4, 4);
  EXPECT_EQ(d.charges.q, want.q);
  EXPECT_EQ(d.charges.u, want.u);
  EXPECT_EQ(d.charges.e, want.e);
  EXPECT_EQ(d.charges.hu, want.hu);
  EXPECT_EQ(d.charges.hd, want.hd);
  // docs/models.md worked example: (q_Z1, q_Z) = (-4, 4) gives q = 1 for the sfermions, q(H_u) = -2.
  EXPECT_EQ(d.charges.q, 1.0);
  EXPECT_EQ(d.charges.hu, -2.0);
  const DTerm& e = c.models[1].variant.dterm;
  EXPECT_EQ(e.scale_gev, 1e16);  // default M_D
  EXPECT_EQ(e.charges.q, 1.0);
  EXPECT_EQ(e.charges.e, 5.0);
  EXPECT_EQ(e.charges.hu, -6.0);
  EXPECT_EQ(e.charges.hd, 7.0);
}

TEST(ScanVariantConfig, Seed002EntryUsesTheLibraryModelAtTheGridPoint) {
  const ScanConfig c = parse("models:\n  - seed002: {case: triplets+doublets, m1: seed-literal}\n",
                             "lambda: [40000, 80000]\ntanb: [10]\nmess: [1.0e16]\n");
  ASSERT_EQ(c.models.size(), 1u);
  const ScanModel& m = c.models[0];
  ASSERT_TRUE(m.seed002.has_value());
  EXPECT_EQ(m.seed002->which, Seed002Case::kTripletsDoublets);
  EXPECT_EQ(m.seed002->m1, Seed002M1::kSeedLiteral);
  EXPECT_EQ(m.name, "seed002 triplets+doublets");  // the case is always named; a single m1 is not
  // The point at (Lambda, M): seed002_model(m = Lambda/2, M_X = M).
  const PointInput in = m.input(8e4, 1e16, 10, 1);
  const Seed002Model want = seed002_model(Seed002Case::kTripletsDoublets, 4e4, 1e16, 0, Seed002M1::kSeedLiteral);
  EXPECT_EQ(in.n, want.n);
  EXPECT_EQ(in.lambda_gev, 8e4);
  EXPECT_EQ(in.mess_gev, 1e16);
  ASSERT_EQ(in.variant.extra_sets.size(), 1u);
  EXPECT_EQ(in.variant.extra_sets[0].lambda_for(in.lambda_gev), 1.5 * 8e4);  // Lambda_D = 3m
  EXPECT_TRUE(in.variant.seed002_literal_m1);
  EXPECT_EQ(m.n, parse_indices("4/5,0,2"));  // two D-type pairs (2/5, 0, 1)
  const ScanConfig md = parse("models:\n  - seed002: {case: triplets+doublets, md: 1.0e14}\n",
                              "lambda: [40000]\ntanb: [10]\nmess: [1.0e16]\n");
  EXPECT_EQ(md.models[0].input(4e4, 1e16, 10, 1).variant.extra_sets[0].mess_gev, 1e14);
}

// ---- expansion ----

TEST(ScanVariantConfig, ListValuesExpandIntoModelsFirstKeyOutermost) {
  const ScanConfig c = parse(
      "models:\n"
      "  - content: 5+5bar\n"
      "    variant:\n"
      "      supertrace: {s: [-1.0e6, 1.0e6], lambda_uv: 1.0e13}\n"
      "      gravity: {m0sq: {from: 0, to: 200, step: 100}}\n"
      "  - [1, 3, 4]\n");
  ASSERT_EQ(c.models.size(), 7u);
  const double s[] = {-1e6, -1e6, -1e6, 1e6, 1e6, 1e6};
  const double m0[] = {0, 100, 200, 0, 100, 200};
  for (int i = 0; i < 6; ++i) {
    EXPECT_EQ(c.models[i].n, parse_indices("1,1,1"));
    EXPECT_EQ(c.models[i].variant.supertrace.s_gev2, s[i]) << i;
    EXPECT_EQ(c.models[i].variant.gravity.m0_sq_gev2, m0[i]) << i;
    EXPECT_EQ(c.models[i].variant.supertrace.lambda_uv_gev, 1e13);
  }
  EXPECT_EQ(c.models[0].name, "5+5bar s=-1e6 GeV^2 m0sq=0 GeV^2");
  EXPECT_EQ(c.models[5].name, "5+5bar s=1e6 GeV^2 m0sq=200 GeV^2");
  EXPECT_TRUE(c.models[6].minimal());
  EXPECT_EQ(c.models[6].variant_json, "{}");
  EXPECT_EQ(c.points(), 7u * 3u * 2u);
  // T97: a list of cases.
  const ScanConfig d = parse("models:\n  - seed002: {case: [triplets, triplets+doublets], m1: corrected}\n",
                             "lambda: [40000]\ntanb: [10]\nmess: [1.0e16]\n");
  ASSERT_EQ(d.models.size(), 2u);
  EXPECT_EQ(d.models[0].name, "seed002 triplets");
  EXPECT_EQ(d.models[1].name, "seed002 triplets+doublets");
  EXPECT_EQ(d.models[1].seed002->which, Seed002Case::kTripletsDoublets);
}

// ---- one test per new kind of bad config ----

TEST(ScanVariantConfigErrors, UnknownKeys) {
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    colour: red\n" + kGrid, 3, "models[0].colour", "unknown key");
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    variant: {supertrace: {s: 1, cutoff: 2}}\n" + kGrid, 3,
               "models[0].variant.supertrace.cutoff", "unknown key (expected s, s_ratio, lambda_uv)");
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    variant: {moduli: {}}\n" + kGrid, 3, "models[0].variant.moduli",
               "unknown key");
}

TEST(ScanVariantConfigErrors, PrimarySetGivenTwiceOrNotAtAll) {
  gmsb::testing::expect_config_error("models:\n  - {content: 5+5bar, n: [1, 1, 1]}\n" + kGrid, 2, "models[0]",
               "give exactly one of content, n or seed002");
  gmsb::testing::expect_config_error("models:\n  - {name: x}\n" + kGrid, 2, "models[0]", "give exactly one of content, n or seed002");
  gmsb::testing::expect_config_value_error("models:\n  - {content: 5+6bar}\n" + kGrid, 2, "models[0].content", "");
}

TEST(ScanVariantConfigErrors, ExtraSetNeedsOneLambdaAndAMass) {
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    variant:\n      extra_sets: [{n: [1,1,1], lambda: 1, lambda_ratio: 1, mess: 1e13}]\n" +
                   kGrid,
               4, "models[0].variant.extra_sets[0]", "exactly one of lambda (GeV) or lambda_ratio");
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    variant:\n      extra_sets: [{n: [1,1,1], lambda: 1e4}]\n" + kGrid, 4,
               "models[0].variant.extra_sets[0]", "'mess' (GeV) is missing");
}

TEST(ScanVariantConfigErrors, SupertraceNeedsOneSize) {
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    variant: {supertrace: {lambda_uv: 1e13}}\n" + kGrid, 3,
               "models[0].variant.supertrace", "exactly one of s (GeV^2) or s_ratio");
}

TEST(ScanVariantConfigErrors, GravityNeedsAValue) {
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    variant: {gravity: {scale: 1e18}}\n" + kGrid, 3,
               "models[0].variant.gravity", "at least one of m0sq");
}

TEST(ScanVariantConfigErrors, DTermCharges) {
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    variant: {dterm: {m: 300}}\n" + kGrid, 3, "models[0].variant.dterm",
               "exactly one of charges");
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    variant: {dterm: {m: 300, charges_flipped: [1, 2, 3]}}\n" + kGrid, 3,
               "models[0].variant.dterm.charges_flipped", "two numbers [q_Z1, q_Z]");
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    variant: {dterm: {m: 300, charges: {q: 1}}}\n" + kGrid, 3,
               "models[0].variant.dterm.charges", "the charge 'u' is missing");
  gmsb::testing::expect_config_error("models:\n  - content: 5+5bar\n    variant: {dterm: {charges_flipped: [-4, 4]}}\n" + kGrid, 3,
               "models[0].variant.dterm", "'m' (GeV) is missing");
}

TEST(ScanVariantConfigErrors, Seed002Choices) {
  const std::string grid = "lambda: [40000]\ntanb: [10]\nmess: [1.0e16]\n";
  gmsb::testing::expect_config_value_error("models:\n  - seed002: {case: doublets}\n" + grid, 2, "models[0].seed002.case",
               "must be one of triplets, triplets+doublets, got 'doublets'");
  gmsb::testing::expect_config_error("models:\n  - seed002: {m1: corrected}\n" + grid, 2, "models[0].seed002", "'case'");
  gmsb::testing::expect_config_value_error("models:\n  - seed002: {case: [triplets, triplets]}\n" + grid, 2, "models[0].seed002.case",
               "listed twice");
}

TEST(ScanVariantConfigErrors, ExpandedListMustIncrease) {
  gmsb::testing::expect_config_value_error("models:\n  - content: 5+5bar\n    variant: {supertrace: {s: [2, 1], lambda_uv: 1e13}}\n" + kGrid, 3,
               "models[0].variant.supertrace.s", "strictly increasing");
}

TEST(ScanVariantConfigErrors, VariantInvalidOnTheGridNamesTheModelAndPoint) {
  // validate_variant: the supertrace cutoff must exceed M (here 1e8 > 1e7).
  gmsb::testing::expect_config_value_error("models:\n  - [1, 3, 4]\n  - content: 5+5bar\n    variant: {supertrace: {s: 1e6, lambda_uv: 1.0e7}}\n" + kGrid,
               3, "models[1]", "Lambda_UV = 1e+07 GeV must exceed the light messenger mass M = 1e+08 GeV");
  // An extra set with Lambda_i = ratio x Lambda above its mass at the largest Lambda only.
  gmsb::testing::expect_config_value_error("models:\n  - content: 5+5bar\n    variant: {extra_sets: [{n: [1,1,1], lambda_ratio: 1, mess: 8.0e4}]}\n" +
                   kGrid,
               2, "models[0]", "(at Lambda = 100000 GeV, M = 1e+08 GeV)");
  // seed002_model: the literal M1 belongs to case 1.
  gmsb::testing::expect_config_value_error("models:\n  - seed002: {case: triplets, m1: seed-literal}\nlambda: [40000]\ntanb: [10]\nmess: [1.0e16]\n",
               2, "models[0]", "the literal 43/30 M1 belongs to case 1");
}

TEST(ScanVariantConfigErrors, DuplicateNamesAndModels) {
  gmsb::testing::expect_config_value_error("models:\n  - seed002: {case: triplets}\n  - seed002: {case: triplets}\n"
               "lambda: [40000]\ntanb: [10]\nmess: [1.0e16]\n",
               3, "models", "listed twice");
  gmsb::testing::expect_config_value_error("models:\n  - seed002: {case: triplets}\n  - seed002: {case: triplets}\n    variant: {gravity: {m0sq: 1}}\n"
               "lambda: [40000]\ntanb: [10]\nmess: [1.0e16]\n",
               3, "models[1]", "two models are named 'seed002 triplets'");
}

// ---- the file and the physics ----

TEST(ScanVariantFile, VariantJsonIsStoredAndReadBackAndMayBeAbsent) {
  const std::string text =
      "models:\n"
      "  - [1, 1, 1]\n"
      "  - content: 5+5bar\n"
      "    name: hybrid\n"
      "    variant: {supertrace: {s: [-1.0e6, 1.0e6], lambda_uv: 1.0e13}, gravity: {m0sq: 576}}\n"
      "lambda: [30000, 60000]\ntanb: [10]\nmess: [1.0e8]\n";
  const ScanConfig cfg = parse_scan_config(text, "v.yaml");
  const fs::path out = temp_dir() / "variant_json.h5";
  {
    ScanFileWriter w = ScanFileWriter::create(out.string(), cfg, ScanMeta{});
    w.publish();
    w.close();
  }
  const ScanFileData d = read_scan_file(out.string(), false);
  ASSERT_EQ(d.model_variant_json.size(), 3u);
  EXPECT_EQ(d.model_variant_json[0], "{}");
  for (int i = 0; i < 3; ++i) EXPECT_EQ(d.model_variant_json[i], cfg.models[i].variant_json);
  EXPECT_EQ(d.model_names[1], "hybrid s=-1e6 GeV^2");
  using gmsb::json::Json;
  EXPECT_EQ(Json::parse(d.model_variant_json[1]).at("supertrace"), Json::parse(R"({"s": -1000000, "lambda_uv": 1e+13})"))
      << d.model_variant_json[1];
  EXPECT_EQ(Json::parse(d.model_variant_json[2]).at("gravity"),
            Json::parse(R"({"m0sq": 576, "a0": 0, "m12": 0, "scale": 2.4e+18})"))
      << d.model_variant_json[2];
  {
    const gmsb::scanfile::ScanFileReader reader(out.string());  // closed before the file is changed below
    EXPECT_EQ(reader.info().model_variant_json, d.model_variant_json);
    ASSERT_EQ(reader.info().model_variants.size(), 3u);
    EXPECT_TRUE(reader.info().model_variants[0].empty());
    EXPECT_EQ(reader.info().model_variants[1].at("supertrace").at("s"), -1e6);
  }
  // A file written before the dataset existed reads with empty strings.
  {
    const hid_t f = H5Fopen(out.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    ASSERT_GE(f, 0);
    ASSERT_GE(H5Ldelete(f, "models/variant_json", H5P_DEFAULT), 0);
    H5Fclose(f);
  }
  EXPECT_EQ(read_scan_file(out.string(), false).model_variant_json, std::vector<std::string>(3, ""));
  EXPECT_EQ(gmsb::scanfile::ScanFileReader(out.string()).info().model_variant_json, std::vector<std::string>(3, ""));
}

TEST(ScanVariantDriver, VariantScanEqualsComputeAtTheSameInputs) {
  // Two tiny scans: the PT97 hybrid at M = 1e8 and T97 (case 1 with D-term) at M_X = 1e16.
  const std::string hybrid =
      "models:\n  - content: 2(5+5bar)\n    variant:\n"
      "      extra_sets: [{content: 5+5bar, lambda_ratio: 1.0, mess: 1.0e16}]\n"
      "      supertrace: {s: [-1.0e8, 1.0e8], lambda_uv: 1.0e16}\n"
      "      gravity: {m0sq: 576}\n"
      "lambda: [30000, 60000, 100000]\ntanb: [5, 30]\nmess: [1.0e8]\nsettings: {check_perturbativity: true}\n";
  const std::string flipped =
      "models:\n  - seed002: {case: triplets+doublets}\n    variant: {dterm: {m: 300, charges_flipped: [-4, 4]}}\n"
      "lambda: [40000, 100000]\ntanb: [5, 30]\nmess: [1.0e16]\n";
  // The same points built by hand from the library's types (not through ScanModel::input).
  auto hybrid_point = [](std::size_t model, double lambda, double mess, double tanb) {
    ModelVariant v;
    v.primary_content = parse_content("2(5+5bar)");
    MessengerSet heavy = MessengerSet::from_content(parse_content("5+5bar"), 0.0, 1e16);
    heavy.lambda_ratio = 1.0;
    v.extra_sets.push_back(heavy);
    v.supertrace.s_gev2 = model == 0 ? -1e8 : 1e8;
    v.supertrace.lambda_uv_gev = 1e16;
    v.gravity.enabled = true;
    v.gravity.m0_sq_gev2 = 576;
    return PointInput(parse_indices("2,2,2"), lambda, mess, tanb, 1, v);
  };
  auto flipped_point = [](std::size_t, double lambda, double mess, double tanb) {
    const Seed002Model s = seed002_model(Seed002Case::kTripletsDoublets, lambda / 2, mess, 0, Seed002M1::kCorrected);
    ModelVariant v = s.variant;
    v.dterm.enabled = true;
    v.dterm.m_gev = 300;
    v.dterm.charges = U1Charges::flipped_su5(-4, 4);
    return PointInput(s.n, s.lambda_gev, s.mess_gev, tanb, 1, v);
  };
  for (int which = 0; which < 2; ++which) {
    const ScanConfig cfg = parse_scan_config(which == 0 ? hybrid : flipped, "tiny.yaml");
    const SpectrumCalculator calc(cfg.sm, cfg.settings);
    ScanStore scan_store(GridShape::of(cfg));
    gmsb::testing::DenseResults store(GridShape::of(cfg));
    DriverOptions opt;
    opt.show_progress = false;
    opt.threads = 1;
    run_scan(cfg, calc, scan_store, opt, store.collector(), nullptr);
    const GridShape& s = store.shape;
    for (std::size_t m = 0; m < s.models; ++m)
      for (std::size_t l = 0; l < s.lambda; ++l)
        for (std::size_t t = 0; t < s.tanb; ++t) {
          const PointInput in = which == 0 ? hybrid_point(m, cfg.lambda_gev[l], cfg.mess_gev[0], cfg.tanb[t])
                                           : flipped_point(m, cfg.lambda_gev[l], cfg.mess_gev[0], cfg.tanb[t]);
          const PointResult r = calc.compute(in);
          const std::size_t i = s.index(m, 0, l, t);
          EXPECT_EQ(store.status[i], r.status) << which << " " << m << " " << l << " " << t;
          std::size_t q = 0;
          for (const auto& quantity : scan_quantities()) {
            const double want = quantity.get(r), got = store.values[q++][i];
            if (std::isnan(want)) {
              EXPECT_TRUE(std::isnan(got)) << quantity.name;
              continue;
            }
            // Lines start M_SUSY from the previous Lambda: equal within Settings::msusy_rel_tol (1e-8).
            EXPECT_NEAR(got, want, 1e-7 * std::fabs(want) + 1e-9) << quantity.name << " " << which << " " << m;
          }
        }
  }
  // The variants act: s = +1e8 and -1e8 give different spectra (checked at one point).
  const ScanConfig cfg = parse_scan_config(hybrid, "tiny.yaml");
  const SpectrumCalculator calc(cfg.sm, cfg.settings);
  const PointResult lo = calc.compute(hybrid_point(0, 6e4, 1e8, 5)), hi = calc.compute(hybrid_point(1, 6e4, 1e8, 5));
  EXPECT_GT(lo.msquark_uL, hi.msquark_uL);  // s > 0 lowers scalar masses (docs/physics.md §8(a))
}

TEST(ScanVariantDriver, CheckPerturbativityKeyFlagsTheScan) {
  // docs/models.md section 4: N x (5+5bar) with N = 5 is rejected at M = 1e5 GeV.
  const std::string grid = "lambda: [50000]\ntanb: [10]\nmess: [1.0e5]\n";
  for (bool check : {false, true}) {
    const ScanConfig cfg = parse_scan_config(std::string("models: [\"5(5+5bar)\", \"4(5+5bar)\"]\n") + grid +
                                                 (check ? "settings: {check_perturbativity: true}\n" : ""),
                                             "p.yaml");
    const SpectrumCalculator calc(cfg.sm, cfg.settings);
    ScanStore scan_store(GridShape::of(cfg));
    gmsb::testing::DenseResults store(GridShape::of(cfg));
    DriverOptions opt;
    opt.show_progress = false;
    opt.threads = 1;
    run_scan(cfg, calc, scan_store, opt, store.collector(), nullptr);
    EXPECT_EQ(has(store.status[0], StatusBit::kNonPerturbative), check);
    EXPECT_FALSE(has(store.status[1], StatusBit::kNonPerturbative));
  }
}

// ---- the shipped configs end to end ----

TEST(ScanVariantCli, ShippedVariantConfigsScanTableAndPlot) {
  const bool have_plot =
      std::system("/usr/bin/python3 -c 'import h5py, numpy, matplotlib' >/dev/null 2>&1") == 0;
  for (const char* name : {"pt97-hybrid", "t97-flipped"}) {
    const std::string config = std::string(GMSB_SOURCE_DIR) + "/configs/" + name + ".yaml";
    const ScanConfig cfg = load_scan_config(config);
    const fs::path h5 = temp_dir() / (std::string(name) + ".h5");
    std::string out, err;
    ASSERT_EQ(run(std::string(GMSB_BINARY) + " scan " + config + " -o " + h5.string() + " --force --quiet -j 2", out, err),
              0)
        << err;
    const ScanFileData d = read_scan_file(h5.string());
    EXPECT_EQ(d.int_attrs.at("complete"), 1);
    ASSERT_EQ(d.model_names.size(), cfg.models.size());
    for (std::size_t i = 0; i < cfg.models.size(); ++i) {
      EXPECT_EQ(d.model_names[i], cfg.models[i].name);
      EXPECT_EQ(d.model_variant_json[i], cfg.models[i].variant_json);
      EXPECT_NE(d.model_variant_json[i], "{}") << name;  // every model of these configs is a variant
    }
    std::size_t allowed = 0;
    for (auto s : d.status) allowed += s == 0;
    EXPECT_GT(allowed, d.status.size() / 2) << name;
    // gmsb table: one row per model, each with a maximum, no paper comparison for variants.
    ASSERT_EQ(run(std::string(GMSB_BINARY) + " table " + h5.string() + " --lambda 2e5 --csv --compare-paper", out, err), 0)
        << err;
    std::istringstream lines(out);
    std::string line;
    std::getline(lines, line);  // header
    std::size_t rows = 0;
    while (std::getline(lines, line)) {
      EXPECT_NE(line.find("\"" + cfg.models[rows].name + "\""), std::string::npos) << line;
      EXPECT_EQ(line.substr(line.size() - 3), ",,,") << "no paper value for a variant: " << line;
      ++rows;
    }
    EXPECT_EQ(rows, cfg.models.size());
    if (!have_plot) continue;  // the plot needs Debian's python3-h5py, -numpy, -matplotlib
    const std::string script = std::string("MPLBACKEND=Agg /usr/bin/python3 ") + GMSB_SOURCE_DIR + "/scripts/plot_contours.py ";
    const fs::path png = temp_dir() / (std::string(name) + ".png");
    ASSERT_EQ(run(script + h5.string() + " --model-index 0 --model-index " + std::to_string(cfg.models.size() - 1) +
                      " -o " + png.string(),
                  out, err),
              0)
        << err;
    const std::string bytes = read_text(png);
    ASSERT_GT(bytes.size(), 1000u);
    EXPECT_EQ(bytes.substr(1, 3), "PNG");
    // The models share (N1, N2, N3): --model is ambiguous and says how to choose.
    const std::string triple = cfg.models[0].n.to_string();
    EXPECT_NE(run(script + h5.string() + " --model " + triple + " -o " + png.string(), out, err), 0);
    EXPECT_NE(err.find("ambiguous"), std::string::npos) << err;
    EXPECT_NE(err.find("--model-index"), std::string::npos) << err;
    EXPECT_NE(run(script + h5.string() + " --model-index 99 -o " + png.string(), out, err), 0);
    EXPECT_NE(err.find("out of range"), std::string::npos) << err;
  }
}
