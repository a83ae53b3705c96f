#pragma once
/// \file low_scale_matching.hpp
/// Stage 1 of a point, the low-scale constraint: the MSSM DRbar gauge and Yukawa couplings at a
/// scale Q from the Standard-Model inputs, matched at M_SUSY (soft terms zero).
/// - method kn99: SM running from m_t(m_t) to M_SUSY, continuous matching y_t = y_t^SM / sin(beta),
///   y_b,tau = y^SM / cos(beta), MSSM running above (docs/physics.md §4.4);
/// - method modern: MSbar -> DRbar conversion with the SUSY thresholds Delta_b, Delta_tau, Delta_t
///   of the previous M_SUSY iteration (susy_thresholds.hpp).
/// Built once per calculator (the SM couplings at m_t); const and thread-safe.

#include "ewsb/beta_angles.hpp"
#include "gmsb/mssm_state.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"
#include "matching/susy_thresholds.hpp"
#include "rge/integrators.hpp"
#include "sparticles/sfermions.hpp"

namespace gmsb::matching {

class LowScaleMatching {
 public:
  /// `settings` as the calculator uses them (method modern: two-loop RGEs).
  LowScaleMatching(const SMInputs& sm, const Settings& settings);

  /// Couplings at q_gev for matching scale msusy_gev and tan(beta), without sparticle thresholds.
  /// False if a coupling becomes non-perturbative on the way.
  bool mssm_couplings(double msusy_gev, const ewsb::BetaAngles& beta, double q_gev, MssmState& out) const;

  /// The matching of one M_SUSY iteration: method modern with `thresholds` (the sparticles of
  /// the previous iteration; *delta_b_out receives the Delta_b used for y_b), method kn99 as
  /// mssm_couplings(). False if a coupling becomes non-perturbative.
  bool mssm_couplings(double msusy_gev, const ewsb::BetaAngles& beta, double q_gev, const SusyThresholdInputs& thresholds,
                      MssmState& out, double* delta_b_out) const;

  /// Method modern: tan(beta) at M_SUSY (the matching scale max(msusy_gev, m_t)) from the DRbar
  /// input at M_Z (docs/physics.md §4.5): the self-consistent solution of matching at M_SUSY with
  /// tan(beta)(M_SUSY) and running it with the couplings down to M_Z (tanb_running.hpp).
  /// `guess` > 0 starts the iteration there (the previous M_SUSY iteration's value). NaN if a
  /// coupling becomes non-perturbative.
  double tanb_at_msusy(double tanb_mz, double msusy_gev, const SusyThresholdInputs& thresholds,
                       double guess = 0.0) const;

  const SMInputs& sm_inputs() const { return sm_; }
  const Settings& settings() const { return settings_; }
  const SMCouplings& sm_couplings_at_mt() const { return smc_; }
  const sparticles::ElectroweakConstants& electroweak() const { return ew_; }
  rge::RunControl run_control() const { return {settings_.ode_rel_tol, settings_.perturbative_limit}; }
  rge::RgeOptions rge_options() const {
    rge::RgeOptions opt;
    opt.loops = settings_.rge_loops;
    return opt;
  }

 private:
  bool kn99_couplings(double msusy_gev, const ewsb::BetaAngles& beta, double q_gev, MssmState& out) const;

  SMInputs sm_;
  Settings settings_;
  SMCouplings smc_;
  sparticles::ElectroweakConstants ew_;
};

}  // namespace gmsb::matching
