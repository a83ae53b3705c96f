// The running of tan(beta) (docs/physics.md §4.5, matching/tanb_running.hpp): the anomalous
// dimensions against hand-computed numbers, the RK4 run against an independent hand-run of the
// one-loop RGEs, and method modern's input at M_Z against tan(beta) at M_SUSY.
#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "gmsb/spectrum_calculator.hpp"
#include "matching/low_scale_matching.hpp"
#include "matching/tanb_running.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

constexpr double kK = 1.0 / (16.0 * M_PI * M_PI);

MssmState couplings(double g1, double g2, double g3, double yt, double yb, double ytau) {
  MssmState y{};
  y[kG1] = g1, y[kG2] = g2, y[kG3] = g3, y[kYt] = yt, y[kYb] = yb, y[kYtau] = ytau;
  return y;
}

// gamma_Hd - gamma_Hu at one loop: k (3 y_b^2 + y_tau^2 - 3 y_t^2), by hand for round couplings.
TEST(TanbRunning, OneLoopAnomalousDimensionsByHand) {
  const MssmState y = couplings(0.5, 0.6, 1.0, 0.9, 0.2, 0.1);
  const double hand = kK * (3 * 0.04 + 0.01 - 3 * 0.81);  // = -2.3 k
  EXPECT_NEAR(tanb_log_beta(y, 1), hand, 1e-15);
  EXPECT_NEAR(tanb_log_beta(y, 1), -2.3 * kK, 1e-15);
}

// The two-loop term for y_t = 1, y_b = y_tau = 0, g1 = 0, g3 = 1: k^2 (9 - 16) = -7 k^2; and for
// y_b = 1 alone: k^2 (-9 + 16) = +7 k^2 (the top and bottom roles swap with the sign).
TEST(TanbRunning, TwoLoopTermByHand) {
  const MssmState top = couplings(0.0, 0.6, 1.0, 1.0, 0.0, 0.0);
  EXPECT_NEAR(tanb_log_beta(top, 2) - tanb_log_beta(top, 1), -7.0 * kK * kK, 1e-16);
  const MssmState bottom = couplings(0.0, 0.6, 1.0, 0.0, 1.0, 0.0);
  EXPECT_NEAR(tanb_log_beta(bottom, 2) - tanb_log_beta(bottom, 1), 7.0 * kK * kK, 1e-16);
  // g1 and y_tau: (-4/5 - ... ) pieces, g1 = 1, y_t = 1, g3 = 0: 9 - 4/5 = 8.2; y_tau = 1 alone: -3 + 6/5.
  EXPECT_NEAR(tanb_log_beta(couplings(1, 0, 0, 1, 0, 0), 2) - tanb_log_beta(couplings(1, 0, 0, 1, 0, 0), 1),
              8.2 * kK * kK, 1e-16);
  EXPECT_NEAR(tanb_log_beta(couplings(1, 0, 0, 0, 0, 1), 2) - tanb_log_beta(couplings(1, 0, 0, 0, 0, 1), 1),
              -1.8 * kK * kK, 1e-16);
}

/// The test's own hand-run: explicit Euler on the one-loop MSSM gauge and Yukawa RGEs
/// (Martin & Vaughn PRD 50 (1994) 2282) and d ln(tan beta)/dt = k (3 y_b^2 + y_tau^2 - 3 y_t^2);
/// returns tan(beta) at t1 and leaves the couplings (g1, g2, g3, y_t, y_b, y_tau) at t1 in c.
double hand_run_one_loop(double tanb, std::array<double, 6>& c, double t0, double t1, int steps) {
  const double h = (t1 - t0) / steps;
  double ltb = std::log(tanb);
  for (int i = 0; i < steps; ++i) {
    const double G1 = c[0] * c[0], G2 = c[1] * c[1], G3 = c[2] * c[2];
    const double Yt = c[3] * c[3], Yb = c[4] * c[4], Yl = c[5] * c[5];
    const std::array<double, 6> d{kK * 33.0 / 5 * G1 * c[0], kK * G2 * c[1], -3 * kK * G3 * c[2],
                                  kK * c[3] * (6 * Yt + Yb - 16.0 / 3 * G3 - 3 * G2 - 13.0 / 15 * G1),
                                  kK * c[4] * (Yt + 6 * Yb + Yl - 16.0 / 3 * G3 - 3 * G2 - 7.0 / 15 * G1),
                                  kK * c[5] * (3 * Yb + 4 * Yl - 3 * G2 - 9.0 / 5 * G1)};
    ltb += h * kK * (3 * Yb + Yl - 3 * Yt);
    for (int j = 0; j < 6; ++j) c[j] += h * d[j];
  }
  return std::exp(ltb);
}

TEST(TanbRunning, OneLoopRunMatchesHandRun) {
  // Couplings of a 2 TeV MSSM at tan(beta) ~ 15, run down to M_Z.
  std::array<double, 6> c{0.47, 0.64, 1.00, 0.86, 0.20, 0.15};
  const double t_s = std::log(2000.0), t_z = std::log(91.1876);
  MssmState y = couplings(c[0], c[1], c[2], c[3], c[4], c[5]);
  const double lib = run_tanb(15.0, y, t_s, t_z, 1);
  const double hand = hand_run_one_loop(15.0, c, t_s, t_z, 200000);
  EXPECT_NEAR(lib, hand, 2e-6 * hand);
  EXPECT_GT(lib, 15.0);  // y_t dominates: tan(beta) grows towards low scales
  for (int j = 0; j < 6; ++j) EXPECT_NEAR(y[kG1 + j], c[j], 1e-6) << j;  // the couplings come along
  // Running back up returns the start (RK4 is far more accurate than the Euler hand-run).
  EXPECT_NEAR(run_tanb(lib, y, t_z, t_s, 1), 15.0, 1e-9);
}

// The two-loop run differs from the one-loop one by O(k^2 ln) only: tan(beta) within 0.5 %.
TEST(TanbRunning, TwoLoopRunIsASmallCorrection) {
  MssmState y1 = couplings(0.47, 0.64, 1.00, 0.86, 0.20, 0.15), y2 = y1;
  const double t_s = std::log(3000.0), t_z = std::log(91.1876);
  const double one = run_tanb(20.0, y1, t_s, t_z, 1), two = run_tanb(20.0, y2, t_s, t_z, 2);
  EXPECT_NE(one, two);
  EXPECT_NEAR(two, one, 5e-3 * one);
}

// tanb_at_msusy is the self-consistent solution: matched at M_SUSY with its tan(beta) and run
// down to M_Z, the input comes back.
TEST(TanbRunning, TanbAtMsusyReproducesTheInputAtMz) {
  Settings s;
  s.method = HiggsMethod::kModern;
  const SMInputs sm = SMInputs::pdg2024();
  const LowScaleMatching low(sm, effective_settings(s));
  for (double tanb_mz : {5.0, 15.0, 40.0}) {
    const double msusy = 2500.0;
    const double tb = low.tanb_at_msusy(tanb_mz, msusy, SusyThresholdInputs{});
    MssmState y{};
    ASSERT_TRUE(modern_mssm_couplings_at_msusy(low.sm_couplings_at_mt(), msusy, BetaAngles::from_tanb(tb),
                                               SusyThresholdInputs{}, y));
    EXPECT_NEAR(run_tanb(tb, y, std::log(msusy), std::log(sm.mz), 2), tanb_mz, 1e-9 * tanb_mz);
    EXPECT_LT(tb, tanb_mz);  // a few per cent lower at M_SUSY
    EXPECT_GT(tb, 0.9 * tanb_mz);
  }
}

// The calculator: method modern reports the input as tan(beta)(M_Z) and the run value at M_SUSY
// (lower, e.g. 15 -> 14.6); kn99 keeps the seed's convention (the same at both scales).
TEST(TanbRunning, PointResultCarriesBothScales) {
  Settings modern;
  modern.method = HiggsMethod::kModern;
  const PointInput in(MessengerIndices{5, 1, 1}, 1e5, 1e8, 15.0);
  const PointResult r = SpectrumCalculator(SMInputs::pdg2024(), modern).compute(in);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.tanb_mz, 15.0);
  EXPECT_LT(r.tanb_msusy, 15.0);
  EXPECT_GT(r.tanb_msusy, 14.0);
  Settings kn99 = Settings::kn99();
  const PointResult k = SpectrumCalculator(SMInputs::kn99(), kn99).compute(in);
  EXPECT_EQ(k.tanb_mz, 15.0);
  EXPECT_EQ(k.tanb_msusy, 15.0);
}

}  // namespace
}  // namespace gmsb
