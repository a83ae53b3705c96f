#include "sparticles/squark_pole.hpp"

#include <cmath>

namespace gmsb::sparticles {

double squark_pole_mass_qcd(double m_sq_gev, double m3_gev, double g3, double q_gev) {
  if (!(m_sq_gev > 0)) return m_sq_gev;
  const double m2 = m_sq_gev * m_sq_gev;
  const double x = m3_gev * m3_gev / m2;
  const double alpha_s = g3 * g3 / (4.0 * M_PI);
  // PBMZ eq. (D.46), m_q -> 0; (x-1)^2 ln|x-1| -> 0 at x = 1 and x^2 ln x -> 0 at x = 0.
  const double xm1 = std::fabs(x - 1.0);
  const double t1 = xm1 > 0 ? (x - 1.0) * (x - 1.0) * std::log(xm1) : 0.0;
  const double t2 = x > 0 ? x * x * std::log(x) : 0.0;
  const double bracket = 1.0 + 3.0 * x + t1 - t2 + 2.0 * x * std::log(q_gev * q_gev / m2);
  return std::sqrt(m2 * (1.0 + 2.0 * alpha_s / (3.0 * M_PI) * bracket));
}

}  // namespace gmsb::sparticles
