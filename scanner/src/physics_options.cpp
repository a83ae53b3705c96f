#include "physics_options.hpp"

#include <stdexcept>

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

void physics_from_args(const Args& args, Settings& settings, SMInputs& sm) {
  const std::string preset = args.get("preset", "default");
  if (preset == "paper")
    settings = Settings::kn99_paper();
  else if (preset == "default")
    settings = Settings::kn99();
  else
    throw UsageError("--preset must be default or paper, got '" + preset + "'");
  try {
    if (args.has("method")) settings.method = parse_method(args.get("method"));
    if (args.has("mt-higgs")) parse_top_mass_choice(args.get("mt-higgs"), settings.mt_higgs, settings.mt_higgs_fixed_gev);
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
  settings.rge_loops = args.get_int("loops", settings.rge_loops);
  if (settings.rge_loops != 1 && settings.rge_loops != 2) throw UsageError("--loops must be 1 or 2");
  settings.eps6 = args.get_double("eps6", settings.eps6);
  const std::string smname = args.get("sm-inputs", settings.method == HiggsMethod::kModern ? "pdg2024" : "kn99");
  if (smname == "kn99")
    sm = SMInputs::kn99();
  else if (smname == "pdg2024")
    sm = SMInputs::pdg2024();
  else
    throw UsageError("--sm-inputs must be kn99 or pdg2024, got '" + smname + "'");
}

}  // namespace gmsb::cli
