// The seed's Higgs-mass method: mixing functions, limits and textbook formulas (docs/physics.md §6).
#include <gtest/gtest.h>

#include <cmath>

#include "higgs/higgs_kn99.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;
using namespace gmsb::squark_mixing;

TEST(SquarkMixing, ExactDegenerateValues) {
  // docs/physics.md §6.3: h = 1/a, gHH = -1/(6 a^2), fHH = -1/(2a), B = 1/(6a), p_t = p_b = -1/(2a).
  const double a = 7.3e5;
  EXPECT_NEAR(h(a, a), 1 / a, 1e-15 / a);
  EXPECT_NEAR(g_hh(a, a), -1 / (6 * a * a), 1e-15 / (a * a));
  EXPECT_NEAR(f_hh(a, a), -1 / (2 * a), 1e-15 / a);
  EXPECT_NEAR(b_hh(a, a), 1 / (6 * a), 1e-15 / a);
  EXPECT_NEAR(p_t(a, a, 0.2312), -1 / (2 * a), 1e-15 / a);
  EXPECT_NEAR(p_b(a, a, 0.2312), -1 / (2 * a), 1e-15 / a);
}

TEST(SquarkMixing, ExpansionsJoinTheClosedForms) {
  // Across the switch |d|/m = 1e-3 the expansion and the closed form agree (continuity).
  const double m = 8e5;
  for (double r : {0.9e-3, 1.1e-3, 5e-3}) {
    const double a = m * (1 + r), b = m * (1 - r);
    const double a2 = m * (1 + r * (1 + 1e-9)), b2 = m * (1 - r * (1 + 1e-9));
    EXPECT_NEAR(h(a, b) / h(a2, b2), 1.0, 1e-7);
    EXPECT_NEAR(g_hh(a, b) / g_hh(a2, b2), 1.0, 1e-6);
    EXPECT_NEAR(f_hh(a, b) / f_hh(a2, b2), 1.0, 1e-6);
    EXPECT_NEAR(b_hh(a, b) / b_hh(a2, b2), 1.0, 1e-6);
  }
  // Against the exact expressions evaluated in long double just outside the switch.
  const long double a = 8.2e5L, b = 8.1e5L, d = a - b, l = std::log(a / b);
  EXPECT_NEAR(g_hh(double(a), double(b)), double((2 - (a + b) / d * l) / (d * d)), 1e-9 * std::fabs(g_hh(a, b)));
  EXPECT_NEAR(b_hh(double(a), double(b)), double((0.5L * (a + b) - a * b / d * l) / (d * d)), 1e-9 * b_hh(a, b));
}

TEST(HiggsKn99, TreeLevelDecouplingLimit) {
  // Tree level: m_h^2 -> m_Z^2 cos^2(2 beta) for m_A >> m_Z; m_h^2 + m_H^2 = m_A^2 + m_Z^2.
  HiggsKn99Inputs in;
  in.beta = BetaAngles::from_tanb(7);
  in.ma = 5e4;
  const HiggsMassMatrix m = higgs_tree_matrix(in);
  const double tr = m.m11 + m.m22, det = m.m11 * m.m22 - m.m12 * m.m12;
  const double mh2 = 0.5 * tr - std::sqrt(0.25 * tr * tr - det);
  const double c2b = (1 - 49.0) / (1 + 49.0);
  EXPECT_NEAR(mh2, in.mz * in.mz * c2b * c2b, 1e-2);
  EXPECT_NEAR(tr, in.ma * in.ma + in.mz * in.mz, 1e-6);
}

TEST(HiggsKn99, LeadingLogIsTheTextbookTopStopLog) {
  // For m_Z -> 0 only the m_t^4 term survives in dM22_1LL:
  // (3 m_t^4/(4 pi^2 v^2 s^2)) ln(M_S^2/m_t^2) (v = 174 GeV), docs/physics.md §6.2.
  HiggsKn99Inputs in;
  in.mz = 1e-4;
  in.beta = BetaAngles::from_tanb(20);
  in.mq = in.mu3 = in.md3 = 1000;
  in.mt = 165;
  const double s2 = 400.0 / 401.0;
  const HiggsMassMatrix d = higgs_1ll_matrix(in);
  const double expected = 3 * std::pow(in.mt, 4) / (4 * M_PI * M_PI * in.vev * in.vev * s2) *
                          std::log(1e6 / (in.mt * in.mt));
  EXPECT_NEAR(d.m22, expected, 1e-6 * expected);
}

TEST(HiggsKn99, StopMixingReproducesTextbookDecouplingFormula) {
  // docs/physics.md §6.3 / 9.1: with mu = 0 and degenerate soft masses M_S the stop-mixing piece of M22 is
  // (3 m_t^4/(2 pi^2 v246^2 s^2)) (X_t^2/M_S^2 - X_t^4/(12 M_S^4)), v246 = sqrt2 v.
  HiggsKn99Inputs in;
  in.mz = 1e-4;  // drop the D-term pieces
  in.beta = BetaAngles::from_tanb(30);
  in.mu = 0;
  in.mq = in.mu3 = in.md3 = 900;
  in.mt = 165;
  const double s2 = 900.0 / 901.0, ms2 = 900.0 * 900;
  for (double xt : {-2000.0, -1000.0, 500.0, 2200.0}) {
    in.at = xt;
    const HiggsMassMatrix d = higgs_mixing_matrix(in);
    const double v246sq = 2 * in.vev * in.vev;
    const double expected = 3 * std::pow(in.mt, 4) / (2 * M_PI * M_PI * v246sq * s2) *
                            (xt * xt / ms2 - std::pow(xt, 4) / (12 * ms2 * ms2));
    EXPECT_NEAR(d.m22, expected, 1e-9 * std::fabs(expected) + 1e-9) << xt;
    EXPECT_NEAR(d.m11, 0.0, 1e-9);
  }
}

TEST(HiggsKn99, MaximalMixingNearSqrtSixMs) {
  // The Yukawa part of the mixing correction is maximal at |X_t| = sqrt(6) M_S (derivative of
  // X^2 - X^4/12 M^2); the D-term pieces (m_Z -> 0 here) move the maximum of the full formula.
  HiggsKn99Inputs in;
  in.mz = 1e-4;
  in.beta = BetaAngles::from_tanb(30);
  in.mu = 0;
  in.ma = 2000;
  in.mq = in.mu3 = in.md3 = 1000;
  double best = 0, best_x = 0;
  for (double x = 1000; x <= 3500; x += 10) {
    in.at = x;
    const double mh2 = higgs_mass_kn99(in).mh_sq;
    if (mh2 > best) { best = mh2; best_x = x; }
  }
  EXPECT_NEAR(best_x, std::sqrt(6.0) * 1000, 60);
}

TEST(HiggsKn99, MassesAndAngleAtTheSeedPoint) {
  // Sanity: the docs/physics.md §9.2 point, inputs rounded from its table (m_h(A, m_t(m_t)) = 116.2 GeV).
  HiggsKn99Inputs in;
  in.beta = BetaAngles::from_tanb(29); in.ma = 547; in.mt = 165.7; in.mb = 2.9;
  in.mq = 917; in.mu3 = 826; in.md3 = 930; in.at = -373; in.ab = -440; in.mu = 522;
  const HiggsKn99Result r = higgs_mass_kn99(in);
  EXPECT_NEAR(std::sqrt(r.mh_sq), 116.2, 1.0);
  EXPECT_GT(r.mH_sq, 547.0 * 547.0 * 0.98);
  // Decoupling: alpha -> beta - pi/2.
  EXPECT_NEAR(r.alpha, std::atan(29.0) - M_PI / 2, 0.01);
}
