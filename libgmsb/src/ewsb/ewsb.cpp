#include "ewsb/ewsb.hpp"

#include <cmath>

#include "sparticles/third_generation.hpp"

namespace gmsb::ewsb {

using namespace gmsb::rge;
using namespace gmsb::sparticles;

double drbar_vev(const MssmState& y, double mz_gev) {
  // docs/physics.md §5.4; g' = sqrt(3/5) g1 (GUT normalisation, §0.2).
  return 2.0 * mz_gev / std::sqrt(y[kG2] * y[kG2] + 0.6 * y[kG1] * y[kG1]);
}

double ep_function_f(double m2, double q2) {
  if (m2 == 0.0) return 0.0;  // limit m^2 ln m^2 -> 0 (massless fermion, e.g. a zero Yukawa)
  return 2.0 * m2 * (std::log(m2 / q2) - 1.0);
}

namespace {

/// D = [F(m2^2) - F(m1^2)]/(m2^2 - m1^2), with the derivative F'(m^2) = 2 ln(m^2/Q^2) at degeneracy.
double ep_difference(double m1sq, double m2sq, double q2) {
  const double d = m2sq - m1sq;
  if (std::fabs(d) < 1e-10 * (m1sq + m2sq)) return 2.0 * std::log(0.5 * (m1sq + m2sq) / q2);
  return (ep_function_f(m2sq, q2) - ep_function_f(m1sq, q2)) / d;
}

}  // namespace

bool third_generation_tadpoles(const MssmState& y, const BetaAngles& beta, double mu, double q_gev,
                               const ElectroweakConstants& ew, bool include_stau, double& sigma_u,
                               double& sigma_d, double& delta_a) {
  // sin(beta) as tan(beta) / sqrt(1 + tan^2(beta)): BetaAngles::sin (tan(beta) cos(beta)) can
  // differ in the last bit, and the scan results are kept bit-for-bit reproducible.
  const double tanb = beta.tanb;
  const double sb = tanb / std::sqrt(1.0 + tanb * tanb), cb = beta.cos;
  const double q2 = q_gev * q_gev;
  const RunningFermionMasses m{y[kYt] * ew.vev * sb, y[kYb] * ew.vev * cb, y[kYtau] * ew.vev * cb};
  const double mt = m.mt, mb = m.mb, mtau = m.mtau;
  const double xt = y[kAt] - mu / tanb, xb = y[kAb] - mu * tanb, xtau = y[kAtau] - mu * tanb;
  const Mixing2x2 st = stop_masses(y, mu, m, beta, ew);
  const Mixing2x2 sbot = sbottom_masses(y, mu, m, beta, ew);
  if (st.m1sq <= 0 || sbot.m1sq <= 0) return false;
  const double dt = ep_difference(st.m1sq, st.m2sq, q2), db = ep_difference(sbot.m1sq, sbot.m2sq, q2);
  const double yt2 = y[kYt] * y[kYt], yb2 = y[kYb] * y[kYb];
  const double pref = 3.0 / (32.0 * M_PI * M_PI);
  // docs/physics.md §5.2 (verified against the effective potential).
  sigma_u = pref * (yt2 * (ep_function_f(st.m1sq, q2) + ep_function_f(st.m2sq, q2) - 2 * ep_function_f(mt * mt, q2) +
                           y[kAt] * xt * dt) -
                    yb2 * mu * xb / tanb * db);
  sigma_d = pref * (yb2 * (ep_function_f(sbot.m1sq, q2) + ep_function_f(sbot.m2sq, q2) - 2 * ep_function_f(mb * mb, q2) +
                           y[kAb] * xb * db) -
                    yt2 * mu * xt * tanb * dt);
  delta_a = pref / (sb * cb) * (yt2 * mu * y[kAt] * dt + yb2 * mu * y[kAb] * db);
  if (include_stau) {
    // docs/physics.md §5.2, optional: the same with colour factor 1 and b -> tau.
    const Mixing2x2 sta = stau_masses(y, mu, m, beta, ew);
    if (sta.m1sq <= 0) return false;
    const double dtau = ep_difference(sta.m1sq, sta.m2sq, q2);
    const double ytau2 = y[kYtau] * y[kYtau];
    const double p1 = pref / 3.0;
    sigma_d += p1 * ytau2 * (ep_function_f(sta.m1sq, q2) + ep_function_f(sta.m2sq, q2) -
                             2 * ep_function_f(mtau * mtau, q2) + y[kAtau] * xtau * dtau);
    sigma_u -= p1 * ytau2 * mu * xtau / tanb * dtau;
    delta_a += p1 / (sb * cb) * ytau2 * mu * y[kAtau] * dtau;
  }
  return true;
}

EwsbResult solve_ewsb(const MssmState& y, const BetaAngles& beta, int sign_mu, double q_gev, const ElectroweakConstants& ew,
                      bool include_stau) {
  EwsbResult r;
  const double tanb = beta.tanb;
  const double t2 = tanb * tanb;
  const double s2b = beta.sin2;
  const double mz2 = ew.mz * ew.mz;
  double su = 0, sd = 0, da = 0;
  // docs/physics.md §5.1 (tree level) as the start, then the mu-dependent tadpoles (docs/physics.md §5.2) to convergence.
  double mu_sq = (y[kMHd2] - y[kMHu2] * t2) / (t2 - 1.0) - 0.5 * mz2;
  for (int it = 1; it <= 60; ++it) {
    r.iterations = it;
    const double mu_eval = sign_mu * std::sqrt(std::max(mu_sq, 0.0));
    if (!third_generation_tadpoles(y, beta, mu_eval, q_gev, ew, include_stau, su, sd, da)) {
      r.tachyon = true;
      r.mu_sq = mu_sq;
      return r;
    }
    const double next = (y[kMHd2] + sd - (y[kMHu2] + su) * t2) / (t2 - 1.0) - 0.5 * mz2;
    const bool done = std::fabs(next - mu_sq) <= 1e-12 * std::max(std::fabs(next), mz2);
    mu_sq = next;
    if (done) break;
  }
  r.mu_sq = mu_sq;
  r.sigma_u = su;
  r.sigma_d = sd;
  if (!(mu_sq > 0.0)) return r;  // no radiative EWSB
  r.mu = sign_mu * std::sqrt(mu_sq);
  // Tadpoles at the final mu.
  if (!third_generation_tadpoles(y, beta, r.mu, q_gev, ew, include_stau, su, sd, da)) {
    r.tachyon = true;
    return r;
  }
  r.sigma_u = su;
  r.sigma_d = sd;
  const double sum = y[kMHu2] + su + y[kMHd2] + sd + 2.0 * mu_sq;
  r.bmu = 0.5 * s2b * sum;           // docs/physics.md §5.1: b = (sin 2beta/2)(m_Hu^2 + m_Hd^2 + 2|mu|^2)
  r.ma_sq = sum + da;                // docs/physics.md §5.2: loop-corrected CP-odd mass
  r.ok = r.ma_sq > 0.0 && r.bmu > 0.0;
  return r;
}

void ewsb_residuals(const MssmState& y, const BetaAngles& beta, double mu, double bmu, double q_gev,
                    const ElectroweakConstants& ew, bool include_stau, double& r_u, double& r_d) {
  double su = 0, sd = 0, da = 0;
  third_generation_tadpoles(y, beta, mu, q_gev, ew, include_stau, su, sd, da);
  const double tanb = beta.tanb, cos2b = beta.cos2;
  const double mz2 = ew.mz * ew.mz;
  // Martin, SUSY primer eqs. (8.1.10), (8.1.11) with the one-loop tadpoles.
  r_u = y[kMHu2] + su + mu * mu - bmu / tanb - 0.5 * mz2 * cos2b;
  r_d = y[kMHd2] + sd + mu * mu - bmu * tanb + 0.5 * mz2 * cos2b;
}

}  // namespace gmsb::ewsb
