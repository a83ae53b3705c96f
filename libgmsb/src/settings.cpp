#include "gmsb/settings.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>

#include "gmsb/error.hpp"

namespace gmsb {

const char* method_name(HiggsMethod m) { return m == HiggsMethod::kKn99 ? "kn99" : "modern"; }

HiggsMethod parse_method(const std::string& text) {
  if (text == "kn99") return HiggsMethod::kKn99;
  if (text == "modern") return HiggsMethod::kModern;
  throw InputError("unknown method '" + text + "' (expected kn99 or modern)");
}

const char* tanb_convention_name(HiggsMethod m) {
  return m == HiggsMethod::kModern ? "drbar_mz" : "input_at_msusy";  // docs/physics.md §4.5
}

const char* top_mass_choice_name(TopMassChoice c) {
  switch (c) {
    case TopMassChoice::kMsbarMtMt: return "msbar";
    case TopMassChoice::kPole: return "pole";
    case TopMassChoice::kRunning: return "running";
    case TopMassChoice::kFixed: return "fixed";
  }
  return "unknown";
}

void parse_top_mass_choice(const std::string& text, TopMassChoice& choice, double& fixed_gev) {
  if (text == "msbar") { choice = TopMassChoice::kMsbarMtMt; return; }
  if (text == "pole") { choice = TopMassChoice::kPole; return; }
  if (text == "running") { choice = TopMassChoice::kRunning; return; }
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() && *end == '\0' && std::isfinite(v) && v > 100.0 && v < 250.0) {
    choice = TopMassChoice::kFixed;
    fixed_gev = v;
    return;
  }
  throw InputError("top mass for the Higgs formula must be msbar, pole, running or a mass in GeV "
                   "between 100 and 250, got '" + text + "'");
}

namespace {
std::string setting_value(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}
[[noreturn]] void bad_setting(const char* name, const std::string& rule, double v) {
  throw InputError(std::string("setting ") + name + " " + rule + ", got " + setting_value(v));
}
}  // namespace

void Settings::validate() const {
  if (rge_loops != 1 && rge_loops != 2) bad_setting("rge_loops", "must be 1 or 2", rge_loops);
  // Bounded time per point (docs/reliability.md "Bounded time"): at most 1000 M_SUSY iterations,
  // and tolerances that double precision can meet (a smaller ODE tolerance only burns steps).
  if (max_iterations < 1 || max_iterations > 1000) bad_setting("max_iterations", "must be in 1..1000", max_iterations);
  if (!std::isfinite(msusy_rel_tol) || !(msusy_rel_tol >= 1e-14 && msusy_rel_tol <= 0.1))
    bad_setting("msusy_rel_tol", "must be in [1e-14, 0.1]", msusy_rel_tol);
  if (!std::isfinite(ode_rel_tol) || !(ode_rel_tol >= 1e-13 && ode_rel_tol <= 1e-3))
    bad_setting("ode_rel_tol", "must be in [1e-13, 1e-3]", ode_rel_tol);
  if (!std::isfinite(perturbative_limit) || !(perturbative_limit > 0))
    bad_setting("perturbative_limit", "must be finite and > 0", perturbative_limit);
  if (!std::isfinite(eps6) || eps6 < 0 || eps6 > 1) bad_setting("eps6", "must be a weight in [0, 1]", eps6);
  if (!(mt_higgs_fixed_gev > 100 && mt_higgs_fixed_gev < 250))
    bad_setting("mt_higgs_fixed_gev", "must be between 100 and 250 GeV", mt_higgs_fixed_gev);
  if (!std::isfinite(gut_scale_gev) || !(gut_scale_gev > 1e3 && gut_scale_gev <= 1e19))
    bad_setting("gut_scale_gev", "must be in (1e3, 1e19] GeV", gut_scale_gev);
  if (!(perturbativity_alpha_max > 0 && perturbativity_alpha_max <= 1))
    bad_setting("perturbativity_alpha_max", "must be in (0, 1]", perturbativity_alpha_max);
}

}  // namespace gmsb

namespace gmsb {

Settings effective_settings(const Settings& s) {
  Settings out = s;
  if (out.method == HiggsMethod::kModern) out.rge_loops = 2;
  return out;
}

}  // namespace gmsb
