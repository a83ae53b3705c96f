#include "messengers/messenger_loop_functions.hpp"

#include <gsl/gsl_sf_dilog.h>

#include <cmath>
#include <stdexcept>
#include <string>

namespace gmsb::messengers {

namespace {

void check_domain(double x, const char* which) {
  if (!(x >= 0.0 && x <= 1.0))
    throw std::domain_error(std::string(which) + "(x): x = Lambda/M must lie in [0, 1], got " +
                            std::to_string(x));
}

double li2(double z) { return gsl_sf_dilog(z); }

}  // namespace

double messenger_g(double x) {
  check_domain(x, "g");
  if (x == 1.0) return 2.0 * std::log(2.0);  // g(1) = 2 ln 2 (docs/physics.md §2.4)
  if (x < 0.01) {
    // Series (docs/physics.md §2.4): g = sum_k 2 x^(2k-2) / ((2k)(2k-1)) = 1 + x^2/6 + x^4/15 + x^6/28 + ...
    double x2 = x * x, term = 1.0, sum = 0.0;
    for (int k = 1; k <= 8; ++k) {
      sum += 2.0 * term / ((2.0 * k) * (2.0 * k - 1.0));
      term *= x2;
    }
    return sum;
  }
  // KN99 eq. (4), the definition of g(x).
  return ((1.0 + x) * std::log1p(x) + (1.0 - x) * std::log1p(-x)) / (x * x);
}

double messenger_f(double x) {
  check_domain(x, "f");
  if (x == 1.0) {
    // f(1) = -pi^2/6 + 2 ln 2 + 2 ln^2 2 (docs/physics.md §2.4)
    const double l2 = std::log(2.0);
    return -M_PI * M_PI / 6.0 + 2.0 * l2 + 2.0 * l2 * l2;
  }
  if (x < 0.01) {
    // Series (docs/physics.md §2.4): f = 1 + x^2/36 - 11 x^4/450 + O(x^6); the x^6 term is below 1e-13 here.
    double x2 = x * x;
    return 1.0 + x2 / 36.0 - 11.0 * x2 * x2 / 450.0;
  }
  // Dimopoulos, Giudice, Pomarol PLB 389 (1996) 37; docs/physics.md §2.3.
  auto half = [](double y) {
    return (1.0 + y) / (y * y) * (std::log1p(y) - 2.0 * li2(y / (1.0 + y)) + 0.5 * li2(2.0 * y / (1.0 + y)));
  };
  return half(x) + half(-x);
}

}  // namespace gmsb::messengers
