#include "cli/variant_options.hpp"

#include <cmath>
#include <cstdlib>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "gmsb/error.hpp"
#include "gmsb/messengers.hpp"
#include "gmsb/model_variants.hpp"

namespace gmsb::cli {

namespace {
std::vector<double> number_list(const std::string& text, const std::string& what) {
  std::vector<double> out;
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    char* end = nullptr;
    const double v = std::strtod(item.c_str(), &end);
    if (item.empty() || end == item.c_str() || *end != '\0' || !std::isfinite(v))
      throw InputError(what + " must be numbers separated by commas, got '" + text + "'");
    out.push_back(v);
  }
  return out;
}
}  // namespace

void add_variant_options(CLI::App& app, VariantOptions& v) {
  v.app = &app;
  const std::string g = "Model variants (docs/physics.md §8; docs/models.md)";
  auto* heavy = app.add_option("--heavy", v.heavy, "a second (heavy) messenger set above M (docs/physics.md §8(b)); needs "
                                                   "--heavy-lambda and --heavy-mess")
                    ->type_name("N1,N2,N3|CONTENT")->group(g);
  auto* hl = add_number(app, "--heavy-lambda", v.heavy_lambda, "Lambda of the heavy set")->group(g);
  auto* hm = add_number(app, "--heavy-mess", v.heavy_mess, "messenger mass of the heavy set")->group(g);
  heavy->needs(hl)->needs(hm);
  add_number(app, "--supertrace", v.supertrace, "messenger supertrace s of the primary set (docs/physics.md §8(a))", "S_GEV2")
      ->group(g);
  add_number(app, "--lambda-uv", v.lambda_uv, "cut-off of the supertrace term (default: the heavy set's mass)")
      ->group(g);
  add_number(app, "--m0sq", v.m0sq, "universal gravity-mediated m0^2 at M_grav (docs/physics.md §8(c))", "GEV2")->group(g);
  add_number(app, "--a0", v.a0, "universal gravity-mediated A0 at M_grav")->group(g);
  add_number(app, "--m12", v.m12, "universal gravity-mediated M1/2 at M_grav")->group(g);
  add_number(app, "--mgrav", v.mgrav, "scale M_grav of the gravity-mediated terms (default 2.4e18 GeV)")->group(g);
  v.seed002_option = app.add_option("--seed002", v.seed002,
                                    "seed-002 messengers at M_X, replaces --n/--lambda/--mess (docs/physics.md §8(d)); needs --m")
                         ->type_name("triplets|triplets+doublets")->group(g);
  auto* m = add_number(app, "--m", v.m, "seed-002 mass parameter m (Lambda_T = 2m)")->group(g);
  v.seed002_option->needs(m);
  add_number(app, "--mx", v.mx, "seed-002 scale M_X (default 1e16 GeV)")->group(g);
  add_number(app, "--md", v.md, "seed-002 doublet mass (default: M_X)")->group(g);
  app.add_option("--m1", v.m1, "seed-002 bino mass formula (default corrected)")
      ->type_name("corrected|seed-literal")->group(g);
  add_number(app, "--dterm-m", v.dterm_m,
             "U(1)_A D-term m_i^2 += (5/2) m^2 q_i at the scale (docs/physics.md §8(e)); needs --charges or --charges-flipped")
      ->group(g);
  add_number(app, "--dterm-scale", v.dterm_scale, "scale of the D-term (default 1e16 GeV)")->group(g);
  auto* ch = app.add_option("--charges", v.charges, "U(1)_A charges of the D-term")
                 ->type_name("qQ,qU,qD,qL,qE,qHu,qHd")->group(g);
  auto* chf = app.add_option("--charges-flipped", v.charges_flipped, "flipped-SU(5) U(1)_A charges of the D-term")
                  ->type_name("qZ1,qZ")->group(g);
  ch->excludes(chf);
  app.add_flag("--check-perturbativity", v.check_perturbativity,
               "flag non_perturbative if some alpha_a > 0.2 below 2e16 GeV (docs/physics.md §1.2)")
      ->group(g);
}

void variant_from_options(const VariantOptions& v, PointInput& in, Settings& settings) {
  if (v.check_perturbativity) settings.check_perturbativity_to_gut = true;
  if (v.has("dterm-m") && v.has("charges") == v.has("charges-flipped"))
    throw UsageError("--dterm-m needs exactly one of --charges or --charges-flipped");
  if (v.has("seed002")) {
    Seed002Case sc;
    if (v.seed002 == "triplets")
      sc = Seed002Case::kTriplets;
    else if (v.seed002 == "triplets+doublets")
      sc = Seed002Case::kTripletsDoublets;
    else
      throw InputError("--seed002 must be triplets or triplets+doublets, got '" + v.seed002 + "'");
    if (v.m1 != "corrected" && v.m1 != "seed-literal")
      throw InputError("--m1 must be corrected or seed-literal, got '" + v.m1 + "'");
    const Seed002Model s = seed002_model(sc, v.m, v.mx, v.md,
                                         v.m1 == "corrected" ? Seed002M1::kCorrected : Seed002M1::kSeedLiteral);
    in.n = s.n;
    in.lambda_gev = s.lambda_gev;
    in.mess_gev = s.mess_gev;
    in.variant = s.variant;
  }
  if (v.has("heavy")) {
    MessengerSet set;
    if (v.heavy.find_first_not_of("0123456789/., ") == std::string::npos)
      set.n = parse_indices(v.heavy);
    else
      set.content = parse_content(v.heavy);
    if (set.content) set.n = set.content->indices();
    set.lambda_gev = v.heavy_lambda;
    set.mess_gev = v.heavy_mess;
    in.variant.extra_sets.push_back(set);
  }
  if (v.has("supertrace")) {
    in.variant.supertrace.s_gev2 = v.supertrace;
    in.variant.supertrace.lambda_uv_gev = v.has("lambda-uv") ? v.lambda_uv : 0;
  }
  if (v.has("m0sq") || v.has("a0") || v.has("m12")) {
    in.variant.gravity.enabled = true;
    in.variant.gravity.m0_sq_gev2 = v.m0sq;
    in.variant.gravity.a0_gev = v.a0;
    in.variant.gravity.m12_gev = v.m12;
    if (v.has("mgrav")) in.variant.gravity.scale_gev = v.mgrav;
  }
  if (v.has("dterm-m")) {
    DTerm& d = in.variant.dterm;
    d.enabled = true;
    d.m_gev = v.dterm_m;
    if (v.has("dterm-scale")) d.scale_gev = v.dterm_scale;
    if (v.has("charges-flipped")) {
      const auto q = number_list(v.charges_flipped, "--charges-flipped");
      if (q.size() != 2) throw InputError("--charges-flipped takes two numbers qZ1,qZ");
      d.charges = U1Charges::flipped_su5(q[0], q[1]);
    } else {
      const auto q = number_list(v.charges, "--charges");
      if (q.size() != 7) throw InputError("--charges takes seven numbers qQ,qU,qD,qL,qE,qHu,qHd");
      d.charges = U1Charges{q[0], q[1], q[2], q[3], q[4], q[5], q[6]};
    }
  }
  in.validate();  // the library's checks of the point and the variant: gmsb::InputError
}

}  // namespace gmsb::cli
