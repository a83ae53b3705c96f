// `gmsb table`, `gmsb fit` and scripts/plot_contours.py on a small "gmsb-scan/1" file computed in
// the test with SpectrumCalculator (tests/support/scan_fixture), independent of `gmsb scan`.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "analysis/messenger_fit.hpp"
#include "analysis/seed_results.hpp"
#include "analysis/higgs_maximum.hpp"
#include "io/scan_file_reader.hpp"
#include "scan_fixture.hpp"
#include "analysis/sector_maxima.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;

namespace {

/// A per-process temporary path: ctest runs the tests of this file in parallel processes.
std::string temp_path(const std::string& name) {
  return ::testing::TempDir() + "gmsb_analysis_" + std::to_string(::getpid()) + "_" + name;
}

std::string read_all(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream s;
  s << f.rdbuf();
  return s.str();
}

/// Runs a shell command; returns its exit status and stdout (stderr goes to err if given).
int run(const std::string& cmd, std::string& out, std::string* err = nullptr) {
  const std::string o = temp_path("out.txt");
  const std::string e = temp_path("err.txt");
  const int rc = std::system((cmd + " >" + o + " 2>" + e).c_str());
  out = read_all(o);
  if (err) *err = read_all(e);
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

/// Splits a CSV line, honouring double quotes.
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> f(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) f.emplace_back();
    else f.back() += c;
  }
  return f;
}

/// CSV rows keyed by the N column, each a map column -> text.
std::map<std::string, std::map<std::string, std::string>> parse_csv(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  std::getline(in, line);
  const auto header = csv_fields(line);
  std::map<std::string, std::map<std::string, std::string>> rows;
  while (std::getline(in, line)) {
    const auto f = csv_fields(line);
    std::map<std::string, std::string> row;
    for (size_t i = 0; i < header.size() && i < f.size(); ++i) row[header[i]] = f[i];
    rows[row["N"]] = row;
  }
  return rows;
}

/// The number after "key": in a JSON text, starting the search at `from`.
double json_number(const std::string& text, const std::string& key, size_t from = 0) {
  const auto p = text.find("\"" + key + "\":", from);
  if (p == std::string::npos) return NAN;
  return std::strtod(text.c_str() + p + key.size() + 3, nullptr);
}

const char* kModels[] = {"1,1,1", "1,3,4", "2,2,2", "3,3,3", "4,4,4", "19/5,1,2", "1/5,3,2", "14/5,4,1", "3/5,1,0"};

class AnalysisCommands : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    fixture::FixtureGrid g;
    for (const char* m : kModels) g.models.push_back(parse_indices(m));
    g.lambda_gev = {5e4, 1e5};
    g.tanb = {2, 3, 4, 5, 6, 10, 20, 26, 28, 30, 32, 34, 40, 50};
    g.mess_gev = {1e8};
    data_ = new fixture::FixtureData(fixture::compute_fixture(g));
    path_ = temp_path("small.h5");
    fixture::write_fixture(path_, *data_);
  }
  static void TearDownTestSuite() {
    std::remove(path_.c_str());
    std::remove(temp_path("out.txt").c_str());
    std::remove(temp_path("err.txt").c_str());
    delete data_;
  }

  /// Largest allowed M_h of model m for Lambda <= lambda_max, straight from the fixture arrays.
  static double direct_max(size_t m, double lambda_max, double* tanb = nullptr) {
    const auto& g = data_->grid;
    double best = -1;
    for (size_t il = 0; il < g.lambda_gev.size(); ++il) {
      if (g.lambda_gev[il] > lambda_max) continue;
      for (size_t it = 0; it < g.tanb.size(); ++it) {
        const size_t k = data_->index(m, 0, il, it);
        if (data_->status[k] == 0 && data_->results.at("mh")[k] > best) {
          best = data_->results.at("mh")[k];
          if (tanb) *tanb = g.tanb[it];
        }
      }
    }
    return best;
  }

  static fixture::FixtureData* data_;
  static std::string path_;
};

fixture::FixtureData* AnalysisCommands::data_ = nullptr;
std::string AnalysisCommands::path_;

}  // namespace

TEST_F(AnalysisCommands, ReaderReadsBackTheFixture) {
  scanfile::ScanFileReader f(path_);
  EXPECT_EQ(f.info().format, "gmsb-scan/1");
  EXPECT_EQ(f.info().tanb, data_->grid.tanb);
  EXPECT_EQ(f.info().lambda_gev, data_->grid.lambda_gev);
  ASSERT_EQ(f.info().models.size(), std::size(kModels));
  EXPECT_EQ(f.info().models[5], parse_indices("19/5,1,2"));
  EXPECT_EQ(f.info().model_names[0], "5+5bar");
  const size_t m = f.model_index(parse_indices("1,3,4"));
  const auto mh = f.plane("mh", m, f.mess_index(1e8));
  const auto st = f.status_plane(m, 0);
  for (size_t il = 0; il < f.n_lambda(); ++il)
    for (size_t it = 0; it < f.n_tanb(); ++it) {
      const size_t k = data_->index(m, 0, il, it);
      EXPECT_EQ(st[il * f.n_tanb() + it], data_->status[k]);
      const double want = data_->results.at("mh")[k];
      if (std::isnan(want)) EXPECT_TRUE(std::isnan(mh[il * f.n_tanb() + it]));
      else EXPECT_EQ(mh[il * f.n_tanb() + it], want);
    }
  EXPECT_THROW(f.model_index(parse_indices("2,4,2")), std::invalid_argument);
  EXPECT_THROW(f.mess_index(1e10), std::invalid_argument);
  EXPECT_THROW(f.plane("no_such_quantity", 0, 0), std::invalid_argument);
}

TEST_F(AnalysisCommands, ReaderReadsWholeArraysEqualToThePlanes) {
  scanfile::ScanFileReader f(path_);
  const auto mh = f.array("mh");
  const auto st = f.status_array();
  ASSERT_EQ(mh.size(), data_->results.at("mh").size());
  EXPECT_EQ(st, data_->status);
  const std::size_t m = f.model_index(parse_indices("1,3,4")), plane = f.n_lambda() * f.n_tanb();
  const auto mh_plane = f.plane("mh", m, 0);
  for (std::size_t i = 0; i < plane; ++i) {
    const double a = mh[m * f.info().mess_gev.size() * plane + i], b = mh_plane[i];
    if (std::isnan(b)) EXPECT_TRUE(std::isnan(a));
    else EXPECT_EQ(a, b);
  }
  EXPECT_EQ(f.result_attributes("mh").string_or("units", ""), "GeV");
  EXPECT_EQ(f.info().attributes.string_or("format", ""), "gmsb-scan/1");
  EXPECT_THROW(f.array("no_such_quantity"), std::invalid_argument);
}

TEST_F(AnalysisCommands, TableGivesTheMaximaAndMarks) {
  std::string out, err;
  ASSERT_EQ(run(std::string(GMSB_BINARY) + " table " + path_ + " --csv --compare-paper", out, &err), 0) << err;
  const auto rows = parse_csv(out);
  ASSERT_EQ(rows.size(), std::size(kModels)) << out;
  for (size_t m = 0; m < std::size(kModels); ++m) {
    const auto& r = rows.at(kModels[m]);
    double tb = 0;
    const double want = direct_max(m, 1e5, &tb);
    if (want < 0) {
      EXPECT_EQ(r.at("mh_max"), "") << kModels[m];
      continue;
    }
    EXPECT_NEAR(std::stod(r.at("mh_max")), want, 1e-3) << kModels[m];
    EXPECT_EQ(std::stod(r.at("tanb")), tb) << kModels[m];
    EXPECT_EQ(std::stod(r.at("lambda_gev")), 1e5) << kModels[m];  // M_h grows with Lambda
  }
  // Physics (docs/physics.md §9.3): (1,1,1) peaks near tan(beta) 30, about 2.6 GeV below the seed's 118.5;
  // more colour messengers (N3 = 4) give heavier stops and a heavier Higgs.
  const auto& r111 = rows.at("1,1,1");
  EXPECT_NEAR(std::stod(r111.at("tanb")), 30, 2.1);
  EXPECT_EQ(r111.at("paper_mh_max"), "118.5");
  EXPECT_NEAR(std::stod(r111.at("diff")), std::stod(r111.at("mh_max")) - 118.5, 1e-3);
  EXPECT_NEAR(std::stod(r111.at("diff")), -2.6, 1.5);
  EXPECT_GT(std::stod(rows.at("1,3,4").at("mh_max")), std::stod(r111.at("mh_max")) + 10);
  // The seed's '*' sector: maximum at small tan(beta) on the no-EWSB edge (docs/physics.md §6.6 item 10, 9.3).
  const auto& star = rows.at("14/5,4,1");
  EXPECT_EQ(star.at("on_boundary"), "1");
  EXPECT_NE(star.at("boundary_reasons").find("no_ewsb"), std::string::npos);
  EXPECT_LT(std::stod(star.at("tanb")), 5);
  EXPECT_NEAR(std::stod(star.at("mh_max")), 108.6, 3.0);
  EXPECT_EQ(star.at("paper_asterisk"), "1");
  // Human-readable form names the reason next to the mark.
  ASSERT_EQ(run(std::string(GMSB_BINARY) + " table " + path_, out), 0);
  EXPECT_NE(out.find("* no_ewsb"), std::string::npos) << out;
}

TEST_F(AnalysisCommands, FitMatchesTheLibraryFitOnTheFileMaxima) {
  std::string out, err;
  ASSERT_EQ(run(std::string(GMSB_BINARY) + " fit " + path_ + " --lambda 5e4,1e5 --json", out, &err), 0) << err;
  const double lambdas[] = {5e4, 1e5};
  size_t pos = 0;
  for (double lam : lambdas) {
    pos = out.find("\"lambda\":", pos);
    ASSERT_NE(pos, std::string::npos) << out;
    EXPECT_EQ(json_number(out, "lambda", pos), lam);
    std::vector<MessengerFitRow> rows;
    for (size_t m = 0; m < std::size(kModels); ++m) {
      const auto n = parse_indices(kModels[m]);
      if (n.n3 == 0 || n == parse_indices("14/5,4,1")) continue;  // skipped by the command, with notes
      rows.push_back({n.n1(), double(n.n2), double(n.n3), direct_max(m, lam)});
    }
    const MessengerFit want = fit_messenger_law(rows);
    EXPECT_EQ(json_number(out, "n_sectors", pos), double(rows.size()));
    EXPECT_NEAR(json_number(out, "a", pos), want.a(), 1e-4);
    EXPECT_NEAR(json_number(out, "b", pos), want.b(), 1e-4);
    EXPECT_NEAR(json_number(out, "c", pos), want.c(), 1e-4);
    EXPECT_NEAR(json_number(out, "d", pos), want.d(), 1e-4);
    EXPECT_NEAR(json_number(out, "se_d", pos), want.std_error[3], 1e-4);
    EXPECT_NEAR(json_number(out, "rms", pos), want.rms, 1e-4);
    // Physics (docs/physics.md §9.3 CI assertion): d within 0.6 of the seed's Table 2.
    EXPECT_NEAR(want.d(), seed::table2_row(lam)->d, 0.6) << "Lambda " << lam;
    pos += 10;
  }
  EXPECT_NE(out.find("(3/5,1,0) skipped: N3 = 0"), std::string::npos) << out;
  EXPECT_NE(out.find("(14/5,4,1) skipped"), std::string::npos) << out;
  // --keep-all fits the '*' sector too: it lies far below the law, so the residuals grow.
  const double rms_default = json_number(out, "rms", out.rfind("\"lambda\":"));
  ASSERT_EQ(run(std::string(GMSB_BINARY) + " fit " + path_ + " --keep-all --json", out), 0);
  EXPECT_EQ(json_number(out, "n_sectors"), 8.0) << out;
  EXPECT_GT(json_number(out, "rms"), 3 * rms_default) << out;
}

TEST_F(AnalysisCommands, FitMarksModelVariants) {
  // The same numbers, but model 2 (2,2,2) recorded as a variant in /models/variant_json.
  fixture::FixtureData with_variant = *data_;
  with_variant.variant_json.assign(std::size(kModels), "{}");
  with_variant.variant_json[2] = "{\"dterm\": {\"m\": 300}}";
  with_variant.names[2] = "2(5+5bar)+Dterm";
  const std::string path = temp_path("variant.h5");
  fixture::write_fixture(path, with_variant);
  std::string out, err;
  ASSERT_EQ(run(std::string(GMSB_BINARY) + " fit " + path + " --lambda 1e5 --json", out, &err), 0) << err;
  EXPECT_EQ(nlohmann::ordered_json::parse(out).at("fits").at(0).at("variant_sectors"),
            nlohmann::ordered_json::parse(R"(["(2,2,2) 2(5+5bar)+Dterm [variant]"])"))
      << out;
  EXPECT_FALSE(std::isnan(json_number(out, "worst_is_variant"))) << out;
  ASSERT_EQ(run(std::string(GMSB_BINARY) + " fit " + path + " --lambda 1e5", out, &err), 0) << err;
  EXPECT_NE(out.find("1 of the 7 fitted sectors are model variants: (2,2,2) 2(5+5bar)+Dterm [variant]"),
            std::string::npos)
      << out;
  // The minimal-model file: no variant named anywhere.
  ASSERT_EQ(run(std::string(GMSB_BINARY) + " fit " + path_ + " --lambda 1e5 --json", out, &err), 0) << err;
  EXPECT_EQ(nlohmann::ordered_json::parse(out).at("fits").at(0).at("variant_sectors"), nlohmann::ordered_json::array())
      << out;
  EXPECT_EQ(json_number(out, "worst_is_variant"), 0.0) << out;
  ASSERT_EQ(run(std::string(GMSB_BINARY) + " fit " + path_ + " --lambda 1e5", out, &err), 0) << err;
  EXPECT_EQ(out.find("[variant]"), std::string::npos) << out;
  std::remove(path.c_str());
}

TEST_F(AnalysisCommands, CommandsRejectBadInputWithAMessage) {
  std::string out, err;
  const std::string bin = GMSB_BINARY;
  EXPECT_EQ(run(bin + " table /nonexistent/scan.h5", out, &err), 5);  // I/O error
  EXPECT_NE(err.find("cannot open"), std::string::npos) << err;
  EXPECT_EQ(run(bin + " table " + path_ + " --mess 1e10", out, &err), 3);  // input errors: values the file lacks
  EXPECT_NE(err.find("not in"), std::string::npos) << err;
  EXPECT_EQ(run(bin + " table " + path_ + " --lambda 1e3", out, &err), 3);
  EXPECT_NE(err.find("no Lambda"), std::string::npos) << err;
  EXPECT_EQ(run(bin + " fit " + path_ + " --lambda 1e5,abc", out, &err), 3);
  EXPECT_NE(err.find("abc"), std::string::npos) << err;
  // A file of another format.
  fixture::FixtureData other = *data_;
  other.format = "something-else/2";
  const std::string bad = temp_path("badformat.h5");
  fixture::write_fixture(bad, other);
  EXPECT_EQ(run(bin + " table " + bad, out, &err), 5);  // wrong layout: I/O error
  EXPECT_NE(err.find("not 'gmsb-scan/1'"), std::string::npos) << err;
  std::remove(bad.c_str());
}

TEST_F(AnalysisCommands, PlotScriptWritesAPng) {
  std::string out, err;
  if (!GMSB_HAVE_PYTHON_PACKAGE) GTEST_SKIP() << "the Python package gmsb is not built (scripts/plot_contours.py needs it)";
  if (run("/usr/bin/python3 -c 'import h5py, numpy, matplotlib'", out, &err) != 0)
    GTEST_SKIP() << "python3-h5py, python3-numpy or python3-matplotlib missing: " << err;
  const std::string png = temp_path("fig.png");
  std::remove(png.c_str());
  const std::string cmd = std::string("MPLBACKEND=Agg /usr/bin/python3 ") + GMSB_SOURCE_DIR +
                          "/scripts/plot_contours.py " + path_ + " --model 1,1,1 --model 1,3,4 -o " + png;
  ASSERT_EQ(run(cmd, out, &err), 0) << err;
  const std::string bytes = read_all(png);
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes.substr(1, 3), "PNG");
  // A model not in the file is a clear error.
  EXPECT_NE(run(std::string("/usr/bin/python3 ") + GMSB_SOURCE_DIR + "/scripts/plot_contours.py " + path_ +
                    " --model 2,4,2 -o " + png,
                out, &err),
            0);
  EXPECT_NE(err.find("not in the file"), std::string::npos) << err;
  std::remove(png.c_str());
}

TEST(AnalysisDefaultMess, OnlyScaleElseTheSeedsElseAnError) {
  scanfile::ScanFileInfo info;
  std::string note;
  info.mess_gev = {1e6};
  EXPECT_EQ(analysis::default_mess(info, note), 1e6);
  EXPECT_TRUE(note.empty());
  info.mess_gev = {1e6, 1e8, 1e12};
  EXPECT_EQ(analysis::default_mess(info, note), 1e8);
  EXPECT_NE(note.find("1e8"), std::string::npos);
  info.mess_gev = {1e6, 1e12};
  EXPECT_THROW(analysis::default_mess(info, note), std::invalid_argument);
}
