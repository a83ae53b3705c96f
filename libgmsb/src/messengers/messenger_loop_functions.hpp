#pragma once
/// \file messenger_loop_functions.hpp
/// Messenger-scale threshold functions g(x) (gauginos) and f(x) (scalars), x = Lambda/M.
/// KN99 eqs. (9), (10); Dimopoulos, Giudice, Pomarol PLB 389 (1996) 37.
/// Both equal 1 at x = 0. Defined for 0 <= x <= 1; see docs/physics.md §2.4.

namespace gmsb::messengers {

/// g(x) = [(1+x) ln(1+x) + (1-x) ln(1-x)] / x^2 (KN99 eq. (4)).
/// Series for x < 0.01, closed form above, exact 2 ln 2 at x = 1.
/// Throws std::domain_error for x < 0, x > 1 or NaN.
double messenger_g(double x);

/// f(x) = (1+x)/x^2 [ln(1+x) - 2 Li2(x/(1+x)) + Li2(2x/(1+x))/2] + (x -> -x)
/// (Dimopoulos-Giudice-Pomarol; docs/physics.md §2.3). Throws std::domain_error outside [0, 1].
double messenger_f(double x);

}  // namespace gmsb::messengers
