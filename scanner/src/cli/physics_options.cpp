#include "cli/physics_options.hpp"

#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <stdexcept>
#include <utility>

namespace gmsb::cli {

const std::set<std::string>& physics_option_names() {
  static const std::set<std::string> names{"method", "loops", "mt-higgs", "sm-inputs", "preset", "eps6", "higgs-eft"};
  return names;
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

/// Runs parse(), turning the library's InputError into a PhysicsOptionError for `option`.
template <class F>
void parse_as_option(const std::string& option, F parse) {
  try {
    parse();
  } catch (const InputError& e) {
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
                            {{"default", &Settings::modern}, {"paper", &Settings::kn99_paper}})();
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
  if (values.count("eps6")) {
    settings.eps6 = number_or_throw("eps6", get("eps6", ""));
    if (!(settings.eps6 >= 0 && settings.eps6 <= 1))  // as Settings::validate(), but naming the option
      throw PhysicsOptionError("eps6", "must be a weight in [0, 1], got " + get("eps6", ""));
  }
  if (values.count("higgs-eft"))
    settings.modern_higgs_eft = choose<bool>("higgs-eft", get("higgs-eft", ""),
                                             {{"on", true}, {"true", true}, {"off", false}, {"false", false}});
  using SmSet = SMInputs (*)();
  sm = choose<SmSet>("sm-inputs", get("sm-inputs", settings.method == HiggsMethod::kModern ? "pdg2024" : "kn99"),
                     {{"kn99", &SMInputs::kn99}, {"pdg2024", &SMInputs::pdg2024}})();
}

std::map<std::string, std::string> PhysicsOptions::values() const {
  std::map<std::string, std::string> out;
  for (const auto& kv : text)
    if (app && given(*app, "--" + kv.first)) out[kv.first] = kv.second;
  return out;
}

std::string PhysicsOptions::get(const std::string& name, const std::string& fallback) const {
  const auto v = values();
  auto it = v.find(name);
  return it == v.end() ? fallback : it->second;
}

void add_physics_options(CLI::App& app, PhysicsOptions& p) {
  p.app = &app;
  static const char* const kOptions[][3] = {
      {"method", "kn99|modern", "Higgs-mass method (default modern; kn99 = the seed's)"},
      {"preset", "default|paper", "paper: m_t = 169 GeV in the kn99 Higgs formula (calibration)"},
      {"mt-higgs", "msbar|pole|running|GEV", "top mass in the kn99 Higgs formula (default msbar)"},
      {"loops", "1|2", "RGE loop order (default 1)"},
      {"sm-inputs", "kn99|pdg2024", "Standard-Model inputs (default pdg2024; kn99: 1999 values, the default with --method kn99)"},
      {"eps6", "0..1", "weight of the seed's unverified 6 m_t^2/(m_Z^2 s^4) term (default 0)"},
      {"higgs-eft", "on|off", "method modern: resummed EFT M_h (default on; off = two-loop leading log)"},
  };
  for (const auto& o : kOptions)
    app.add_option(std::string("--") + o[0], p.text[o[0]], o[2])->type_name(o[1])->group("Physics options");
}

void physics_from_options(const PhysicsOptions& p, Settings& settings, SMInputs& sm) {
  try {
    physics_from_values(p.values(), settings, sm);
  } catch (const PhysicsOptionError& e) {
    throw InputError("--" + e.option + " " + e.what());
  }
}

}  // namespace gmsb::cli
