#pragma once
/// \file tanb_running.hpp
/// The running of the DRbar tan(beta) = v_u/v_d in the MSSM (docs/physics.md §4.5):
///   d ln(tan beta)/dt = gamma_Hd - gamma_Hu,
/// the anomalous dimensions of the Higgs superfields (the general one- and two-loop gamma of
/// Martin & Vaughn PRD 50 (1994) 2282 [hep-ph/9311340] for the MSSM), third-generation
/// Yukawas, t = ln(Q/GeV), GUT-normalised g1, k = 1/(16 pi^2). The gauge parts of gamma_Hu and
/// gamma_Hd are equal (same gauge charges up to sign) and cancel:
///   one loop:  k   (3 y_b^2 + y_tau^2 - 3 y_t^2),
///   two loops: k^2 [9 y_t^4 - 9 y_b^4 - 3 y_tau^4 + (16 g3^2 - 2/5 g1^2) y_b^2 + 6/5 g1^2 y_tau^2
///                   - (16 g3^2 + 4/5 g1^2) y_t^2].
/// Method modern reads the input tan(beta) as the DRbar value at M_Z (SLHA MINPAR 3, as
/// SOFTSUSY, SPheno and FlexibleSUSY) and runs it to M_SUSY with these equations.

#include "gmsb/mssm_state.hpp"

namespace gmsb::matching {

/// d ln(tan beta)/dt at `loops` = 1 or 2 from the gauge and Yukawa couplings of y.
double tanb_log_beta(const MssmState& y, int loops);

/// Runs tan(beta) and the gauge and Yukawa couplings of y (the MSSM beta functions at `loops`;
/// soft terms are dropped) from t_from to t_to, fixed-step RK4. Returns tan(beta) at t_to and
/// leaves the couplings at t_to in y; NaN if a coupling becomes non-finite.
double run_tanb(double tanb, MssmState& y, double t_from, double t_to, int loops);

}  // namespace gmsb::matching
