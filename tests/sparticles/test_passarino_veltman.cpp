// Passarino-Veltman functions (sparticles/passarino_veltman.hpp) against their Feynman-parameter integrals and
// closed-form limits.
#include <gtest/gtest.h>

#include <cmath>

#include "sparticles/passarino_veltman.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

/// int_0^1 dx w(x) ln|Delta(x)/q^2|, Delta = x m2^2 + (1-x) m1^2 - x(1-x) p^2: composite
/// 4-point Gauss-Legendre on a fine mesh (the nodes avoid the integrable logarithmic zeros at a
/// massless endpoint or, above threshold, inside the interval).
template <class W>
double feynman_integral(double p, double m1, double m2, double q, W w) {
  const double node[4] = {-0.8611363115940526, -0.3399810435848563, 0.3399810435848563, 0.8611363115940526};
  const double weight[4] = {0.3478548451374538, 0.6521451548625461, 0.6521451548625461, 0.3478548451374538};
  const int panels = 100000;
  const double h = 1.0 / panels;
  double sum = 0;
  for (int i = 0; i < panels; ++i)
    for (int k = 0; k < 4; ++k) {
      const double x = (i + 0.5 + 0.5 * node[k]) * h;
      const double delta = x * m2 * m2 + (1 - x) * m1 * m1 - x * (1 - x) * p * p;
      sum += 0.5 * h * weight[k] * w(x) * std::log(std::fabs(delta) / (q * q));
    }
  return sum;
}

TEST(LoopFunctions, A0) {
  EXPECT_DOUBLE_EQ(pv_a0(100, 100), 1e4);
  EXPECT_NEAR(pv_a0(200, 100), 4e4 * (1 - std::log(4.0)), 1e-9);
  EXPECT_EQ(pv_a0(0, 100), 0.0);
}

TEST(LoopFunctions, B0MatchesItsFeynmanParameterIntegral) {
  const double cases[][4] = {{0.0, 100, 300, 500}, {150, 100, 300, 500}, {500, 100, 300, 700},  // below/above threshold
                             {91, 0, 173, 1000},   {173, 173, 0, 1000},  {1000, 400, 400, 1000}};
  for (const auto& c : cases) {
    const double exact = -feynman_integral(c[0], c[1], c[2], c[3], [](double) { return 1.0; });
    EXPECT_NEAR(pv_b0(c[0], c[1], c[2], c[3]), exact, 2e-5) << c[0] << " " << c[1] << " " << c[2];
  }
  // Closed forms: B0(0, m, m) = -ln(m^2/q^2); B0(m, m, 0) = 2 - ln(m^2/q^2).
  EXPECT_NEAR(pv_b0(0, 300, 300, 1000), -std::log(0.09), 1e-12);
  // (at threshold p = m1 + m2, where the i-epsilon prescription costs ~1e-7)
  EXPECT_NEAR(pv_b0(300, 300, 0, 1000), 2 - std::log(0.09), 1e-6);
}

// One massless line: B0(p, m, 0) = B0(p, 0, m) = 2 - ln(m^2/q^2) + (m^2/p^2 - 1) ln|1 - p^2/m^2|
// (the Feynman integral done in closed form). For m > p one root of PBMZ eq. B.5 is x- = 1, where
// f_B(x) = ln(1-x) - x ln(1-1/x) - 1 cancels two large logarithms: B0(p, m, 0) used to jump by
// ~1.5e-3 under 1e-9 changes of m (the chargino-neutrino loop of the stau self-energy).
TEST(LoopFunctions, B0WithOneMasslessLineIsExactAndSymmetric) {
  const double q = 1000;
  auto closed = [q](double p, double m) {
    const double r = p * p / (m * m);  // log1p: accurate for p << m
    return 2 - std::log(m * m / (q * q)) + (1 / r - 1) * (r < 1 ? std::log1p(-r) : std::log(r - 1));
  };
  for (double p : {10.0, 94.2324537703, 300.0, 900.0})
    for (double m0 : {20.0, 150.0, 629.24299, 2000.0})
      for (int k = -50; k <= 50; ++k) {
        const double m = m0 * (1 + k * 1e-10);
        const double b = closed(p, m);
        // Double-precision conditioning of eq. B.5: x+ ~ m^2/p^2, and x ln(1 - 1/x) loses ~1e-16 x.
        const double tol = 1e-12 + 1e-14 * m * m / (p * p);
        EXPECT_NEAR(pv_b0(p, m, 0, q), b, tol) << "p=" << p << " m=" << m;
        EXPECT_NEAR(pv_b0(p, 0, m, q), b, tol) << "p=" << p << " m=" << m;
      }
  // Both masses non-zero: B0 is symmetric in (m1, m2), also far from and near the thresholds.
  const double cases[][3] = {{94.23, 629.24, 1.9}, {94.23, 1.9, 629.24}, {500, 300, 200.001}, {50, 400, 380}};
  for (const auto& c : cases)
    EXPECT_NEAR(pv_b0(c[0], c[1], c[2], q), pv_b0(c[0], c[2], c[1], q), 1e-10) << c[0] << " " << c[1] << " " << c[2];
}

TEST(LoopFunctions, B1MatchesItsFeynmanParameterIntegral) {
  // PBMZ sign convention: B1(p, m1, m2) = -int_0^1 dx x ln(Delta/q^2) (B1 = B0/2 for m1 = m2).
  const double cases[][4] = {{150, 100, 300, 500}, {900, 800, 173, 1000}, {200, 0, 150, 1000}};
  for (const auto& c : cases) {
    const double exact = -feynman_integral(c[0], c[1], c[2], c[3], [](double x) { return x; });
    EXPECT_NEAR(pv_b1(c[0], c[1], c[2], c[3]), exact, 2e-5) << c[0] << " " << c[1] << " " << c[2];
  }
}

TEST(LoopFunctions, GAndFClosedForms) {
  const double m = 300, q = 1000, l = std::log(m * m / (q * q));
  // On-shell scalar-photon loop: F(m, m, 0) = A0(m) - 4 m^2 B0(m, m, 0) = m^2 (3 ln(m^2/q^2) - 7).
  EXPECT_NEAR(pv_f(m, m, 0, q) / (m * m * (3 * l - 7)), 1.0, 1e-6);
  // Massless-fermion loop at p = 0: G(0, m, 0) = -m^2 B0(0, m, 0) - A0(m) = -2 A0(m).
  EXPECT_NEAR(pv_g(0, m, 0, q), -2 * pv_a0(m, q), 1e-6);
  // d/d ln q: G -> 2 p^2 - 4 (m1^2 + m2^2)... checked via the scale derivative of B0 (= 2) and A0 (= 2 m^2).
  const double p = 250, m1 = 300, m2 = 120, h = 1e-4;
  const double dg = (pv_g(p, m1, m2, q * std::exp(h)) - pv_g(p, m1, m2, q * std::exp(-h))) / (2 * h);
  EXPECT_NEAR(dg, 2 * (p * p - m1 * m1 - m2 * m2) - 2 * m1 * m1 - 2 * m2 * m2, 1e-3);
}

TEST(LoopFunctions, B0IsContinuousInATinyMass) {
  // B0(p, m1, m2) -> B0(p, m1, 0) smoothly as m2 -> 0 (the difference is O(m2^2 ln m2)); with
  // m2^2/p^2 ~ 1e-14 the root 1 - x+ of PBMZ eq. B.5 used to lose all its digits (B0 off by 2e-3
  // for m2 = 3.659e-5 GeV), which broke the SU(2) degeneracy of the unbroken-limit higgsinos.
  // (Not at threshold, p = m1: there the term is linear, -pi m2/m1, and the i eps of pv_b0,
  // 1e-14 p^2, limits the accuracy to ~1e-7.)
  const double q = 1000;
  for (double p : {390.0, 100.0})
    for (double m1 : {314.5, 0.0, 520.0})
      for (double m2 : {3.659e-5, 3.699e-5, 1e-3, 1e-7}) {
        EXPECT_NEAR(pv_b0(p, m1, m2, q), pv_b0(p, m1, 0.0, q), 1e-8) << p << " " << m1 << " " << m2;
        EXPECT_NEAR(pv_b0(p, m2, m1, q), pv_b0(p, 0.0, m1, q), 1e-8) << p << " " << m2 << " " << m1;
      }
}

}  // namespace
}  // namespace gmsb
