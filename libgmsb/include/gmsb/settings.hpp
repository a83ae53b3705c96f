#pragma once
/// \file settings.hpp
/// Settings of the spectrum calculation: method, loop order, top-mass prescription, tolerances.

#include <string>

#include "gmsb/sm_inputs.hpp"

namespace gmsb {

/// Which Higgs-mass calculation is used.
enum class HiggsMethod {
  kKn99,    ///< the seed's: 2x2 matrix, one-loop leading log + squark mixing (docs/physics.md §6)
  kModern,  ///< two-loop RGEs, SUSY thresholds, RG-improved two-loop Higgs mass (docs/physics.md §7)
};
const char* method_name(HiggsMethod m);
/// "kn99" or "modern"; throws gmsb::InputError otherwise.
HiggsMethod parse_method(const std::string& text);
/// What the input tan(beta) means (docs/physics.md §4.5): "drbar_mz" for modern (the DRbar value at
/// M_Z, SLHA MINPAR 3, run to M_SUSY), "input_at_msusy" for kn99 (the seed's: at M_SUSY, not run).
const char* tanb_convention_name(HiggsMethod m);

/// The top mass used in the kn99 Higgs-mass formula (docs/physics.md §6.4: the seed does not say).
enum class TopMassChoice {
  kMsbarMtMt,  ///< m_t(m_t) MSbar from the pole mass (default; 165.7 GeV for 1999 inputs)
  kPole,       ///< the pole mass
  kRunning,    ///< y_t(M_SUSY) v sin(beta), the MSSM running mass at M_SUSY
  kFixed,      ///< a fixed value, Settings::mt_higgs_fixed_gev (the "paper" preset: 169 GeV)
};
const char* top_mass_choice_name(TopMassChoice c);
/// "msbar", "pole", "running", or a number in GeV (fixed); throws gmsb::InputError.
void parse_top_mass_choice(const std::string& text, TopMassChoice& choice, double& fixed_gev);

struct Settings {
  /// The present-day method by default; the seed's is Settings::kn99() (docs/physics.md §7).
  HiggsMethod method = HiggsMethod::kModern;
  int rge_loops = 1;                    ///< 1 or 2 (two-loop gauge and Yukawa terms)
  TopMassChoice mt_higgs = TopMassChoice::kMsbarMtMt;
  double mt_higgs_fixed_gev = 169.0;    ///< used when mt_higgs == kFixed
  double eps6 = 0.0;                    ///< weight of the seed's unverified 6 m_t^2/(m_Z^2 s^4) term (docs/physics.md §6.6 item 4)
  /// Method modern: resum the logarithms of M_S/M_t in M_h with the SM effective theory
  /// (higgs_eft.hpp). false = the two-loop leading-log quartics alone (for comparisons).
  bool modern_higgs_eft = true;
  /// Method modern with the resummed M_h: estimate its theory uncertainty (PointResult::mh_uncertainty,
  /// docs/physics.md §7.5; three more EFT evaluations and two short MSSM runs per point).
  bool mh_uncertainty = true;
  bool include_stau_tadpole = false;    ///< add tau/stau to the EWSB tadpoles (docs/physics.md §5.2, optional)
  double msusy_rel_tol = 1e-8;          ///< convergence of M_SUSY = sqrt(m_t1 m_t2)
  int max_iterations = 40;              ///< M_SUSY iterations before flagging no-convergence
  double ode_rel_tol = 1e-9;            ///< relative accuracy of the RG integration
  double perturbative_limit = 3.5449077018; ///< |g|, |y| above sqrt(4 pi) flag a Landau pole
  /// Flag points whose gauge couplings, run with the messengers up to gut_scale_gev, exceed
  /// perturbativity_alpha_max (docs/physics.md §1.2, perturbativity.hpp). Off by default: the seed's model
  /// list already encodes its own perturbativity rule, and seed results stay unchanged.
  bool check_perturbativity_to_gut = false;
  double perturbativity_alpha_max = 0.2;
  double gut_scale_gev = 2e16;          ///< unification scale of the check (docs/physics.md §1.2)

  /// Checks every setting before any work; throws gmsb::InputError naming the first bad one:
  /// rge_loops 1 or 2; max_iterations >= 1; msusy_rel_tol and ode_rel_tol finite and > 0;
  /// perturbative_limit finite and > 0; eps6 finite and in [0, 1] (a weight: 0 = the term off,
  /// 1 = the seed's term in full); mt_higgs_fixed_gev in (100, 250) GeV; gut_scale_gev finite
  /// and > 1e3 GeV; perturbativity_alpha_max in (0, 1]. The commands and the config reader call it.
  void validate() const;

  /// The seed's method kn99 with m_t(m_t) in the Higgs formula (one-loop RGEs, tan(beta) at M_SUSY).
  static Settings kn99() {
    Settings s;
    s.method = HiggsMethod::kKn99;
    return s;
  }
  /// Method modern (the default): two-loop RGEs, thresholds, resummed M_h, tan(beta) at M_Z.
  static Settings modern() { return Settings{}; }
  /// "paper" preset: m_t = 169 GeV in the Higgs formula, an empirical calibration of the
  /// seed's unstated top-mass prescription (docs/physics.md §6.4, 9.3), not physics.
  static Settings kn99_paper() {
    Settings s = kn99();
    s.mt_higgs = TopMassChoice::kFixed;
    s.mt_higgs_fixed_gev = 169.0;
    return s;
  }
};

}  // namespace gmsb

namespace gmsb {

/// The settings as the calculation uses them: method modern always runs two-loop RGEs
/// (docs/physics.md §7.4); everything else as given.
Settings effective_settings(const Settings& s);

}  // namespace gmsb
