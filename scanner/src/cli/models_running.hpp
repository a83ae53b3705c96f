#pragma once
/// \file models_running.hpp
/// `gmsb models --criterion running`: messenger contents allowed by the running perturbativity
/// check (docs/physics.md §1.2; libgmsb perturbativity.hpp).

#include "gmsb/sector_perturbativity.hpp"

namespace gmsb::commands {

/// The options of `gmsb models` used by the running criterion.
struct ModelsRunningOptions {
  double mess = 0;            ///< messenger scale (required)
  double alpha_max = PerturbativityOptions{}.alpha_max;
  double gut = PerturbativityOptions{}.gut_scale_gev;
  double msusy = 1000.0;
  double tanb = 10.0;
  bool allow_zero_index = false;
  bool json = false;
};

/// Lists the contents allowed at `mess` by alpha_a <= alpha_max up to gut. Throws gmsb::InputError.
int models_running(const ModelsRunningOptions& o);

}  // namespace gmsb::commands
