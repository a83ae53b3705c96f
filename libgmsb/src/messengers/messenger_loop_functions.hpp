#pragma once
/// \file threshold_functions.hpp
/// Messenger-scale threshold functions g(x) (gauginos) and f(x) (scalars), x = Lambda/M.
/// Seed 001 eqs. (gmass), (smass); Dimopoulos, Giudice, Pomarol PLB 389 (1996) 37.
/// Both equal 1 at x = 0. Defined for 0 <= x <= 1; see physics-spec section 2.4.

namespace gmsb {

/// g(x) = [(1+x) ln(1+x) + (1-x) ln(1-x)] / x^2 (seed 001 eq. for g).
/// Series for x < 0.01, closed form above, exact 2 ln 2 at x = 1.
/// Throws std::domain_error for x < 0, x > 1 or NaN.
double messenger_g(double x);

/// f(x) = (1+x)/x^2 [ln(1+x) - 2 Li2(x/(1+x)) + Li2(2x/(1+x))/2] + (x -> -x)
/// (Dimopoulos-Giudice-Pomarol; spec 2.3). Throws std::domain_error outside [0, 1].
double messenger_f(double x);

}  // namespace gmsb
