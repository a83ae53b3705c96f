#pragma once
/// \file sector_perturbativity.hpp
/// Perturbativity of the gauge couplings above the messenger scale (docs/physics.md §1.2, §1.3):
/// run g_a with two-loop MSSM RGEs plus b_a + N_a and b_ab + Delta b_ab of every messenger set
/// above its mass up to the unification scale, and report the largest alpha_a = g_a^2/(4 pi)
/// and the scale where a coupling becomes non-perturbative (Landau pole).
///
/// Definitions used here:
/// - Unification scale M_GUT = 2e16 GeV, fixed (docs/physics.md §1.2: where alpha_1 = alpha_2 in the MSSM,
///   1/alpha_G ~ 25.3). Changeable via PerturbativityOptions::gut_scale_gev.
/// - Criterion (docs/physics.md §1.2): alpha_a <= alpha_max = 0.2 for every a at every scale up to M_GUT.
/// - Landau-pole scale: the lowest scale where some gauge or Yukawa coupling reaches the
///   RunControl::perturbative_limit (sqrt(4 pi), i.e. alpha = 1), located to 1e-3 in ln Q.
///   The one-loop pole itself lies a little above (1/alpha falls by b/(2 pi) per e-fold).

#include <array>
#include <vector>

#include "gmsb/messengers.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"

namespace gmsb {

struct PerturbativityOptions {
  double gut_scale_gev = 2e16;  ///< upper end of the running (docs/physics.md §1.2)
  double alpha_max = 0.2;       ///< criterion on every alpha_a (docs/physics.md §1.2)
  int loops = 2;                ///< gauge running order (docs/physics.md §1.3: two-loop with messengers)
  double step_t = 0.25;         ///< sampling step in ln Q for the maximum of alpha_a
};

struct PerturbativityResult {
  bool perturbative = true;          ///< max alpha_a <= alpha_max up to M_GUT and no Landau pole
  double max_alpha = 0;              ///< largest alpha_a seen between the start scale and M_GUT (or the pole)
  int max_alpha_group = 0;           ///< a = 0, 1, 2 for U(1), SU(2), SU(3)
  double max_alpha_scale_gev = 0;    ///< where max_alpha was reached
  double landau_pole_gev = 0;        ///< 0 if no coupling reaches the limit below M_GUT
  std::array<double, 3> alpha_at_gut{};  ///< alpha_a(M_GUT); NaN if a pole came first
};

/// One messenger content allowed by the running criterion.
struct RunningAllowedContent {
  MessengerContent content;
  PerturbativityResult result;
};

/// Every content (n_Q, n_U, n_D, n_L, n_E) with all N_a != 0 (unless allow_zero_index) whose
/// couplings stay perturbative up to M_GUT with messengers at mess_gev. Couplings at M from the SM
/// inputs and settings with M_SUSY = msusy_gev, tan(beta) = tanb. Uses that alpha_a grow with every added
/// pair (all shifts N_a, Delta b_ab >= 0) to stop each multiplicity loop at the first failure.
/// Throws gmsb::InputError if the couplings are already non-perturbative below mess_gev.
std::vector<RunningAllowedContent> enumerate_running_allowed(const SMInputs& sm, const Settings& settings,
                                                             double mess_gev,
                                                             double msusy_gev, double tanb,
                                                             const PerturbativityOptions& options,
                                                             bool allow_zero_index = false);

}  // namespace gmsb
