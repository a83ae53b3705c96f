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

/// Method modern: the resummed decoupling-limit M_h (higgs_eft.hpp, docs/physics.md §7.4.4) from the
/// MSSM DRbar state y and tan(beta) at the matching scale q_gev (M_SUSY; M_SUSY/2 and 2 M_SUSY for the
/// uncertainty), y_t(M_t) shifted by the fraction yt_shift; 0 when a soft mass squared is not
/// positive or the EFT has no real mass (lambda(M_t) < 0): the quartics alone are then used
/// (flagged kHiggsEftFallback).
double resummed_higgs_mass(const SMInputs& sm, const SMCouplings& smc, const MssmState& y, double mu, double ma,
                           const ewsb::BetaAngles& b, double q_gev, double yt_shift);

/// The theory uncertainty of the resummed M_h and its parts (GeV; NaN if a variation has no M_h).
struct MhUncertainty {
  double matching_scale = std::numeric_limits<double>::quiet_NaN();  ///< max |M_h(Q) - M_h(M_S)|, Q = M_S/2, 2 M_S
  double top_yukawa = std::numeric_limits<double>::quiet_NaN();      ///< |M_h(y_t one QCD order lower) - M_h|
  double total = std::numeric_limits<double>::quiet_NaN();           ///< the two added linearly
};

/// docs/physics.md §7.5, as the EFT codes estimate it (SUSYHD, Vega & Villadoro JHEP 07 (2015) 159;
/// FlexibleEFTHiggs, Athron et al. EPJC 77 (2017) 814, section 4): the matching scale moved from
/// M_SUSY to M_SUSY/2 and 2 M_SUSY (the MSSM parameters and tan(beta) run there; mu, m_A kept),
/// and y_t(M_t) determined one QCD order lower (higgs_yt_three_loop_qcd_shift); mh_central is
/// resummed_higgs_mass at M_SUSY.
MhUncertainty resummed_mh_uncertainty(const SMInputs& sm, const SMCouplings& smc, const MssmState& y, double mu,
                                      double ma, const ewsb::BetaAngles& b, double msusy, double mh_central,
                                      const Settings& s);

HiggsStageResult higgs_masses(const HiggsStageInputs& in, const ewsb::BetaAngles& beta, const Settings& settings,
                              const SMInputs& sm, const SMCouplings& smc, const sparticles::ElectroweakConstants& ew);

}  // namespace gmsb::higgs
