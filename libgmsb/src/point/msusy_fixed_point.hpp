#pragma once
/// \file msusy_fixed_point.hpp
/// Stages 1-3 of a point, iterated to the fixed point M_SUSY = sqrt(m_stop1 m_stop2)
/// (docs/physics.md §4.4 step 4): low-scale matching at M_SUSY and running up to the lowest
/// high scale (matching/low_scale_matching.hpp), the messenger boundary conditions and running
/// down to M_SUSY (messengers/high_scale_running.hpp), EWSB at M_SUSY (ewsb/ewsb.hpp). Method
/// modern also carries the SUSY thresholds of the previous iteration into the next matching.

#include "ewsb/beta_angles.hpp"
#include "ewsb/ewsb.hpp"
#include "gmsb/point.hpp"
#include "matching/low_scale_matching.hpp"

namespace gmsb::point {

/// The state at the end of the iteration.
struct MsusyFixedPoint {
  MssmState y{};        ///< running parameters at M_SUSY (last iteration)
  MssmState at_mess{};  ///< running parameters at M after the boundary conditions
  ewsb::EwsbResult ewsb;      ///< EWSB of the last iteration
  double msusy = 0;     ///< M_SUSY of the last iteration (GeV)
  double delta_b = 0;   ///< method modern: the Delta_b of the last matching (y_b)
  /// tan(beta) at M_SUSY of the last iteration: kn99 the input; modern run from the input at
  /// M_Z (docs/physics.md §4.5).
  ewsb::BetaAngles beta;
  int iterations = 0;
  bool running_failed = false;  ///< a coupling became non-perturbative: no result beyond the status
  StatusMask status = 0;        ///< kNonPerturbative, kSfermionTachyon (stop), kNoConvergence
  WarningMask warnings = 0;     ///< kMsusyUnderRelaxed, kThresholdTachyon, kEwsbLostInIteration
};

/// A starting M_SUSY from the dominant SU(3) terms: the one-loop first/second-generation squark
/// mass with alpha_3 running (docs/physics.md §9.1), times 0.85, at least m_t(m_t).
double initial_msusy_estimate(const PointInput& in, const SMCouplings& smc);

/// Iterates from `msusy_start_gev` until M_SUSY and (method modern) the thresholds settle, at
/// most Settings::max_iterations times; secant steps after the first plain iteration.
/// `input_beta` is the input tan(beta): at M_SUSY for kn99, at M_Z for modern (then
/// tan(beta)(M_SUSY) is recomputed in every iteration, LowScaleMatching::tanb_at_msusy).
MsusyFixedPoint solve_msusy_fixed_point(const matching::LowScaleMatching& low, const PointInput& in,
                                        const ewsb::BetaAngles& input_beta, double msusy_start_gev);

}  // namespace gmsb::point
