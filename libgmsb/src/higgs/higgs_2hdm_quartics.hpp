#pragma once
/// \file higgs_2hdm_quartics.hpp
/// The effective two-Higgs-doublet potential below the squark scale: quartic couplings
/// lambda_1..lambda_7 at two-loop leading log (RG-improved), with the one-loop stop and sbottom
/// threshold corrections including the mu- and A-dependent terms (Carena, Espinosa, Quiros,
/// Wagner PLB 355 (1995) 209 [hep-ph/9504316]; Haber & Hempfling PRD 48 (1993) 4280; Carena,
/// Quiros, Wagner NPB 461 (1996) 407), and the Higgs masses built from them.
///
/// Conventions (Haber & Hempfling): Phi_1 = H_d, Phi_2 = H_u,
///   V = ... + lambda_1/2 |Phi_1|^4 + lambda_2/2 |Phi_2|^4 + lambda_3 |Phi_1|^2 |Phi_2|^2
///       + lambda_4 |Phi_1^+ Phi_2|^2 + { lambda_5/2 (Phi_1^+ Phi_2)^2
///       + [lambda_6 |Phi_1|^2 + lambda_7 |Phi_2|^2] Phi_1^+ Phi_2 + h.c. },
/// <Phi_i> = v_i with v_1 = v cos(beta), v_2 = v sin(beta), v = 174 GeV (so the usual
/// v_246^2 of Haber-Hempfling is 2 v^2 here). Yukawas h_t = m_t/(v sin(beta)),
/// h_b = m_b/(v cos(beta)). Trilinears and mu have SLHA signs: the stop mixing is
/// X_t = A_t - mu cot(beta), the sbottom mixing X_b = A_b - mu tan(beta).
/// Tree level: lambda_1 = lambda_2 = (g^2 + g'^2)/4, lambda_3 = (g^2 - g'^2)/4,
/// lambda_4 = -g^2/2, lambda_5 = lambda_6 = lambda_7 = 0.

#include "higgs/higgs_kn99.hpp"

namespace gmsb::higgs {

/// Couplings at the low scale M_t (top pole mass) and the squark threshold data (GeV).
struct Higgs2hdmQuarticInputs {
  double g2sq = 0.42;          ///< SU(2) coupling g^2
  double gysq = 0.13;          ///< hypercharge coupling g'^2 (not GUT normalised)
  double g3sq = 1.36;          ///< g_3^2 = 4 pi alpha_s(M_t)
  double ht = 0.95;            ///< h_t = m_t/(v sin(beta)) at M_t
  double hb = 0.0;             ///< h_b = m_b/(v cos(beta) (1 + Delta_b)) at M_t
  double at = 0, ab = 0;       ///< A_t, A_b (GeV)
  double mu = 0;               ///< mu (GeV)
  double mstop_scale = 1000;   ///< stop threshold M_St (GeV), e.g. sqrt(m_t1 m_t2)
  double msbot_scale = 1000;   ///< sbottom threshold M_Sb (GeV), e.g. sqrt(m_b1 m_b2)
  double mt_pole = 173.0;      ///< low scale of the logs t = ln(M_S^2/M_t^2) (GeV)
  bool two_loop = true;        ///< false: one-loop leading log + one-loop thresholds only
};

struct Higgs2hdmQuartics {
  double l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0, l7 = 0;
};

/// lambda_1..lambda_7 at the scale M_t. Each one-loop term (log or threshold) carries its
/// two-loop leading-log factor 1 + t [n_t/2 b_t + n_b/2 b_b - n_1 g_1 - n_2 g_2] from running
/// the couplings between M_t and the threshold: b_q = d ln h_q^2/d ln Q^2 (n_q powers of h_q)
/// and g_i = wave-function anomalous dimension of Phi_i (n_i legs). This reproduces the
/// coefficients printed by CEQW/CQW (e.g. 3/2 h_t^2 + 1/2 h_b^2 - 8 g_3^2 of the main top term,
/// 9 h_b^2 - 5 h_t^2 - 16 g_3^2 of the h_b^4 mu^4 term of lambda_2).
/// Throws gmsb::InputError for non-positive threshold scales or M_t.
Higgs2hdmQuartics higgs_2hdm_quartics(const Higgs2hdmQuarticInputs& in);

/// The tree-level quartics from g^2 and g'^2 (all loop terms off).
Higgs2hdmQuartics higgs_2hdm_tree_quartics(double g2sq, double gysq);

/// CP-even mass matrix in the (H_d, H_u) basis from the quartics and the CP-odd mass (GeV^2),
/// Haber & Hempfling PRD 48 (1993) 4280 (v_246^2 = 2 v^2):
///   M_11 = m_A^2 s^2 + 2 v^2 (l1 c^2 + 2 l6 s c + l5 s^2)
///   M_22 = m_A^2 c^2 + 2 v^2 (l2 s^2 + 2 l7 s c + l5 c^2)
///   M_12 = -m_A^2 s c + 2 v^2 ((l3 + l4) s c + l6 c^2 + l7 s^2).
HiggsMassMatrix higgs_2hdm_cp_even_matrix(const Higgs2hdmQuartics& l, double ma, const ewsb::BetaAngles& b, double vev);

/// The quartic of the SM-like doublet H = c_b Phi_1 + s_b Phi_2 (the decoupling limit, m_A -> infinity):
/// lambda_SM = l1 c^4 + l2 s^4 + 2 (l3 + l4 + l5) s^2 c^2 + 4 l6 c^3 s + 4 l7 s^3 c, so that the light
/// CP-even mass is m_h^2 = 2 v^2 lambda_SM (Haber & Hempfling PRD 48 (1993) 4280).
double higgs_2hdm_sm_like_quartic(const Higgs2hdmQuartics& l, const ewsb::BetaAngles& b);

/// Charged Higgs mass squared m_H+^2 = m_A^2 + (l5 - l4) v^2 (= m_A^2 + (l5 - l4) v_246^2/2,
/// Haber & Hempfling PRD 48 (1993) 4280), GeV^2. Tree level: m_A^2 + m_W^2.
double higgs_2hdm_charged_mass_sq(const Higgs2hdmQuartics& l, double ma, double vev);

}  // namespace gmsb::higgs
