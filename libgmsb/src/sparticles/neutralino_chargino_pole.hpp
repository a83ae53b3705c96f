#pragma once
/// \file neutralino_chargino_pole.hpp
/// Neutralino and chargino pole masses of method "modern": the DRbar tree-level mass matrices at
/// q = M_SUSY corrected by the complete one-loop self-energies of Pierce, Bagger, Matchev, Zhang,
/// NPB 491 (1997) 3 [PBMZ], appendix D (DRbar, 't Hooft-Feynman gauge): quark/squark and
/// lepton/slepton loops of three generations (Yukawa couplings in the third only), W, Z and photon
/// loops with neutralinos and charginos, and the h, H, A, H+- and Goldstone loops with
/// neutralinos and charginos.
///
/// \code
///   gmsb::DrbarSpectrum in = ...;                  // DRbar spectrum at Q = M_SUSY
///   gmsb::GauginoPoleMasses m = gmsb::gaugino_pole_masses(in);
///   // m.neutralino[0] (signed, SLHA), m.chargino[1] ... (GeV)
/// \endcode
///
/// Self-energy convention (PBMZ app. D): Sigma(p) = pslash (P_L Sigma_L + P_R Sigma_R) + Sigma_S
/// in the interaction basis, (B, W3, H_d^0, H_u^0) for the neutralinos and psi+ = (W+, H_u+),
/// psi- = (W-, H_d-) for the charginos, with Sigma_L acting on the psi+ side and Sigma_R on the
/// psi- side of the chargino mass matrix X (rows psi-, columns psi+, sparticles/neutralinos_charginos.hpp). The
/// one-loop mass matrices are
///   chargino:   X(p)  = X - (Sigma_R X + X Sigma_L + Sigma_S),
///   neutralino: M(p)  = M - [D + D^T]/2,  D = Sigma_R M + M Sigma_L + Sigma_S,
/// evaluated at p = |m_i(tree)| for eigenstate i; its i-th eigenvalue (neutralinos, ordered by
/// |m|) or singular value (charginos) is the pole mass. The loops take the tree-level mixing
/// matrices with real N and signed neutralino masses (equivalent to PBMZ's complex N with
/// positive masses).

#include <Eigen/Dense>
#include <array>

#include "sparticles/drbar_spectrum.hpp"

namespace gmsb::sparticles {

/// The three parts of a fermion self-energy matrix in the interaction basis, including the
/// 1/(16 pi^2): left and right are dimensionless, scalar is in GeV.
template <int N>
struct FermionSelfEnergy {
  Eigen::Matrix<double, N, N> left = Eigen::Matrix<double, N, N>::Zero();
  Eigen::Matrix<double, N, N> right = Eigen::Matrix<double, N, N>::Zero();
  Eigen::Matrix<double, N, N> scalar = Eigen::Matrix<double, N, N>::Zero();
};

/// One-loop neutralino self-energy at external momentum p (GeV), basis (B, W3, H_d, H_u).
/// Sigma_L and Sigma_R include both orientations of the charged loops, so that the one-loop mass
/// matrix is M - [D + D^T]/2 with D as in the file comment.
FermionSelfEnergy<4> neutralino_self_energy(double p, const DrbarSpectrum& in);

/// One-loop chargino self-energy at external momentum p (GeV): left in the psi+ = (W+, H_u+)
/// basis, right in psi- = (W-, H_d-), scalar(psi-, psi+).
FermionSelfEnergy<2> chargino_self_energy(double p, const DrbarSpectrum& in);

/// The tree-level neutralino mass matrix rebuilt from in.neutralinos (N^T diag(m) N) plus the
/// one-loop correction at momentum p. GeV.
Eigen::Matrix4d neutralino_mass_matrix_one_loop(double p, const DrbarSpectrum& in);

/// The tree-level chargino mass matrix rebuilt from in.charginos (U^T diag(m) V) plus the
/// one-loop correction at momentum p. GeV.
Eigen::Matrix2d chargino_mass_matrix_one_loop(double p, const DrbarSpectrum& in);

/// Pole masses (GeV): neutralinos signed (the sign of the real-N eigenvalue, as SLHA), ordered
/// like the tree-level states (ascending |m|); charginos positive, ascending.
struct GauginoPoleMasses {
  std::array<double, 4> neutralino{};
  std::array<double, 2> chargino{};
};

/// Pole masses of the four neutralinos and two charginos (see the file comment).
GauginoPoleMasses gaugino_pole_masses(const DrbarSpectrum& in);

}  // namespace gmsb::sparticles
