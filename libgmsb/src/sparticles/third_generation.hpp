#pragma once
/// \file third_generation.hpp
/// The third-generation sfermions at Q = M_SUSY assembled from the running parameters, in one
/// place for every user (EWSB tadpoles, the SUSY thresholds of the M_SUSY iteration, the
/// spectrum, the Higgs-mass inputs, the one-loop self-energies): the stop, sbottom and stau 2x2
/// matrices with X_t = A_t - mu cot(beta), X_b,tau = A_b,tau - mu tan(beta) (docs/physics.md §6.5),
/// their diagonal entries with D-terms, and the tau sneutrino. GeV, GeV^2.

#include "ewsb/beta_angles.hpp"
#include "gmsb/mssm_state.hpp"
#include "sparticles/sfermions.hpp"

namespace gmsb::sparticles {

/// Running (DRbar) third-generation fermion masses m_t = y_t v sin(beta), m_b,tau = y v cos(beta).
struct RunningFermionMasses {
  double mt = 0, mb = 0, mtau = 0;
};
RunningFermionMasses running_fermion_masses(const MssmState& y, const ewsb::BetaAngles& beta, const ElectroweakConstants& ew);

/// One matrix each (mu with its sign, SLHA convention).
Mixing2x2 stop_masses(const MssmState& y, double mu, const RunningFermionMasses& m, const ewsb::BetaAngles& beta,
                      const ElectroweakConstants& ew);
Mixing2x2 sbottom_masses(const MssmState& y, double mu, const RunningFermionMasses& m, const ewsb::BetaAngles& beta,
                         const ElectroweakConstants& ew);
Mixing2x2 stau_masses(const MssmState& y, double mu, const RunningFermionMasses& m, const ewsb::BetaAngles& beta,
                      const ElectroweakConstants& ew);

/// Everything of the third generation at once.
struct ThirdGenerationSfermions {
  RunningFermionMasses fermions;
  Mixing2x2 stop, sbottom, stau;
  SfermionDiagonal sbottom_diagonal, stau_diagonal;  ///< LL, RR entries with D-terms (GeV^2)
  double msnu_tau_sq = 0;                            ///< m_L3^2 + m_Z^2 cos(2 beta)/2 (GeV^2)
};
ThirdGenerationSfermions third_generation_sfermions(const MssmState& y, double mu, const ewsb::BetaAngles& beta,
                                                    const ElectroweakConstants& ew);

/// First (= second) generation sfermion masses squared with D-terms, no mixing (GeV^2, DRbar).
struct FirstGenerationSfermions {
  double uL2 = 0, uR2 = 0, dL2 = 0, dR2 = 0, eL2 = 0, eR2 = 0, nu2 = 0;
};
FirstGenerationSfermions first_generation_sfermions(const MssmState& y, const ewsb::BetaAngles& beta,
                                                    const ElectroweakConstants& ew);

}  // namespace gmsb::sparticles
