#include "ewsb/beta_angles.hpp"
#include "sparticles/sfermions.hpp"

#include <cmath>

namespace gmsb::sparticles {

using namespace gmsb::ewsb;

Mixing2x2 diagonalise_symmetric_2x2(double ll, double rr, double lr) {
  Mixing2x2 m;
  const double mean = 0.5 * (ll + rr);
  const double half_diff = 0.5 * (ll - rr);
  const double root = std::hypot(half_diff, lr);
  m.m1sq = mean - root;  // docs/physics.md §6.5 eigenvalues
  m.m2sq = mean + root;
  // Eigenvector of m1sq: (cos t, sin t) with tan(2t) = 2 lr/(ll - rr).
  const double theta = 0.5 * std::atan2(-2.0 * lr, -(ll - rr));
  m.cos_theta = std::cos(theta);
  m.sin_theta = std::sin(theta);
  return m;
}

namespace {
struct Charges {
  double t3_left, q;
};
Charges charges(SfermionKind k) {
  switch (k) {
    case SfermionKind::kUp: return {0.5, 2.0 / 3.0};
    case SfermionKind::kDown: return {-0.5, -1.0 / 3.0};
    case SfermionKind::kLepton: return {-0.5, -1.0};
  }
  return {0, 0};
}
}  // namespace

double dterm_left(SfermionKind k, double mz, double sin2w, double cos2b) {
  const Charges c = charges(k);
  return (c.t3_left - c.q * sin2w) * mz * mz * cos2b;
}

double dterm_right(SfermionKind k, double mz, double sin2w, double cos2b) {
  return charges(k).q * sin2w * mz * mz * cos2b;
}

double dterm_sneutrino(double mz, double cos2b) { return 0.5 * mz * mz * cos2b; }

SfermionDiagonal sfermion_diagonal(SfermionKind k, double mL2, double mR2, double m_f, const BetaAngles& beta,
                                   const ElectroweakConstants& ew) {
  const double cos2b = beta.cos2;
  return {mL2 + m_f * m_f + dterm_left(k, ew.mz, ew.sin2w, cos2b),
          mR2 + m_f * m_f + dterm_right(k, ew.mz, ew.sin2w, cos2b)};
}

Mixing2x2 sfermion_masses(SfermionKind k, double mL2, double mR2, double m_f, double x_f,
                          const BetaAngles& beta, const ElectroweakConstants& ew) {
  // docs/physics.md §6.5: [[m_L^2 + m_f^2 + D_L, m_f X_f], [m_f X_f, m_R^2 + m_f^2 + D_R]].
  const SfermionDiagonal d = sfermion_diagonal(k, mL2, mR2, m_f, beta, ew);
  return diagonalise_symmetric_2x2(d.ll, d.rr, m_f * x_f);
}

}  // namespace gmsb::sparticles
