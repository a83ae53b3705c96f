#pragma once
/// \file integrators.hpp
/// Numerical RG running with GSL's gsl_odeiv2 integrators (adaptive Runge-Kutta-Prince-Dormand
/// 8(9)). Thread-safe: each thread keeps its own workspace.

#include "rge/beta_functions.hpp"

namespace gmsb::rge {

enum class RunStatus {
  kOk,
  kNonPerturbative,  ///< a gauge or Yukawa coupling exceeded the perturbative limit
  kFailed,           ///< the integrator failed (step size underflow, ...)
};

struct RunControl {
  double rel_tol = 1e-9;
  double perturbative_limit = 3.5449077018;  ///< sqrt(4 pi)
};

/// Runs an MSSM state from t_from to t_to (t = ln(Q/GeV)), in either direction.
RunStatus run_mssm(MssmState& y, double t_from, double t_to, const RgeOptions& options,
                   const RunControl& control);

/// Runs an SM state from t_from to t_to.
RunStatus run_sm(SmState& y, double t_from, double t_to, int loops, const RunControl& control);

}  // namespace gmsb::rge
