#include "cli/models_running.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>

#include "messengers/perturbativity.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "io/json_values.hpp"

namespace gmsb::commands {

const char* models_running_help() {
  return "\n"
         "  --criterion seed|running  seed (default): the rule above. running: every content\n"
         "                            (n_Q, n_U, n_D, n_L, n_E) whose gauge couplings, run at two loops with\n"
         "                            the messengers above --mess (spec 1.3), stay alpha_a <= --alpha-max\n"
         "                            (default 0.2) up to --gut (default 2e16 GeV); couplings from the kn99\n"
         "                            SM inputs with M_SUSY = --msusy (1000) and tan(beta) = --tanb (10).\n"
         "  --allow-zero-index        with running: also list contents with some N_a = 0\n";
}

int models_running(const cli::Args& args) {
  if (!args.has("mess")) throw cli::UsageError("--criterion running needs --mess GEV");
  const double mess = args.get_double("mess", 0);
  PerturbativityOptions po;
  po.alpha_max = args.get_double("alpha-max", po.alpha_max);
  po.gut_scale_gev = args.get_double("gut", po.gut_scale_gev);
  if (!(mess > 0) || !(mess < po.gut_scale_gev)) throw cli::UsageError("--mess must be between 0 and --gut");
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  const auto allowed = enumerate_running_allowed(calc, mess, args.get_double("msusy", 1000.0),
                                                 args.get_double("tanb", 10.0), po, args.flag("allow-zero-index"));
  // Group by triple, simplest realisation first.
  std::map<MessengerIndices, std::vector<RunningAllowedContent>> by_triple;
  for (const auto& a : allowed) by_triple[a.content.indices()].push_back(a);
  for (auto& kv : by_triple)
    std::stable_sort(kv.second.begin(), kv.second.end(), [](const auto& a, const auto& b) {
      return a.content.total_pairs() < b.content.total_pairs();
    });
  if (args.flag("json")) {
    json::Json all = json::Json::array();
    for (const auto& kv : by_triple) {
      std::vector<std::string> names;
      double max_alpha = 0;
      for (const auto& a : kv.second) {
        names.push_back(a.content.name());
        max_alpha = std::max(max_alpha, a.result.max_alpha);
      }
      json::Json o;
      o["N"] = kv.first.to_string();
      o["N1"] = json::number(kv.first.n1());
      o["N2"] = kv.first.n2;
      o["N3"] = kv.first.n3;
      o["name"] = kv.second.front().content.name();
      o["max_alpha"] = json::number(kv.second.front().result.max_alpha);
      o["contents"] = json::strings(names);
      all.push_back(std::move(o));
    }
    std::cout << all.dump() << "\n";
    return 0;
  }
  std::printf("criterion: running, M = %g GeV, alpha_a <= %g up to %g GeV (two-loop, spec 1.2/1.3)\n", mess,
              po.alpha_max, po.gut_scale_gev);
  std::printf("%-10s %5s %3s %3s  %-9s %s\n", "N", "N1", "N2", "N3", "max alpha", "contents (simplest first)");
  for (const auto& kv : by_triple) {
    std::string all;
    for (const auto& a : kv.second) all += (all.empty() ? "" : ", ") + a.content.name();
    std::printf("%-10s %5.1f %3d %3d  %9.4f %s\n", kv.first.to_string().c_str(), kv.first.n1(), kv.first.n2,
                kv.first.n3, kv.second.front().result.max_alpha, all.c_str());
  }
  std::printf("%zu messenger sectors (%zu contents)\n", by_triple.size(), allowed.size());
  return 0;
}

}  // namespace gmsb::commands
