#pragma once
/// \file fixed_step_rk4.hpp
/// Classical fourth-order Runge-Kutta with a fixed number of steps, for the slowly varying
/// Standard-Model couplings (no step control needed; deterministic, cheap). The MSSM running
/// with its soft terms uses the adaptive GSL integrator instead (rge/integrators.hpp).

#include <array>
#include <cstddef>

namespace gmsb::rge {

/// Integrates dy/dt = f(y) from t0 to t1 in n equal steps (n >= 1), in place.
/// `Rhs` is callable as f(const std::array<double, N>& y, std::array<double, N>& dydt).
template <std::size_t N, class Rhs>
void rk4_fixed_steps(std::array<double, N>& y, double t0, double t1, int n, Rhs&& f) {
  const double h = (t1 - t0) / n;
  std::array<double, N> k1, k2, k3, k4, tmp;
  for (int i = 0; i < n; ++i) {
    f(y, k1);
    for (std::size_t j = 0; j < N; ++j) tmp[j] = y[j] + 0.5 * h * k1[j];
    f(tmp, k2);
    for (std::size_t j = 0; j < N; ++j) tmp[j] = y[j] + 0.5 * h * k2[j];
    f(tmp, k3);
    for (std::size_t j = 0; j < N; ++j) tmp[j] = y[j] + h * k3[j];
    f(tmp, k4);
    for (std::size_t j = 0; j < N; ++j) y[j] += h / 6.0 * (k1[j] + 2.0 * k2[j] + 2.0 * k3[j] + k4[j]);
  }
}

}  // namespace gmsb::rge
