#pragma once
/// \file sfermions.hpp
/// Third-generation sfermion 2x2 mass matrices with left-right mixing (docs/physics.md §6.5) and
/// the first-generation sfermion masses with D-terms.

#include "ewsb/beta_angles.hpp"

namespace gmsb::sparticles {

/// Eigenvalues of [[ll, lr], [lr, rr]] (GeV^2), m1sq <= m2sq, and the mixing angle:
/// (f1, f2) = (cos t f_L + sin t f_R, -sin t f_L + cos t f_R).
struct Mixing2x2 {
  double m1sq = 0, m2sq = 0;
  double cos_theta = 1, sin_theta = 0;
};
Mixing2x2 diagonalise_symmetric_2x2(double ll, double rr, double lr);

/// Electroweak constants used in the sfermion and Higgs formulas.
struct ElectroweakConstants {
  double mz = 91.187;     ///< GeV
  double vev = 174.10;    ///< GeV, v^2 = v_u^2 + v_d^2
  double sin2w = 0.2312;  ///< MSbar at M_Z (docs/physics.md §0)
};

/// Sfermion types with their (T3, Q) for the D-term of the left and right states.
enum class SfermionKind { kUp, kDown, kLepton };

/// Diagonal D-term contributions (GeV^2) to the LL and RR entries (docs/physics.md §6.5):
/// LL: (T3 - Q s_W^2) m_Z^2 cos 2beta, RR: Q s_W^2 m_Z^2 cos 2beta (Q of the right state f_R).
double dterm_left(SfermionKind k, double mz, double sin2w, double cos2b);
double dterm_right(SfermionKind k, double mz, double sin2w, double cos2b);
/// Sneutrino D-term (T3 = +1/2, Q = 0): m_Z^2 cos 2beta / 2 (GeV^2).
double dterm_sneutrino(double mz, double cos2b);

/// Diagonal entries of a third-generation sfermion matrix (docs/physics.md §6.5), GeV^2:
/// LL = m_L^2 + m_f^2 + D_L, RR = m_R^2 + m_f^2 + D_R.
struct SfermionDiagonal {
  double ll = 0, rr = 0;
};
SfermionDiagonal sfermion_diagonal(SfermionKind k, double mL2, double mR2, double m_f, const ewsb::BetaAngles& beta,
                                   const ElectroweakConstants& ew);

/// The 2x2 matrix of one third-generation sfermion (docs/physics.md §6.5): m_f = fermion mass (GeV),
/// x_f = A_f - mu cot(beta) (up) or A_f - mu tan(beta) (down, lepton).
Mixing2x2 sfermion_masses(SfermionKind k, double mL2, double mR2, double m_f, double x_f,
                          const ewsb::BetaAngles& beta, const ElectroweakConstants& ew);

}  // namespace gmsb::sparticles
