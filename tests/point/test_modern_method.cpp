// Method "modern": thresholds, two-loop terms, Higgs formula, and the comparison with published
// spectra of established spectrum generators (SOFTSUSY 3.3.9 benchmark files, docs/physics.md §9.4; ISAJET 7.87 SPS8 slope).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <iterator>

#include "higgs/higgs_modern.hpp"
#include "rge/beta_functions.hpp"
#include "matching/susy_thresholds.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "sparticles/squark_pole.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

// I(a,b,c) against its defining formula for distinct arguments, and its degenerate limit.
TEST(ModernThresholds, LoopFunctionI) {
  const double a = 1.1e6, b = 0.7e6, c = 0.4e6;
  const double direct = (a * b * std::log(a / b) + b * c * std::log(b / c) + c * a * std::log(c / a)) /
                        ((a - b) * (b - c) * (a - c));
  EXPECT_NEAR(threshold_loop_i(a, b, c), direct, 1e-12 * std::fabs(direct));
  EXPECT_NEAR(threshold_loop_i(c, a, b), direct, 1e-12 * std::fabs(direct));
  EXPECT_NEAR(threshold_loop_i(1e6, 1e6, 1e6), 0.5e-6, 1e-15);
  // Near-degenerate arguments approach the limit continuously.
  EXPECT_NEAR(threshold_loop_i(1e6 * (1 + 1e-5), 1e6, 1e6 * (1 - 1e-5)), 0.5e-6, 1e-11);
}

SusyThresholdInputs sample_thresholds() {
  SusyThresholdInputs s;
  s.valid = true;
  s.m1 = 166, s.m2 = 310, s.m3 = 857, s.mu = 390, s.at = -250;
  s.mstop1 = 995, s.mstop2 = 1095, s.msbot1 = 1066, s.msbot2 = 1083, s.mstau1 = 168, s.mstau2 = 350;
  s.mstau_l = 347, s.mstau_r = 170, s.msnu_tau = 338;
  s.msbot_l = 1070, s.msbot_r = 1079, s.stop1_left_fraction = 0.3;
  return s;
}

TEST(ModernThresholds, DeltaBVanishesWithMuAndScalesWithTanb) {
  SusyThresholdInputs s = sample_thresholds();
  const double gp = 0.36, g2 = 0.65;
  const double db15 = delta_b(s, 0.095, 0.86, gp, g2, 15);
  // mu M3 > 0: positive; estimate (2 alpha_s/3pi) M3 mu tanb/(2 m^2) ~ 0.046 for m ~ 1050 GeV,
  // reduced by the (opposite-sign) electroweak and A_t < 0 higgsino parts.
  EXPECT_GT(db15, 0.02);
  EXPECT_LT(db15, 0.1);
  EXPECT_NEAR(delta_b(s, 0.095, 0.86, gp, g2, 30), 2 * db15, 1e-12);
  // Gluino part alone against the degenerate formula (2 alpha_s/3pi) M3 mu tanb / (2 m^2) for equal masses.
  SusyThresholdInputs d = s;
  d.at = 0, d.msbot1 = d.msbot2 = d.m3 = 1000;
  EXPECT_NEAR(delta_b_parts(d, 0.1, 0.86, gp, g2, 10).gluino, 2 * 0.1 / (3 * M_PI) * 1000 * 390 * 10 / (2e6), 1e-12);
  // With the electroweak couplings off only the gluino part is left (A_t = 0: no higgsino part).
  EXPECT_NEAR(delta_b(d, 0.1, 0.86, 0, 0, 10), 2 * 0.1 / (3 * M_PI) * 1000 * 390 * 10 / (2e6), 1e-12);
  s.mu = 0;
  EXPECT_EQ(delta_b(s, 0.095, 0.86, gp, g2, 15), 0.0);
  EXPECT_EQ(delta_tau(s, 0.36, 0.65, 15), 0.0);
}

TEST(ModernThresholds, TopSusyQcdMixingTermSign) {
  // With degenerate masses at Q = M (and p -> 0) B1(0, M, M) = 0, leaving
  // -(2 alpha_s/3pi) M3 X_t I = -(alpha_s/3pi) M3 X_t / M^2 (positive for X_t < 0).
  SusyThresholdInputs s = sample_thresholds();
  s.mstop1 = s.mstop2 = s.m3 = 1000;
  s.mu = 0;
  s.at = -500;
  const double d = delta_top_susy_qcd(s, 0.1, 1e-3, 10, 1000);
  EXPECT_NEAR(d, -0.1 / (3 * M_PI) * (2 * 1000 * -500 / 2e6), 1e-6);
  EXPECT_GT(d, 0.0);
}

TEST(ModernThresholds, DrbarConversion) {
  // alpha_s^DR = alpha_s^MS (1 + alpha_s/4pi) to first order (docs/physics.md §4.2).
  const double as = 0.1, g = std::sqrt(4 * M_PI * as);
  const double gdr = gauge_msbar_to_drbar(g, 3.0);
  // Agreement up to the second-order term alpha_s^3/(16 pi^2) = 6.3e-6.
  EXPECT_NEAR(gdr * gdr / (4 * M_PI), as * (1 + as / (4 * M_PI)), 1e-5);
  EXPECT_EQ(gauge_msbar_to_drbar(0.46, 0.0), 0.46);
}

// Two-loop g3^4 and g2^4 coefficients of the MSSM Yukawa betas against the general formula of
// Martin & Vaughn (gamma^(2) contains 2 g^4 C(i) [S(R) + 2 C(i) - 3 C(G)]): y_t gets
// Q + U: 2*(4/3)*(6 + 8/3 - 9) * 2 = -16/9 per g3^4; y_tau gets L + H_d: 2*(3/4)*(7 + 3/2 - 6) * 2 = 15/2.
TEST(ModernRge, TwoLoopYukawaGaugeCoefficients) {
  MssmState y{};
  y[kYt] = 1e-3, y[kYb] = 1e-3, y[kYtau] = 1e-3;
  RgeOptions o2;
  o2.loops = 2;
  auto two_loop_part = [&](const MssmState& s, int idx) {
    MssmState d1, d2;
    RgeOptions o1;
    mssm_beta(s, d1, o1);
    mssm_beta(s, d2, o2);
    return d2[idx] - d1[idx];
  };
  const double k2 = std::pow(1.0 / (16 * M_PI * M_PI), 2);
  MssmState s3 = y;
  s3[kG3] = 1.0;
  EXPECT_NEAR(two_loop_part(s3, kYt) / (k2 * y[kYt]), -16.0 / 9, 1e-4);
  MssmState s2 = y;
  s2[kG2] = 1.0;
  EXPECT_NEAR(two_loop_part(s2, kYtau) / (k2 * y[kYtau]), 15.0 / 2, 1e-4);
  EXPECT_NEAR(two_loop_part(s2, kYt) / (k2 * y[kYt]), 15.0 / 2, 1e-4);  // Q + H_u
}

TEST(ModernHiggs, DecouplingLimitMatchesSpecFormula) {
  // docs/physics.md §7.1 decoupling formula evaluated directly vs the matrix with m_A = 3 TeV.
  HiggsModernInputs in;
  in.base.beta = BetaAngles::from_tanb(20);
  in.base.ma = 3000;
  in.base.mz = 91.1876;
  in.base.vev = 174.1;
  in.base.mt = 163.3;
  in.base.mb = 2.4;
  in.base.mq = in.base.mu3 = in.base.md3 = 1000;
  in.base.at = -800;
  in.base.ab = -800;
  in.base.mu = 300;
  in.mt_pole = 172.57;
  in.alpha_s_mt = 0.1079;
  const double xt = in.base.at - in.base.mu / in.base.beta.tanb;
  const double ms2 = 1000.0 * 1000.0 + in.base.mt * in.base.mt;
  in.mstop1 = in.mstop2 = std::sqrt(ms2);
  const HiggsKn99Result r = higgs_mass_modern(in);
  const double cb = 1 / std::sqrt(1 + 400.0), c2b = 2 * cb * cb - 1;
  const double mt = in.base.mt, v = in.base.vev, t = std::log(ms2 / (in.mt_pole * in.mt_pole));
  const double x2 = xt * xt / ms2, xtil = 2 * x2 * (1 - x2 / 12);
  const double spec = in.base.mz * in.base.mz * c2b * c2b * (1 - 3 / (8 * M_PI * M_PI) * mt * mt / (v * v) * t) +
                      3 / (4 * M_PI * M_PI) * std::pow(mt, 4) / (v * v) *
                          (t + xtil / 2 +
                           1 / (16 * M_PI * M_PI) * (1.5 * mt * mt / (v * v) - 32 * M_PI * in.alpha_s_mt) * (xtil * t + t * t));
  std::printf("decoupling: matrix %.2f GeV, docs/physics.md §7.1 formula %.2f GeV\n", std::sqrt(r.mh_sq), std::sqrt(spec));
  // Diagonalising the matrix at m_A = 3 TeV reproduces the closed form up to O(m_Z^2/m_A^2).
  EXPECT_NEAR(std::sqrt(r.mh_sq), std::sqrt(spec), 0.05);
  // CHHHWW's m_t-bar: 172.57/(1 + 4 0.1079/(3 pi)) = 165.01 GeV.
  EXPECT_NEAR(higgs_mt_bar(172.57, 0.1079), 165.01, 0.01);
  // The two-loop terms lower m_h (alpha_s dominates).
  EXPECT_LT(higgs_two_loop_ll_m22(in), 0.0);
}

TEST(ModernSquarkPole, LimitsOfTheQcdCorrection) {
  // x -> 0 at Q = m: m_pole^2 = m^2 (1 + 2 alpha_s/3pi).
  const double g3 = std::sqrt(4 * M_PI * 0.1);
  EXPECT_NEAR(squark_pole_mass_qcd(1000, 1e-6, g3, 1000), 1000 * std::sqrt(1 + 0.2 / (3 * M_PI)), 1e-6);
  // x = 1 at Q = m: bracket = 1 + 3 = 4.
  EXPECT_NEAR(squark_pole_mass_qcd(1000, 1000, g3, 1000), 1000 * std::sqrt(1 + 0.8 / (3 * M_PI)), 1e-9);
}

/// SM inputs of the SOFTSUSY 3.3.9 benchmark files (their block SMINPUTS). sin^2 theta_W MSbar
/// is not an input there; 0.2312 is the MSbar value for these inputs.
SMInputs softsusy_benchmark_inputs() {
  SMInputs s;
  s.mz = 91.1876;
  s.gf = 1.16637e-5;
  s.alpha_em_inv = 127.934;
  s.sin2w = 0.2312;
  s.alpha_s = 0.1172;
  s.mt_pole = 173.3;
  s.mb_mb = 4.25;
  s.mtau_pole = 1.777;
  return s;
}

struct Reference {
  const char* name;
  double lambda, mess, n5;
  double mh, gluino, dL, eR, stau1, chi1;
};

// SOFTSUSY 3.3.9 benchmarks/mgmsb*.spec (tan(beta) = 15, mu > 0), block MASS. Public copy:
// github.com/wavewave/twoscale_softsusy, softsusy-3.3.9-iw20140627/benchmarks/.
constexpr Reference kSoftsusy[] = {
    {"mgmsb2.1.4", 99e3, 110e3, 1, 113.035, 942.10, 1124.51, 173.90, 168.05, 160.38},
    {"mgmsb2.1.1", 72e3, 80e3, 1, 110.612, 707.37, 840.58, 129.44, 122.81, 114.27},
    {"mgmsb2.1.2", 81e3, 90e3, 1, 111.535, 786.36, 935.95, 144.10, 137.82, 129.70},
    {"mgmsb1.3", 45e3, 90e3, 3, 112.047, 1052.46, 1003.84, 145.77, 139.38, 184.86},
    // Added (branch refs): more N5 = 3 points, the heaviest N5 = 1 point of the low-M line, and
    // the high-messenger-scale line M = 1e9 and 1e14 GeV (long running, large A_t).
    {"mgmsb1.1", 35e3, 70e3, 3, 110.111, 839.05, 799.29, 116.28, 109.01, 140.80},
    {"mgmsb1.4", 60e3, 100e3, 3, 114.113, 1390.76, 1311.57, 190.78, 185.14, 255.82},
    {"mgmsb2.1.6", 117e3, 130e3, 1, 114.218, 1095.38, 1310.61, 204.13, 198.44, 190.92},
    {"mgmsb2.2.1", 120e3, 1e9, 1, 113.648, 932.92, 1192.99, 258.43, 248.02, 160.21},
    {"mgmsb2.2.2", 130e3, 1e14, 1, 114.404, 990.61, 1210.08, 393.87, 379.74, 172.90},
    {"mgmsb2.2.6", 170e3, 1e14, 1, 116.193, 1263.09, 1555.37, 511.97, 495.09, 227.57},
};

/// The SM inputs of the ISAJET 7.87 SPS8-slope files (their block SMINPUTS; ISAJET does not give
/// sin^2 theta_W, 0.2312 as above).
SMInputs isajet_sps8_inputs() {
  SMInputs s;
  s.mz = 91.17;
  s.gf = 1.1657e-5;
  s.alpha_em_inv = 128.0;
  s.sin2w = 0.2312;
  s.alpha_s = 0.12;
  s.mt_pole = 173.1;
  s.mb_mb = 4.2;
  s.mtau_pole = 1.777;
  return s;
}

// ISAJET 7.87 (ISASUGRA, SLHA written by ISALHA 2.0) on the SPS8 slope M = 2 Lambda, N5 = 1,
// tan(beta) = 15, mu > 0: SPS8 itself (Lambda = 100 TeV) and Lambda = 400 TeV. Public copies: CMS
// GMSB generator fragments (SLHA_TABLE of the SPS8-slope samples, GMSB_L*TeV_Ctau*cm), block MASS.
constexpr Reference kIsajetSps8[] = {
    {"SPS8", 100e3, 200e3, 1, 112.661, 837.94, 1122.79, 175.36, 173.51, 139.42},
    // Stops at 3.5-3.9 TeV: the two-loop leading-log m_h alone was 3.3 GeV low here (116.73); the
    // resummed EFT m_h (higgs_eft.hpp) is needed to meet the 1.5 GeV criterion.
    {"SPS8 L400", 400e3, 800e3, 1, 120.076, 2934.49, 4045.28, 697.89, 699.89, 576.42},
};

/// Computes every reference point with method modern and the reference's SM inputs; asserts the
/// issue-6 criteria.
void compare_with(const SMInputs& sm, const Reference* refs, std::size_t n_refs) {
  SpectrumCalculator calc(sm, [] {
    Settings s;
    s.method = HiggsMethod::kModern;
    return s;
  }());
  for (std::size_t i = 0; i < n_refs; ++i) {
    const Reference& ref = refs[i];
    PointInput in;
    const int n = int(ref.n5);
    in.n = parse_indices(std::to_string(n) + "," + std::to_string(n) + "," + std::to_string(n));
    in.lambda_gev = ref.lambda;
    in.mess_gev = ref.mess;
    in.tanb = 15;
    const PointResult r = calc.compute(in);
    ASSERT_EQ(r.status, 0u) << ref.name;
    std::printf("%-11s m_h %.2f (%.2f)  gluino %.1f (%.1f)  d_L %.1f (%.1f)  e_R %.1f (%.1f)  stau1 %.1f (%.1f)  chi1 %.1f (%.1f)\n",
                ref.name, r.mh, ref.mh, r.mgluino, ref.gluino, r.msquark_dL, ref.dL, r.mselectron_R, ref.eR, r.mstau1,
                ref.stau1, r.mneutralino[0], ref.chi1);
    EXPECT_NEAR(r.mh, ref.mh, 1.5) << ref.name;
    EXPECT_NEAR(r.mgluino / ref.gluino, 1.0, 0.03) << ref.name;
    EXPECT_NEAR(r.msquark_dL / ref.dL, 1.0, 0.03) << ref.name;
    EXPECT_NEAR(r.mneutralino[0] / ref.chi1, 1.0, 0.03) << ref.name;
    // Slepton pole masses with the one-loop self-energies (slepton_pole.hpp).
    EXPECT_NEAR(r.mselectron_R / ref.eR, 1.0, 0.03) << ref.name;
    EXPECT_NEAR(r.mstau1 / ref.stau1, 1.0, 0.03) << ref.name;
  }
}

TEST(ModernBenchmark, SoftsusyGmsbBenchmarks) {
  compare_with(softsusy_benchmark_inputs(), kSoftsusy, std::size(kSoftsusy));
}

TEST(ModernBenchmark, IsajetSps8Slope) {
  compare_with(isajet_sps8_inputs(), kIsajetSps8, std::size(kIsajetSps8));
}

TEST(ModernBenchmark, DrbarSoftParametersMatchSoftsusy) {
  // docs/physics.md §9.4: SOFTSUSY 3.3.9 DRbar parameters of mgmsb2.1.4 at Q = 1021.9 GeV. Ours at
  // M_SUSY = 1020 GeV (the 0.2 % scale difference is negligible here). Two-loop RGEs throughout.
  SpectrumCalculator calc(softsusy_benchmark_inputs(), [] {
    Settings s;
    s.method = HiggsMethod::kModern;
    return s;
  }());
  PointInput in;
  in.n = parse_indices("1,1,1");
  in.lambda_gev = 99e3;
  in.mess_gev = 110e3;
  in.tanb = 15;
  const PointResult r = calc.compute(in);
  ASSERT_EQ(r.status, 0u);
  const MssmState& y = r.at_msusy;
  struct Row { const char* name; double ours, softsusy; };
  const Row rows[] = {
      {"M1", y[kM1], 167.0},   {"M2", y[kM2], 314.5},   {"M3", y[kM3], 856.5},
      {"A_t", y[kAt], -247.1}, {"mu", r.mu, 390.6},
      {"mqL1", std::sqrt(y[kMQ1]), 1093.5}, {"muR", std::sqrt(y[kMU1]), 1048.5},
      {"meL", std::sqrt(y[kML1]), 342.0},   {"meR", std::sqrt(y[kME1]), 163.4},
      {"mqL3", std::sqrt(y[kMQ3]), 1055.6}, {"mtR", std::sqrt(y[kMU3]), 970.9},
      {"mtauR", std::sqrt(y[kME3]), 161.4},
  };
  for (const Row& row : rows) {
    std::printf("%-6s ours %9.2f  SOFTSUSY %9.2f  (%+.2f %%)\n", row.name, row.ours, row.softsusy,
                100 * (row.ours / row.softsusy - 1));
    EXPECT_NEAR(row.ours / row.softsusy, 1.0, 0.02) << row.name;  // docs/physics.md §9.4: "~1-2 %"
  }
}

}  // namespace
}  // namespace gmsb

// SLHA output: written by `gmsb point --slha`, parsed back with a minimal block/entry reader.
#include <array>
#include <map>
#include <memory>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

namespace {
using SlhaBlocks = std::map<std::string, std::map<std::string, std::string>>;

/// Minimal SLHA reader: block name (upper case) -> "i" or "i j" -> value text.
SlhaBlocks parse_slha(const std::string& text) {
  SlhaBlocks out;
  std::istringstream in(text);
  std::string line, current;
  while (std::getline(in, line)) {
    const auto hash = line.find('#');
    if (hash != std::string::npos) line = line.substr(0, hash);
    std::istringstream ls(line);
    std::vector<std::string> tok;
    for (std::string t; ls >> t;) tok.push_back(t);
    if (tok.empty()) continue;
    if (tok[0] == "Block" || tok[0] == "BLOCK") {
      current = tok.at(1);
      for (auto& c : current) c = char(std::toupper(c));
      out[current];
      continue;
    }
    if (tok.size() == 1) out[current]["-"] = tok[0];
    else if (tok.size() == 2) out[current][tok[0]] = tok[1];
    else out[current][tok[0] + " " + tok[1]] = tok[2];
  }
  return out;
}

std::string run_capture(const std::string& cmd) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd.c_str(), "r"), pclose);
  if (!p) return out;
  std::array<char, 4096> buf;
  while (size_t n = fread(buf.data(), 1, buf.size(), p.get())) out.append(buf.data(), n);
  return out;
}
}  // namespace

TEST(Slha, PointWritesReadableSlha) {
  const std::string text = run_capture(std::string(GMSB_BINARY) +
                                       " point --n 1,1,1 --lambda 99e3 --mess 110e3 --tanb 15 --method modern --slha");
  const SlhaBlocks b = parse_slha(text);
  for (const char* name : {"SPINFO", "MODSEL", "SMINPUTS", "MINPAR", "MASS", "NMIX", "UMIX", "VMIX", "STOPMIX",
                           "SBOTMIX", "STAUMIX", "ALPHA", "HMIX", "GAUGE", "YU", "YD", "YE", "AU", "AD", "AE", "MSOFT"})
    EXPECT_EQ(b.count(name), 1u) << name;
  EXPECT_EQ(b.at("MODSEL").at("1"), "2");
  EXPECT_DOUBLE_EQ(std::stod(b.at("MINPAR").at("1")), 99e3);
  EXPECT_DOUBLE_EQ(std::stod(b.at("MINPAR").at("3")), 15.0);
  EXPECT_DOUBLE_EQ(std::stod(b.at("MINPAR").at("5")), 1.0);  // N5 = 1: (N1, N2, N3) = (1, 1, 1)
  EXPECT_EQ(b.at("SPINFO").count("4"), 0u);  // no problems at this point
  // The masses read back equal the JSON output of the same point.
  const std::string js = run_capture(std::string(GMSB_BINARY) +
                                     " point --n 1,1,1 --lambda 99e3 --mess 110e3 --tanb 15 --method modern --json");
  const auto j = nlohmann::ordered_json::parse(js);
  auto json_number = [&](const std::string& key) { return j.at(key).get<double>(); };
  EXPECT_NEAR(std::stod(b.at("MASS").at("25")), json_number("mh"), 1e-6 * json_number("mh"));
  EXPECT_NEAR(std::stod(b.at("MASS").at("1000021")), json_number("mgluino"), 1e-6 * json_number("mgluino"));
  EXPECT_NEAR(std::fabs(std::stod(b.at("MASS").at("1000022"))), j.at("mneutralino").at(0).get<double>(),
              1e-4);
  // Mixing matrices are orthogonal: rows of NMIX are unit vectors, STOPMIX has determinant 1
  // (to the 9 significant digits printed: 1e-7).
  for (int i = 1; i <= 4; ++i) {
    double norm = 0;
    for (int j = 1; j <= 4; ++j) norm += std::pow(std::stod(b.at("NMIX").at(std::to_string(i) + " " + std::to_string(j))), 2);
    EXPECT_NEAR(norm, 1.0, 1e-7);
  }
  const auto& st = b.at("STOPMIX");
  EXPECT_NEAR(std::stod(st.at("1 1")) * std::stod(st.at("2 2")) - std::stod(st.at("1 2")) * std::stod(st.at("2 1")), 1.0, 1e-7);
  EXPECT_GT(std::stod(b.at("MSOFT").at("3")), 800.0);
}
