#include "higgs/higgs_2hdm_quartics.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "ewsb/beta_angles.hpp"
#include "gmsb/error.hpp"

namespace gmsb::higgs {

using namespace gmsb::ewsb;

namespace {

constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);  // 1/(16 pi^2)

/// One-loop running below the squark scale (2HDM type II, QCD + third-generation Yukawas),
/// per d ln Q^2. Used only to build the two-loop leading-log factors.
struct Running {
  double bt, bb;  ///< d ln h_t^2/d ln Q^2, d ln h_b^2/d ln Q^2
  double g1, g2;  ///< wave-function anomalous dimensions of Phi_1, Phi_2
  /// Two-loop leading-log factor of a one-loop term with n_t powers of h_t, n_b of h_b and
  /// n_1, n_2 legs of Phi_1, Phi_2, for a threshold at ln(M_S^2/M_t^2) = t:
  /// coupling at M_S = coupling at M_t times (1 + t d ln/d ln Q^2), minus the legs' running.
  double factor(int nt, int nb, int n1, int n2, double t) const {
    return 1.0 + t * (0.5 * nt * bt + 0.5 * nb * bb - n1 * g1 - n2 * g2);
  }
};

Running running(const Higgs2hdmQuarticInputs& in, bool two_loop) {
  if (!two_loop) return {0, 0, 0, 0};
  const double ht2 = in.ht * in.ht, hb2 = in.hb * in.hb;
  // Haber-Hempfling PRD 48 (1993) 4280 / CEQW: 16 pi^2 d h_t/d ln Q = h_t (9/2 h_t^2 + 1/2 h_b^2 - 8 g_3^2),
  // 16 pi^2 gamma_{Phi_2} = 3 h_t^2 per d ln Q (gauge parts dropped: not leading log).
  return {kLoop * (4.5 * ht2 + 0.5 * hb2 - 8.0 * in.g3sq), kLoop * (4.5 * hb2 + 0.5 * ht2 - 8.0 * in.g3sq),
          1.5 * kLoop * hb2, 1.5 * kLoop * ht2};
}

/// One squark family's threshold contributions (stop: q = t, partner legs on Phi_2; the sbottom
/// is the mirror image with Phi_1 <-> Phi_2). "own" is the quartic of the doublet the quark couples
/// to (lambda_2 for the top), "other" the other doublet's (lambda_1 for the top); "mix_own" is
/// lambda_7 for the top, "mix_other" lambda_6.
struct SquarkTerms {
  double own = 0, other = 0, l34 = 0, l5 = 0, mix_own = 0, mix_other = 0;
};

/// h = the quark's Yukawa, a = A/M_S, m = mu/M_S, t = ln(M_S^2/M_t^2); n_q picks the running of h.
SquarkTerms squark_terms(double h, double a, double m, double t, const Running& r, bool top) {
  const double h4 = h * h * h * h, a2 = a * a, m2 = m * m;
  const int nt = top ? 4 : 0, nb = top ? 0 : 4;
  // Legs: (n_own, n_other) mapped to (n_1, n_2) with own = Phi_2 for the top, Phi_1 for the bottom.
  auto f = [&](int n_own, int n_other) {
    return top ? r.factor(nt, nb, n_other, n_own, t) : r.factor(nt, nb, n_own, n_other, t);
  };
  SquarkTerms s;
  // CEQW PLB 355 (1995) 209 lambda_2 (CHHHWW NPB 580 (2000) 29 eq. 2.6 bracket): 3 h^4/(8 pi^2)
  // [t + X~/2 + (two-loop)(X~ t + t^2)], X~ = 2 a^2 (1 - a^2/12); the t^2 is half the threshold factor's slope.
  const double xt = 2.0 * a2 * (1.0 - a2 / 12.0), f_own = f(4, 0);
  s.own = 6.0 * kLoop * h4 * (0.5 * t * (1.0 + f_own) + 0.5 * xt * f_own);
  // CEQW lambda_1 (Haber-Hempfling threshold): -3 h^4/(96 pi^2) mu^4/M_S^4.
  s.other = -0.5 * kLoop * h4 * m2 * m2 * f(0, 4);
  // CEQW lambda_3, lambda_4 (same squark term in both): 3 h^4/(96 pi^2) (3 mu^2/M_S^2 - mu^2 A^2/M_S^4).
  s.l34 = 0.5 * kLoop * h4 * (3.0 * m2 - m2 * a2) * f(2, 2);
  // CEQW lambda_5: -3 h^4/(96 pi^2) mu^2 A^2/M_S^4.
  s.l5 = -0.5 * kLoop * h4 * m2 * a2 * f(2, 2);
  // CEQW lambda_7 (top) / lambda_6 (bottom): -3 h^4/(96 pi^2) (mu/M_S) (6 A/M_S - A^3/M_S^3).
  s.mix_own = -0.5 * kLoop * h4 * m * (6.0 * a - a2 * a) * f(3, 1);
  // CEQW lambda_6 (top) / lambda_7 (bottom): +3 h^4/(96 pi^2) mu^3 A/M_S^4.
  s.mix_other = 0.5 * kLoop * h4 * m2 * m * a * f(1, 3);
  return s;
}

}  // namespace

Higgs2hdmQuartics higgs_2hdm_tree_quartics(double g2sq, double gysq) {
  // Haber & Hempfling PRD 48 (1993) 4280: MSSM tree-level quartics.
  Higgs2hdmQuartics l;
  l.l1 = l.l2 = 0.25 * (g2sq + gysq);
  l.l3 = 0.25 * (g2sq - gysq);
  l.l4 = -0.5 * g2sq;
  return l;
}

Higgs2hdmQuartics higgs_2hdm_quartics(const Higgs2hdmQuarticInputs& in) {
  if (!(in.mstop_scale > 0) || !(in.msbot_scale > 0) || !(in.mt_pole > 0))
    throw InputError("higgs_2hdm_quartics: threshold scales and M_t must be positive (got M_St = " +
                     std::to_string(in.mstop_scale) + ", M_Sb = " + std::to_string(in.msbot_scale) +
                     ", M_t = " + std::to_string(in.mt_pole) + ")");
  const Running r = running(in, in.two_loop);
  const double tt = 2.0 * std::log(in.mstop_scale / in.mt_pole);  // t = ln(M_St^2/M_t^2)
  const double tb = 2.0 * std::log(in.msbot_scale / in.mt_pole);  // t = ln(M_Sb^2/M_t^2)
  const double ht2 = in.ht * in.ht, hb2 = in.hb * in.hb;

  Higgs2hdmQuartics l = higgs_2hdm_tree_quartics(in.g2sq, in.gysq);
  // CEQW: the gauge quartics times the wave-function logs, e.g. lambda_2 ~ (g^2+g'^2)/4 (1 - 3 h_t^2 t/(8 pi^2)).
  const double leg1 = 1.5 * kLoop * hb2 * tb, leg2 = 1.5 * kLoop * ht2 * tt;
  l.l1 *= 1.0 - 4.0 * leg1;
  l.l2 *= 1.0 - 4.0 * leg2;
  l.l3 *= 1.0 - 2.0 * (leg1 + leg2);
  l.l4 *= 1.0 - 2.0 * (leg1 + leg2);

  const SquarkTerms st = squark_terms(in.ht, in.at / in.mstop_scale, in.mu / in.mstop_scale, tt, r, true);
  const SquarkTerms sb = squark_terms(in.hb, in.ab / in.msbot_scale, in.mu / in.msbot_scale, tb, r, false);
  l.l2 += st.own + sb.other;
  l.l1 += sb.own + st.other;
  l.l3 += st.l34 + sb.l34;
  l.l4 += st.l34 + sb.l34;
  l.l5 += st.l5 + sb.l5;
  l.l7 += st.mix_own + sb.mix_other;
  l.l6 += sb.mix_own + st.mix_other;

  // CEQW / Haber-Hempfling: the mixed stop-sbottom term (left-handed squark doublet), +/- in lambda_3/lambda_4:
  // 6 h_t^2 h_b^2/(16 pi^2) [t + A_tb/2 + (two-loop)(A_tb t + t^2)],
  // A_tb = (1/6) [-6 mu^2/M^2 - (mu^2 - A_b A_t)^2/M^4 + 3 (A_t + A_b)^2/M^2], M^2 = M_St M_Sb here.
  const double ms2 = in.mstop_scale * in.msbot_scale, mu2 = in.mu * in.mu;
  const double atb = (-6.0 * mu2 / ms2 - std::pow(mu2 - in.ab * in.at, 2) / (ms2 * ms2) +
                      3.0 * std::pow(in.at + in.ab, 2) / ms2) / 6.0;
  const double ttb = 0.5 * (tt + tb), f_tb = r.factor(2, 2, 2, 2, ttb);
  const double mixed = 6.0 * kLoop * ht2 * hb2 * (0.5 * ttb * (1.0 + f_tb) + 0.5 * atb * f_tb);
  l.l3 += mixed;
  l.l4 -= mixed;
  return l;
}

HiggsMassMatrix higgs_2hdm_cp_even_matrix(const Higgs2hdmQuartics& l, double ma, const ewsb::BetaAngles& b, double vev) {
  const double s = b.sin, c = b.cos, ma2 = ma * ma, v2x2 = 2.0 * vev * vev;
  // Haber & Hempfling PRD 48 (1993) 4280, CP-even mass matrix from lambda_1..7 (v_246^2 = 2 v^2).
  HiggsMassMatrix m;
  m.m11 = ma2 * s * s + v2x2 * (l.l1 * c * c + 2.0 * l.l6 * s * c + l.l5 * s * s);
  m.m22 = ma2 * c * c + v2x2 * (l.l2 * s * s + 2.0 * l.l7 * s * c + l.l5 * c * c);
  m.m12 = -ma2 * s * c + v2x2 * ((l.l3 + l.l4) * s * c + l.l6 * c * c + l.l7 * s * s);
  return m;
}

double higgs_2hdm_sm_like_quartic(const Higgs2hdmQuartics& l, const ewsb::BetaAngles& b) {
  const double s = b.sin, c = b.cos, s2 = s * s, c2 = c * c;
  // Haber & Hempfling PRD 48 (1993) 4280: the light eigenvalue of the CP-even matrix for m_A -> infinity.
  return l.l1 * c2 * c2 + l.l2 * s2 * s2 + 2.0 * (l.l3 + l.l4 + l.l5) * s2 * c2 + 4.0 * l.l6 * c2 * c * s +
         4.0 * l.l7 * s2 * s * c;
}

double higgs_2hdm_charged_mass_sq(const Higgs2hdmQuartics& l, double ma, double vev) {
  // Haber & Hempfling PRD 48 (1993) 4280: m_H+^2 = m_A^2 + (lambda_5 - lambda_4) v_246^2/2.
  return ma * ma + (l.l5 - l.l4) * vev * vev;
}

}  // namespace gmsb::higgs
