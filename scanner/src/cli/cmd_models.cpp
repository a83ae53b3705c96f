#include <cstdio>
#include <iostream>

#include "cli/cli_args.hpp"
#include "cli/commands.hpp"
#include "gmsb/messengers.hpp"
#include "io/json_values.hpp"
#include "cli/models_running.hpp"

namespace gmsb::commands {

int models(int argc, char** argv) {
  cli::Args args(argc, argv, 2, {"criterion", "mess", "alpha-max", "msusy", "tanb", "gut"},
                 {"json", "help", "allow-zero-index"});
  if (args.get("criterion", "seed") == "running") return models_running(args);
  if (args.get("criterion", "seed") != "seed")
    throw cli::UsageError("--criterion must be seed or running, got '" + args.get("criterion") + "'");
  if (args.flag("help")) {
    std::cout << "usage: gmsb models [--json]\n\n"
                 "Lists the messenger sectors allowed by the seed's rule (Kaeding & Nandi; Martin PRD 55 3177):\n"
                 "contents componentwise <= one of (1,0,2,1,2), (1,1,1,1,1), (1,2,0,1,0), (0,0,4,4,0)\n"
                 "in (n_Q, n_U, n_D, n_L, n_E), with all N_a != 0. Gives the 32 triples of the seed.\n"
              << models_running_help();
    return 0;
  }
  const auto list = enumerate_seed_models();
  if (args.flag("json")) {
    json::Json all = json::Json::array();
    for (size_t i = 0; i < list.size(); ++i) {
      std::vector<std::string> contents;
      for (const auto& c : list[i].realisations) contents.push_back(c.name());
      json::Json o;
      o["N"] = list[i].indices.to_string();
      o["N1"] = json::number(list[i].indices.n1());
      o["N2"] = list[i].indices.n2;
      o["N3"] = list[i].indices.n3;
      o["name"] = list[i].name();
      o["contents"] = json::strings(contents);
      all.push_back(std::move(o));
    }
    std::cout << all.dump() << "\n";
    return 0;
  }
  std::printf("%-10s %5s %3s %3s  %s\n", "N", "N1", "N2", "N3", "content (all realisations)");
  for (const auto& m : list) {
    std::string all;
    for (const auto& c : m.realisations) all += (all.empty() ? "" : ", ") + c.name();
    std::printf("%-10s %5.1f %3d %3d  %s\n", m.indices.to_string().c_str(), m.indices.n1(), m.indices.n2,
                m.indices.n3, all.c_str());
  }
  std::printf("%zu messenger sectors\n", list.size());
  return 0;
}

}  // namespace gmsb::commands
