#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include "cli/cli_app.hpp"
#include "cli/commands.hpp"
#include "gmsb/error.hpp"
#include "gmsb/messengers.hpp"
#include "io/json_values.hpp"
#include "cli/models_running.hpp"

namespace gmsb::commands {

json::Json seed_models_json() {
  const auto list = enumerate_seed_models();
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
  return all;
}

namespace {

struct ModelsOptions {
  std::string criterion = "seed";
  ModelsRunningOptions running;
};

int run_models(const ModelsOptions& o, const CLI::App& app) {
  if (o.criterion == "running") {
    if (!cli::given(app, "--mess")) throw UsageError("--criterion running needs --mess GEV");
    return models_running(o.running);  // the library's checks throw gmsb::InputError
  }
  if (o.criterion != "seed") throw InputError("--criterion must be seed or running, got '" + o.criterion + "'");
  const auto list = enumerate_seed_models();
  if (o.running.json) {
    const json::Json all = seed_models_json();
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

}  // namespace

cli::Runner add_models(CLI::App& parent) {
  auto o = std::make_shared<ModelsOptions>();
  CLI::App* app = parent.add_subcommand("models", "the allowed messenger sectors (N1, N2, N3) with their content");
  app->footer(
      "\nLists the messenger sectors allowed by the seed's rule (Kaeding & Nandi; Martin PRD 55 3177):\n"
      "contents componentwise <= one of (1,0,2,1,2), (1,1,1,1,1), (1,2,0,1,0), (0,0,4,4,0)\n"
      "in (n_Q, n_U, n_D, n_L, n_E), with all N_a != 0. Gives the 32 triples of the seed.\n"
      "With --criterion running: every content (n_Q, n_U, n_D, n_L, n_E) whose gauge couplings, run at\n"
      "two loops with the messengers above --mess (docs/physics.md §1.3), stay alpha_a <= --alpha-max up to --gut;\n"
      "couplings from the kn99 SM inputs with M_SUSY = --msusy and tan(beta) = --tanb.");
  app->add_flag("--json", o->running.json, "machine-readable output");
  app->add_option("--criterion", o->criterion, "seed (default): the rule below; running: the running perturbativity check")
      ->type_name("seed|running");
  cli::add_number(*app, "--mess", o->running.mess, "with running: the messenger scale M (required)");
  cli::add_number(*app, "--alpha-max", o->running.alpha_max, "with running: largest alpha_a allowed (default 0.2)",
                  "ALPHA");
  cli::add_number(*app, "--gut", o->running.gut, "with running: scale up to which alpha_a is checked (default 2e16)");
  cli::add_number(*app, "--msusy", o->running.msusy, "with running: M_SUSY of the couplings (default 1000)");
  cli::add_number(*app, "--tanb", o->running.tanb, "with running: tan(beta) of the couplings (default 10)", "T");
  app->add_flag("--allow-zero-index", o->running.allow_zero_index, "with running: also list contents with some N_a = 0");
  return [o, app] { return run_models(*o, *app); };
}

}  // namespace gmsb::commands
