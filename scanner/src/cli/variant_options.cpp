#include "cli/variant_options.hpp"

#include <sstream>
#include <stdexcept>
#include <vector>

#include "gmsb/messengers.hpp"
#include "gmsb/model_variants.hpp"

namespace gmsb::cli {

namespace {
std::vector<double> number_list(const std::string& text, const std::string& what) {
  std::vector<double> out;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) out.push_back(parse_number(item, what));
  return out;
}
}  // namespace

const std::set<std::string>& variant_option_names() {
  static const std::set<std::string> names{"heavy",     "heavy-lambda", "heavy-mess", "supertrace", "lambda-uv",
                                           "m0sq",      "a0",           "m12",        "mgrav",      "seed002",
                                           "m",         "mx",           "md",         "m1",         "dterm-m",
                                           "dterm-scale", "charges",    "charges-flipped"};
  return names;
}

const std::set<std::string>& variant_flag_names() {
  static const std::set<std::string> names{"check-perturbativity"};
  return names;
}

const char* variant_options_help() {
  return "model variants (docs/physics.md §8; docs/models.md):\n"
         "  --heavy N1,N2,N3|CONTENT --heavy-lambda GEV --heavy-mess GEV\n"
         "                           a second (heavy) messenger set above M (docs/physics.md §8(b))\n"
         "  --supertrace S_GEV2 [--lambda-uv GEV]  messenger supertrace s of the primary set, cut off\n"
         "                           at Lambda_UV (default: the heavy set's mass) (docs/physics.md §8(a))\n"
         "  --m0sq GEV2 [--a0 GEV] [--m12 GEV] [--mgrav GEV]  universal gravity-mediated terms at\n"
         "                           M_grav (default 2.4e18 GeV) (docs/physics.md §8(c))\n"
         "  --seed002 triplets|triplets+doublets --m GEV [--mx GEV] [--md GEV] [--m1 corrected|seed-literal]\n"
         "                           seed-002 messengers at M_X (default 1e16), replaces --n/--lambda/--mess (docs/physics.md §8(d))\n"
         "  --dterm-m GEV [--dterm-scale GEV] (--charges-flipped qZ1,qZ | --charges qQ,qU,qD,qL,qE,qHu,qHd)\n"
         "                           U(1)_A D-term m_i^2 += (5/2) m^2 q_i at the scale (default 1e16) (docs/physics.md §8(e))\n"
         "  --check-perturbativity   flag non_perturbative if some alpha_a > 0.2 below 2e16 GeV (docs/physics.md §1.2)\n";
}

bool seed002_requested(const Args& args) { return args.has("seed002"); }

void variant_from_args(const Args& args, PointInput& in, Settings& settings) {
  if (args.flag("check-perturbativity")) settings.check_perturbativity_to_gut = true;
  try {
    if (args.has("seed002")) {
      const std::string c = args.get("seed002");
      Seed002Case sc;
      if (c == "triplets")
        sc = Seed002Case::kTriplets;
      else if (c == "triplets+doublets")
        sc = Seed002Case::kTripletsDoublets;
      else
        throw UsageError("--seed002 must be triplets or triplets+doublets, got '" + c + "'");
      const std::string m1 = args.get("m1", "corrected");
      if (m1 != "corrected" && m1 != "seed-literal")
        throw UsageError("--m1 must be corrected or seed-literal, got '" + m1 + "'");
      if (!args.has("m")) throw UsageError("--seed002 needs --m GEV");
      const Seed002Model s = seed002_model(sc, args.get_double("m", 0), args.get_double("mx", 1e16),
                                           args.get_double("md", 0),
                                           m1 == "corrected" ? Seed002M1::kCorrected : Seed002M1::kSeedLiteral);
      in.n = s.n;
      in.lambda_gev = s.lambda_gev;
      in.mess_gev = s.mess_gev;
      in.variant = s.variant;
    }
    if (args.has("heavy")) {
      const std::string h = args.get("heavy");
      MessengerSet set;
      if (h.find_first_not_of("0123456789/., ") == std::string::npos)
        set.n = parse_indices(h);
      else
        set.content = parse_content(h);
      if (set.content) set.n = set.content->indices();
      if (!args.has("heavy-lambda") || !args.has("heavy-mess"))
        throw UsageError("--heavy needs --heavy-lambda and --heavy-mess");
      set.lambda_gev = args.get_double("heavy-lambda", 0);
      set.mess_gev = args.get_double("heavy-mess", 0);
      in.variant.extra_sets.push_back(set);
    }
    if (args.has("supertrace")) {
      in.variant.supertrace.s_gev2 = args.get_double("supertrace", 0);
      in.variant.supertrace.lambda_uv_gev = args.get_double("lambda-uv", 0);
    }
    if (args.has("m0sq") || args.has("a0") || args.has("m12")) {
      in.variant.gravity.enabled = true;
      in.variant.gravity.m0_sq_gev2 = args.get_double("m0sq", 0);
      in.variant.gravity.a0_gev = args.get_double("a0", 0);
      in.variant.gravity.m12_gev = args.get_double("m12", 0);
      in.variant.gravity.scale_gev = args.get_double("mgrav", in.variant.gravity.scale_gev);
    }
    if (args.has("dterm-m")) {
      DTerm& d = in.variant.dterm;
      d.enabled = true;
      d.m_gev = args.get_double("dterm-m", 0);
      d.scale_gev = args.get_double("dterm-scale", d.scale_gev);
      if (args.has("charges") == args.has("charges-flipped"))
        throw UsageError("--dterm-m needs exactly one of --charges or --charges-flipped");
      if (args.has("charges-flipped")) {
        const auto q = number_list(args.get("charges-flipped"), "--charges-flipped");
        if (q.size() != 2) throw UsageError("--charges-flipped takes qZ1,qZ");
        d.charges = U1Charges::flipped_su5(q[0], q[1]);
      } else {
        const auto q = number_list(args.get("charges"), "--charges");
        if (q.size() != 7) throw UsageError("--charges takes seven numbers qQ,qU,qD,qL,qE,qHu,qHd");
        d.charges = U1Charges{q[0], q[1], q[2], q[3], q[4], q[5], q[6]};
      }
    }
    in.validate();
  } catch (const std::invalid_argument& e) {
    throw UsageError(e.what());
  }
}

}  // namespace gmsb::cli
