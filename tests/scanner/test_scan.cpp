// The scanner: thread-count independence, interruption + resume, the HDF5 layout read back,
// agreement with `gmsb point`, and the overwrite guard. Small grids only (fast).
#include <gtest/gtest.h>
#include <hdf5.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "gmsb/version.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "config/scan_config.hpp"
#include "scan/scan_driver.hpp"
#include "io/scan_file.hpp"
#include "io/json_values.hpp"
#include "io/hdf5_handles.hpp"
#include "io/scan_file_reader.hpp"
#include "gmsb/error.hpp"
#include "scan_compare.hpp"
#include "test_helpers.hpp"
#include "dense_results.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;
using namespace gmsb::scan;
using gmsb::testing::expect_same_results;
using gmsb::testing::same_bits;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir() { return gmsb::testing::scratch_dir("scan_test"); }

// 2 models x 2 M x 6 Lambda x 5 tan(beta) = 120 points, 20 lines; includes stau-excluded points
// (large tan(beta)) and a no-EWSB corner (small tan(beta) for (14/5,4,1)).
const std::string kSmall =
    "description: test grid\n"
    "models: [[1, 1, 1], [\"14/5\", 4, 1]]\n"
    "lambda: {from: 20000, to: 120000, step: 20000}\n"
    "tanb: [2.5, 10, 30, 50, 60]\n"
    "mess: [1.0e6, 1.0e8]\n";

fs::path write_config(const std::string& name, const std::string& text) {
  return gmsb::testing::write_file(temp_dir(), name, text);
}

/// Runs the gmsb binary with `args`; returns the exit status, stdout in *out.
int run_gmsb(const std::string& args, std::string* out = nullptr) {
  const std::string cmd = std::string(GMSB_BINARY) + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return -1;
  std::string text;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
  const int st = pclose(p);
  if (out) *out = text;
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

}  // namespace

TEST(ScanDriver, OneAndTwoThreadsGiveIdenticalArrays) {
  const ScanConfig cfg = parse_scan_config(kSmall, "small.yaml");
  const SpectrumCalculator calc(cfg.sm, cfg.settings);
  ScanStore store_one(GridShape::of(cfg)), store_two(GridShape::of(cfg));
  gmsb::testing::DenseResults one(GridShape::of(cfg)), two(GridShape::of(cfg));
  DriverOptions opt;
  opt.show_progress = false;
  opt.threads = 1;
  run_scan(cfg, calc, store_one, opt, one.collector(), nullptr);
  opt.threads = 2;
  const DriverResult r = run_scan(cfg, calc, store_two, opt, two.collector(), nullptr);
  EXPECT_EQ(r.points_computed, cfg.points());
  EXPECT_FALSE(r.interrupted);
  for (std::size_t q = 0; q < one.values.size(); ++q) EXPECT_TRUE(same_bits(one.values[q], two.values[q])) << q;
  EXPECT_TRUE(same_bits(one.status, two.status));
  EXPECT_TRUE(same_bits(one.warnings, two.warnings));
  // The warnings are the library's, point by point (line starts as in the scan: M_SUSY from the
  // previous Lambda, so compare the line computation).
  for (std::size_t m = 0; m < cfg.models.size(); ++m)
    for (std::size_t t = 0; t < cfg.tanb.size(); ++t) {
      const auto line = calc.compute_lambda_line(cfg.models[m].input(cfg.lambda_gev.front(), cfg.mess_gev[0], cfg.tanb[t],
                                                                     cfg.sign_mu),
                                                 cfg.lambda_gev);
      for (std::size_t l = 0; l < cfg.lambda_gev.size(); ++l)
        EXPECT_EQ(one.warnings[one.shape.index(m, 0, l, t)], line[l].warnings) << m << " " << l << " " << t;
    }
  // The grid is not trivial: some points are fine, some stau-excluded.
  std::size_t fine = 0, stau = 0;
  for (auto s : one.status) {
    fine += s == 0;
    stau += has(s, StatusBit::kStauTachyon);
  }
  EXPECT_GT(fine, 0u);
  EXPECT_GT(stau, 0u);
}

TEST(ScanDriver, CGravOfTheConfigReachesEveryPoint) {
  // c_grav: 2 doubles m_3/2 = c_grav Lambda M/(sqrt(3) Mbar_Pl) and quarters the NLSP widths
  // (docs/physics.md §11.1, §11.3); the NLSP codes are valid and the spectrum is unchanged.
  const ScanConfig one_cfg = parse_scan_config(kSmall, "one.yaml"), cfg = parse_scan_config(kSmall + "c_grav: 2\n", "two.yaml");
  EXPECT_EQ(cfg.c_grav, 2.0);
  EXPECT_EQ(one_cfg.c_grav, 1.0);
  const SpectrumCalculator calc(cfg.sm, cfg.settings);
  ScanStore store_one(GridShape::of(one_cfg)), store_two(GridShape::of(cfg));
  gmsb::testing::DenseResults one(GridShape::of(one_cfg)), two(GridShape::of(cfg));
  DriverOptions opt;
  opt.show_progress = false;
  opt.threads = 2;
  run_scan(one_cfg, calc, store_one, opt, one.collector(), nullptr);
  run_scan(cfg, calc, store_two, opt, two.collector(), nullptr);
  std::size_t iq = 0, ik = 0, iw = 0, ih = 0;
  for (std::size_t q = 0; q < scan_quantities().size(); ++q) {
    const std::string name = scan_quantities()[q].name;
    if (name == "m_gravitino") iq = q;
    if (name == "nlsp_kind") ik = q;
    if (name == "nlsp_width") iw = q;
    if (name == "mh") ih = q;
  }
  std::size_t decaying = 0;
  for (std::size_t i = 0; i < two.status.size(); ++i) {
    const std::size_t l = (i / one.shape.tanb) % one.shape.lambda, k = (i / (one.shape.tanb * one.shape.lambda)) % one.shape.mess;
    EXPECT_NEAR(two.values[iq][i], 2.0 * cfg.lambda_gev[l] * cfg.mess_gev[k] / (std::sqrt(3.0) * 2.435e18),
                1e-12 * two.values[iq][i]) << i;
    EXPECT_EQ(two.values[iq][i], 2.0 * one.values[iq][i]) << i;
    const double kind = two.values[ik][i];
    EXPECT_TRUE(kind >= 0 && kind <= 5 && kind == std::floor(kind)) << i << " " << kind;
    EXPECT_TRUE(same_bits(std::vector<double>{one.values[ih][i]}, std::vector<double>{two.values[ih][i]})) << i;
    if (std::isfinite(two.values[iw][i])) {
      ++decaying;
      EXPECT_NEAR(two.values[iw][i] / one.values[iw][i], 0.25, 1e-12) << i;
    }
  }
  EXPECT_GT(decaying, 0u);
}

TEST(ScanDriver, StopFlagLeavesOnlyCompleteLines) {
  const ScanConfig cfg = parse_scan_config(kSmall, "small.yaml");
  const SpectrumCalculator calc(cfg.sm, cfg.settings);
  ScanStore store(GridShape::of(cfg));
  std::atomic<bool> stop{false};
  DriverOptions opt;
  opt.show_progress = false;
  opt.threads = 1;
  opt.flush_seconds = 0;
  int flushes = 0;
  const DriverResult r = run_scan(
      cfg, calc, store, opt,
      [&](const std::vector<BlockData>&, std::size_t) {
        if (++flushes == 3) stop = true;
      },
      &stop);
  EXPECT_TRUE(r.interrupted);
  EXPECT_EQ(r.lines_computed, 3u);
  EXPECT_EQ(store.points_done(), 3 * cfg.lambda_gev.size());
  for (std::size_t line = 0; line < store.shape.lines(); ++line) EXPECT_EQ(store.line_complete(line), line < 3);
}

TEST(ScanCli, ThreadCountDoesNotChangeTheFile) {
  const fs::path cfg = write_config("threads.yaml", kSmall);
  const fs::path a = temp_dir() / "t1.h5", b = temp_dir() / "t2.h5";
  ASSERT_EQ(run_gmsb("scan " + cfg.string() + " -o " + a.string() + " --force --quiet --threads 1"), 0);
  ASSERT_EQ(run_gmsb("scan " + cfg.string() + " -o " + b.string() + " --force --quiet --threads 2"), 0);
  expect_same_results(read_scan_file(a), read_scan_file(b));
}

TEST(ScanCli, InterruptedAndResumedScanEqualsUninterrupted) {
  const fs::path cfg = write_config("resume.yaml", kSmall);
  const fs::path full = temp_dir() / "full.h5", part = temp_dir() / "part.h5";
  ASSERT_EQ(run_gmsb("scan " + cfg.string() + " -o " + full.string() + " --force --quiet"), 0);
  // Stop cleanly after part of the work (the same path as SIGINT/SIGTERM): exit status 130.
  ASSERT_EQ(run_gmsb("scan " + cfg.string() + " -o " + part.string() + " --force --quiet --threads 1 "
                     "--stop-after-lines 7"),
            130);
  const ScanFileData partial = read_scan_file(part);
  EXPECT_EQ(partial.int_attrs.at("complete"), 0);
  EXPECT_EQ(partial.string_attrs.at("end_time"), "");
  const long long done = partial.int_attrs.at("points_done");
  EXPECT_GE(done, 7 * 6);
  EXPECT_LT(done, 120);
  std::size_t not_computed = 0;
  for (auto s : partial.status) not_computed += has(s, StatusBit::kNotComputed);
  EXPECT_EQ(not_computed, std::size_t(120 - done));
  // Without --force or --resume the file is kept.
  EXPECT_NE(run_gmsb("scan " + cfg.string() + " -o " + part.string() + " --quiet"), 0);
  EXPECT_EQ(read_scan_file(part).int_attrs.at("points_done"), done);
  // Resume: computes only the missing lines.
  std::string out;
  ASSERT_EQ(run_gmsb("scan --resume -o " + part.string() + " --quiet", &out), 0);
  EXPECT_NE(out.find("computed " + std::to_string(120 - done) + " "), std::string::npos) << out;
  const ScanFileData resumed = read_scan_file(part), whole = read_scan_file(full);
  EXPECT_EQ(resumed.int_attrs.at("complete"), 1);
  EXPECT_EQ(resumed.string_attrs.at("start_time"), partial.string_attrs.at("start_time"));
  EXPECT_NE(resumed.string_attrs.at("end_time"), "");
  expect_same_results(resumed, whole);
}

TEST(ScanCli, ExistingOutputIsNotOverwrittenWithoutForce) {
  const fs::path cfg = write_config("force.yaml", kSmall);
  const fs::path out = temp_dir() / "keep.h5";
  std::ofstream(out) << "precious";
  EXPECT_EQ(run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --quiet"), 5);  // I/O: not overwritten
  std::ifstream in(out);
  std::string text;
  in >> text;
  EXPECT_EQ(text, "precious");
}

TEST(ScanCli, BadConfigFailsBeforeCreatingTheOutput) {
  const fs::path cfg = write_config("bad.yaml", kSmall + "tanb_max: 3\n");
  const fs::path out = temp_dir() / "never.h5";
  EXPECT_EQ(run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --quiet"), 4);  // configuration error
  EXPECT_FALSE(fs::exists(out));
}

TEST(ScanFile, LayoutReadsBackAsDocumented) {
  const fs::path cfg = write_config("layout.yaml", kSmall + "sign_mu: +1\n");
  const fs::path out = temp_dir() / "layout.h5";
  ASSERT_EQ(run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --force --quiet"), 0);
  const ScanFileData d = read_scan_file(out);
  const ScanConfig c = parse_scan_config(kSmall + "sign_mu: +1\n", "x");
  // Root attributes.
  EXPECT_EQ(d.string_attrs.at("format"), "gmsb-scan/1");
  EXPECT_EQ(d.string_attrs.at("program_version"), GMSB_VERSION);
  EXPECT_EQ(d.string_attrs.at("config_yaml"), kSmall + "sign_mu: +1\n");
  EXPECT_EQ(d.string_attrs.at("config_path"), cfg.string());
  EXPECT_EQ(d.string_attrs.at("method"), "modern");  // the default (no method: in the config)
  EXPECT_EQ(d.string_attrs.at("tanb_convention"), "drbar_mz");
  EXPECT_EQ(gmsb::json::Json::parse(d.string_attrs.at("settings_json")).at("mt_higgs"), "msbar");
  EXPECT_EQ(gmsb::json::Json::parse(d.string_attrs.at("sm_inputs_json")).at("mt_pole"), 172.57);
  EXPECT_EQ(d.int_attrs.at("sign_mu"), 1);
  EXPECT_EQ(d.int_attrs.at("complete"), 1);
  EXPECT_EQ(d.int_attrs.at("points_total"), 120);
  EXPECT_EQ(d.int_attrs.at("points_done"), 120);
  EXPECT_EQ(d.string_attrs.at("start_time").size(), 20u);  // 2025-01-01T12:00:00Z
  EXPECT_EQ(d.string_attrs.at("end_time").size(), 20u);
  // Axes and models.
  EXPECT_EQ(d.lambda_gev, c.lambda_gev);
  EXPECT_EQ(d.tanb, c.tanb);
  EXPECT_EQ(d.mess_gev, c.mess_gev);
  ASSERT_EQ(d.models_n.size(), 2u);
  EXPECT_EQ(d.models_n[1][0], 2.8);
  EXPECT_EQ(d.models_n[1][1], 4.0);
  EXPECT_EQ(d.models_n1_fifths[1], 14);
  EXPECT_EQ(d.model_names[0], "5+5bar");
  // Results: every documented quantity, shape [model, M, Lambda, tanb], units, status bit names.
  for (const char* q : {"mh", "mH", "mA", "mHpm", "mu", "B", "mstau1_sq", "mstau1", "mstop1", "mstop2", "msbottom1",
                        "msbottom2", "mgluino", "M1", "M2", "M3", "msusy", "mneutralino1", "mchargino1",
                        "msquark_uL", "mselectron_R", "At", "mneutralino2", "mneutralino3", "mneutralino4",
                        "mchargino2", "mstau2", "msneutrino_tau", "m_gravitino", "m_nlsp", "nlsp_kind", "nlsp_width",
                        "nlsp_ctau"}) {
    ASSERT_EQ(d.quantity(q).size(), 120u) << q;
    EXPECT_FALSE(d.units.at(q).empty()) << q;
  }
  EXPECT_EQ(d.units.at("mstau1_sq"), "GeV^2");
  EXPECT_EQ(d.units.at("nlsp_ctau"), "m");
  EXPECT_EQ(d.units.at("nlsp_kind"), "code");
  EXPECT_EQ(d.status_bit_attrs.at("bit_0"), "stau_tachyon");
  EXPECT_EQ(d.status_bit_attrs.at("bit_31"), "not_computed");
  EXPECT_EQ(d.status_bit_attrs.at("bit_names").rfind("0:stau_tachyon,1:sfermion_tachyon", 0), 0u);
  // Warnings: uint32 masks of the status's shape, every bit named like the status bits.
  ASSERT_TRUE(d.has_warnings);
  EXPECT_EQ(d.warnings.size(), d.status.size());
  std::string names;
  for (WarningBit b : all_warning_bits()) {
    const unsigned k = static_cast<unsigned>(b);
    EXPECT_EQ(d.warning_bit_attrs.at("bit_" + std::to_string(k)), warning_bit_name(b)) << k;
    names += (names.empty() ? "" : ",") + std::to_string(k) + ":" + warning_bit_name(b);
  }
  EXPECT_EQ(d.warning_bit_attrs.at("bit_names"), names);
  EXPECT_EQ(d.warning_bit_attrs.at("bit_0"), "msusy_under_relaxed");
  WarningMask known = 0;
  for (WarningBit b : all_warning_bits()) known |= bit(b);
  for (std::size_t i = 0; i < d.warnings.size(); ++i)
    EXPECT_EQ(d.warnings[i] & ~known, 0u) << i;  // only known bits
  // Convention: fatal points have NaN M_h; stau-excluded but computed points keep their values.
  for (std::size_t i = 0; i < d.status.size(); ++i) {
    if (d.status[i] & kFatalMask) {
      EXPECT_TRUE(std::isnan(d.quantity("mh")[i])) << i;
    }
    if (d.status[i] == bit(StatusBit::kStauTachyon)) {
      EXPECT_TRUE(std::isfinite(d.quantity("mh")[i]));
      EXPECT_LT(d.quantity("mstau1_sq")[i], 0.0);
    }
  }
  // Chunked and compressed (deflate).
  hid_t f = H5Fopen(out.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  ASSERT_GE(f, 0);
  {
    hid_t w = H5Dopen2(f, "results/warnings", H5P_DEFAULT);
    ASSERT_GE(w, 0);
    hid_t type = H5Dget_type(w), space = H5Dget_space(w);
    EXPECT_TRUE(H5Tequal(type, H5T_STD_U32LE) > 0);
    hsize_t dims[4] = {0, 0, 0, 0};
    ASSERT_EQ(H5Sget_simple_extent_ndims(space), 4);
    H5Sget_simple_extent_dims(space, dims, nullptr);
    EXPECT_EQ(dims[0], 2u);
    EXPECT_EQ(dims[0] * dims[1] * dims[2] * dims[3], 120u);
    EXPECT_EQ(dims[2], c.lambda_gev.size());
    EXPECT_EQ(dims[3], c.tanb.size());
    H5Sclose(space);
    H5Tclose(type);
    H5Dclose(w);
  }
  hid_t ds = H5Dopen2(f, "results/mh", H5P_DEFAULT);
  hid_t dcpl = H5Dget_create_plist(ds);
  EXPECT_EQ(H5Pget_layout(dcpl), H5D_CHUNKED);
  bool deflate = false;
  for (int i = 0; i < H5Pget_nfilters(dcpl); ++i) {
    unsigned flags;
    size_t nelem = 0;
    deflate |= H5Pget_filter2(dcpl, i, &flags, &nelem, nullptr, 0, nullptr, nullptr) == H5Z_FILTER_DEFLATE;
  }
  EXPECT_TRUE(deflate);
  H5Pclose(dcpl);
  H5Dclose(ds);
  H5Fclose(f);
}

TEST(ScanFile, FreshFileMarksEveryPointNotComputed) {
  const ScanConfig cfg = parse_scan_config(kSmall, "fresh.yaml");
  const fs::path out = temp_dir() / "fresh.h5";
  ScanMeta meta;
  meta.start_time = iso_time_now();
  {
    ScanFileWriter w = ScanFileWriter::create(out.string(), cfg, meta);
    w.publish();
  }
  const ScanFileData d = read_scan_file(out);
  ASSERT_EQ(d.status.size(), 120u);
  for (std::size_t i = 0; i < d.status.size(); ++i) {
    EXPECT_EQ(d.status[i], bit(StatusBit::kNotComputed));
    EXPECT_TRUE(std::isnan(d.quantity("mh")[i]));
  }
  EXPECT_EQ(d.int_attrs.at("complete"), 0);
}

TEST(ScanFile, FileWithoutWarningsIsReadButNotResumed) {
  // A file as earlier versions wrote it: no /results/warnings.
  const fs::path cfg = write_config("nowarn.yaml", kSmall);
  const fs::path out = temp_dir() / "nowarn.h5";
  ASSERT_EQ(run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --force --quiet --threads 1 --stop-after-lines 3"),
            130);
  {
    const hid_t f = H5Fopen(out.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    ASSERT_GE(f, 0);
    ASSERT_GE(H5Ldelete(f, "results/warnings", H5P_DEFAULT), 0);
    H5Fclose(f);
  }
  const ScanFileData d = read_scan_file(out);
  EXPECT_FALSE(d.has_warnings);
  EXPECT_TRUE(d.warnings.empty());
  {
    const gmsb::scanfile::ScanFileReader r(out.string());
    EXPECT_FALSE(r.has_warnings());
    EXPECT_EQ(r.warnings_plane(0, 0), std::vector<std::uint32_t>(r.n_lambda() * r.n_tanb(), 0u));  // none known
  }
  std::string text;
  EXPECT_EQ(run_gmsb("table " + out.string() + " --lambda 1e6 --csv", &text), 0) << text;
  // Resuming is refused, with the reason, before the file is changed.
  const std::string cmd = std::string(GMSB_BINARY) + " scan --resume -o " + out.string() + " --quiet 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string err;
  char buf[512];
  while (fgets(buf, sizeof buf, p)) err += buf;
  EXPECT_NE(pclose(p), 0);
  EXPECT_NE(err.find("has no /results/warnings"), std::string::npos) << err;
  EXPECT_NE(err.find("--force"), std::string::npos) << err;
  EXPECT_EQ(read_scan_file(out).int_attrs.at("points_done"), d.int_attrs.at("points_done"));
  EXPECT_THROW(ScanFileWriter::reopen(out.string()), gmsb::IoError);
}

TEST(ScanFile, ProvenanceJsonIsParsedAndBadJsonIsAnIoErrorNamingIt) {
  const ScanConfig cfg = parse_scan_config(kSmall, "json.yaml");
  const fs::path out = temp_dir() / "json.h5";
  {
      ScanFileWriter w = ScanFileWriter::create(out.string(), cfg, ScanMeta{});
      w.publish();
    }
  {
    const gmsb::scanfile::ScanFileReader r(out.string());
    EXPECT_EQ(r.info().settings.at("method"), "modern");
    EXPECT_EQ(r.info().settings.at("max_iterations"), cfg.settings.max_iterations);
    EXPECT_EQ(r.info().sm_inputs.at("mt_pole"), cfg.sm.mt_pole);
    EXPECT_EQ(r.info().settings.begin().key(), "method");  // keys in the order written
  }
  for (const char* attr : {"settings_json", "sm_inputs_json"}) {
    {
      ScanFileWriter w = ScanFileWriter::create(out.string(), cfg, ScanMeta{});
      w.publish();
    }
    {
      const hid_t f = H5Fopen(out.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
      ASSERT_GE(f, 0);
      gmsb::scanfile::h5::set_string_attr(f, attr, "{\"method\": kn99");
      H5Fclose(f);
    }
    try {
      gmsb::scanfile::ScanFileReader r(out.string());
      ADD_FAILURE() << attr << ": no error";
    } catch (const gmsb::IoError& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find(out.string()), std::string::npos) << what;
      EXPECT_NE(what.find(std::string("'") + attr + "'"), std::string::npos) << what;
      EXPECT_NE(what.find("not valid JSON"), std::string::npos) << what;
    }
    EXPECT_NE(run_gmsb("table " + out.string()), 0) << attr;  // the command fails on it too
  }
}

TEST(ScanCli, ScanPointsEqualGmsbPoint) {
  const fs::path cfg = write_config("point.yaml", kSmall);
  const fs::path out = temp_dir() / "point.h5";
  ASSERT_EQ(run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --force --quiet"), 0);
  const ScanFileData d = read_scan_file(out);
  // Probes: the first regular point, the first stau-excluded one and the first failed one.
  std::vector<std::size_t> probes;
  for (StatusMask want : {StatusMask(0), bit(StatusBit::kStauTachyon), StatusMask(kFatalMask)}) {
    for (std::size_t i = 0; i < d.status.size(); ++i)
      if ((want == 0 && d.status[i] == 0) || (want != 0 && (d.status[i] & want))) {
        probes.push_back(i);
        break;
      }
  }
  ASSERT_EQ(probes.size(), 3u);
  for (std::size_t i : probes) {
    const std::size_t t = i % d.shape.tanb, l = (i / d.shape.tanb) % d.shape.lambda,
                      k = (i / (d.shape.tanb * d.shape.lambda)) % d.shape.mess,
                      m = i / (d.shape.tanb * d.shape.lambda * d.shape.mess);
    char args[256];
    std::snprintf(args, sizeof args, "point --n %s --lambda %.17g --mess %.17g --tanb %.17g --json",
                  m == 0 ? "1,1,1" : "14/5,4,1", d.lambda_gev[l], d.mess_gev[k], d.tanb[t]);
    std::string json;
    ASSERT_EQ(run_gmsb(args, &json), 0) << args;
    const gmsb::json::Json point = gmsb::json::Json::parse(json);
    WarningMask warnings = 0;
    for (const auto& name : point.at("warnings"))
      for (WarningBit b : all_warning_bits())
        if (name == warning_bit_name(b)) warnings |= bit(b);
    EXPECT_EQ(warnings, d.warnings[i]) << args;
    for (const char* q : {"mh", "mA", "mu", "mstau1_sq", "mstop1", "mgluino", "m_gravitino", "m_nlsp", "nlsp_width",
                          "nlsp_ctau", "msneutrino_tau"}) {
      ASSERT_TRUE(point.contains(q)) << q;
      const double from_scan = d.quantity(q)[i];
      if (point.at(q).is_null()) {  // NaN is written as null
        EXPECT_TRUE(std::isnan(from_scan)) << q << " at " << args;
        continue;
      }
      const double from_point = point.at(q).get<double>();
      // Lines start M_SUSY from the previous Lambda: equal within Settings::msusy_rel_tol (1e-8)
      // and the 10 digits `gmsb point --json` prints.
      EXPECT_NEAR(from_scan, from_point, 1e-7 * std::fabs(from_point) + 1e-9) << q << " at " << args;
    }
  }
}

TEST(ScanFile, DocumentedH5pyExampleRuns) {
  if (std::system("/usr/bin/python3 -c 'import h5py, numpy' >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "/usr/bin/python3 without h5py";
  const fs::path cfg = write_config("h5py.yaml", kSmall);
  const fs::path out = temp_dir() / "h5py.h5";
  ASSERT_EQ(run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --force --quiet"), 0);
  // Runs the five-line example of docs/hdf5-layout.md on this file (model 3 -> model 1 here).
  const fs::path script = temp_dir() / "example.py";
  std::ofstream(script) << "import re\n"
                        << "src = open('" << GMSB_SOURCE_DIR << "/docs/hdf5-layout.md').read()\n"
                        << "code = re.search(r'```python\\n(.*?)```', src, re.S).group(1)\n"
                        << "code = code.replace('results/default.h5', '" << out.string() << "')\n"
                        << "code = code.replace('[3]', '[1]')\n"
                        << "exec(code)\n";
  FILE* p = popen(("/usr/bin/python3 " + script.string() + " 2>&1").c_str(), "r");
  ASSERT_NE(p, nullptr);
  char buf[512] = {0};
  const size_t n = fread(buf, 1, sizeof buf - 1, p);
  EXPECT_EQ(pclose(p), 0) << buf;
  // Prints the name of model 1 and its largest allowed M_h, which must match the C++ reader.
  const ScanFileData d = read_scan_file(out);
  double best = -1;
  for (std::size_t l = 0; l < d.shape.lambda; ++l)
    for (std::size_t t = 0; t < d.shape.tanb; ++t)
      if (d.status[d.index(1, 0, l, t)] == 0) best = std::max(best, d.quantity("mh")[d.index(1, 0, l, t)]);
  const std::string text(buf, n);
  EXPECT_EQ(text.rfind(d.model_names[1] + " ", 0), 0u) << text;
  EXPECT_NEAR(std::strtod(text.c_str() + d.model_names[1].size() + 1, nullptr), best, 1e-9 * best) << text;
}
