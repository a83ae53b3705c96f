#pragma once
/// \file higgs_modern.hpp
/// Higgs masses of method "modern": the effective two-Higgs-doublet potential below the squark
/// scale (higgs_2hdm_quartics.hpp): quartics lambda_1..7 at two-loop leading log with one-loop
/// stop and sbottom thresholds including the mu- and A-dependent terms (Carena, Espinosa,
/// Quiros, Wagner PLB 355 (1995) 209; Carena, Quiros, Wagner NPB 461 (1996) 407; Carena, Haber,
/// Heinemeyer, Hollik, Wagner, Weiglein NPB 580 (2000) 29 section 2), and the CP-even and charged
/// masses built from them and m_A (Haber & Hempfling PRD 48 (1993) 4280).
///
/// Inputs as CHHHWW: m_t = m_t-bar = M_t/(1 + 4 alpha_s(M_t)/3pi) (higgs_mt_bar), h_t =
/// m_t/(v s_b); h_b = m_b(M_t)/(v c_b (1 + Delta_b)) (tan(beta)-enhanced resummation);
/// t = ln(M_S^2/M_t^2) with pole M_t, M_St^2 = m_t1 m_t2 and M_Sb^2 = m_b1 m_b2. In the
/// decoupling limit with mu = A_b = 0 and h_b -> 0 the light mass reproduces docs/physics.md §7.1 (CHHHWW
/// eq. 2.6) up to two subleading terms (see higgs_chhhww_decoupling_mh_sq). Not included: stau
/// thresholds, the non-logarithmic D-term (g^2 h_t^2) threshold terms.

#include "higgs/higgs_2hdm_quartics.hpp"
#include "higgs/higgs_kn99.hpp"

namespace gmsb::higgs {

struct HiggsModernInputs {
  HiggsKn99Inputs base;     ///< tan(beta), m_A, m_Z, v, s_W^2, m_t (= m_t-bar), A_t, A_b, mu (base.mb, soft masses unused)
  double mt_pole = 173.0;   ///< top pole mass (GeV), in t = ln(M_S^2/M_t^2)
  double alpha_s_mt = 0.108;///< alpha_s(M_t), MSbar
  double mstop1 = 1000, mstop2 = 1000;  ///< stop masses (GeV), M_St^2 = m_t1 m_t2
  double msbot1 = 1000, msbot2 = 1000;  ///< sbottom masses (GeV), M_Sb^2 = m_b1 m_b2
  double mb_mt = 2.75;      ///< m_b(M_t) MSbar, SM running (GeV)
  double delta_b = 0.0;     ///< Delta_b (matching/susy_thresholds.hpp), m_b = h_b v c_b (1 + Delta_b)
  /// Resummed decoupling-limit M_h (GeV) from higgs_eft.hpp; 0 = not used. When set, the CP-even
  /// matrix of the quartics is shifted along the SM-like direction (c_b, s_b) by
  /// mh_eft^2 - 2 v^2 lambda_SM(quartics), so that its light eigenvalue equals mh_eft for large m_A
  /// and keeps the quartics' finite-m_A (doublet-mixing) reduction otherwise.
  double mh_eft = 0.0;
};

/// Result: the CP-even masses and angle (HiggsKn99Result), the charged Higgs mass and the quartics.
struct HiggsModernResult : HiggsKn99Result {
  double mHpm_sq = 0;             ///< charged Higgs mass squared (GeV^2)
  Higgs2hdmQuartics lambdas;      ///< lambda_1..7 at M_t
};

/// CHHHWW's running top mass m_t-bar = M_t/(1 + 4 alpha_s(M_t)/(3 pi)) (GeV).
double higgs_mt_bar(double mt_pole, double alpha_s_mt);

/// The quartic-coupling inputs of method modern (g^2, g'^2 from m_Z, s_W^2, v; h_t, h_b, scales).
Higgs2hdmQuarticInputs higgs_modern_quartic_inputs(const HiggsModernInputs& in);

/// Reference formula (docs/physics.md §7.1, CHHHWW NPB 580 (2000) 29 eq. 2.6, decoupling limit, top/stop only,
/// X_t = A_t - mu cot(beta), M_S^2 = m_t1 m_t2), GeV^2. Used by the tests.
double higgs_chhhww_decoupling_mh_sq(const HiggsModernInputs& in);

/// The two-loop leading-log piece of the reference formula alone, GeV^2 (s_b^2 times the CP-even
/// H_u-H_u entry it would add).
double higgs_two_loop_ll_m22(const HiggsModernInputs& in);

/// M_h, M_H, alpha (same conventions as higgs_mass_kn99) and m_H+ from the 2HDM quartics.
/// Non-positive squark masses give NaN masses (the spectrum flags the tachyon before).
HiggsModernResult higgs_mass_modern(const HiggsModernInputs& in);

}  // namespace gmsb::higgs
