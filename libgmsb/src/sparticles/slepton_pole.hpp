#pragma once
/// \file slepton_pole.hpp
/// Slepton pole masses of method "modern": the DRbar tree-level masses at Q = M_SUSY corrected by
/// the complete one-loop self-energies of Pierce, Bagger, Matchev, Zhang, NPB 491 (1997) 3
/// [PBMZ], appendix D (sfermion self-energies; DRbar, 't Hooft-Feynman gauge): gauge-boson and
/// seagull loops, the D- and F-term quartic couplings to every sfermion, the Higgs and Goldstone
/// loops with the D-term, Yukawa, A-term and mu trilinear couplings, and the neutralino and
/// chargino loops.
///
/// \code
///   gmsb::SleptonLoopInputs in = ...;            // DRbar spectrum at Q = M_SUSY
///   gmsb::SleptonPoleMasses m = gmsb::slepton_pole_masses(in);
///   // m.selectron_R, m.stau1, ...  (GeV)
/// \endcode
///
/// Conventions: SLHA signs (X_tau = A_tau - mu tan(beta)), v = 174 GeV (v^2 = v_u^2 + v_d^2),
/// g' = sqrt(3/5) g1, the right-handed states carry the quantum numbers of the conjugate
/// superfield (e^c: Y = +1) in the D-terms. m_pole^2 = m_tree^2 - Re Pi(p^2 = m_tree^2).

#include <Eigen/Dense>

#include "sparticles/drbar_spectrum.hpp"

namespace gmsb::sparticles {

/// The DRbar spectrum at the scale `q` that the slepton self-energies need (drbar_spectrum.hpp).
using SleptonLoopInputs = DrbarSpectrum;

/// One-loop self-energy of the charged sleptons of `generation` (1: selectron, the lepton Yukawa
/// neglected; 3: stau) at external momentum p, in the (L, R) interaction basis, in GeV^2
/// including the 1/(16 pi^2). PBMZ appendix D.
Eigen::Matrix2d charged_slepton_self_energy(double p, const SleptonLoopInputs& in, int generation);

/// One-loop self-energy of the sneutrino of `generation` (1 or 3) at momentum p, GeV^2.
double sneutrino_self_energy(double p, const SleptonLoopInputs& in, int generation);

/// Pole masses (GeV). NaN where the corrected mass squared is not positive.
struct SleptonPoleMasses {
  double selectron_L = 0, selectron_R = 0, sneutrino_e = 0;
  double stau1 = 0, stau2 = 0, sneutrino_tau = 0;
};

/// Pole masses: m^2 - Pi(m^2) for the unmixed first generation; for the staus the corrected
/// 2x2 matrix M^2 - Pi(p = m_i) is diagonalised once per eigenstate i.
SleptonPoleMasses slepton_pole_masses(const SleptonLoopInputs& in);

}  // namespace gmsb::sparticles
