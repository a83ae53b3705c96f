#pragma once
/// \file boundary_conditions.hpp
/// Gauge-mediated soft masses at the messenger scale (KN99 eqs. (9), (10);
/// docs/physics.md §2.2, §2.3). Adds to the state, so several messenger sets compose.

#include <array>

#include "rge/beta_functions.hpp"

namespace gmsb::messengers {

/// Quadratic Casimirs C_a(i) of an MSSM chiral multiplet, C_1 = (3/5) Y^2 (docs/physics.md §2.3).
struct Casimirs {
  double c1, c2, c3;
};
constexpr Casimirs kCasimirQ{1.0 / 60, 0.75, 4.0 / 3};
constexpr Casimirs kCasimirU{4.0 / 15, 0.0, 4.0 / 3};
constexpr Casimirs kCasimirD{1.0 / 15, 0.0, 4.0 / 3};
constexpr Casimirs kCasimirL{3.0 / 20, 0.75, 0.0};
constexpr Casimirs kCasimirE{3.0 / 5, 0.0, 0.0};
constexpr Casimirs kCasimirH{3.0 / 20, 0.75, 0.0};

/// Adds the one-loop gaugino masses M_a += n_a g(x) (alpha_a/4pi) Lambda and the two-loop
/// scalar masses m_i^2 += 2 f(x) Lambda^2 sum_a n_a C_a(i) (alpha_a/4pi)^2 of one messenger
/// set with indices n (N1 may be fractional), Lambda = lambda_gev, x = lambda_gev/mess_gev.
/// The gauge couplings are taken from y (they must be the couplings at Q = mess_gev).
/// Throws gmsb::InputError if lambda_gev <= 0 or x >= 1.
void add_gauge_mediated_masses(MssmState& y, const std::array<double, 3>& n, double lambda_gev,
                               double mess_gev);

/// Adds delta m_i^2 = 2 sum_a C_a(i) (alpha_a/4pi)^2 * w_a for group weights w_a (GeV^2).
/// The common Casimir-times-weight structure of all gauge-mediated scalar masses (docs/physics.md §2.3,
/// 8(a), 8(d)).
void add_scalar_masses_from_weights(MssmState& y, const std::array<double, 3>& weights_gev2);

}  // namespace gmsb::messengers
