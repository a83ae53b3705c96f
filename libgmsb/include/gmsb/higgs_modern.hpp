#pragma once
/// \file higgs_modern.hpp
/// Higgs masses of method "modern": the RG-improved two-loop leading-log result of Carena,
/// Haber, Heinemeyer, Hollik, Wagner, Weiglein, NPB 580 (2000) 29, eq. (2.6) [physics-spec 7.1],
/// extended to general m_A by placing the top/stop corrections in the H_u-H_u entry of the
/// CP-even mass matrix (the "epsilon approximation"):
///   M^2 = tree(m_A, m_Z^2 (1 - 3 m_t^2 t/(8 pi^2 v^2)))
///       + diag(0, 3 m_t^4/(4 pi^2 v^2 s_b^2) [t + Xt~/2 + (1/16pi^2)(3/2 m_t^2/v^2 - 32 pi alpha_s)(Xt~ t + t^2)]),
/// which reproduces spec 7.1 exactly in the decoupling limit. t = ln(M_S^2/M_t^2) (pole M_t),
/// M_S^2 = m_t1 m_t2, m_t = m_t-bar (higgs_mt_bar). Not included: the mu-dependent one-loop
/// threshold terms in the H_d entries and the sbottom/stau corrections (small for tan(beta) <~ 30).

#include "gmsb/higgs_kn99.hpp"

namespace gmsb {

struct HiggsModernInputs {
  HiggsKn99Inputs base;     ///< tan(beta), m_A, m_Z, v, s_W^2, m_t = m_t(M_t) MSbar, m_b, soft masses, A_t, A_b, mu
  double mt_pole = 173.0;   ///< top pole mass (GeV), in t = ln(M_S^2/M_t^2)
  double alpha_s_mt = 0.108;///< alpha_s(M_t), MSbar
  double mstop1 = 1000, mstop2 = 1000;  ///< stop masses (GeV), M_S^2 = m_t1 m_t2
};

/// CHHHWW's running top mass m_t-bar = M_t/(1 + 4 alpha_s(M_t)/(3 pi)) (GeV).
double higgs_mt_bar(double mt_pole, double alpha_s_mt);

/// The two-loop leading-log piece alone (added to M_22), GeV^2.
double higgs_two_loop_ll_m22(const HiggsModernInputs& in);

/// M_h, M_H and alpha (same conventions as higgs_mass_kn99).
HiggsKn99Result higgs_mass_modern(const HiggsModernInputs& in);

}  // namespace gmsb
