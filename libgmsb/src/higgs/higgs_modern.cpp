#include "higgs/higgs_modern.hpp"

#include <cmath>
#include <limits>

#include "ewsb/beta_angles.hpp"

namespace gmsb::higgs {

using namespace gmsb::ewsb;

namespace {
struct TopTerms {
  double t, xt_tilde, kappa;
};
TopTerms top_terms(const HiggsModernInputs& in) {
  const HiggsKn99Inputs& b = in.base;
  const double ms2 = in.mstop1 * in.mstop2;
  const double xt = b.at - b.mu / b.beta.tanb;  // DRbar X_t at M_S (SLHA sign)
  const double x2 = xt * xt / ms2;
  const double mt2 = b.mt * b.mt, v2 = b.vev * b.vev;
  // docs/physics.md §7.1 (CHHHWW NPB 580 (2000) 29 eq. 2.6): t, Xt~, and the two-loop coefficient.
  return {std::log(ms2 / (in.mt_pole * in.mt_pole)), 2.0 * x2 * (1.0 - x2 / 12.0),
          (1.5 * mt2 / v2 - 32.0 * M_PI * in.alpha_s_mt) / (16.0 * M_PI * M_PI)};
}
}  // namespace

double higgs_mt_bar(double mt_pole, double alpha_s_mt) {
  // CHHHWW NPB 580 (2000) 29, below eq. (2.6): m_t-bar = M_t / (1 + 4 alpha_s(M_t)/(3 pi)).
  return mt_pole / (1.0 + 4.0 * alpha_s_mt / (3.0 * M_PI));
}

double higgs_two_loop_ll_m22(const HiggsModernInputs& in) {
  const HiggsKn99Inputs& b = in.base;
  const double sb = b.beta.sin;
  const TopTerms k = top_terms(in);
  const double mt2 = b.mt * b.mt, v2 = b.vev * b.vev;
  // CHHHWW NPB 580 (2000) 29 eq. (2.6), two-loop term, divided by s_b^2.
  return 3.0 * mt2 * mt2 / (4.0 * M_PI * M_PI * v2 * sb * sb) * k.kappa * (k.xt_tilde * k.t + k.t * k.t);
}

double higgs_chhhww_decoupling_mh_sq(const HiggsModernInputs& in) {
  const HiggsKn99Inputs& b = in.base;
  const BetaAngles& beta = b.beta;
  const TopTerms k = top_terms(in);
  const double mt2 = b.mt * b.mt, v2 = b.vev * b.vev;
  // CHHHWW NPB 580 (2000) 29 eq. (2.6) (docs/physics.md §7.1).
  return b.mz * b.mz * beta.cos2 * beta.cos2 * (1.0 - 3.0 / (8.0 * M_PI * M_PI) * mt2 / v2 * k.t) +
         3.0 * mt2 * mt2 / (4.0 * M_PI * M_PI * v2) * (k.t + 0.5 * k.xt_tilde) +
         beta.sin * beta.sin * higgs_two_loop_ll_m22(in);
}

Higgs2hdmQuarticInputs higgs_modern_quartic_inputs(const HiggsModernInputs& in) {
  const HiggsKn99Inputs& b = in.base;
  const BetaAngles& beta = b.beta;
  Higgs2hdmQuarticInputs q;
  // Tree relations with v = 174 GeV: m_W^2 = g^2 v^2/2, m_Z^2 = (g^2 + g'^2) v^2/2.
  q.g2sq = 2.0 * b.mz * b.mz * (1.0 - b.sin2w) / (b.vev * b.vev);
  q.gysq = 2.0 * b.mz * b.mz * b.sin2w / (b.vev * b.vev);
  q.g3sq = 4.0 * M_PI * in.alpha_s_mt;
  q.ht = b.mt / (b.vev * beta.sin);
  // CHHHWW NPB 580 (2000) 29 section 2: h_b = m_b/(v cos(beta) (1 + Delta_b)).
  q.hb = in.mb_mt / (b.vev * beta.cos * (1.0 + in.delta_b));
  q.at = b.at;
  q.ab = b.ab;
  q.mu = b.mu;
  q.mstop_scale = std::sqrt(in.mstop1 * in.mstop2);
  q.msbot_scale = std::sqrt(in.msbot1 * in.msbot2);
  q.mt_pole = in.mt_pole;
  return q;
}

HiggsModernResult higgs_mass_modern(const HiggsModernInputs& in) {
  HiggsModernResult r;
  if (!(in.mstop1 > 0 && in.mstop2 > 0 && in.msbot1 > 0 && in.msbot2 > 0)) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    r.mh_sq = r.mH_sq = r.alpha = r.mHpm_sq = nan;
    return r;
  }
  r.lambdas = higgs_2hdm_quartics(higgs_modern_quartic_inputs(in));
  HiggsMassMatrix m = higgs_2hdm_cp_even_matrix(r.lambdas, in.base.ma, in.base.beta, in.base.vev);
  if (in.mh_eft > 0) {
    // Resummed decoupling-limit mass (higgs_eft.hpp) replaces the quartics' SM-like direction.
    const BetaAngles& b = in.base.beta;
    const double shift = in.mh_eft * in.mh_eft -
                         2.0 * in.base.vev * in.base.vev * higgs_2hdm_sm_like_quartic(r.lambdas, in.base.beta);
    m.m11 += shift * b.cos * b.cos;
    m.m22 += shift * b.sin * b.sin;
    m.m12 += shift * b.sin * b.cos;
  }
  static_cast<HiggsKn99Result&>(r) = diagonalise_cp_even(m);
  r.mHpm_sq = higgs_2hdm_charged_mass_sq(r.lambdas, in.base.ma, in.base.vev);
  return r;
}

}  // namespace gmsb::higgs
