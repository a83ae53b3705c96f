#pragma once
/// \file neutralinos_charginos.hpp
/// Neutralino and chargino masses (tree level) and the gluino pole mass (one-loop QCD).

#include <Eigen/Dense>
#include <array>

#include "ewsb/beta_angles.hpp"
#include "sparticles/sfermions.hpp"

namespace gmsb::sparticles {

/// The tree-level neutralino mass matrix in the (B, W3, H_d, H_u) basis (Martin, SUSY primer
/// eq. 8.2.2). GeV.
Eigen::Matrix4d neutralino_mass_matrix(double m1, double m2, double mu, const ewsb::BetaAngles& beta, const ElectroweakConstants& ew);

/// The chargino mass matrix X = [[M2, sqrt2 m_W s_b], [sqrt2 m_W c_b, mu]] (Martin, SUSY primer
/// eq. 8.2.5). GeV.
Eigen::Matrix2d chargino_mass_matrix(double m2, double mu, const ewsb::BetaAngles& beta, const ElectroweakConstants& ew);

/// Neutralino masses and mixing with a real mixing matrix: N M N^T = diag(mass), rows of N are
/// the eigenvectors in the (B, W3, H_d, H_u) basis, ordered by |mass|; a negative mass is the
/// sign of a real N (the complex-N convention multiplies that row by i).
struct NeutralinoMixing {
  std::array<double, 4> mass{};  ///< signed eigenvalues (GeV), ascending |mass|
  Eigen::Matrix4d n = Eigen::Matrix4d::Identity();
};
NeutralinoMixing neutralino_mixing(double m1, double m2, double mu, const ewsb::BetaAngles& beta, const ElectroweakConstants& ew);

/// Chargino masses and mixing: U X V^T = diag(mass) with real orthogonal U, V (Martin, SUSY
/// primer eq. 8.2.6, real parameters); chi^-_i = U_ij psi^-_j with psi^- = (W-, H_d-), chi^+_i =
/// V_ij psi^+_j with psi^+ = (W+, H_u+). Masses positive, ascending.
struct CharginoMixing {
  std::array<double, 2> mass{};
  Eigen::Matrix2d u = Eigen::Matrix2d::Identity(), v = Eigen::Matrix2d::Identity();
};
CharginoMixing chargino_mixing(double m2, double mu, const ewsb::BetaAngles& beta, const ElectroweakConstants& ew);

/// |eigenvalues| of the neutralino mass matrix in the (B, W3, H_d, H_u) basis (Martin, SUSY
/// primer eq. 8.2.2), ascending. GeV.
std::array<double, 4> neutralino_masses(double m1, double m2, double mu, const ewsb::BetaAngles& beta,
                                        const ElectroweakConstants& ew);

/// Singular values of chargino_mass_matrix(), ascending. GeV.
std::array<double, 2> chargino_masses(double m2, double mu, const ewsb::BetaAngles& beta, const ElectroweakConstants& ew);

/// Squark masses entering the gluino self-energy: for each of the six flavours the two squark
/// mass eigenvalues (GeV), the quark mass (GeV) and the squark mixing angle.
struct SquarkForGluino {
  double m1, m2, mq, sin_2theta;
};

/// Gluino pole mass from the running M3(q) with the one-loop QCD self-energy
/// (Pierce, Bagger, Matchev, Zhang NPB 491 (1997) 3, eq. D.44):
/// m = M3 [1 + (g3^2/16pi^2)(15 + 9 ln(q^2/M3^2) - sum_q sum_i B1(M3, m_q, m_qi))]
///     - (g3^2/16pi^2) sum_q m_q sin(2 theta_q) [B0(M3, m_q, m_q1) - B0(M3, m_q, m_q2)].
/// theta_q is Mixing2x2's angle (q1 = cos q_L + sin q_R), the convention of SOFTSUSY's gluino and
/// top/bottom thresholds; for X_t < 0 the term lowers the gluino (test GluinoPole.TopMixingTermSignAndSize).
double gluino_pole_mass(double m3, double g3, double q_gev, const std::array<SquarkForGluino, 6>& squarks);

}  // namespace gmsb::sparticles
