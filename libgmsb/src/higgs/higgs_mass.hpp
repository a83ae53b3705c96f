#pragma once
/// \file higgs_mass.hpp
/// Stage 5 of a point, the Higgs masses, with the method dispatch:
/// - kn99: the seed's CP-even 2x2 matrix at one-loop leading log with squark mixing
///   (higgs_kn99.hpp; Kaeding & Nandi section 3, docs/physics.md §6), with the top mass of
///   Settings::mt_higgs;
/// - modern: the effective 2HDM quartics at two-loop leading log (higgs_modern.hpp), with the
///   light eigenvalue from the resummed SM-EFT M_h (higgs_eft.hpp) unless Settings::modern_higgs_eft
///   is off.

#include <limits>

#include "ewsb/beta_angles.hpp"
#include "gmsb/mssm_state.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"
#include "gmsb/status.hpp"
#include "higgs/higgs_kn99.hpp"
#include "sparticles/sfermions.hpp"

namespace gmsb::higgs {

/// What the Higgs stage needs from the earlier stages (GeV).
struct HiggsStageInputs {
  const MssmState* y = nullptr;  ///< running parameters at M_SUSY
  double msusy = 0;
  double mu = 0, ma = 0;         ///< from EWSB
  double mb_run = 0;             ///< y_b v cos(beta) at M_SUSY
  double mstop1 = 0, mstop2 = 0, msbot1 = 0, msbot2 = 0;
  double delta_b = 0;            ///< method modern: the matching's Delta_b
};

/// The Higgs sector of a point.
struct HiggsStageResult {
  HiggsKn99Inputs tree_inputs;  ///< the kn99-form inputs (also the tree-level Higgs sector of later loops)
  HiggsKn99Result masses;       ///< CP-even masses squared and alpha
  double mt_higgs = 0;          ///< top mass used in the formula (GeV)
  bool has_mHpm_sq = false;     ///< method modern: m_H+^2 below comes from the quartics
  double mHpm_sq = 0;           ///< m_H+^2 with the quartics' loop terms (GeV^2)
  WarningMask warnings = 0;     ///< kHiggsEftFallback
  /// Method modern with the resummed M_h: its theory uncertainty (GeV, docs/physics.md §7.5); NaN
  /// otherwise (kn99, --higgs-eft off, the EFT fallback, Settings::mh_uncertainty off).
  double mh_uncertainty = std::numeric_limits<double>::quiet_NaN();
};

HiggsStageResult higgs_masses(const HiggsStageInputs& in, const ewsb::BetaAngles& beta, const Settings& settings,
                              const SMInputs& sm, const SMCouplings& smc, const sparticles::ElectroweakConstants& ew);

}  // namespace gmsb::higgs
