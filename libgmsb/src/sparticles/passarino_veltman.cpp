#include "sparticles/passarino_veltman.hpp"

#include <algorithm>
#include <cmath>
#include <complex>

namespace gmsb::sparticles {

double pv_a0(double m, double q) {
  if (m == 0.0) return 0.0;
  return m * m * (1.0 - std::log(m * m / (q * q)));
}

namespace {
using cd = std::complex<double>;
// f_B(x) = ln(1-x) - x ln(1 - 1/x) - 1 (PBMZ eq. B.6) from x and y = 1 - x, both computed
// without cancellation: ln(1 - 1/x) = ln(-y/x), and x ln(...) -> 0 as x -> 0.
cd f_b(cd x, cd y) {
  const cd one(1.0, 0.0);
  if (std::abs(x) < 1e-15) return std::log(y) - one;
  return std::log(y) - x * std::log(-y / x) - one;
}
}  // namespace

double pv_b0(double p, double m1, double m2, double q) {
  const double p2 = p * p, m12 = m1 * m1, m22 = m2 * m2, q2 = q * q;
  const double scale = std::max({p2, m12, m22});
  if (p2 < 1e-10 * scale) {
    // p -> 0: B0(0, m1, m2) = 1 - ln(m2^2/q^2) + m1^2/(m1^2 - m2^2) ln(m2^2/m1^2).
    if (m12 == 0.0) return 1.0 - std::log(m22 / q2);
    if (m22 == 0.0) return 1.0 - std::log(m12 / q2);
    if (std::fabs(m12 - m22) < 1e-10 * scale) return -std::log(m12 / q2);
    return 1.0 - std::log(m22 / q2) + m12 / (m12 - m22) * std::log(m22 / m12);
  }
  // PBMZ eq. B.5: B0 = -ln(p^2/q^2) - f_B(x+) - f_B(x-),
  // x+- = [s +- sqrt(s^2 - 4 p^2 (m1^2 - i eps))]/(2 p^2), s = p^2 - m2^2 + m1^2.
  const double eps = 1e-14 * scale;
  const double s = p2 - m22 + m12;
  const cd disc = std::sqrt(cd(s * s - 4.0 * p2 * m12, 4.0 * p2 * eps));
  // x+- solve p^2 x^2 - s x + m1^2 - i eps = 0 and y+- = 1 - x+- solve the same with s -> 2 p^2 - s,
  // m1^2 -> m2^2: take the larger root of each from the formula and the smaller from the product
  // (a tiny m1 or m2 would otherwise lose every digit of x- or y+; e.g. m2 = 4e-5, p = 390).
  const cd ieps(0.0, eps);
  const double a = 2.0 * p2 - s;  // p^2 + m2^2 - m1^2
  const cd x_big = (s >= 0 ? s + disc : s - disc) / (2.0 * p2);
  const cd x_small = (m12 - ieps) / (p2 * x_big);
  const cd y_big = (a >= 0 ? a + disc : a - disc) / (2.0 * p2);
  const cd y_small = (m22 - ieps) / (p2 * y_big);
  // x+ = (s + disc)/(2 p^2) pairs with y+ = (a - disc)/(2 p^2) (x+ + y+ = 1).
  const bool x_plus_big = s >= 0, y_minus_big = a >= 0;
  const cd xp = x_plus_big ? x_big : x_small, xm = x_plus_big ? x_small : x_big;
  const cd yp = y_minus_big ? y_small : y_big, ym = y_minus_big ? y_big : y_small;
  return (-std::log(p2 / q2) - f_b(xp, yp) - f_b(xm, ym)).real();
}

PvB0B1 pv_b0_b1(double p, double m1, double m2, double q) {
  const double p2 = p * p, b0 = pv_b0(p, m1, m2, q);
  return {b0, (pv_a0(m2, q) - pv_a0(m1, q) + (p2 + m1 * m1 - m2 * m2) * b0) / (2.0 * p2)};
}

double pv_b1(double p, double m1, double m2, double q) { return pv_b0_b1(p, m1, m2, q).b1; }

double pv_g(double p, double m1, double m2, double q) {
  return (p * p - m1 * m1 - m2 * m2) * pv_b0(p, m1, m2, q) - pv_a0(m1, q) - pv_a0(m2, q);
}

double pv_f(double p, double m1, double m2, double q) {
  return pv_a0(m1, q) - 2.0 * pv_a0(m2, q) - (2.0 * p * p + 2.0 * m1 * m1 - m2 * m2) * pv_b0(p, m1, m2, q);
}

}  // namespace gmsb::sparticles
