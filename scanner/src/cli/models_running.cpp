#include "cli/models_running.hpp"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <map>

#include "gmsb/error.hpp"
#include "gmsb/sector_perturbativity.hpp"
#include "io/json_values.hpp"

namespace gmsb::commands {

int models_running(const ModelsRunningOptions& o) {
  const double mess = o.mess;
  PerturbativityOptions po;
  po.alpha_max = o.alpha_max;
  po.gut_scale_gev = o.gut;
  if (!(po.alpha_max > 0 && po.alpha_max <= 1)) throw InputError("--alpha-max must be in (0, 1]");
  if (!(po.gut_scale_gev > 1e3 && po.gut_scale_gev <= 1e19)) throw InputError("--gut must be in (1e3, 1e19] GeV");
  if (!(mess > 0) || !(mess < po.gut_scale_gev)) throw InputError("--mess must be between 0 and --gut");
  if (!(o.msusy >= 100 && o.msusy < mess)) throw InputError("--msusy must be at least 100 GeV and below --mess");
  if (!(o.tanb > 1 && o.tanb <= 100)) throw InputError("--tanb must be in (1, 100]");
  const auto allowed = enumerate_running_allowed(SMInputs::kn99(), Settings::kn99(), mess, o.msusy, o.tanb, po, o.allow_zero_index);
  // Group by triple, simplest realisation first.
  std::map<MessengerIndices, std::vector<RunningAllowedContent>> by_triple;
  for (const auto& a : allowed) by_triple[a.content.indices()].push_back(a);
  for (auto& kv : by_triple)
    std::stable_sort(kv.second.begin(), kv.second.end(), [](const auto& a, const auto& b) {
      return a.content.total_pairs() < b.content.total_pairs();
    });
  if (o.json) {
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
  std::printf("criterion: running, M = %g GeV, alpha_a <= %g up to %g GeV (two-loop, docs/physics.md §1.2/1.3)\n", mess,
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
