#pragma once
/// \file beta_functions.hpp
/// MSSM and SM renormalisation-group equations (third-generation Yukawas only).
///
/// Conventions (docs/physics.md §0 and §3): t = ln(Q/GeV), beta_X = dX/dt,
/// k = 1/(16 pi^2), GUT-normalised g1, SLHA signs (a_t = A_t y_t, b = B mu).
/// Soft scalar masses are squared masses in GeV^2 and may be negative.

#include <array>

#include "gmsb/mssm_state.hpp"

namespace gmsb::rge {

/// Index of each running SM parameter in an SmState (MSbar).
enum SmIndex : int { kSmG1, kSmG2, kSmG3, kSmYt, kSmYb, kSmYtau, kSmSize };
using SmState = std::array<double, kSmSize>;

/// Options of the MSSM beta functions.
struct RgeOptions {
  int loops = 1;                        ///< 1 or 2
  /// Extra one-loop beta coefficients from messengers active at this scale (N_a, docs/physics.md §3.1:
  /// added to b_a in both the gauge and the gaugino equations).
  std::array<double, 3> extra_b{0.0, 0.0, 0.0};
  /// Extra two-loop gauge coefficients Delta b_ab of active messengers (docs/physics.md §1.3).
  std::array<std::array<double, 3>, 3> extra_b2{};
};

/// MSSM one-loop beta coefficients b_a = (33/5, 1, -3) (docs/physics.md §3.1).
constexpr std::array<double, 3> kMssmB1{33.0 / 5.0, 1.0, -3.0};
/// MSSM two-loop gauge coefficients b_ab (docs/physics.md §3.1; Martin & Vaughn PRD 50 (1994) 2282).
constexpr std::array<std::array<double, 3>, 3> kMssmB2{{{199.0 / 25, 27.0 / 5, 88.0 / 5},
                                                       {9.0 / 5, 25.0, 24.0},
                                                       {11.0 / 5, 9.0, 14.0}}};

/// dX/dt of every MSSM parameter at one loop (docs/physics.md §3.1-3.5), plus all two-loop terms (gauge,
/// gaugino, Yukawa, and the soft terms of rge/two_loop_soft_betas.hpp) when options.loops == 2 (Martin & Vaughn).
void mssm_beta(const MssmState& y, MssmState& dydt, const RgeOptions& options);

/// mssm_beta without the two-loop soft terms: exact for the gauge and Yukawa couplings (whose
/// betas do not involve soft terms), for running the couplings alone (tan(beta), tanb_running.hpp).
void mssm_gauge_yukawa_beta(const MssmState& y, MssmState& dydt, const RgeOptions& options);

/// Hypercharge trace S = m_Hu^2 - m_Hd^2 + sum_gen [m_Q^2 - m_L^2 - 2 m_U^2 + m_D^2 + m_E^2]
/// (docs/physics.md §3.4), with generations 1 and 2 equal.
double hypercharge_trace_s(const MssmState& y);

/// dX/dt of the SM gauge and Yukawa couplings at one loop (docs/physics.md §4.4), two-loop gauge
/// when loops == 2.
void sm_beta(const SmState& y, SmState& dydt, int loops);

}  // namespace gmsb::rge
