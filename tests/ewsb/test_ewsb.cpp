// EWSB at M_SUSY: tadpoles against the effective potential, residuals at the solution (docs/physics.md §5).
#include <gtest/gtest.h>

#include "ewsb/beta_angles.hpp"

#include <cmath>

#include "ewsb/ewsb.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;

namespace {

/// A hand-made third-generation state at M_SUSY (GeV, GeV^2).
MssmState sample_state() {
  MssmState y{};
  y[kG1] = 0.47; y[kG2] = 0.64; y[kG3] = 1.05;
  y[kYt] = 0.88; y[kYb] = 0.45; y[kYtau] = 0.3;
  y[kAt] = -450; y[kAb] = -600; y[kAtau] = -80;
  y[kMQ3] = 900.0 * 900; y[kMU3] = 780.0 * 780; y[kMD3] = 930.0 * 930;
  y[kML3] = 350.0 * 350; y[kME3] = 190.0 * 190;
  y[kMHu2] = -2.5e5; y[kMHd2] = 4e4;
  return y;
}

/// One-loop top/stop + bottom/sbottom effective potential without D-terms (Coleman-Weinberg,
/// DRbar): DeltaV = (1/64 pi^2) STr M^4 (ln(M^2/Q^2) - 3/2), independent of ewsb.cpp.
double effective_potential(const MssmState& y, double vu, double vd, double mu, double q) {
  auto g = [&](double m2) { return m2 * m2 * (std::log(m2 / (q * q)) - 1.5); };
  auto squarks = [&](double mL2, double mR2, double m, double off) {
    const double mean = 0.5 * (mL2 + mR2 + 2 * m * m), root = std::hypot(0.5 * (mL2 - mR2), off);
    return 6.0 * (g(mean - root) + g(mean + root)) - 12.0 * g(m * m);
  };
  const double mt = y[kYt] * vu, mb = y[kYb] * vd;
  const double stop_off = y[kYt] * (y[kAt] * vu - mu * vd);
  const double sbot_off = y[kYb] * (y[kAb] * vd - mu * vu);
  return (squarks(y[kMQ3], y[kMU3], mt, stop_off) + squarks(y[kMQ3], y[kMD3], mb, sbot_off)) /
         (64.0 * M_PI * M_PI);
}

}  // namespace

TEST(Ewsb, EpFunctionIsDerivativeOfColemanWeinberg) {
  // F(m^2) = d/dm^2 [m^4 (ln(m^2/Q^2) - 3/2)] = 2 m^2 (ln(m^2/Q^2) - 1).
  const double q2 = 900.0 * 900, m2 = 7e5, h = 1.0;
  auto g = [&](double x) { return x * x * (std::log(x / q2) - 1.5); };
  EXPECT_NEAR(ep_function_f(m2, q2), (g(m2 + h) - g(m2 - h)) / (2 * h), 1e-4);
}

TEST(Ewsb, TadpolesEqualEffectivePotentialDerivatives) {
  // docs/physics.md §9.1: Sigma_i = (1/2 v_i) dDeltaV/dv_i, checked by central finite differences.
  MssmState y = sample_state();
  ElectroweakConstants ew;
  ew.mz = 1e-7;  // the tadpoles of docs/physics.md §5.2 neglect the D-term pieces: switch them off on both sides
  const double tanb = 10, mu = 520, q = 880;
  const double vu = ew.vev * tanb / std::sqrt(1 + tanb * tanb), vd = ew.vev / std::sqrt(1 + tanb * tanb);
  double su, sd, da;
  ASSERT_TRUE(third_generation_tadpoles(y, BetaAngles::from_tanb(tanb), mu, q, ew, false, su, sd, da));
  const double h = 1e-3;
  const double dvu = (effective_potential(y, vu + h, vd, mu, q) - effective_potential(y, vu - h, vd, mu, q)) / (2 * h);
  const double dvd = (effective_potential(y, vu, vd + h, mu, q) - effective_potential(y, vu, vd - h, mu, q)) / (2 * h);
  EXPECT_NEAR(su, dvu / (2 * vu), 1e-6 * std::fabs(su) + 1e-3);
  EXPECT_NEAR(sd, dvd / (2 * vd), 1e-6 * std::fabs(sd) + 1e-3);
}

TEST(Ewsb, ResidualsVanishAtTheSolution) {
  MssmState y = sample_state();
  ElectroweakConstants ew;
  for (double tanb : {3.0, 10.0, 30.0}) {
    for (int sign : {+1, -1}) {
      EwsbResult r = solve_ewsb(y, BetaAngles::from_tanb(tanb), sign, 880, ew);
      ASSERT_TRUE(r.ok) << tanb;
      EXPECT_EQ(r.mu > 0 ? 1 : -1, sign);
      double ru, rd;
      ewsb_residuals(y, BetaAngles::from_tanb(tanb), r.mu, r.bmu, 880, ew, false, ru, rd);
      EXPECT_NEAR(ru, 0.0, 1e-6 * r.mu_sq) << tanb;
      EXPECT_NEAR(rd, 0.0, 1e-6 * r.mu_sq) << tanb;
    }
  }
}

TEST(Ewsb, TreeLevelLimitWithoutYukawas) {
  // docs/physics.md §5.1: without Yukawas the tadpoles vanish and |mu|^2 = (m_Hd^2 - m_Hu^2 t^2)/(t^2-1) - m_Z^2/2.
  MssmState y = sample_state();
  y[kYt] = y[kYb] = y[kYtau] = 0;
  ElectroweakConstants ew;
  const double t = 20;
  EwsbResult r = solve_ewsb(y, BetaAngles::from_tanb(t), 1, 880, ew);
  ASSERT_TRUE(r.ok);
  const double mu2 = (y[kMHd2] - y[kMHu2] * t * t) / (t * t - 1) - 0.5 * ew.mz * ew.mz;
  EXPECT_NEAR(r.mu_sq, mu2, 1e-9 * mu2);
  EXPECT_NEAR(r.ma_sq, y[kMHu2] + y[kMHd2] + 2 * mu2, 1e-6);
}

TEST(Ewsb, NoEwsbWhenHuMassSquaredPositive) {
  // docs/physics.md §6.6 item 10: m_Hu^2 > 0 at M_SUSY means |mu|^2 < 0 for large tan(beta).
  MssmState y = sample_state();
  y[kMHu2] = 8.6e4;
  EwsbResult r = solve_ewsb(y, BetaAngles::from_tanb(29), 1, 880, ElectroweakConstants{});
  EXPECT_FALSE(r.ok);
  EXPECT_LT(r.mu_sq, 0);
}
