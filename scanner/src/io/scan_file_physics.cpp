#include "io/scan_file_physics.hpp"

#include <exception>
#include <initializer_list>
#include <optional>
#include <string>

#include "config/scan_model_config.hpp"
#include "gmsb/error.hpp"

namespace gmsb::scanfile {

namespace {

const json::Json& key(const ScanFileInfo& info, const json::Json& o, const char* attr, const char* k) {
  if (!o.is_object() || !o.contains(k))
    throw IoError(info.path + ": attribute '" + attr + "' has no key '" + k + "' (needed to recompute points)");
  return o.at(k);
}

double number(const ScanFileInfo& info, const json::Json& o, const char* attr, const char* k) {
  const json::Json& v = key(info, o, attr, k);
  if (!v.is_number()) throw IoError(info.path + ": attribute '" + attr + "' key '" + k + "' is not a number");
  return v.get<double>();
}

/// The file stores numbers with 10 significant digits (json::number): where a known value (a default
/// or an input set's) rounds to the stored number, that value is the one the scan used.
double restore(double stored, std::initializer_list<double> known) {
  for (double k : known)
    if (json::number(k) == json::Json(stored) || json::number(k).get<double>() == stored) return k;
  return stored;
}

}  // namespace

Settings stored_settings(const ScanFileInfo& info) {
  const json::Json& o = info.settings;
  const char* a = "settings_json";
  Settings s;
  try {
    const json::Json& m = key(info, o, a, "method");
    s.method = parse_method(m.is_string() ? m.get<std::string>() : "");
    const json::Json& mt = key(info, o, a, "mt_higgs");
    const std::string mt_name = mt.is_string() ? mt.get<std::string>() : "";
    s.mt_higgs_fixed_gev = number(info, o, a, "mt_higgs_fixed_gev");
    if (mt_name == "fixed")
      s.mt_higgs = TopMassChoice::kFixed;
    else
      parse_top_mass_choice(mt_name, s.mt_higgs, s.mt_higgs_fixed_gev);
  } catch (const InputError& e) {
    throw IoError(info.path + ": attribute '" + a + "': " + e.what());
  }
  s.rge_loops = int(number(info, o, a, "rge_loops"));
  s.eps6 = number(info, o, a, "eps6");
  s.modern_higgs_eft = number(info, o, a, "modern_higgs_eft") != 0;
  s.include_stau_tadpole = number(info, o, a, "include_stau_tadpole") != 0;
  s.check_perturbativity_to_gut = number(info, o, a, "check_perturbativity_to_gut") != 0;
  s.msusy_rel_tol = number(info, o, a, "msusy_rel_tol");
  s.max_iterations = int(number(info, o, a, "max_iterations"));
  s.ode_rel_tol = number(info, o, a, "ode_rel_tol");
  s.perturbative_limit = number(info, o, a, "perturbative_limit");
  const Settings d;
  s.mt_higgs_fixed_gev = restore(s.mt_higgs_fixed_gev, {d.mt_higgs_fixed_gev});
  s.msusy_rel_tol = restore(s.msusy_rel_tol, {d.msusy_rel_tol});
  s.ode_rel_tol = restore(s.ode_rel_tol, {d.ode_rel_tol});
  s.perturbative_limit = restore(s.perturbative_limit, {d.perturbative_limit});
  try {
    s.validate();
  } catch (const InputError& e) {
    throw IoError(info.path + ": attribute '" + a + "': " + e.what());
  }
  return s;
}

SMInputs stored_sm_inputs(const ScanFileInfo& info) {
  const json::Json& o = info.sm_inputs;
  const char* a = "sm_inputs_json";
  SMInputs sm;
  const std::pair<const char*, double SMInputs::*> fields[] = {
      {"mz", &SMInputs::mz},         {"gf", &SMInputs::gf},           {"alpha_em_inv", &SMInputs::alpha_em_inv},
      {"sin2w", &SMInputs::sin2w},   {"alpha_s", &SMInputs::alpha_s}, {"mt_pole", &SMInputs::mt_pole},
      {"mb_mb", &SMInputs::mb_mb},   {"mtau_pole", &SMInputs::mtau_pole}};
  const SMInputs kn99 = SMInputs::kn99(), pdg = SMInputs::pdg2024();
  for (const auto& f : fields) sm.*(f.second) = restore(number(info, o, a, f.first), {kn99.*(f.second), pdg.*(f.second)});
  return sm;
}

std::vector<scan::ScanModel> stored_models(const ScanFileInfo& info) {
  std::vector<scan::ScanModel> out;
  std::optional<scan::ScanConfig> cfg;
  std::string cfg_error;
  for (std::size_t k = 0; k < info.models.size(); ++k) {
    const std::string vj = k < info.model_variant_json.size() ? info.model_variant_json[k] : "";
    const bool minimal = vj.empty() || (k < info.model_variants.size() && info.model_variants[k].empty());
    if (minimal) {
      scan::ScanModel m = scan::model_from_indices(info.models[k]);
      if (k < info.model_names.size()) m.name = info.model_names[k];
      out.push_back(m);
      continue;
    }
    if (!cfg && cfg_error.empty()) {
      try {
        cfg = scan::parse_scan_config(info.config_yaml, info.config_path);
      } catch (const std::exception& e) {
        cfg_error = e.what();
      }
    }
    const std::string what = info.path + ": model " + std::to_string(k) + " (" +
                             (k < info.model_names.size() ? info.model_names[k] : "") + ")";
    if (!cfg) throw IoError(what + ": its variant cannot be rebuilt, the stored config_yaml does not parse: " + cfg_error);
    bool found = false;
    for (const scan::ScanModel& m : cfg->models) {
      if (k >= info.model_names.size() || m.name != info.model_names[k]) continue;
      if (json::parse(m.variant_json, "config_yaml") != info.model_variants[k] || m.n != info.models[k])
        throw IoError(what + ": the variant rebuilt from config_yaml differs from /models/variant_json");
      out.push_back(m);
      found = true;
      break;
    }
    if (!found) throw IoError(what + ": no model of this name in the stored config_yaml");
  }
  return out;
}

}  // namespace gmsb::scanfile
