#include <cmath>
#include <cstdio>
#include <iostream>

#include "cli/cli_args.hpp"
#include "cli/commands.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "io/json_values.hpp"
#include "cli/physics_options.hpp"
#include "io/slha_writer.hpp"
#include "cli/variant_options.hpp"

namespace gmsb::commands {

namespace {

const char* kUsage =
    "usage: gmsb point --n N1,N2,N3 --lambda GEV --mess GEV --tanb T [options]\n"
    "\n"
    "Computes one GMSB point: spectrum at M_SUSY, EWSB, Higgs masses and the stau check.\n"
    "  --n N1,N2,N3        messenger indices (N1 may be a fraction, e.g. 14/5)\n"
    "  --content TEXT      or the messenger content, e.g. 5+5bar, 2Q+L, D+4L\n"
    "  --lambda GEV        Lambda = F/S in GeV (e.g. 1e5)\n"
    "  --mess GEV          messenger scale M in GeV (e.g. 1e8)\n"
    "  --tanb T            tan(beta) at M_SUSY (> 1)\n"
    "  --sign-mu +1|-1     sign of mu (default +1)\n"
    "  --json              one JSON object on stdout (\"status\" and \"warnings\": lists of bit names)\n"
    "  --slha              a SUSY Les Houches Accord (SLHA1) file on stdout\n";

std::vector<double> vec(const double* p, size_t n) { return std::vector<double>(p, p + n); }

void print_human(const PointInput& in, const PointResult& r) {
  std::printf("GMSB point: N = (%s), Lambda = %g GeV, M = %g GeV, tan(beta) = %g, sign(mu) = %+d\n",
              in.n.to_string().c_str(), in.lambda_gev, in.mess_gev, in.tanb, in.sign_mu);
  auto st = status_names(r.status);
  std::string s;
  for (auto& x : st) s += (s.empty() ? "" : ", ") + x;
  std::printf("status: %s\n", s.empty() ? "ok" : s.c_str());
  std::string w;
  for (auto& x : warning_names(r.warnings)) w += (w.empty() ? "" : ", ") + x;
  std::printf("warnings: %s\n", w.empty() ? "none" : w.c_str());
  std::printf("M_SUSY = sqrt(m_t1 m_t2) = %.1f GeV (%d iterations)\n\n", r.msusy, r.iterations);
  std::printf("Higgs      m_h = %8.2f   m_H = %8.1f   m_A = %8.1f   m_H+ = %8.1f GeV\n", r.mh, r.mH, r.mA, r.mHpm);
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
  std::printf("sleptons   eL %7.1f  eR %7.1f  sneutrino %7.1f GeV\n", r.mselectron_L, r.mselectron_R, r.msneutrino);
  const auto& y = r.at_msusy;
  std::printf("at M_SUSY  A_t = %.1f  A_b = %.1f  A_tau = %.1f GeV;  m_Hu^2 = %.4g  m_Hd^2 = %.4g GeV^2\n", y[kAt],
              y[kAb], y[kAtau], y[kMHu2], y[kMHd2]);
}

}  // namespace

int point(int argc, char** argv) {
  auto valued = cli::physics_option_names();
  valued.insert({"n", "content", "lambda", "mess", "tanb", "sign-mu"});
  valued.insert(cli::variant_option_names().begin(), cli::variant_option_names().end());
  std::set<std::string> flags{"json", "slha", "help"};
  flags.insert(cli::variant_flag_names().begin(), cli::variant_flag_names().end());
  cli::Args args(argc, argv, 2, valued, flags);
  if (args.flag("help")) {
    std::cout << kUsage << cli::physics_options_help() << cli::variant_options_help();
    return 0;
  }
  PointInput in;
  const bool seed002 = cli::seed002_requested(args);
  try {
    if (seed002 && (args.has("n") || args.has("content") || args.has("lambda") || args.has("mess")))
      throw cli::UsageError("--seed002 sets N, Lambda and M itself: drop --n/--content/--lambda/--mess");
    if (!seed002 && args.has("n") == args.has("content")) throw cli::UsageError("give exactly one of --n or --content");
    if (args.has("n")) in.n = parse_indices(args.get("n"));
    if (args.has("content")) {
      in.variant.primary_content = parse_content(args.get("content"));
      in.n = in.variant.primary_content->indices();
    }
  } catch (const std::invalid_argument& e) {
    throw cli::UsageError(e.what());
  }
  for (const char* req : {"lambda", "mess", "tanb"})
    if (!args.has(req) && !(seed002 && std::string(req) != "tanb")) throw cli::UsageError(std::string("missing --") + req);
  in.lambda_gev = args.get_double("lambda", 0);
  in.mess_gev = args.get_double("mess", 0);
  in.tanb = args.get_double("tanb", 0);
  in.sign_mu = args.get_int("sign-mu", 1);
  Settings settings;
  SMInputs sm;
  cli::physics_from_args(args, settings, sm);
  cli::variant_from_args(args, in, settings);

  SpectrumCalculator calc(sm, settings);
  const PointResult r = calc.compute(in);
  if (args.flag("slha")) {
    std::cout << slha::write(in, r, calc.sm_inputs(), calc.settings());
    return 0;
  }
  if (!args.flag("json")) {
    print_human(in, r);
    return 0;
  }
  // Keys and their order are part of the interface (tests/data/golden/point); new keys go at the end.
  json::Json o;
  o["N"] = in.n.to_string();
  o["lambda"] = json::number(in.lambda_gev);
  o["mess"] = json::number(in.mess_gev);
  o["tanb"] = json::number(in.tanb);
  o["sign_mu"] = in.sign_mu;
  o["method"] = method_name(settings.method);
  o["mh"] = json::number(r.mh);
  o["mH"] = json::number(r.mH);
  o["mA"] = json::number(r.mA);
  o["mHpm"] = json::number(r.mHpm);
  o["mu"] = json::number(r.mu);
  o["B"] = json::number(r.B);
  o["mstau1_sq"] = json::number(r.mstau1_sq);
  o["mstau1"] = json::number(r.mstau1);
  o["mstau2"] = json::number(r.mstau2);
  o["mstop1"] = json::number(r.mstop1);
  o["mstop2"] = json::number(r.mstop2);
  o["msbottom1"] = json::number(r.msbottom1);
  o["msbottom2"] = json::number(r.msbottom2);
  o["mgluino"] = json::number(r.mgluino);
  o["M1"] = json::number(r.M1);
  o["M2"] = json::number(r.M2);
  o["M3"] = json::number(r.M3);
  o["msquark_uL"] = json::number(r.msquark_uL);
  o["msquark_dL"] = json::number(r.msquark_dL);
  o["mselectron_R"] = json::number(r.mselectron_R);
  o["mneutralino"] = json::numbers(vec(r.mneutralino.data(), 4));
  o["mchargino"] = json::numbers(vec(r.mchargino.data(), 2));
  o["At"] = json::number(r.at_msusy[kAt]);
  o["msusy"] = json::number(r.msusy);
  o["mt_higgs"] = json::number(r.mt_higgs);
  o["status"] = json::strings(status_names(r.status));
  o["warnings"] = json::strings(warning_names(r.warnings));  // added after the golden files: the last key
  std::cout << o.dump() << "\n";
  return 0;
}

}  // namespace gmsb::commands
