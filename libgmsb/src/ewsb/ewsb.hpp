#pragma once
/// \file ewsb.hpp
/// Electroweak symmetry breaking at Q = M_SUSY: |mu| and b = B mu from the minimisation
/// conditions with one-loop (s)top and (s)bottom tadpoles (docs/physics.md §5.1, §5.2).

#include "rge/beta_functions.hpp"
#include "ewsb/beta_angles.hpp"
#include "sparticles/sfermions.hpp"

namespace gmsb::ewsb {

struct EwsbResult {
  bool ok = false;       ///< false: |mu|^2 <= 0 or m_A^2 <= 0 (no radiative EWSB)
  bool tachyon = false;  ///< a stop or sbottom was tachyonic while evaluating the tadpoles
  double mu = 0;         ///< GeV, sign as requested
  double mu_sq = 0;      ///< GeV^2 (may be <= 0 when !ok)
  double bmu = 0;        ///< b = B mu (GeV^2)
  double ma_sq = 0;      ///< loop-corrected CP-odd mass squared (docs/physics.md §5.2), GeV^2
  double sigma_u = 0, sigma_d = 0;  ///< tadpole corrections (GeV^2)
  int iterations = 0;
};

/// DRbar vev at the scale of `y` in the SLHA normalisation (~246 GeV), from the tree-level Z mass
/// m_Z^2 = (g2^2 + g'^2) v^2/4 (docs/physics.md §5.4): v = 2 m_Z/sqrt(g2^2 + (3/5) g1^2).
double drbar_vev(const MssmState& y, double mz_gev);

/// One-loop effective-potential function F(m^2) = 2 m^2 (ln(m^2/Q^2) - 1) (docs/physics.md §5.2).
double ep_function_f(double m2, double q2);

/// Tadpoles Sigma_u, Sigma_d and Delta_A (docs/physics.md §5.2) for given mu at scale q_gev.
/// Returns false if a stop or sbottom is tachyonic.
bool third_generation_tadpoles(const MssmState& y, const BetaAngles& beta, double mu, double q_gev,
                               const sparticles::ElectroweakConstants& ew, bool include_stau,
                               double& sigma_u, double& sigma_d, double& delta_a);

/// Solves the minimisation conditions for |mu| (sign_mu = +1 or -1) and b, iterating the
/// mu dependence of the tadpoles (docs/physics.md §5.2).
EwsbResult solve_ewsb(const MssmState& y, const BetaAngles& beta, int sign_mu, double q_gev,
                      const sparticles::ElectroweakConstants& ew, bool include_stau = false);

/// Residuals of the one-loop minimisation conditions (GeV^2), zero at the solution:
/// r_u = m_Hu^2 + Sigma_u + mu^2 - b cot(beta) - (m_Z^2/2) cos 2beta ... (docs/physics.md §5.1 rearranged).
void ewsb_residuals(const MssmState& y, const BetaAngles& beta, double mu, double bmu, double q_gev,
                    const sparticles::ElectroweakConstants& ew, bool include_stau, double& r_u,
                    double& r_d);

}  // namespace gmsb::ewsb
