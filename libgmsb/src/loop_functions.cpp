#include "gmsb/loop_functions.hpp"

#include <algorithm>
#include <cmath>
#include <complex>

namespace gmsb {

double pv_a0(double m, double q) {
  if (m == 0.0) return 0.0;
  return m * m * (1.0 - std::log(m * m / (q * q)));
}

namespace {
using cd = std::complex<double>;
// f_B(x) = ln(1-x) - x ln(1 - 1/x) - 1 (PBMZ eq. B.6), with x ln(1-1/x) -> 0 as x -> 0.
// 1 - 1/x is evaluated as (x - 1)/x: near x = 1 (e.g. B0(p, m, 0) with m > p, where x- = 1)
// the two logarithms then cancel exactly; 1 - 1/x rounded separately made f_B jump by ~1e-3.
cd f_b(cd x) {
  const cd one(1.0, 0.0);
  if (std::abs(x) < 1e-15) return -one;
  return std::log(one - x) - x * std::log((x - one) / x) - one;
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
  // The root of larger modulus from the formula, the other from x+ x- = (m1^2 - i eps)/p^2
  // (no cancellation in s -+ disc).
  const cd big = (s >= 0 ? s + disc : s - disc) / (2.0 * p2);
  const cd small = cd(m12, -eps) / (p2 * big);
  const cd xp = s >= 0 ? big : small, xm = s >= 0 ? small : big;
  return (-std::log(p2 / q2) - f_b(xp) - f_b(xm)).real();
}

double pv_b1(double p, double m1, double m2, double q) {
  const double p2 = p * p;
  return (pv_a0(m2, q) - pv_a0(m1, q) + (p2 + m1 * m1 - m2 * m2) * pv_b0(p, m1, m2, q)) / (2.0 * p2);
}

double pv_g(double p, double m1, double m2, double q) {
  return (p * p - m1 * m1 - m2 * m2) * pv_b0(p, m1, m2, q) - pv_a0(m1, q) - pv_a0(m2, q);
}

double pv_f(double p, double m1, double m2, double q) {
  return pv_a0(m1, q) - 2.0 * pv_a0(m2, q) - (2.0 * p * p + 2.0 * m1 * m1 - m2 * m2) * pv_b0(p, m1, m2, q);
}

}  // namespace gmsb
