#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include "cli/cli_app.hpp"
#include "cli/commands.hpp"
#include "gmsb/error.hpp"
#include "gmsb/nlsp.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "io/json_values.hpp"
#include "cli/physics_options.hpp"
#include "io/slha_writer.hpp"
#include "cli/variant_options.hpp"

namespace gmsb::commands {

namespace {

const char* kFooter =
    "\nComputes one GMSB point: spectrum at M_SUSY, EWSB, Higgs masses, the stau check, the gravitino, the\n"
    "NLSP with its decays and c tau, and the LEP-limit warnings (docs/physics.md §11). Needs --n or\n"
    "--content (or --seed002), --lambda, --mess and --tanb; example:\n"
    "  gmsb point --n 1,3,4 --lambda 1e5 --mess 1e8 --tanb 29\n"
    "Errors and exit codes: docs/errors.md.";

struct PointOptions {
  std::string n, content;
  double lambda = 0, mess = 0, tanb = 0;
  int sign_mu = 1;
  double c_grav = 1.0;
  bool json = false, slha = false;
  cli::PhysicsOptions physics;
  cli::VariantOptions variant;
};

std::vector<double> vec(const double* p, size_t n) { return std::vector<double>(p, p + n); }

/// The gravitino, the NLSP and its decays (docs/physics.md §11).
void print_nlsp(const PointInput& in, const PointResult& r) {
  std::printf("gravitino  m_3/2 = %.4g GeV (c_grav = %g)\n", r.m_gravitino, in.c_grav);
  std::printf("NLSP       %s (PDG %d), m = %.1f GeV; width %.4g GeV, c tau = %.4g m\n", nlsp_kind_name(r.nlsp_kind),
              r.nlsp_pdg, r.m_nlsp, r.nlsp_width_gev, r.nlsp_ctau_m);
  for (int i = 0; i < r.n_nlsp_decays; ++i)
    std::printf("           BR(-> %d %d) = %.4g\n", r.nlsp_decays[i].pdg1, r.nlsp_decays[i].pdg2,
                r.nlsp_decays[i].width_gev / r.nlsp_width_gev);
}

void print_human(const PointInput& in, const PointResult& r, HiggsMethod method) {
  std::printf("GMSB point: N = (%s), Lambda = %g GeV, M = %g GeV, tan(beta) = %g, sign(mu) = %+d\n",
              in.n.to_string().c_str(), in.lambda_gev, in.mess_gev, in.tanb, in.sign_mu);
  auto st = status_names(r.status);
  std::string s;
  for (auto& x : st) s += (s.empty() ? "" : ", ") + x;
  std::printf("status: %s\n", s.empty() ? "ok" : s.c_str());
  std::string w;
  for (auto& x : warning_names(r.warnings)) w += (w.empty() ? "" : ", ") + x;
  std::printf("warnings: %s\n", w.empty() ? "none" : w.c_str());
  std::printf("M_SUSY = sqrt(m_t1 m_t2) = %.1f GeV (%d iterations)\n", r.msusy, r.iterations);
  if (method == HiggsMethod::kModern)  // docs/physics.md §4.5
    std::printf("tan(beta) = %g DRbar at M_Z (the input, SLHA MINPAR 3), %.4f at M_SUSY\n\n", r.tanb_mz,
                r.tanb_msusy);
  else
    std::printf("tan(beta) = %g at M_SUSY (method kn99: the input, not run)\n\n", r.tanb_msusy);
  std::printf("Higgs      m_h = %8.2f   m_H = %8.1f   m_A = %8.1f   m_H+ = %8.1f GeV\n", r.mh, r.mH, r.mA, r.mHpm);
  if (std::isfinite(r.mh_uncertainty))  // docs/physics.md §7.5
    std::printf("           m_h = %.2f +- %.2f GeV (theory uncertainty: matching scale, y_t order)\n", r.mh,
                r.mh_uncertainty);
  std::printf("           mu = %8.1f GeV   B = %8.1f GeV   (m_t in the Higgs formula: %.2f GeV)\n", r.mu, r.B,
              r.mt_higgs);
  std::printf("gauginos   M1 = %7.1f   M2 = %7.1f   M3 = %7.1f GeV (running at M_SUSY); gluino pole %7.1f GeV\n",
              r.M1, r.M2, r.M3, r.mgluino);
  std::printf("neutralinos %7.1f %7.1f %7.1f %7.1f   charginos %7.1f %7.1f GeV\n", r.mneutralino[0],
              r.mneutralino[1], r.mneutralino[2], r.mneutralino[3], r.mchargino[0], r.mchargino[1]);
  std::printf("stops      %7.1f %7.1f   sbottoms %7.1f %7.1f   staus %7.1f %7.1f GeV\n", r.mstop1, r.mstop2,
              r.msbottom1, r.msbottom2, r.mstau1, r.mstau2);
  std::printf("m_stau1^2  %.4g GeV^2%s\n", r.mstau1_sq, r.mstau1_sq < 0 ? "  (negative: excluded)" : "");
  std::printf("squarks    uL %7.1f  uR %7.1f  dL %7.1f  dR %7.1f GeV\n", r.msquark_uL, r.msquark_uR, r.msquark_dL,
              r.msquark_dR);
  std::printf("sleptons   eL %7.1f  eR %7.1f  sneutrino %7.1f  tau sneutrino %7.1f GeV\n", r.mselectron_L,
              r.mselectron_R, r.msneutrino, r.msneutrino_tau);
  print_nlsp(in, r);
  const auto& y = r.at_msusy;
  std::printf("at M_SUSY  A_t = %.1f  A_b = %.1f  A_tau = %.1f GeV;  m_Hu^2 = %.4g  m_Hd^2 = %.4g GeV^2\n", y[kAt],
              y[kAb], y[kAtau], y[kMHu2], y[kMHd2]);
}

/// The NLSP's decays as [{"pdg": [a, b], "width": GeV, "br": fraction}, ...].
json::Json nlsp_decays_json(const PointResult& r) {
  json::Json a = json::Json::array();
  for (int i = 0; i < r.n_nlsp_decays; ++i) {
    const TwoBodyDecay& d = r.nlsp_decays[i];
    a.push_back({{"pdg", {d.pdg1, d.pdg2}}, {"width", json::number(d.width_gev)},
                 {"br", json::number(d.width_gev / r.nlsp_width_gev)}});
  }
  return a;
}

/// The options a message of PointInput::validate() or the variant checks is about, so that
/// every error names its option (docs/errors.md); "" if the message names it already.
std::string options_of(const std::string& msg, bool seed002) {
  auto starts = [&](const char* p) { return msg.rfind(p, 0) == 0; };
  if (starts("--")) return "";
  if (starts("tan(beta)")) return "--tanb";
  if (starts("sign(mu)")) return "--sign-mu";
  if (starts("c_grav")) return "--c-grav";
  if (seed002 || starts("seed 002") || starts("the seed-002")) return "--seed002/--m/--mx/--md/--m1";
  if (starts("Lambda")) return "--lambda";
  if (starts("the messenger scale M")) return "--mess";
  if (starts("messenger indices") || starts("the primary messenger content")) return "--n/--content";
  if (starts("messenger set")) return "--heavy/--heavy-lambda/--heavy-mess";
  if (starts("the messenger supertrace") || starts("the supertrace")) return "--supertrace/--lambda-uv";
  if (starts("gravity") || starts("the gravity")) return "--m0sq/--a0/--m12/--mgrav";
  if (starts("the D-term")) return "--dterm-m/--dterm-scale/--charges";
  return "--heavy";  // parse_indices / parse_content of --heavy
}

int run_point(const PointOptions& o, const CLI::App& app) {
  PointInput in;
  const bool seed002 = cli::seed002_requested(o.variant);
  if (!seed002 && !cli::given(app, "--n") && !cli::given(app, "--content"))
    throw UsageError("give one of --n or --content (or --seed002)");
  try {
    if (cli::given(app, "--n")) in.n = parse_indices(o.n);
    if (cli::given(app, "--content")) {
      in.variant.primary_content = parse_content(o.content);
      in.n = in.variant.primary_content->indices();
    }
  } catch (const InputError& e) {  // the library's parse error, without the option name
    throw InputError(std::string(cli::given(app, "--n") ? "--n " : "--content ") + e.what());
  }
  for (const char* req : {"--lambda", "--mess", "--tanb"})
    if (!cli::given(app, req) && !(seed002 && std::string(req) != "--tanb"))
      throw UsageError(std::string("missing ") + req);
  in.lambda_gev = o.lambda;
  in.mess_gev = o.mess;
  in.tanb = o.tanb;
  in.sign_mu = o.sign_mu;
  if (!(o.c_grav > 0)) {
    char got[32];
    std::snprintf(got, sizeof got, "%g", o.c_grav);
    throw InputError(std::string("--c-grav must be a positive number (m_3/2 = c_grav F/(sqrt(3) Mbar_Pl)), got ") + got);
  }
  in.c_grav = o.c_grav;
  Settings settings;
  SMInputs sm;
  cli::physics_from_options(o.physics, settings, sm);
  try {
    cli::variant_from_options(o.variant, in, settings);
    in.validate();  // here, to name the option; compute() checks again
  } catch (const InputError& e) {
    const std::string opt = options_of(e.what(), seed002);
    throw InputError(opt.empty() ? std::string(e.what()) : opt + " " + e.what());
  }
  settings.validate();

  SpectrumCalculator calc(sm, settings);
  const PointResult r = calc.compute(in);
  if (o.slha) {
    std::cout << slha::write(in, r, calc.sm_inputs(), calc.settings());
    return 0;
  }
  if (!o.json) {
    print_human(in, r, calc.settings().method);
    return 0;
  }
  // Keys and their order are part of the interface (tests/data/golden/point); new keys go at the end.
  json::Json j;
  j["N"] = in.n.to_string();
  j["lambda"] = json::number(in.lambda_gev);
  j["mess"] = json::number(in.mess_gev);
  j["tanb"] = json::number(in.tanb);
  j["sign_mu"] = in.sign_mu;
  j["method"] = method_name(settings.method);
  j["mh"] = json::number(r.mh);
  j["mH"] = json::number(r.mH);
  j["mA"] = json::number(r.mA);
  j["mHpm"] = json::number(r.mHpm);
  j["mu"] = json::number(r.mu);
  j["B"] = json::number(r.B);
  j["mstau1_sq"] = json::number(r.mstau1_sq);
  j["mstau1"] = json::number(r.mstau1);
  j["mstau2"] = json::number(r.mstau2);
  j["mstop1"] = json::number(r.mstop1);
  j["mstop2"] = json::number(r.mstop2);
  j["msbottom1"] = json::number(r.msbottom1);
  j["msbottom2"] = json::number(r.msbottom2);
  j["mgluino"] = json::number(r.mgluino);
  j["M1"] = json::number(r.M1);
  j["M2"] = json::number(r.M2);
  j["M3"] = json::number(r.M3);
  j["msquark_uL"] = json::number(r.msquark_uL);
  j["msquark_dL"] = json::number(r.msquark_dL);
  j["mselectron_R"] = json::number(r.mselectron_R);
  j["mneutralino"] = json::numbers(vec(r.mneutralino.data(), 4));
  j["mchargino"] = json::numbers(vec(r.mchargino.data(), 2));
  j["At"] = json::number(r.at_msusy[kAt]);
  j["msusy"] = json::number(r.msusy);
  j["mt_higgs"] = json::number(r.mt_higgs);
  j["status"] = json::strings(status_names(r.status));
  j["warnings"] = json::strings(warning_names(r.warnings));  // added after the golden files
  // Added with the gravitino and NLSP (docs/physics.md §11); mneutralino and mchargino above have all four and both.
  j["msneutrino_tau"] = json::number(r.msneutrino_tau);
  j["c_grav"] = json::number(in.c_grav);
  j["m_gravitino"] = json::number(r.m_gravitino);
  j["nlsp_kind"] = nlsp_kind_name(r.nlsp_kind);
  j["nlsp_pdg"] = r.nlsp_pdg;
  j["m_nlsp"] = json::number(r.m_nlsp);
  j["nlsp_width"] = json::number(r.nlsp_width_gev);
  j["nlsp_ctau"] = json::number(r.nlsp_ctau_m);
  j["nlsp_decays"] = nlsp_decays_json(r);
  j["mh_uncertainty"] = json::number(r.mh_uncertainty);       // docs/physics.md §7.5 (null: not estimated)
  j["tanb_mz"] = json::number(r.tanb_mz);                     // docs/physics.md §4.5
  j["tanb_msusy"] = json::number(r.tanb_msusy);
  j["tanb_convention"] = tanb_convention_name(settings.method);
  std::cout << j.dump() << "\n";
  return 0;
}

}  // namespace

cli::Runner add_point(CLI::App& parent) {
  auto o = std::make_shared<PointOptions>();
  CLI::App* app = parent.add_subcommand("point", "one parameter point: spectrum, EWSB, Higgs mass, stau check");
  app->footer(kFooter);
  auto* n = app->add_option("--n", o->n, "messenger indices (N1 may be a fraction, e.g. 14/5)")->type_name("N1,N2,N3");
  auto* content = app->add_option("--content", o->content, "or the messenger content, e.g. 5+5bar, 2Q+L, D+4L")
                      ->type_name("TEXT");
  n->excludes(content);
  auto* lambda = cli::add_number(*app, "--lambda", o->lambda, "Lambda = F/S in GeV (e.g. 1e5)");
  auto* mess = cli::add_number(*app, "--mess", o->mess, "messenger scale M in GeV (e.g. 1e8)");
  cli::add_number(*app, "--tanb", o->tanb, "tan(beta) (> 1): DRbar at M_Z (modern, the default), at M_SUSY (--method kn99)", "T");
  app->add_option("--sign-mu", o->sign_mu, "sign of mu (default +1)")->type_name("+1|-1");
  cli::add_number(*app, "--c-grav", o->c_grav, "gravitino mass factor: m_3/2 = c_grav F/(sqrt(3) Mbar_Pl), F = Lambda M (default 1)",
                  "C");
  auto* json = app->add_flag("--json", o->json, "one JSON object on stdout");
  auto* slha = app->add_flag("--slha", o->slha, "a SUSY Les Houches Accord (SLHA1) file on stdout");
  json->excludes(slha);
  cli::add_physics_options(*app, o->physics);
  cli::add_variant_options(*app, o->variant);
  for (CLI::Option* opt : {n, content, lambda, mess}) o->variant.seed002_option->excludes(opt);
  return [o, app] { return run_point(*o, *app); };
}

}  // namespace gmsb::commands
