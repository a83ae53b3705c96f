// Scan shapes beyond the rectangular grid (docs/configs.md "Scan shapes", docs/hdf5-layout.md):
// M tied to Lambda, point lists (inline and CSV) and random samples; each round-trips through
// the file, the analysis commands accept or refuse it as documented, and samples are a pure
// function of (seed, i). Small configs only.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <string>

#include "config/random_samples.hpp"
#include "config/scan_config.hpp"
#include "gmsb/error.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "io/scan_file.hpp"
#include "io/scan_file_reader.hpp"
#include "run_gmsb.hpp"
#include "scan_compare.hpp"
#include "test_helpers.hpp"

using namespace gmsb;
using namespace gmsb::scan;
using gmsb::testing::expect_same_results;
using gmsb::testing::run_gmsb;
using gmsb::testing::same_bits;
namespace fs = std::filesystem;

namespace {

fs::path dir() { return gmsb::testing::scratch_dir("scan_shapes"); }

fs::path write(const std::string& name, const std::string& text) { return gmsb::testing::write_file(dir(), name, text); }

/// Scans `cfg` into `out` (fresh) with `threads` threads; returns the exit status.
int scan_cli(const fs::path& cfg, const fs::path& out, int threads = 1, const std::string& extra = "") {
  const auto r = run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --force --quiet --threads " +
                          std::to_string(threads) + " " + extra);
  EXPECT_EQ(r.status, 0) << r.out;
  return r.status;
}

const char* kTiedRatio =
    "models: [[1, 1, 1], [1, 3, 4]]\n"
    "lambda: {from: 30000, to: 110000, count: 5}\n"
    "tanb: [5, 30]\n"
    "mess_over_lambda: [2, 64]\n";
// The same M = 2 Lambda and 64 Lambda as x = Lambda/M (1/64 and 1/2 are exact in binary, so M
// is the same double); x increases where the ratio decreases, so the M axis is reversed.
const char* kTiedX =
    "models: [[1, 1, 1], [1, 3, 4]]\n"
    "lambda: {from: 30000, to: 110000, count: 5}\n"
    "tanb: [5, 30]\n"
    "x: [0.015625, 0.5]\n";

}  // namespace

TEST(ScanShapes, TiedAxisConfigChecksItsValues) {
  const ScanConfig c = parse_scan_config(kTiedRatio, "cfg.yaml");
  EXPECT_EQ(c.mess_axis, MessAxis::kMessOverLambda);
  EXPECT_EQ(c.points(), 2u * 2u * 5u * 2u);
  EXPECT_DOUBLE_EQ(c.mess_at(1, 1e5), 6.4e6);
  gmsb::testing::expect_config_value_error("models: [[1,1,1]]\nlambda: [1e5]\ntanb: [10]\nmess_over_lambda: [1]\n", 4,
                                           "mess_over_lambda", "must be > 1");
  gmsb::testing::expect_config_value_error("models: [[1,1,1]]\nlambda: [1e5]\ntanb: [10]\nx: [0.5, 1.5]\n", 4, "x",
                                           "must be in (0, 1)");
  gmsb::testing::expect_config_error("models: [[1,1,1]]\nlambda: [1e5]\ntanb: [10]\nmess: [1e8]\nx: [0.5]\n", 5, "x",
                                     "give only one of mess, mess_over_lambda and x");
}

TEST(ScanShapes, TiedAxisFileAsRatioOrXAndAgainstGmsbPoint) {
  const fs::path a = dir() / "tied_r.h5", b = dir() / "tied_x.h5";
  ASSERT_EQ(scan_cli(write("tied_r.yaml", kTiedRatio), a), 0);
  ASSERT_EQ(scan_cli(write("tied_x.yaml", kTiedX), b, 2), 0);
  const ScanFileData r = read_scan_file(a.string()), x = read_scan_file(b.string());
  {
    const scanfile::ScanFileReader f(a.string());
    EXPECT_EQ(f.info().mess_axis, "mess_over_lambda");
    EXPECT_EQ(f.info().shape, "grid");
    EXPECT_EQ(f.info().mess_gev, (std::vector<double>{2, 64}));
  }
  // Reverse the x file's M axis: [model][M][Lambda][tanb] with M = 64, 2 Lambda -> 2, 64 Lambda.
  for (const auto& q : scan_quantities()) {
    const auto& vr = r.quantity(q.name);
    const auto& vx = x.quantity(q.name);
    for (std::size_t m = 0; m < 2; ++m)
      for (std::size_t k = 0; k < 2; ++k)
        for (std::size_t l = 0; l < 5; ++l)
          for (std::size_t t = 0; t < 2; ++t) {
            const double u = vr[r.index(m, k, l, t)], v = vx[x.index(m, 1 - k, l, t)];
            EXPECT_TRUE(std::memcmp(&u, &v, sizeof u) == 0) << q.name;
          }
  }
  // Each point is the point M = r Lambda computed alone (warm start: within msusy_rel_tol).
  const ScanConfig c = parse_scan_config(kTiedRatio, "cfg.yaml");
  const SpectrumCalculator calc(c.sm, c.settings);
  for (std::size_t l : {0u, 4u}) {
    const double lam = c.lambda_gev[l];
    const PointResult p = calc.compute(c.models[1].input(lam, 64 * lam, 30, 1));
    const double mh = r.quantity("mh")[r.index(1, 1, l, 1)];
    EXPECT_NEAR(mh, p.mh, 1e-7 * p.mh);
    EXPECT_NEAR(r.quantity("msusy")[r.index(1, 1, l, 1)], p.msusy, 1e-6 * p.msusy);
  }
  // On the r = 2 line both ends are their own M = 2 Lambda (a fixed M would be invalid at the top).
  for (std::size_t l : {0u, 4u}) {
    const double lam = c.lambda_gev[l];
    const PointResult p = calc.compute(c.models[0].input(lam, 2 * lam, 5, 1));
    EXPECT_NEAR(r.quantity("mh")[r.index(0, 0, l, 0)], p.mh, 1e-7 * p.mh) << l;
  }
}

TEST(ScanShapes, TiedAxisFileInTableAndFit) {
  const fs::path cfg = write("tied_all.yaml",
                             "models: all\nlambda: [40000, 80000]\ntanb: [10, 40]\nmess_over_lambda: [2]\n");
  const fs::path out = dir() / "tied_all.h5";
  ASSERT_EQ(scan_cli(cfg, out, 2), 0);
  auto t = run_gmsb("table " + out.string());
  EXPECT_EQ(t.status, 0) << t.out;
  EXPECT_NE(t.out.find("M = 2 Lambda"), std::string::npos) << t.out;
  auto f = run_gmsb("fit " + out.string() + " --lambda 80000");
  EXPECT_EQ(f.status, 0) << f.out;
  EXPECT_NE(f.out.find("M = 2 Lambda"), std::string::npos) << f.out;
  EXPECT_EQ(run_gmsb("table " + out.string() + " --mess 3").status, 3);  // not on the ratio axis
  // Interrupted and resumed: the same file.
  const fs::path part = dir() / "tied_part.h5";
  EXPECT_EQ(run_gmsb("scan " + cfg.string() + " -o " + part.string() + " --force --quiet --threads 1 --stop-after-lines 9")
                .status,
            130);
  ASSERT_EQ(run_gmsb("scan --resume -o " + part.string() + " --quiet --threads 2").status, 0);
  expect_same_results(read_scan_file(part.string()), read_scan_file(out.string()));
  // plot_contours.py draws a plane of the ratio axis.
  if (std::system("/usr/bin/python3 -c 'import h5py, numpy, matplotlib' >/dev/null 2>&1") != 0) return;
  const std::string plot = std::string("MPLBACKEND=Agg /usr/bin/python3 ") + GMSB_SOURCE_DIR + "/scripts/plot_contours.py " +
                           out.string() + " --model 1,1,1 --mess 2 -o " + (dir() / "tied.png").string() + " 2>&1";
  EXPECT_EQ(std::system(plot.c_str()), 0);
  EXPECT_GT(fs::file_size(dir() / "tied.png"), 10000u);
}

TEST(ScanShapes, PointListInlineAndCsvGiveTheSameFileAndEqualSinglePoints) {
  const fs::path inl = write("list.yaml",
                             "sign_mu: -1\n"
                             "points:\n"
                             "  - {model: 5+5bar, lambda: 1.0e5, mess: 2.0e5, tanb: 15}\n"
                             "  - {model: [1, 3, 4], lambda: 8.0e4, mess_over_lambda: 10, tanb: 40, sign_mu: 1}\n"
                             "  - {model: \"1,1,1\", lambda: 6.0e4, x: 0.25, tanb: 60}\n");
  write("picked.csv",
        "# picked points\nmodel,lambda,mess,tanb,sign_mu\n5+5bar,1.0e5,2.0e5,15,-1\n\"1,3,4\",8.0e4,8.0e5,40,1\n"
        "\"1,1,1\",6.0e4,2.4e5,60,-1\n");
  const fs::path csv = write("list_csv.yaml", "points: {csv: picked.csv}\n");
  const fs::path a = dir() / "list.h5", b = dir() / "list_csv.h5";
  ASSERT_EQ(scan_cli(inl, a), 0);
  ASSERT_EQ(scan_cli(csv, b, 2), 0);
  const ScanFileData da = read_scan_file(a.string()), db = read_scan_file(b.string());
  expect_same_results(da, db);
  const scanfile::ScanFileReader f(a.string());
  const auto& info = f.info();
  EXPECT_EQ(info.shape, "points");
  ASSERT_EQ(info.points.model.size(), 3u);
  EXPECT_EQ(info.points.mess_gev, (std::vector<double>{2e5, 8e5, 2.4e5}));
  EXPECT_EQ(info.points.sign_mu, (std::vector<int>{-1, 1, -1}));
  EXPECT_EQ(info.model_names.size(), 3u);  // 5+5bar (content) and (1,1,1) (triple) are different entries
  EXPECT_EQ(info.model_names[2], "N=(1,1,1)");  // renamed: the triple's sector name 5+5bar is taken
  // Each point equals the same point computed alone (cold, as the list computes it): bit for bit.
  const ScanConfig c = parse_scan_config(std::string("points: {csv: ") + (dir() / "picked.csv").string() + "}\n", "x.yaml");
  const SpectrumCalculator calc(c.sm, c.settings);
  for (std::size_t i = 0; i < 3; ++i) {
    const ListPoint& p = c.point_list[i];
    const PointResult r = calc.compute(c.models[p.model].input(p.lambda_gev, p.mess_gev, p.tanb, p.sign_mu));
    EXPECT_TRUE(std::memcmp(&r.mh, &da.quantity("mh")[i], sizeof r.mh) == 0) << i;
    EXPECT_EQ(r.status, da.status[i]);
  }
  // gmsb table: the largest allowed M_h per model over its points (Lambda <= 1e5 GeV by default).
  auto t = run_gmsb("table " + a.string() + " --csv");
  ASSERT_EQ(t.status, 0) << t.out;
  for (std::size_t i = 0; i < 3; ++i) {
    char row[160];
    const std::size_t m = std::size_t(info.points.model[i]);
    if (da.status[i] == 0)
      std::snprintf(row, sizeof row, "\"%s\",\"%s\",%.3f,%g,%g,%g,1,1", info.models[m].to_string().c_str(),
                    info.model_names[m].c_str(), da.quantity("mh")[i], info.points.lambda_gev[i], info.points.mess_gev[i],
                    info.points.tanb[i]);
    else  // excluded: no maximum
      std::snprintf(row, sizeof row, "\"%s\",\"%s\",,,,,1,0", info.models[m].to_string().c_str(), info.model_names[m].c_str());
    EXPECT_NE(t.out.find(row), std::string::npos) << row << "\n" << t.out;
  }
  EXPECT_EQ(run_gmsb("table " + a.string() + " --mess 1e8").status, 3);  // a 1-D file has no M axis
  // gmsb fit needs Lambda x tan(beta) planes: a clear i/o error.
  auto fit = run_gmsb("fit " + a.string());
  EXPECT_EQ(fit.status, 5);
  EXPECT_NE(fit.out.find("is a 1-D scan"), std::string::npos) << fit.out;
}

TEST(ScanShapes, PointListErrorsNameTheFileLineAndKey) {
  gmsb::testing::expect_config_error("points:\n  - {model: 5+5bar, lambda: 1e5, tanb: 10}\n", 2, "points[0]",
                                     "give exactly one of mess, mess_over_lambda or x");
  gmsb::testing::expect_config_value_error("points:\n  - {model: 5+5bar, lambda: 1e5, mess: 5e4, tanb: 10}\n", 2,
                                           "points[0]", "M");
  gmsb::testing::expect_config_value_error("points:\n  - {model: 7+7, lambda: 1e5, mess: 5e6, tanb: 10}\n", 2,
                                           "points[0]", "");
  gmsb::testing::expect_config_error("points: [{model: 5+5bar, lambda: 1e5, mess: 5e6, tanb: 10}]\nlambda: [1e5]\n", 2,
                                     "lambda", "not used with `points`");
  write("bad_col.csv", "model,lambda,mass,tanb\n5+5bar,1e5,1e6,10\n");
  write("bad_val.csv", "model,lambda,mess,tanb\n5+5bar,1e5,1e6,10\n5+5bar,1e5,1e6,0.5\n");
  auto r = run_gmsb("scan " + write("bc.yaml", "points: {csv: bad_col.csv}\n").string() + " -o " +
                    (dir() / "bc.h5").string() + " --force --quiet");
  EXPECT_EQ(r.status, 4) << r.out;
  EXPECT_NE(r.out.find("bad_col.csv:1: mass: unknown column"), std::string::npos) << r.out;
  r = run_gmsb("scan " + write("bv.yaml", "points: {csv: bad_val.csv}\n").string() + " -o " +
               (dir() / "bv.h5").string() + " --force --quiet");
  EXPECT_EQ(r.status, 3) << r.out;
  EXPECT_NE(r.out.find("bad_val.csv:3: "), std::string::npos) << r.out;
  EXPECT_FALSE(fs::exists(dir() / "bv.h5"));
}

TEST(ScanShapes, SplitmixAndTheSampleGeneratorAreTheDocumentedOnes) {
  // SplitMix64 seeded with 0: its first output is 0xe220a8397b1dcdaf (Steele, Lea, Flood 2014;
  // the reference implementation); our splitmix64(x) is that output for state x.
  EXPECT_EQ(splitmix64(0), 0xe220a8397b1dcdafULL);
  // Sample i: std::mt19937_64 seeded with splitmix64(splitmix64(seed) ^ i), top 53 bits / 2^53.
  std::mt19937_64 g(splitmix64(splitmix64(42) ^ 7));
  const auto u = sample_uniforms(42, 7);
  for (double v : u) EXPECT_EQ(v, double(g() >> 11) / 9007199254740992.0);
  EXPECT_NE(sample_uniforms(42, 7), sample_uniforms(42, 8));
  EXPECT_NE(sample_uniforms(42, 7), sample_uniforms(43, 7));
  // A Latin-hypercube permutation is a permutation, and depends on (seed, start, parameter).
  auto p = lhs_permutation(5, 0, 1000, 0);
  EXPECT_EQ(std::set<std::uint32_t>(p.begin(), p.end()).size(), 1000u);
  EXPECT_EQ(*std::max_element(p.begin(), p.end()), 999u);
  EXPECT_NE(p, lhs_permutation(5, 0, 1000, 1));
  EXPECT_NE(p, lhs_permutation(5, 1000, 1000, 0));
}

TEST(ScanShapes, LatinHypercubeStratifiesEveryParameterAndLogRangesStayInside) {
  const ScanConfig c = parse_scan_config(
      "models: [5+5bar]\nsamples: {count: 200, seed: 3, method: latin_hypercube, lambda: {from: 2.0e4, to: 2.0e5, log: true},"
      " mess_over_lambda: {from: 1.5, to: 1000, log: true}, tanb: {from: 2, to: 60}}\n",
      "cfg.yaml");
  ASSERT_EQ(c.point_list.size(), 200u);
  std::set<long> cl, cm, ct;
  for (const auto& p : c.point_list) {
    const double ul = std::log(p.lambda_gev / 2e4) / std::log(10.0);
    const double um = std::log(p.mess_gev / p.lambda_gev / 1.5) / std::log(1000 / 1.5);
    const double ut = (p.tanb - 2) / 58;
    for (double u : {ul, um, ut}) {
      EXPECT_GE(u, -1e-12);
      EXPECT_LE(u, 1 + 1e-12);
    }
    cl.insert(long(std::floor(ul * 200 * (1 - 1e-12))));
    cm.insert(long(std::floor(um * 200 * (1 - 1e-12))));
    ct.insert(long(std::floor(ut * 200 * (1 - 1e-12))));
  }
  EXPECT_EQ(cl.size(), 200u);  // one sample in each of the 200 cells of every parameter
  EXPECT_EQ(cm.size(), 200u);
  EXPECT_EQ(ct.size(), 200u);
  gmsb::testing::expect_config_value_error(
      "models: [5+5bar]\nsamples: {count: 10, seed: 1, lambda: {from: 1e4, to: 1e5}, mess: {from: 5e4, to: 1e8}, "
      "tanb: {from: 2, to: 3}}\n",
      2, "samples.mess", "must be above Lambda");
  gmsb::testing::expect_config_value_error(
      "models: [5+5bar]\nsamples: {count: 10, seed: -1, lambda: {from: 1e4, to: 1e5}, x: {from: 0.1, to: 0.5}, "
      "tanb: {from: 2, to: 3}}\n",
      2, "samples.seed", "integer");
}

TEST(ScanShapes, SamplesAreIdenticalWithOneAndTwoThreadsAndGrowOnResume) {
  const std::string base =
      "models: [5+5bar, [1, 3, 4]]\nsamples: {count: COUNT, seed: 11, METHOD lambda: {from: 3.0e4, to: 1.5e5, log: true}, "
      "x: {from: 0.001, to: 0.5}, tanb: {from: 3, to: 55}}\n";
  auto cfg_text = [&](int count, const char* method) {
    std::string s = base;
    s.replace(s.find("COUNT"), 5, std::to_string(count));
    s.replace(s.find("METHOD"), 6, method);
    return s;
  };
  for (const char* method : {"", "method: latin_hypercube,"}) {
    const fs::path c30 = write("s30.yaml", cfg_text(30, method)), c45 = write("s45.yaml", cfg_text(45, method));
    const fs::path one = dir() / "s1.h5", two = dir() / "s2.h5", grown = dir() / "sg.h5", fresh = dir() / "sf.h5";
    ASSERT_EQ(scan_cli(c30, one, 1), 0);
    ASSERT_EQ(scan_cli(c30, two, 2), 0);
    const ScanFileData d1 = read_scan_file(one.string()), d2 = read_scan_file(two.string());
    expect_same_results(d1, d2);
    // Stopped after a few points and resumed: the same file (a line of a 1-D scan is one point).
    const fs::path part = dir() / "s_part.h5";
    EXPECT_EQ(run_gmsb("scan " + c30.string() + " -o " + part.string() + " --force --quiet --threads 1 --stop-after-lines 7")
                  .status,
              130);
    EXPECT_LT(read_scan_file(part.string()).int_attrs.at("points_done"), 60);
    ASSERT_EQ(run_gmsb("scan --resume -o " + part.string() + " --quiet --threads 2").status, 0);
    expect_same_results(read_scan_file(part.string()), d1);
    // --resume with more samples keeps the first ones and computes only the new ones.
    fs::copy_file(one, grown, fs::copy_options::overwrite_existing);
    auto r = run_gmsb("scan --resume " + c45.string() + " -o " + grown.string() + " --quiet --threads 2");
    ASSERT_EQ(r.status, 0) << r.out;
    EXPECT_NE(r.out.find("computed 30 "), std::string::npos) << r.out;  // 15 new samples x 2 models
    ASSERT_EQ(scan_cli(c45, fresh, 2), 0);
    const ScanFileData dg = read_scan_file(grown.string()), df = read_scan_file(fresh.string());
    ASSERT_EQ(dg.status.size(), 90u);
    for (const auto& q : scan_quantities()) {
      const auto& g = dg.quantity(q.name);
      EXPECT_EQ(std::memcmp(g.data(), d1.quantity(q.name).data(), 60 * sizeof(double)), 0) << q.name;
    }
    if (std::string(method).empty()) {
      expect_same_results(dg, df);  // uniform: sample i depends on (seed, i) only
    } else {
      EXPECT_EQ(scanfile::ScanFileReader(grown.string()).info().attributes.strings.at("sample_batches"), "30,15");
      EXPECT_FALSE(same_bits(dg.quantity("mh"), df.quantity("mh")));  // one hypercube of 45 is another sample
    }
    // Another seed is refused on resume (only the count may grow).
    const fs::path other = write("s_other.yaml", cfg_text(45, method) + "sign_mu: -1\n");
    EXPECT_EQ(run_gmsb("scan --resume " + other.string() + " -o " + grown.string() + " --quiet").status, 3);
  }
}

TEST(ScanShapes, CGravReachesThePointsOfEveryShape) {
  // m_3/2 = c_grav Lambda M / (sqrt(3) Mbar_Pl) is linear in c_grav: c_grav 2 doubles it exactly.
  const std::string list = "points:\n  - {model: 5+5bar, lambda: 1.0e5, mess_over_lambda: 2, tanb: 15}\n";
  const std::string tied = "models: [5+5bar]\nlambda: [5.0e4, 1.0e5]\ntanb: [15]\nmess_over_lambda: [2]\n";
  for (const std::string& text : {list, tied}) {
    const fs::path one = dir() / "cg1.h5", two = dir() / "cg2.h5";
    ASSERT_EQ(scan_cli(write("cg1.yaml", text), one), 0);
    ASSERT_EQ(scan_cli(write("cg2.yaml", text + "c_grav: 2\n"), two), 0);
    const ScanFileData a = read_scan_file(one.string()), b = read_scan_file(two.string());
    const auto& ga = a.quantity("m_gravitino");
    const auto& gb = b.quantity("m_gravitino");
    ASSERT_EQ(ga.size(), gb.size());
    for (std::size_t i = 0; i < ga.size(); ++i) {
      EXPECT_GT(ga[i], 0) << i;
      EXPECT_EQ(gb[i], 2 * ga[i]) << i;
    }
    EXPECT_TRUE(same_bits(a.quantity("mh"), b.quantity("mh")));  // nothing else changes
  }
}
