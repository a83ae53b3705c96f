#include "ewsb/beta_angles.hpp"
#include "rge/fixed_step_rk4.hpp"
#include "matching/susy_thresholds.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sparticles/passarino_veltman.hpp"

namespace gmsb::matching {

using namespace gmsb::ewsb;
using namespace gmsb::rge;
using namespace gmsb::sparticles;

namespace {
constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);
}  // namespace

double threshold_loop_i(double a, double b, double c) {
  // I(a,b,c) equals the second divided difference f[a,b,c] of f(x) = x ln x (expand the
  // definition); divided differences stay stable for near-degenerate arguments.
  auto f = [](double x) { return x > 0 ? x * std::log(x) : 0.0; };  // x ln x -> 0 at x = 0
  auto d1 = [&](double x, double y) {  // f[x,y] = (f(x)-f(y))/(x-y), limit ln x + 1
    if (std::fabs(x - y) < 1e-7 * std::max(x, y)) {
      const double m = 0.5 * (x + y), h = 0.5 * (x - y);
      return std::log(m) + 1.0 + h * h / (6.0 * m * m);
    }
    return (f(x) - f(y)) / (x - y);
  };
  // Order so that a and c are the farthest apart (the divided difference is symmetric).
  double v[3] = {a, b, c};
  std::sort(v, v + 3);
  const double lo = v[0], mid = v[1], hi = v[2];
  if (std::fabs(hi - lo) < 1e-7 * hi) {
    const double m = (lo + mid + hi) / 3.0;
    return 1.0 / (2.0 * m);  // f'' / 2 = 1/(2 x)
  }
  const double second = (d1(hi, mid) - d1(mid, lo)) / (hi - lo);
  return second;
}

SusyThresholdInputs blend_thresholds(const SusyThresholdInputs& a, const SusyThresholdInputs& b, double w) {
  SusyThresholdInputs out;
  out.valid = a.valid && b.valid;
  auto mix = [w](double x, double y) { return (1.0 - w) * x + w * y; };
  out.m3 = mix(a.m3, b.m3), out.m1 = mix(a.m1, b.m1), out.m2 = mix(a.m2, b.m2);
  out.mu = mix(a.mu, b.mu), out.at = mix(a.at, b.at);
  out.mstop1 = mix(a.mstop1, b.mstop1), out.mstop2 = mix(a.mstop2, b.mstop2);
  out.msbot1 = mix(a.msbot1, b.msbot1), out.msbot2 = mix(a.msbot2, b.msbot2);
  out.msbot_l = mix(a.msbot_l, b.msbot_l), out.msbot_r = mix(a.msbot_r, b.msbot_r);
  out.stop1_left_fraction = mix(a.stop1_left_fraction, b.stop1_left_fraction);
  out.mstau1 = mix(a.mstau1, b.mstau1), out.mstau2 = mix(a.mstau2, b.mstau2);
  out.mstau_l = mix(a.mstau_l, b.mstau_l), out.mstau_r = mix(a.mstau_r, b.mstau_r);
  out.msnu_tau = mix(a.msnu_tau, b.msnu_tau);
  return out;
}

double threshold_relative_change(const SusyThresholdInputs& a, const SusyThresholdInputs& b) {
  if (a.valid != b.valid) return std::numeric_limits<double>::infinity();
  if (!a.valid) return 0.0;
  auto rel = [](double x, double y) { return std::fabs(x - y) / std::max({std::fabs(x), std::fabs(y), 1.0}); };
  const double pairs[][2] = {{a.m3, b.m3},         {a.m1, b.m1},           {a.m2, b.m2},
                             {a.mu, b.mu},         {a.at, b.at},           {a.mstop1, b.mstop1},
                             {a.mstop2, b.mstop2}, {a.msbot1, b.msbot1},   {a.msbot2, b.msbot2},
                             {a.msbot_l, b.msbot_l}, {a.msbot_r, b.msbot_r}, {a.mstau1, b.mstau1},
                             {a.mstau2, b.mstau2}, {a.mstau_l, b.mstau_l}, {a.mstau_r, b.mstau_r},
                             {a.msnu_tau, b.msnu_tau}};
  double worst = std::fabs(a.stop1_left_fraction - b.stop1_left_fraction);
  for (const auto& p : pairs) worst = std::max(worst, rel(p[0], p[1]));
  return worst;
}

DeltaBParts delta_b_parts(const SusyThresholdInputs& s, double alpha_s, double yt, double gprime, double g2,
                          double tanb) {
  DeltaBParts p;
  if (!s.valid || s.mu == 0.0) return p;  // every part is proportional to mu
  const double mu2 = s.mu * s.mu, m12 = s.m1 * s.m1, m22 = s.m2 * s.m2;
  const double mt12 = s.mstop1 * s.mstop1, mt22 = s.mstop2 * s.mstop2;
  const double mb12 = s.msbot1 * s.msbot1, mb22 = s.msbot2 * s.msbot2;
  const double mbl2 = s.msbot_l * s.msbot_l, mbr2 = s.msbot_r * s.msbot_r;
  const double mu_tanb = s.mu * tanb;
  // Carena et al. NPB 426 (1994) 269; PBMZ eq. D.18 (tan(beta)-enhanced terms).
  p.gluino = 2.0 * alpha_s / (3.0 * M_PI) * s.m3 * mu_tanb * threshold_loop_i(mb12, mb22, s.m3 * s.m3);
  p.higgsino = yt * yt * kLoop * s.at * mu_tanb * threshold_loop_i(mt12, mt22, mu2);
  // PBMZ eq. D.18, chargino and neutralino loops in the tan(beta)-enhanced limit (the quark
  // analogue of Marchetti et al. PRD 79 (2009) 013010 eq. 8, see delta_tau).
  const double alpha1 = gprime * gprime / (4.0 * M_PI), alpha2 = g2 * g2 / (4.0 * M_PI);
  const double ct2 = s.stop1_left_fraction, st2 = 1.0 - ct2;
  p.wino = -alpha2 / (4.0 * M_PI) * s.m2 * mu_tanb *
           (ct2 * threshold_loop_i(mt12, m22, mu2) + st2 * threshold_loop_i(mt22, m22, mu2) +
            0.5 * threshold_loop_i(mbl2, m22, mu2));
  p.bino = -alpha1 / (12.0 * M_PI) * s.m1 * mu_tanb *
           (threshold_loop_i(mb12, mb22, m12) / 3.0 + threshold_loop_i(mu2, m12, mbr2) +
            0.5 * threshold_loop_i(mu2, m12, mbl2));
  return p;
}

double delta_b(const SusyThresholdInputs& s, double alpha_s, double yt, double gprime, double g2, double tanb) {
  return delta_b_parts(s, alpha_s, yt, gprime, g2, tanb).total();
}

double delta_tau(const SusyThresholdInputs& s, double gprime, double g2, double tanb) {
  if (!s.valid || s.mu == 0.0) return 0.0;  // every term is proportional to mu
  // PBMZ eq. D.19, tan(beta)-enhanced terms (Marchetti et al. PRD 79 (2009) 013010, eq. 8).
  const double alpha1 = gprime * gprime / (4.0 * M_PI), alpha2 = g2 * g2 / (4.0 * M_PI);
  const double mu2 = s.mu * s.mu, m12 = s.m1 * s.m1, m22 = s.m2 * s.m2;
  const double ml2 = s.mstau_l * s.mstau_l, mr2 = s.mstau_r * s.mstau_r;
  const double bino = alpha1 / (4.0 * M_PI) * s.m1 * s.mu * tanb *
                      (threshold_loop_i(s.mstau1 * s.mstau1, s.mstau2 * s.mstau2, m12) -
                       threshold_loop_i(mu2, m12, mr2) + 0.5 * threshold_loop_i(mu2, m12, ml2));
  const double wino = -alpha2 / (4.0 * M_PI) * s.m2 * s.mu * tanb *
                      (threshold_loop_i(s.msnu_tau * s.msnu_tau, m22, mu2) + 0.5 * threshold_loop_i(ml2, m22, mu2));
  return bino + wino;
}

double delta_top_susy_qcd(const SusyThresholdInputs& s, double alpha_s, double mt, double tanb, double q_gev) {
  if (!s.valid) return 0.0;
  const double m3 = std::fabs(s.m3);
  const double xt = s.at - s.mu / tanb;
  // PBMZ eq. D.18, gluino-stop part; the B0 difference of the mixing term is written with I().
  const double logs = pv_b1(mt, m3, s.mstop1, q_gev) + pv_b1(mt, m3, s.mstop2, q_gev);
  const double mixing = 2.0 * s.m3 * xt * threshold_loop_i(s.mstop1 * s.mstop1, s.mstop2 * s.mstop2, m3 * m3);
  return -alpha_s / (3.0 * M_PI) * (logs + mixing);
}

double gauge_msbar_to_drbar(double g, double casimir_adjoint) {
  // docs/physics.md §4.2: 1/alpha^DR = 1/alpha^MS - C(G)/(12 pi).
  const double inv_alpha = 4.0 * M_PI / (g * g) - casimir_adjoint / (12.0 * M_PI);
  return std::sqrt(4.0 * M_PI / inv_alpha);
}

double quark_msbar_to_drbar_factor(double alpha_s) { return 1.0 - alpha_s / (3.0 * M_PI); }

void sm_beta_modern(const SmState& y, SmState& dydt) {
  sm_beta(y, dydt, 2);
  const double G3 = y[kSmG3] * y[kSmG3], Yt = y[kSmYt] * y[kSmYt];
  // Two-loop top Yukawa, dominant terms (Arason et al. PRD 46 (1992) 3945, eq. 3.4).
  dydt[kSmYt] += kLoop * kLoop * y[kSmYt] * (-12.0 * Yt * Yt + 36.0 * G3 * Yt - 108.0 * G3 * G3);
  // Two-loop QCD term of the bottom Yukawa (same source): -108 g3^4.
  dydt[kSmYb] += kLoop * kLoop * y[kSmYb] * (36.0 * G3 * y[kSmYb] * y[kSmYb] - 108.0 * G3 * G3);
}

SmState modern_sm_couplings_at(const SMCouplings& smc, double q_gev) {
  // SM running from m_t(m_t) to q with fixed-step RK4 in t = ln Q (the couplings vary slowly).
  SmState y{smc.g1, smc.g2, smc.g3, smc.yt, smc.yb, smc.ytau};
  const double t0 = std::log(smc.q_gev), t1 = std::log(std::max(q_gev, smc.q_gev));
  const int n = std::max(8, int(std::ceil(std::fabs(t1 - t0) / 0.05)));
  rk4_fixed_steps(y, t0, t1, n, sm_beta_modern);
  return y;
}

bool modern_mssm_couplings_at_msusy(const SMCouplings& smc, double msusy_gev, const BetaAngles& beta,
                                    const SusyThresholdInputs& th, MssmState& out, double* delta_b_out) {
  return modern_mssm_couplings_from_sm(modern_sm_couplings_at(smc, msusy_gev), std::max(msusy_gev, smc.q_gev), beta,
                                       th, out, delta_b_out);
}

bool modern_mssm_couplings_from_sm(const SmState& y, double q, const BetaAngles& beta, const SusyThresholdInputs& th,
                                   MssmState& out, double* delta_b_out) {
  for (double v : y)
    if (!std::isfinite(v) || std::fabs(v) > 3.5449077018) return false;

  const double alpha_s = y[kSmG3] * y[kSmG3] / (4.0 * M_PI);
  const double tanb = beta.tanb;
  const double cb = beta.cos, sb = beta.sin;
  out.fill(0.0);
  // docs/physics.md §4.2: DRbar gauge couplings, C(G) = (0, 2, 3).
  out[kG1] = y[kSmG1];
  out[kG2] = gauge_msbar_to_drbar(y[kSmG2], 2.0);
  out[kG3] = gauge_msbar_to_drbar(y[kSmG3], 3.0);
  const double qcd = quark_msbar_to_drbar_factor(alpha_s);
  const double mt_sm = y[kSmYt] * qcd;  // in units of v: y_t^SM,DR
  const double gprime = out[kG1] * std::sqrt(3.0 / 5.0);
  // The external momentum of the B1 terms is m_t ~ y_t v (v = 174.1 GeV; its precise value
  // is immaterial here).
  const double dt = delta_top_susy_qcd(th, alpha_s, mt_sm * 174.1, tanb, q);
  out[kYt] = mt_sm / sb / (1.0 + dt);
  const double db = delta_b(th, alpha_s, out[kYt], gprime, out[kG2], tanb);
  if (delta_b_out) *delta_b_out = db;
  out[kYb] = y[kSmYb] * qcd / cb / (1.0 + db);
  out[kYtau] = y[kSmYtau] / cb / (1.0 + delta_tau(th, gprime, out[kG2], tanb));
  return out[kYb] > 0 && out[kYt] > 0 && out[kYtau] > 0;
}

}  // namespace gmsb::matching
