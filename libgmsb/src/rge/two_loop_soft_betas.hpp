#pragma once
/// \file two_loop_soft_betas.hpp
/// Two-loop MSSM beta functions of the soft parameters (trilinears, scalar masses, mu, b) in the
/// third-generation-Yukawa truncation of S.P. Martin and M.T. Vaughn, PRD 50 (1994) 2282
/// [hep-ph/9311340], DRbar' scheme. Conventions as rge/beta_functions.hpp (a_x = A_x y_x, b = B mu, SLHA signs).

#include "rge/beta_functions.hpp"

namespace gmsb::rge {

/// Adds (1/16pi^2)^2 beta^(2) of A_t, A_b, A_tau, all soft scalar masses squared, mu and b to dydt.
/// Gauge couplings, Yukawas and gaugino masses are left alone (their two-loop terms are in
/// mssm_beta). Called by mssm_beta when RgeOptions::loops == 2.
void add_two_loop_soft_beta(const MssmState& y, MssmState& dydt);

/// sigma_a = 2 g_a^2 sum_j S_a(j) m_j^2 over all MSSM chiral scalars (Martin & Vaughn, MSSM
/// section; docs/physics.md §8(a)), GUT-normalised g1; generations 1 and 2 equal.
std::array<double, 3> two_loop_sigma(const MssmState& y);

/// Martin & Vaughn's two-loop hypercharge trace S' (third-generation Yukawas), entering
/// beta^(2)_{m_i^2} as (12/5) Y_i g1^2 S' (Y_i the hypercharge of field i).
double two_loop_s_prime(const MssmState& y);

}  // namespace gmsb::rge
