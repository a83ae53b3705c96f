#pragma once
/// \file perturbativity.hpp
/// The running behind gmsb/sector_perturbativity.hpp: the gauge couplings run with every
/// messenger set above its mass up to the unification scale (docs/physics.md §1.2, §1.3).

#include <vector>

#include "gmsb/point.hpp"
#include "gmsb/sector_perturbativity.hpp"
#include "matching/low_scale_matching.hpp"
#include "gmsb/model_variants.hpp"
#include "rge/integrators.hpp"

namespace gmsb::messengers {

/// Runs y (MSSM couplings at q_from_gev; soft terms are ignored) up to options.gut_scale_gev with
/// every set in `sets` active above its mass.
PerturbativityResult check_gauge_perturbativity(const std::vector<ResolvedSet>& sets, MssmState y,
                                                double q_from_gev, const PerturbativityOptions& options,
                                                const rge::RunControl& control);

/// The check for one point: MSSM couplings from the low-scale matching with matching at
/// msusy_gev and the point's tan(beta), started at the lowest messenger mass.
PerturbativityResult point_perturbativity(const matching::LowScaleMatching& low, const PointInput& in, double msusy_gev,
                                          const PerturbativityOptions& options);

}  // namespace gmsb::messengers
