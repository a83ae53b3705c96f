#pragma once
/// \file higgs_eft.hpp
/// The light Higgs mass of method "modern" with the logarithms of M_S/M_t resummed: the MSSM is
/// matched to the SM at Q = M_S (higgs_eft_matching.hpp), the SM couplings run at two loops down to
/// Q = M_t (sm_eft.hpp) and the pole mass follows from lambda(M_t) with the NNLO SM relation.
/// This is the decoupling-limit mass (heavy doublet at or above M_S, up to its logarithm);
/// higgs_modern.hpp adds the finite-m_A effect from the two-Higgs-doublet quartics.
///
/// Accuracy (see docs/physics.md): the terms suppressed by v^2/M_S^2 are absent, so the method
/// is meant for M_S >~ 500 GeV; the missing thresholds are listed in higgs_eft_matching.hpp.

#include "higgs/higgs_eft_matching.hpp"
#include "rge/beta_functions.hpp"
#include "higgs/sm_eft.hpp"
#include "gmsb/sm_inputs.hpp"

namespace gmsb::higgs {

/// The one-loop top/stop correction to the light Higgs mass squared in the decoupling limit at
/// zero momentum, from the effective potential (Haber & Hempfling PRD 48 (1993) 4280; Carena,
/// Quiros, Wagner NPB 461 (1996) 407 eq. 10 without D-terms), GeV^2:
///   3 m_t^4/(4 pi^2 v^2) { ln(m1 m2/m_t^2) + X_t^2 ln(m1^2/m2^2)/(m1^2 - m2^2)
///                        + X_t^4/(m1^2 - m2^2)^2 [1 - (m1^2 + m2^2) ln(m1^2/m2^2)/(2 (m1^2 - m2^2))] },
/// m1^2, m2^2 the stop masses squared, v = 174 GeV. For m1 = m2 = M_S it is
/// 3 m_t^4/(4 pi^2 v^2) [ln(M_S^2/m_t^2) + X_t^2/M_S^2 - X_t^4/(12 M_S^4)].
double higgs_one_loop_stop_mh_sq(double mt, double xt, double m1sq, double m2sq, double vev);

/// The terms of order m_t^2/M_S^2 that the effective theory drops at one loop, O(alpha_t), GeV^2:
/// the exact one-loop stop correction (higgs_one_loop_stop_mh_sq with the stop masses of
/// m_Q3^2 + m_t^2, m_U3^2 + m_t^2 and mixing m_t X_t) minus its limit m_t << M_S (the logarithm
/// ln(m_Q3 m_U3/m_t^2) and the BGSS X_t threshold). The "hybrid" idea of Bahl & Hollik EPJC 76
/// (2016) 499 and FlexibleEFTHiggs (Athron et al. EPJC 77 (2017) 814), here at O(alpha_t) only.
/// Vanishes like m_t^2/M_S^2 for heavy stops.
double higgs_eft_power_correction_mh_sq(double mt, double xt, double mq3_sq, double mu3_sq, double vev);

struct HiggsEftInputs {
  double mt_pole = 172.57;        ///< top pole mass (GeV)
  double alpha_s_mz = 0.1180;     ///< alpha_s(M_Z), MSbar
  rge::SmState sm_low{};               ///< SM MSbar couplings at q_low (g1, g2, g3, y_b, y_tau are used)
  double q_low = 163.0;           ///< scale of sm_low (GeV)
  /// The MSSM side at Q = matching.q_gev; its SM couplings (g1, g2, g3, yt) are overwritten with
  /// the SM ones run up from M_t.
  HiggsEftMatchingInputs matching;
  double vev = 174.1;             ///< v = (2 sqrt2 G_F)^(-1/2) (GeV), for the power-suppressed terms
  bool power_corrections = true;  ///< add higgs_eft_power_correction_mh_sq (m_t = y_t(M_S) v)
  /// Relative shift of y_t(M_t) from sm_top_yukawa_at_mt (0: none). The M_h uncertainty uses the
  /// three-loop QCD term of the top pole-mass relation here (higgs_yt_three_loop_qcd_shift).
  double yt_mt_rel_shift = 0.0;
};

/// The relative size of the three-loop QCD term of the top pole mass relation, K3 a^3 with
/// a = alpha_s(m_t)/pi and K3 = 190.595 - 26.655 n_l + 0.6527 n_l^2 at n_l = 5 (Melnikov & van
/// Ritbergen PLB 482 (2000) 99; Chetyrkin & Steinhauser NPB 573 (2000) 617): y_t(M_t) determined
/// one order lower is larger by this fraction (docs/physics.md §7.5).
double higgs_yt_three_loop_qcd_shift(double alpha_s_mt);

struct HiggsEftResult {
  double mh = 0;                  ///< light Higgs pole mass (GeV); NaN if lambda(M_t) < 0
  double power_mh_sq = 0;         ///< the O(m_t^2/M_S^2) terms added to M_h^2 (GeV^2)
  HiggsEftMatching lambda_msusy;  ///< lambda(M_S) in pieces
  SmEftState at_mt{};             ///< SM couplings at M_t (lambda included)
  SmEftState at_msusy{};          ///< SM couplings at M_S
};

/// The SM side of HiggsEftInputs (M_t, alpha_s(M_Z), v and the couplings at m_t(m_t)) from the
/// program's SM inputs; the MSSM side (`matching`) is left at its defaults for the caller to fill.
HiggsEftInputs higgs_eft_inputs_from_sm(const SMInputs& sm, const SMCouplings& at_mt);

/// M_h in the decoupling limit (see the file comment). Throws gmsb::InputError for bad
/// scales or tachyonic third-generation soft masses.
HiggsEftResult higgs_mass_eft(const HiggsEftInputs& in);

}  // namespace gmsb::higgs
