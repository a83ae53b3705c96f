#pragma once
/// \file higgs_eft_matching.hpp
/// The Higgs quartic of the SM effective theory at the squark scale Q ~ M_S, matched to the MSSM
/// (Bagnaschi, Giudice, Slavich, Strumia, JHEP 09 (2014) 092 [arXiv:1407.4081], "BGSS"):
/// tree level, the DRbar -> MSbar scheme change, the one-loop stop threshold with unequal
/// m_Q3, m_U3 (incl. its electroweak D-term parts), the one-loop sfermion and heavy-Higgs
/// logarithms, the tan(beta)-enhanced sbottom and stau thresholds, and the two-loop O(alpha_t
/// alpha_s) threshold in the degenerate limit.
///
/// Normalisation: V = (lambda/2)|H|^4 (sm_eft.hpp). Couplings are the SM MSbar ones at Q
/// (g1 GUT normalised); tan(beta), soft masses and trilinears are the MSSM DRbar ones at Q.
/// Not included: the one-loop electroweakino thresholds (BGSS eqs. 11-13; in GMSB the bino and
/// wino are lighter than M_S and are treated as if integrated out at Q) and the two-loop
/// O(alpha_t^2) threshold (BGSS eq. 37).

#include <array>

#include "ewsb/beta_angles.hpp"

namespace gmsb::higgs {

/// BGSS loop functions F~1..F~5(x) of the stop threshold, x = m_Q3/m_U3 > 0; all equal 1 at x = 1.
/// F~1 = x ln x^2/(x^2 - 1); F~2 = 6 x^2 [2 - 2 x^2 + (1 + x^2) ln x^2]/(x^2 - 1)^3;
/// F~3 = 2 x [5 (1 - x^2) + (1 + 4 x^2) ln x^2]/[3 (x^2 - 1)^2];
/// F~4 = 2 x [x^2 - 1 - ln x^2]/(x^2 - 1)^2; F~5 = 3 x [1 - x^4 + 2 x^2 ln x^2]/(1 - x^2)^3.
/// Near x = 1 a Taylor expansion replaces the cancelling closed forms.
double bgss_f1(double x);
double bgss_f2(double x);
double bgss_f3(double x);
double bgss_f4(double x);
double bgss_f5(double x);

/// Inputs of the matching at the scale q_gev (GeV, GeV^2 for the soft masses squared).
struct HiggsEftMatchingInputs {
  double q_gev = 1000;                 ///< matching scale Q
  double g1 = 0.46, g2 = 0.64;         ///< SM MSbar gauge couplings at Q (g1 GUT normalised)
  double g3 = 1.0;                     ///< SM MSbar strong coupling at Q
  double yt = 0.85;                    ///< SM MSbar top Yukawa at Q, y_t = m_t/v
  double yb_cb = 0.0;                  ///< MSSM DRbar y_b cos(beta) at Q (includes 1/(1 + Delta_b))
  double ytau_cb = 0.0;                ///< MSSM DRbar y_tau cos(beta) at Q
  ewsb::BetaAngles beta = ewsb::BetaAngles::from_tanb(10);  ///< MSSM DRbar tan(beta) at Q and its angles
  double xt = 0, xb = 0, xtau = 0;     ///< X_t = A_t - mu cot(beta), X_b = A_b - mu tan(beta), X_tau likewise (GeV)
  double ma = 1000;                    ///< CP-odd Higgs mass (GeV), for the heavy-doublet logarithm
  std::array<double, 3> mq2{}, mu2{}, md2{}, ml2{}, me2{};  ///< soft masses squared per generation (GeV^2)
  bool two_loop = true;                ///< add the O(alpha_t alpha_s) threshold
};

/// The parts of lambda(Q), kept apart for tests and diagnostics.
struct HiggsEftMatching {
  double tree = 0;       ///< BGSS eq. 3: (g^2 + g'^2)/4 cos^2(2 beta)
  double scheme = 0;     ///< BGSS eq. 9: DRbar -> MSbar
  double stop = 0;       ///< BGSS eq. 10, the y_t^4 and y_t^2 g^2 terms (logs and X_t)
  double sfermion_d = 0; ///< BGSS eq. 10, the g^4 cos^2(2 beta) sfermion logarithms
  double heavy_higgs = 0;///< BGSS eq. 10, the heavy doublet (m_A logarithm and the sin^2(4 beta) term)
  double sbottom_stau = 0; ///< the tan(beta)-enhanced sbottom and stau thresholds (X_b, X_tau)
  double two_loop = 0;   ///< BGSS eq. 36, O(alpha_t alpha_s), m_Q = m_U = M_3 = Q
  double total() const { return tree + scheme + stop + sfermion_d + heavy_higgs + sbottom_stau + two_loop; }
};

/// lambda(Q) in pieces. Throws gmsb::InputError for non-positive Q or third-generation
/// squark masses squared (the spectrum flags tachyons before calling this).
HiggsEftMatching higgs_eft_lambda_at_msusy(const HiggsEftMatchingInputs& in);

}  // namespace gmsb::higgs
