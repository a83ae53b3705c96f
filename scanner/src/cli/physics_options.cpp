#include "cli/physics_options.hpp"

#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <utility>

namespace gmsb::cli {

const std::set<std::string>& physics_option_names() {
  static const std::set<std::string> names{"method", "loops", "mt-higgs", "sm-inputs", "preset", "eps6", "higgs-eft"};
  return names;
}

const char* physics_options_help() {
  return "  --method kn99|modern     Higgs-mass method (default kn99)\n"
         "  --preset default|paper   paper: m_t = 169 GeV in the kn99 Higgs formula (calibration)\n"
         "  --mt-higgs msbar|pole|running|<GeV>  top mass in the kn99 Higgs formula (default msbar)\n"
         "  --loops 1|2              RGE loop order (default 1)\n"
         "  --sm-inputs kn99|pdg2024 Standard-Model inputs (default kn99: 1999 values)\n"
         "  --eps6 0|1               weight of the seed's unverified 6 m_t^2/(m_Z^2 s^4) term\n"
         "  --higgs-eft on|off       method modern: resummed EFT M_h (default on; off = two-loop leading log)\n";
}

namespace {
double number_or_throw(const std::string& option, const std::string& text) {
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (text.empty() || end == text.c_str() || *end != '\0' || !std::isfinite(v))
    throw PhysicsOptionError(option, "must be a number, got '" + text + "'");
  return v;
}

/// The value named by `text` among `choices`; else PhysicsOptionError "must be a or b, got 'text'".
template <class T>
T choose(const std::string& option, const std::string& text, std::initializer_list<std::pair<const char*, T>> choices) {
  std::string names;
  for (const auto& c : choices) {
    if (text == c.first) return c.second;
    names += (names.empty() ? "" : " or ") + std::string(c.first);
  }
  throw PhysicsOptionError(option, "must be " + names + ", got '" + text + "'");
}

/// Runs parse(), turning its std::invalid_argument into a PhysicsOptionError for `option`.
template <class F>
void parse_as_option(const std::string& option, F parse) {
  try {
    parse();
  } catch (const std::invalid_argument& e) {
    throw PhysicsOptionError(option, e.what());
  }
}
}  // namespace

void physics_from_values(const std::map<std::string, std::string>& values, Settings& settings, SMInputs& sm) {
  auto get = [&](const std::string& k, const std::string& fallback) {
    auto it = values.find(k);
    return it == values.end() ? fallback : it->second;
  };
  for (const auto& kv : values)
    if (!physics_option_names().count(kv.first)) throw PhysicsOptionError(kv.first, "unknown physics option");
  using Preset = Settings (*)();
  settings = choose<Preset>("preset", get("preset", "default"),
                            {{"default", &Settings::kn99}, {"paper", &Settings::kn99_paper}})();
  if (values.count("method")) parse_as_option("method", [&] { settings.method = parse_method(get("method", "")); });
  if (values.count("mt-higgs"))
    parse_as_option("mt-higgs", [&] {
      parse_top_mass_choice(get("mt-higgs", ""), settings.mt_higgs, settings.mt_higgs_fixed_gev);
    });
  if (values.count("loops")) {
    const double loops = number_or_throw("loops", get("loops", ""));
    if (loops != 1 && loops != 2) throw PhysicsOptionError("loops", "must be 1 or 2, got " + get("loops", ""));
    settings.rge_loops = static_cast<int>(loops);
  }
  if (values.count("eps6")) settings.eps6 = number_or_throw("eps6", get("eps6", ""));
  if (values.count("higgs-eft"))
    settings.modern_higgs_eft = choose<bool>("higgs-eft", get("higgs-eft", ""),
                                             {{"on", true}, {"true", true}, {"off", false}, {"false", false}});
  using SmSet = SMInputs (*)();
  sm = choose<SmSet>("sm-inputs", get("sm-inputs", settings.method == HiggsMethod::kModern ? "pdg2024" : "kn99"),
                     {{"kn99", &SMInputs::kn99}, {"pdg2024", &SMInputs::pdg2024}})();
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
