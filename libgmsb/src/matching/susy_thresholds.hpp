#pragma once
/// \file susy_thresholds.hpp
/// Method "modern": Standard-Model couplings matched to the MSSM DRbar couplings at M_SUSY,
/// with the MSbar -> DRbar conversion and the main SUSY threshold corrections (docs/physics.md
/// §4.2, §4.4 and §7.4.1): SUSY-QCD for y_t, tan(beta)-enhanced Delta_b, Delta_tau.
///
/// Conventions: SLHA signs (X_t = A_t - mu cot(beta), X_b = A_b - mu tan(beta)), masses in GeV.

#include "ewsb/beta_angles.hpp"
#include "rge/beta_functions.hpp"
#include "gmsb/sm_inputs.hpp"

namespace gmsb::matching {

/// The loop function I(a, b, c) of the tan(beta)-enhanced corrections, arguments are squared
/// masses (GeV^2): I = [ab ln(a/b) + bc ln(b/c) + ca ln(c/a)] / ((a-b)(b-c)(a-c)), with the
/// (near-)degenerate limits taken analytically; I(m^2, m^2, m^2) = 1/(2 m^2). Result in GeV^-2.
double threshold_loop_i(double a, double b, double c);

/// Sparticle data needed by the thresholds at M_SUSY (from the previous M_SUSY iteration).
struct SusyThresholdInputs {
  bool valid = false;               ///< false: no thresholds (first iteration)
  double m3 = 0, m1 = 0, m2 = 0;    ///< running gaugino masses (GeV)
  double mu = 0;                    ///< mu (GeV, SLHA sign)
  double at = 0;                    ///< A_t (GeV)
  double mstop1 = 0, mstop2 = 0;    ///< GeV
  double msbot1 = 0, msbot2 = 0;    ///< GeV
  double msbot_l = 0, msbot_r = 0;  ///< diagonal sbottom_L, sbottom_R masses with D-terms (GeV)
  double stop1_left_fraction = 1;   ///< |<stop_L|stop_1>|^2 = cos^2(theta_t) (sfermions.hpp angle)
  double mstau1 = 0, mstau2 = 0;    ///< GeV
  double mstau_l = 0, mstau_r = 0;  ///< diagonal stau_L, stau_R masses with D-terms (GeV)
  double msnu_tau = 0;              ///< tau sneutrino, m^2 = m_L3^2 + m_Z^2 cos(2beta)/2 (GeV)
};

/// Under-relaxation of the M_SUSY iteration: every mass and mixing entry (1 - w) a + w b, valid
/// when both are. Near a stau or sbottom tachyon the thresholds' feedback (I(m^2, ...) has a
/// logarithmic slope at m -> 0) can make the plain iteration cycle with period two.
SusyThresholdInputs blend_thresholds(const SusyThresholdInputs& a, const SusyThresholdInputs& b, double w);

/// Largest relative change between two threshold sets over their masses, mu and A_t (scale:
/// the larger modulus, at least 1 GeV), and |change| of the stop_L fraction; infinity when only
/// one is valid. The M_SUSY iteration of method modern stops when this is small too.
double threshold_relative_change(const SusyThresholdInputs& a, const SusyThresholdInputs& b);

/// The tan(beta)-enhanced parts of Delta_b, m_b = y_b v cos(beta) (1 + Delta_b). Each part is
/// proportional to mu tan(beta); alpha_1 = g'^2/4pi (g' = sqrt(3/5) g1), alpha_2 = g2^2/4pi.
struct DeltaBParts {
  double gluino = 0;    ///< (2 alpha_s/3pi) M3 mu tanb I(mb1^2, mb2^2, M3^2)
  double higgsino = 0;  ///< (y_t^2/16pi^2) A_t mu tanb I(mt1^2, mt2^2, mu^2)
  /// -(alpha_2/4pi) M2 mu tanb [c_t^2 I(mt1^2, M2^2, mu^2) + s_t^2 I(mt2^2, M2^2, mu^2)
  ///                            + I(mbL^2, M2^2, mu^2)/2]  (charged and neutral wino-higgsino)
  double wino = 0;
  /// -(alpha_1/12pi) M1 mu tanb [I(mb1^2, mb2^2, M1^2)/3 + I(mu^2, M1^2, mbR^2)
  ///                             + I(mu^2, M1^2, mbL^2)/2]  (bino with sbottom mixing, bino-higgsino)
  double bino = 0;
  double total() const { return gluino + higgsino + wino + bino; }
};

/// Delta_b's parts: PBMZ NPB 491 (1997) 3, eq. D.18 in the tan(beta)-enhanced limit (Carena,
/// Olechowski, Pokorski, Wagner NPB 426 (1994) 269 for the gluino and higgsino parts). The wino
/// and bino parts are delta_tau's with the quark charges (sneutrino -> stop_L, stau -> sbottom;
/// hypercharges Y_Q = 1/6, Y_d^c = 1/3 instead of -1/2, 1), so their signs are those of
/// delta_tau (checked against GM2Calc): opposite to the gluino part for mu M2, mu M1 > 0.
/// The stop enters the charged wino loop through its stop_L content (s.stop1_left_fraction).
/// All zero when !s.valid or mu = 0.
DeltaBParts delta_b_parts(const SusyThresholdInputs& s, double alpha_s, double yt, double gprime, double g2,
                          double tanb);

/// Delta_b = delta_b_parts(...).total().
double delta_b(const SusyThresholdInputs& s, double alpha_s, double yt, double gprime, double g2, double tanb);

/// Delta_tau: m_tau = y_tau v cos(beta) (1 + Delta_tau), the tan(beta)-enhanced terms (PBMZ eq.
/// D.19 in that limit; Marchetti, Mertens, Nierste, Stoeckinger PRD 79 (2009) 013010, eq. 8):
/// Delta_tau = (alpha_1/4pi) M1 mu tan(beta) [I(mstau1^2, mstau2^2, M1^2) - I(mu^2, M1^2, mR^2)
///                                             + I(mu^2, M1^2, mL^2)/2]
///           - (alpha_2/4pi) M2 mu tan(beta) [I(msnu^2, M2^2, mu^2) + I(mL^2, M2^2, mu^2)/2],
/// alpha_1 = g'^2/4pi (bino), alpha_2 = g2^2/4pi (charged wino-higgsino with the sneutrino, neutral
/// with stau_L). mL, mR = s.mstau_l, s.mstau_r. Same sign convention as delta_b.
double delta_tau(const SusyThresholdInputs& s, double gprime, double g2, double tanb);

/// SUSY-QCD correction to the top mass at scale q_gev (PBMZ eq. D.18, gluino-stop loop):
/// m_t^SM = m_t^MSSM (1 + delta), delta = -(alpha_s/3pi) [B1(m_t, M3, m_t1) + B1(m_t, M3, m_t2)]
///         - (2 alpha_s/3pi) M3 X_t I(m_t1^2, m_t2^2, M3^2) (the mixing term in I-function form).
double delta_top_susy_qcd(const SusyThresholdInputs& s, double alpha_s, double mt, double tanb, double q_gev);

/// MSbar -> DRbar for a gauge coupling (docs/physics.md §4.2): 1/alpha^DR = 1/alpha^MS - C(G)/(12 pi).
double gauge_msbar_to_drbar(double g, double casimir_adjoint);

/// MSbar -> DRbar for a quark mass/Yukawa at one loop in QCD: m^DR = m^MS (1 - alpha_s/(3 pi))
/// (Martin & Vaughn PLB 318 (1993) 331).
double quark_msbar_to_drbar_factor(double alpha_s);

/// The MSSM DRbar gauge and Yukawa couplings at Q = msusy_gev, from the SM couplings at
/// m_t(m_t): SM running (two-loop gauge and two-loop QCD/top terms in y_t) to M_SUSY, DRbar
/// conversion, tan(beta) split and the SUSY thresholds (when `th.valid`). Soft terms zero.
/// Returns false on non-perturbative couplings. `delta_b_out` (optional) receives the Delta_b
/// used for y_b, so that later users (the Higgs quartics' h_b) share the matching's value.
bool modern_mssm_couplings_at_msusy(const SMCouplings& smc, double msusy_gev, const ewsb::BetaAngles& beta,
                                    const SusyThresholdInputs& th, MssmState& out, double* delta_b_out = nullptr);

/// The two halves of modern_mssm_couplings_at_msusy: the SM MSbar couplings run from m_t(m_t) to
/// max(q_gev, m_t(m_t)) (independent of tan(beta)), and the matching at that scale q.
rge::SmState modern_sm_couplings_at(const SMCouplings& smc, double q_gev);
bool modern_mssm_couplings_from_sm(const rge::SmState& sm_at_q, double q_gev, const ewsb::BetaAngles& beta,
                                   const SusyThresholdInputs& th, MssmState& out, double* delta_b_out = nullptr);

/// The SM beta functions used by the modern matching: sm_beta(loops = 2) plus the two-loop
/// top-Yukawa terms k^2 y_t (-12 Y_t^2 + 36 g3^2 Y_t - 108 g3^4) (Arason et al. PRD 46 (1992)
/// 3945; Machacek & Vaughn NPB 236 (1984) 221).
void sm_beta_modern(const rge::SmState& y, rge::SmState& dydt);

}  // namespace gmsb::matching
