#include "physics_options.hpp"

#include <cmath>
#include <cstdlib>

namespace gmsb::cli {

const std::set<std::string>& physics_option_names() {
  static const std::set<std::string> names{"method", "loops", "mt-higgs", "sm-inputs", "preset", "eps6"};
  return names;
}

const char* physics_options_help() {
  return "  --method kn99|modern     Higgs-mass method (default kn99)\n"
         "  --preset default|paper   paper: m_t = 169 GeV in the kn99 Higgs formula (calibration)\n"
         "  --mt-higgs msbar|pole|running|<GeV>  top mass in the kn99 Higgs formula (default msbar)\n"
         "  --loops 1|2              RGE loop order (default 1)\n"
         "  --sm-inputs kn99|pdg2024 Standard-Model inputs (default kn99: 1999 values)\n"
         "  --eps6 0|1               weight of the seed's unverified 6 m_t^2/(m_Z^2 s^4) term\n";
}

namespace {
double number_or_throw(const std::string& option, const std::string& text) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (text.empty() || end == text.c_str() || *end != '\0' || !std::isfinite(v))
    throw PhysicsOptionError(option, "must be a number, got '" + text + "'");
  return v;
}
}  // namespace

void physics_from_values(const std::map<std::string, std::string>& values, Settings& settings, SMInputs& sm) {
  auto get = [&](const std::string& k, const std::string& fallback) {
    auto it = values.find(k);
    return it == values.end() ? fallback : it->second;
  };
  for (const auto& kv : values)
    if (!physics_option_names().count(kv.first)) throw PhysicsOptionError(kv.first, "unknown physics option");
  const std::string preset = get("preset", "default");
  if (preset == "paper")
    settings = Settings::kn99_paper();
  else if (preset == "default")
    settings = Settings::kn99();
  else
    throw PhysicsOptionError("preset", "must be default or paper, got '" + preset + "'");
  if (values.count("method")) {
    try {
      settings.method = parse_method(get("method", ""));
    } catch (const std::invalid_argument& e) {
      throw PhysicsOptionError("method", e.what());
    }
  }
  if (values.count("mt-higgs")) {
    try {
      parse_top_mass_choice(get("mt-higgs", ""), settings.mt_higgs, settings.mt_higgs_fixed_gev);
    } catch (const std::invalid_argument& e) {
      throw PhysicsOptionError("mt-higgs", e.what());
    }
  }
  if (values.count("loops")) {
    const double loops = number_or_throw("loops", get("loops", ""));
    if (loops != 1 && loops != 2) throw PhysicsOptionError("loops", "must be 1 or 2, got " + get("loops", ""));
    settings.rge_loops = static_cast<int>(loops);
  }
  if (values.count("eps6")) settings.eps6 = number_or_throw("eps6", get("eps6", ""));
  const std::string smname = get("sm-inputs", settings.method == HiggsMethod::kModern ? "pdg2024" : "kn99");
  if (smname == "kn99")
    sm = SMInputs::kn99();
  else if (smname == "pdg2024")
    sm = SMInputs::pdg2024();
  else
    throw PhysicsOptionError("sm-inputs", "must be kn99 or pdg2024, got '" + smname + "'");
}

void physics_from_args(const Args& args, Settings& settings, SMInputs& sm) {
  std::map<std::string, std::string> values;
  for (const auto& name : physics_option_names())
    if (args.has(name)) values[name] = args.get(name);
  try {
    physics_from_values(values, settings, sm);
  } catch (const PhysicsOptionError& e) {
    throw UsageError("--" + e.option + " " + e.what());
  }
}

}  // namespace gmsb::cli
