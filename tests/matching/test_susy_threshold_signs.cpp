// Sign and limit checks of one-loop terms of method "modern": the tan(beta)-enhanced Delta_tau
// and Delta_b (bino and wino parts) and the top/bottom mixing term of the gluino pole mass.
#include <gtest/gtest.h>

#include "ewsb/beta_angles.hpp"

#include <array>
#include <cmath>

#include "sparticles/neutralinos_charginos.hpp"
#include "sparticles/sfermions.hpp"
#include "matching/susy_thresholds.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

SusyThresholdInputs degenerate_thresholds(double m) {
  SusyThresholdInputs s;
  s.valid = true;
  s.m1 = s.m2 = s.m3 = s.mu = m;
  s.mstop1 = s.mstop2 = s.msbot1 = s.msbot2 = m;
  s.mstau1 = s.mstau2 = s.mstau_l = s.mstau_r = s.msnu_tau = m;
  s.msbot_l = s.msbot_r = m;
  s.stop1_left_fraction = 0.5;
  return s;
}

// All masses equal to m: every I = 1/(2 m^2) and M mu/(2 m^2) = 1/2, so (Marchetti et al. PRD 79
// (2009) 013010 eq. 8 / PBMZ D.19) Delta_tau = tanb [alpha_1 (1 - 1 + 1/2) - alpha_2 (1 + 1/2)]/(8 pi)
// = tanb (alpha_1 - 3 alpha_2)/(16 pi).
TEST(DeltaTau, DegenerateLimitClosedForm) {
  const double gp = 0.36, g2 = 0.65, tanb = 20;
  const double a1 = gp * gp / (4 * M_PI), a2 = g2 * g2 / (4 * M_PI);
  const SusyThresholdInputs s = degenerate_thresholds(700);
  EXPECT_NEAR(delta_tau(s, gp, g2, tanb), tanb * (a1 - 3 * a2) / (16 * M_PI), 1e-12);
  // Wino-dominated: negative for mu M2 > 0, opposite to the bino part.
  EXPECT_LT(delta_tau(s, gp, g2, tanb), 0.0);
}

TEST(DeltaTau, WinoPartSignAndScaling) {
  // Bino decoupled (M1 = 0): only the wino-higgsino loops remain; they are odd in mu and linear
  // in tan(beta), and negative for mu M2 > 0 (same convention as delta_b: m = y v cos(beta)(1 + Delta)).
  SusyThresholdInputs s = degenerate_thresholds(500);
  s.m1 = 0;
  s.m2 = 310, s.mu = 390, s.msnu_tau = 340, s.mstau_l = 345;
  const double g2 = 0.65, a2 = g2 * g2 / (4 * M_PI);
  const double d = delta_tau(s, 0.36, g2, 15);
  // Against the explicit formula with I from its defining expression (test LoopFunctionI).
  auto i_def = [](double a, double b, double c) {
    return (a * b * std::log(a / b) + b * c * std::log(b / c) + c * a * std::log(c / a)) / ((a - b) * (b - c) * (a - c));
  };
  const double m22 = 310.0 * 310, mu2 = 390.0 * 390;
  const double expected = -a2 / (4 * M_PI) * 310 * 390 * 15 * (i_def(340.0 * 340, m22, mu2) + 0.5 * i_def(345.0 * 345, m22, mu2));
  EXPECT_NEAR(d, expected, 1e-10);
  EXPECT_LT(d, 0.0);
  // Size: the degenerate-mass estimate -(alpha_2/4pi)(3/2) tanb M2 mu/(2 m^2) at m = 350 GeV
  // is -3.0 % (tan(beta) = 15).
  EXPECT_NEAR(d, -a2 / (4 * M_PI) * 1.5 * 15 * 310 * 390 / (2 * 350.0 * 350), 0.1 * std::fabs(d));
  EXPECT_NEAR(delta_tau(s, 0.36, g2, 30), 2 * d, 1e-12);
  s.mu = -390;
  EXPECT_NEAR(delta_tau(s, 0.36, g2, 15), -d, 1e-12);
  // Decoupling the wino-higgsino loops (heavy sneutrino and stau_L) switches the part off.
  s.mu = 390, s.msnu_tau = s.mstau_l = 1e6;
  EXPECT_NEAR(delta_tau(s, 0.36, g2, 15), 0.0, 1e-6);
}

// All masses equal to m = 1 TeV, A_t = m: every I = 1/(2 m^2), M mu I = 1/2, so
//   gluino   = (2 alpha_s/3pi)(1/2) tanb            = alpha_s tanb/(3 pi)
//   higgsino = (y_t^2/16pi^2)(1/2) tanb             = y_t^2 tanb/(32 pi^2)
//   wino     = -(alpha_2/4pi)(1/2)(1 + 1/2) tanb    = -3 alpha_2 tanb/(16 pi)
//   bino     = -(alpha_1/12pi)(1/2)(1/3 + 1 + 1/2) tanb = -11 alpha_1 tanb/(144 pi).
// Hand values for alpha_s = 0.1, y_t = 0.86, g' = 0.36, g2 = 0.65, tanb = 10:
// 0.1061033, 0.0234179, -0.0200663, -0.0025077; total 0.1069471.
TEST(DeltaB, DegenerateLimitHandValues) {
  SusyThresholdInputs s = degenerate_thresholds(1000);
  s.at = 1000;
  const DeltaBParts p = delta_b_parts(s, 0.1, 0.86, 0.36, 0.65, 10);
  EXPECT_NEAR(p.gluino, 0.1061033, 1e-7);
  EXPECT_NEAR(p.higgsino, 0.0234179, 1e-7);
  EXPECT_NEAR(p.wino, -0.0200663, 1e-7);
  EXPECT_NEAR(p.bino, -0.0025077, 1e-7);
  EXPECT_NEAR(delta_b(s, 0.1, 0.86, 0.36, 0.65, 10), 0.1069471, 1e-7);
  // The stop_L content only redistributes the charged wino loop between stop_1 and stop_2.
  s.stop1_left_fraction = 0.1;
  EXPECT_NEAR(delta_b_parts(s, 0.1, 0.86, 0.36, 0.65, 10).wino, -0.0200663, 1e-7);
}

// A GMSB-like configuration (mgmsb2.1.4's DRbar values: M1, M2, M3, mu > 0, A_t < 0): the
// electroweak parts are opposite in sign to the gluino part, and smaller (|wino + bino| ~ 10-30 %
// of the gluino part for these masses; the degenerate ratio is 3 alpha_2/(16 alpha_s) M2/M3 ~ 0.2).
TEST(DeltaB, ElectroweakPartsSignRelativeToGluino) {
  SusyThresholdInputs s;
  s.valid = true;
  s.m1 = 167, s.m2 = 314, s.m3 = 856, s.mu = 391, s.at = -247;
  s.mstop1 = 976, s.mstop2 = 1090, s.msbot1 = 1035, s.msbot2 = 1056;
  s.msbot_l = 1041, s.msbot_r = 1050, s.stop1_left_fraction = 0.35;
  const double as = 0.098, yt = 0.86, gp = 0.36, g2 = 0.64, tanb = 15;
  const DeltaBParts p = delta_b_parts(s, as, yt, gp, g2, tanb);
  EXPECT_GT(p.gluino, 0.0);
  EXPECT_LT(p.wino, 0.0);
  EXPECT_LT(p.bino, 0.0);
  EXPECT_LT(p.higgsino, 0.0);  // A_t mu < 0
  const double ratio = (p.wino + p.bino) / p.gluino;
  EXPECT_GT(ratio, -0.3);
  EXPECT_LT(ratio, -0.1);
  // Odd in mu (every part), linear in tan(beta), zero at mu = 0.
  s.mu = -391;
  const DeltaBParts q = delta_b_parts(s, as, yt, gp, g2, tanb);
  EXPECT_NEAR(q.wino, -p.wino, 1e-14);
  EXPECT_NEAR(q.bino, -p.bino, 1e-14);
  EXPECT_NEAR(q.gluino, -p.gluino, 1e-14);
  s.mu = 391;
  const DeltaBParts t = delta_b_parts(s, as, yt, gp, g2, 2 * tanb);
  EXPECT_NEAR(t.wino, 2 * p.wino, 1e-14);
  EXPECT_NEAR(t.bino, 2 * p.bino, 1e-14);
  s.mu = 0;
  const DeltaBParts z = delta_b_parts(s, as, yt, gp, g2, tanb);
  EXPECT_EQ(z.wino, 0.0);
  EXPECT_EQ(z.bino, 0.0);
  EXPECT_EQ(z.total(), 0.0);
  // mu -> 0 continuously: the parts are O(mu) for small mu (no 1/mu from I(mu^2, ...)).
  s.mu = 1e-3;
  EXPECT_LT(std::fabs(delta_b_parts(s, as, yt, gp, g2, tanb).wino), 1e-5 * std::fabs(p.wino));
  // The wino part follows sign(M2 mu) alone, the bino part sign(M1 mu).
  s.mu = 391, s.m2 = -314;
  EXPECT_NEAR(delta_b_parts(s, as, yt, gp, g2, tanb).wino, -p.wino, 1e-14);
}

// Delta_b's electroweak parts are Delta_tau's with the quark quantum numbers: the SU(2) loops are
// identical (stop_L <-> sneutrino, sbottom_L <-> stau_L), the bino loops scale with the
// hypercharges (Y_Q = 1/6, Y_d^c = 1/3 vs Y_L = -1/2, Y_e^c = 1): the L-R mixing term by
// -2 Y_Q Y_d / (-2 Y_L Y_e) = -1/9, the bino-higgsino terms by Y_Q/Y_L = -1/3 and Y_d/Y_e = +1/3.
// Delta_tau's signs are checked against GM2Calc (see DeltaTau tests); this ties delta_b to them.
TEST(DeltaB, ElectroweakPartsAreDeltaTauWithQuarkCharges) {
  const double gp = 0.36, g2 = 0.65, tanb = 20, heavy = 1e8;
  SusyThresholdInputs s;
  s.valid = true;
  s.m1 = 180, s.m2 = 330, s.mu = 420;
  // SU(2): bino off (g' = 0), identical masses in both loops.
  s.mstop1 = s.msnu_tau = 700, s.mstop2 = 900, s.stop1_left_fraction = 1.0;
  s.msbot_l = s.mstau_l = 760;
  s.mstau_r = s.msbot_r = 800, s.mstau1 = s.msbot1 = 750, s.mstau2 = s.msbot2 = 810;
  const double wino_b = delta_b_parts(s, 0, 0, 0, g2, tanb).wino;
  EXPECT_NEAR(wino_b, delta_tau(s, 0, g2, tanb), 1e-14);
  EXPECT_LT(wino_b, 0.0);
  // Bino with L-R mixing only (the bino-higgsino loops decoupled by heavy L/R states).
  auto bino_ratio = [&](SusyThresholdInputs t) {
    return delta_b_parts(t, 0, 0, gp, 0, tanb).bino / delta_tau(t, gp, 0, tanb);
  };
  SusyThresholdInputs mix = s;
  mix.msbot_l = mix.mstau_l = mix.msbot_r = mix.mstau_r = heavy;
  EXPECT_NEAR(bino_ratio(mix), -1.0 / 9.0, 1e-6);
  SusyThresholdInputs right = s;  // only the singlet-higgsino-bino loop light
  right.msbot1 = right.mstau1 = right.msbot2 = right.mstau2 = right.msbot_l = right.mstau_l = heavy;
  EXPECT_NEAR(bino_ratio(right), 1.0 / 3.0, 1e-6);
  SusyThresholdInputs left = s;  // only the doublet one
  left.msbot1 = left.mstau1 = left.msbot2 = left.mstau2 = left.msbot_r = left.mstau_r = heavy;
  EXPECT_NEAR(bino_ratio(left), -1.0 / 3.0, 1e-6);
}

/// B0(p, m1, m2) at scale q, finite part, by direct Feynman-parameter integration (real part,
/// valid below threshold p < m1 + m2): B0 = -int_0^1 dx ln[(x m1^2 + (1-x) m2^2 - x(1-x) p^2)/q^2].
double b0_by_integration(double p, double m1, double m2, double q) {
  const int n = 2000;  // Simpson
  auto f = [&](double x) { return -std::log((x * m1 * m1 + (1 - x) * m2 * m2 - x * (1 - x) * p * p) / (q * q)); };
  double s = f(0) + f(1);
  for (int i = 1; i < n; ++i) s += (i % 2 ? 4 : 2) * f(double(i) / n);
  return s / (3.0 * n);
}

// PBMZ eq. D.44 and SOFTSUSY's MssmSoftsusy::gluino (softsusy-3.5.1/src/softsusy.cpp) both shift the
// gluino by -(g3^2/16pi^2) m_t sin(2 theta_t) [B0(M3, m_t, m_t1) - B0(M3, m_t, m_t2)]. SOFTSUSY's
// theta_t is ours (t1 = cos t t_L + sin t t_R, lighter state t1): with the same angle its bottom
// threshold -(alpha_s/3pi)[... - sin(2 theta_b)(M3/m_b) Delta B0] reproduces the known
// Delta_b = +(2 alpha_s/3pi) M3 mu tanb I > 0. So the term keeps its sign with our Mixing2x2 angle:
// for X_t < 0 (GMSB) sin(2 theta_t) > 0, Delta B0 > 0 (lighter t1) and the gluino is lowered.
TEST(GluinoPole, TopMixingTermSignAndSize) {
  const ElectroweakConstants ew;
  const double mt = 165, tanb = 15, m3 = 900, g3 = 1.06, q = 1000;
  const double k = g3 * g3 / (16 * M_PI * M_PI);
  for (double xt : {-1500.0, 1500.0}) {
    const Mixing2x2 st = sfermion_masses(SfermionKind::kUp, 1000.0 * 1000, 900.0 * 900, mt, xt, BetaAngles::from_tanb(tanb), ew);
    const double m1 = std::sqrt(st.m1sq), m2 = std::sqrt(st.m2sq);
    const double s2t = 2 * st.sin_theta * st.cos_theta;
    // Our convention: sin(2 theta) = 2 m_t X_t / (m1^2 - m2^2), opposite in sign to X_t.
    EXPECT_NEAR(s2t, 2 * mt * xt / (st.m1sq - st.m2sq), 1e-9);
    std::array<SquarkForGluino, 6> sq{};
    for (auto& s : sq) s = {1100, 1100, 0.0, 0.0};
    sq[4] = {m1, m2, mt, s2t};
    std::array<SquarkForGluino, 6> no_mix = sq;
    no_mix[4].sin_2theta = 0.0;
    const double shift = gluino_pole_mass(m3, g3, q, sq) - gluino_pole_mass(m3, g3, q, no_mix);
    const double db0 = b0_by_integration(m3, mt, m1, q) - b0_by_integration(m3, mt, m2, q);
    EXPECT_GT(db0, 0.0);  // lighter stop, larger B0
    EXPECT_NEAR(shift, -k * mt * s2t * db0, 1e-4);
    if (xt < 0) EXPECT_LT(shift, -0.5);  // large mixing: about -1 GeV
    else EXPECT_GT(shift, 0.5);
  }
}

}  // namespace
}  // namespace gmsb
