#include "gmsb/settings.hpp"

#include <cmath>
#include <stdexcept>

namespace gmsb {

const char* method_name(HiggsMethod m) { return m == HiggsMethod::kKn99 ? "kn99" : "modern"; }

HiggsMethod parse_method(const std::string& text) {
  if (text == "kn99") return HiggsMethod::kKn99;
  if (text == "modern") return HiggsMethod::kModern;
  throw std::invalid_argument("unknown method '" + text + "' (expected kn99 or modern)");
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
  throw std::invalid_argument("top mass for the Higgs formula must be msbar, pole, running or a mass in GeV "
                              "between 100 and 250, got '" + text + "'");
}

}  // namespace gmsb

namespace gmsb {

Settings effective_settings(const Settings& s) {
  Settings out = s;
  if (out.method == HiggsMethod::kModern) out.rge_loops = 2;
  return out;
}

}  // namespace gmsb
