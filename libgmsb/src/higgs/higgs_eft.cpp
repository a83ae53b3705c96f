#include "higgs/higgs_eft.hpp"

#include <cmath>
#include <limits>

namespace gmsb::higgs {

using namespace gmsb::rge;

double higgs_one_loop_stop_mh_sq(double mt, double xt, double m1sq, double m2sq, double vev) {
  const double pre = 3.0 * std::pow(mt, 4) / (4.0 * M_PI * M_PI * vev * vev);
  const double d = m1sq - m2sq, s = m1sq + m2sq, x2 = xt * xt;
  const double log_term = 0.5 * std::log(m1sq * m2sq / (mt * mt * mt * mt));
  // Haber & Hempfling PRD 48 (1993) 4280 / Carena, Quiros, Wagner NPB 461 (1996) 407: the mixing
  // terms; for |d| << s the series in e = d/m2sq gives X^2/m^2 (1 - e/2 + e^2/3) and -X^4/(12 m^4) (1 - e).
  if (std::fabs(d) < 1e-4 * s) {
    const double e = d / m2sq, m2 = m2sq;
    return pre * (log_term + x2 / m2 * (1.0 - 0.5 * e + e * e / 3.0) - x2 * x2 / (12.0 * m2 * m2) * (1.0 - e));
  }
  const double l = std::log(m1sq / m2sq);
  return pre * (log_term + x2 * l / d + x2 * x2 / (d * d) * (1.0 - s * l / (2.0 * d)));
}

double higgs_eft_power_correction_mh_sq(double mt, double xt, double mq3_sq, double mu3_sq, double vev) {
  // Stop masses without D-terms: eigenvalues of [[m_Q^2 + m_t^2, m_t X_t], [m_t X_t, m_U^2 + m_t^2]].
  const double a = mq3_sq + mt * mt, b = mu3_sq + mt * mt, c = mt * xt;
  const double mean = 0.5 * (a + b), half = std::sqrt(0.25 * (a - b) * (a - b) + c * c);
  const double full = higgs_one_loop_stop_mh_sq(mt, xt, mean + half, mean - half, vev);
  // Its m_t << M_S limit: what the EFT's one-loop matching and running contain (BGSS eq. 10).
  const double mq = std::sqrt(mq3_sq), mu = std::sqrt(mu3_sq), r = mq / mu, xtt = xt * xt / (mq * mu);
  const double pre = 3.0 * std::pow(mt, 4) / (4.0 * M_PI * M_PI * vev * vev);
  const double leading = pre * (std::log(mq * mu / (mt * mt)) + xtt * (bgss_f1(r) - xtt * bgss_f2(r) / 12.0));
  return full - leading;
}

double higgs_yt_three_loop_qcd_shift(double alpha_s_mt) {
  // Melnikov & van Ritbergen PLB 482 (2000) 99: M_t/m_t(m_t) = 1 + 4/3 a + K2 a^2 + K3 a^3.
  const double nl = 5.0, k3 = 190.595 - 26.655 * nl + 0.6527 * nl * nl;
  const double a = alpha_s_mt / M_PI;
  return k3 * a * a * a;
}

HiggsEftInputs higgs_eft_inputs_from_sm(const SMInputs& sm, const SMCouplings& c) {
  HiggsEftInputs e;
  e.mt_pole = sm.mt_pole;
  e.alpha_s_mz = sm.alpha_s;
  e.sm_low = {c.g1, c.g2, c.g3, c.yt, c.yb, c.ytau};
  e.q_low = c.q_gev;
  e.vev = sm.vev();
  return e;
}

HiggsEftResult higgs_mass_eft(const HiggsEftInputs& in) {
  const double mt = in.mt_pole, q = in.matching.q_gev;
  // SM couplings at M_t: gauge couplings and y_b, y_tau run from q_low, y_t from the pole mass
  // (sm_top_yukawa_at_mt), lambda started from an M_h = 120 GeV guess.
  SmEftState low{in.sm_low[kSmG1], in.sm_low[kSmG2], in.sm_low[kSmG3], in.sm_low[kSmYt],
                 in.sm_low[kSmYb], in.sm_low[kSmYtau], sm_lambda_at_mt_from_mh(120.0, mt)};
  low = run_sm_eft(low, in.q_low, mt);
  low[kEftYt] = sm_top_yukawa_at_mt(mt, in.alpha_s_mz) * (1.0 + in.yt_mt_rel_shift);

  HiggsEftResult r;
  HiggsEftMatchingInputs match = in.matching;
  // lambda enters beta(y_t) and beta(g) only at two loops: two passes up and down converge it.
  for (int pass = 0; pass < 2; ++pass) {
    SmEftState high = run_sm_eft(low, mt, q);
    match.g1 = high[kEftG1];
    match.g2 = high[kEftG2];
    match.g3 = high[kEftG3];
    match.yt = high[kEftYt];
    r.lambda_msusy = higgs_eft_lambda_at_msusy(match);
    high[kEftLambda] = r.lambda_msusy.total();
    r.at_msusy = high;
    const SmEftState down = run_sm_eft(high, q, mt);
    low[kEftLambda] = down[kEftLambda];
  }
  r.at_mt = low;
  r.mh = sm_higgs_pole_mass_from_lambda(low[kEftLambda], mt);
  if (in.power_corrections && std::isfinite(r.mh)) {
    const double mt_q = r.at_msusy[kEftYt] * in.vev;  // SM MSbar m_t at M_S
    r.power_mh_sq = higgs_eft_power_correction_mh_sq(mt_q, in.matching.xt, in.matching.mq2[2], in.matching.mu2[2], in.vev);
    const double mh2 = r.mh * r.mh + r.power_mh_sq;
    r.mh = mh2 > 0 ? std::sqrt(mh2) : std::numeric_limits<double>::quiet_NaN();
  }
  return r;
}

}  // namespace gmsb::higgs
