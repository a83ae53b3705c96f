#pragma once
/// \file sm_eft.hpp
/// The Standard Model as the effective theory below the squark scale, for the resummed Higgs
/// mass of method "modern" (higgs_eft.hpp): MSbar couplings with the Higgs quartic, their
/// two-loop renormalisation-group running, and the two relations at the low scale Q = M_t
/// (the top Yukawa from the top pole mass; the Higgs pole mass from the quartic).
///
/// Conventions: V = ... + (lambda/2) |H|^4, so that m_h^2 = lambda v_246^2 = 2 lambda v^2 at tree
/// level (v = 174.1 GeV) and the MSSM tree value is lambda = (g^2 + g'^2)/4 cos^2(2 beta) (the
/// normalisation of Bagnaschi, Giudice, Slavich, Strumia JHEP 09 (2014) 092 [arXiv:1407.4081]).
/// Note: Buttazzo et al. JHEP 12 (2013) 089 write V = lambda_B (|H|^2 - v^2/2)^2, lambda_B = lambda/2.
/// g1 is GUT normalised, t = ln(Q/GeV), Yukawas y_f = m_f/v.

#include <array>

namespace gmsb::higgs {

/// Index of each running parameter of the SM effective theory.
enum SmEftIndex : int { kEftG1, kEftG2, kEftG3, kEftYt, kEftYb, kEftYtau, kEftLambda, kEftSize };
using SmEftState = std::array<double, kEftSize>;

/// d/dt of the SM couplings at two loops: the gauge and Yukawa terms of sm_beta_modern
/// (matching/susy_thresholds.hpp) plus the quartic's one- and two-loop beta function (third-generation
/// Yukawas at one loop, the top Yukawa at two loops; Machacek & Vaughn NPB 249 (1985) 70;
/// Luo, Wang, Xiao PRD 67 (2003) 065019) and the quartic's two-loop term in beta(y_t).
void sm_eft_beta(const SmEftState& y, SmEftState& dydt);

/// Runs the state from scale q_from_gev to q_to_gev (GeV), fixed-step RK4 with steps of at
/// most 0.05 in ln Q. Throws gmsb::InputError for non-positive scales.
SmEftState run_sm_eft(SmEftState y, double q_from_gev, double q_to_gev);

/// y_t(M_t), MSbar, from the top pole mass and alpha_s(M_Z): the NNLO fit of Buttazzo, Degrassi,
/// Giardino, Giudice, Sala, Salvio, Strumia, JHEP 12 (2013) 089, section 2 (QCD to three loops
/// plus the electroweak corrections): y_t = 0.93690 + 0.00556 (M_t - 173.34) - 0.00042
/// (alpha_s(M_Z) - 0.1184)/0.0007.
double sm_top_yukawa_at_mt(double mt_pole_gev, double alpha_s_mz);

/// lambda(M_t) (this file's normalisation) that gives the Higgs pole mass mh_gev, from the NNLO
/// fit of Buttazzo et al. (same paper): lambda_B(M_t) = 0.12604 + 0.00206 (M_h - 125.15)
/// - 0.00004 (M_t - 173.34). The fit is linear around M_h = 125.15; here its constant and slope
/// are kept and the tree-level curvature (lambda proportional to M_h^2) is restored, so that the
/// relation stays good for the lighter M_h of the MSSM (110-125 GeV).
double sm_lambda_at_mt_from_mh(double mh_gev, double mt_pole_gev);

/// The inverse of sm_lambda_at_mt_from_mh: the Higgs pole mass (GeV) from lambda(M_t).
/// Returns NaN when lambda(M_t) is too small for a real mass (unstable potential).
double sm_higgs_pole_mass_from_lambda(double lambda_mt, double mt_pole_gev);

}  // namespace gmsb::higgs
