// gmsb bench: points per second of the scan driver on one thread and on all threads.
#include <omp.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/cli_app.hpp"
#include "cli/commands.hpp"
#include "gmsb/error.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "cli/physics_options.hpp"
#include "config/scan_config.hpp"
#include "scan/scan_driver.hpp"
#include "io/scan_file.hpp"

namespace gmsb::commands {

namespace {

const char* kFooter =
    "\nMeasures grid points per second of the scan driver (no file output) on 1 thread and on\n"
    "N threads (default: all cores), over a representative grid: every 4th of the 32 sectors,\n"
    "M = 1e6 and 1e8 GeV, Lambda = 10..200 TeV in 5 TeV steps, tan(beta) = 2..58 in steps of 2\n"
    "(18,096 points), or over the grid of --config. The best of R repetitions (default 1) is shown.\n"
    "The physics options apply to the representative grid; a --config brings its own.";

struct BenchOptions {
  std::string config;
  int threads = 0, repeat = 1;
  cli::PhysicsOptions physics;
};

/// The representative grid, as a config text (so it is parsed like any scan).
std::string bench_config_text(const std::string& method) {
  std::string models;
  const auto all = enumerate_seed_models();
  for (std::size_t i = 0; i < all.size(); i += 4)
    models += std::string(models.empty() ? "" : ", ") + "\"" + all[i].indices.to_string() + "\"";
  return "description: gmsb bench grid\n"
         "models: [" + models + "]\n"
         "lambda: {from: 10000, to: 200000, step: 5000}\n"
         "tanb: {from: 2, to: 58, step: 2}\n"
         "mess: [1.0e6, 1.0e8]\n"
         "method: " + method + "\n";
}

double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + 1e-9 * double(ts.tv_nsec);
}

/// Best wall-clock rate (points/s) of `repeat` runs; *cpu_rate gets points per CPU-second of
/// that run and *utilisation the CPU time over (wall time x threads): below 1 means the
/// threads waited for cores (other load on the machine) or for each other.
double measure(const scan::ScanConfig& cfg, const SpectrumCalculator& calc, int threads, int repeat,
               double* cpu_rate, double* utilisation) {
  double best = 0;
  for (int r = 0; r < repeat; ++r) {
    scan::ScanStore store(scan::GridShape::of(cfg));
    scan::DriverOptions opt;
    opt.threads = threads;
    opt.show_progress = false;
    const double cpu0 = process_cpu_seconds();
    const scan::DriverResult res = scan::run_scan(cfg, calc, store, opt, {}, nullptr);
    const double cpu = process_cpu_seconds() - cpu0;
    const double rate = double(res.points_computed) / res.seconds;
    if (rate > best) {
      best = rate;
      *cpu_rate = double(res.points_computed) / cpu;
      *utilisation = cpu / (res.seconds * threads);
    }
  }
  return best;
}

int run_bench(const BenchOptions& o, const CLI::App& app) {
  const int threads = scan::resolve_threads(o.threads);  // --threads in 0..1024
  if (o.repeat < 1 || o.repeat > 100) throw InputError("--repeat must be in 1..100, got " + std::to_string(o.repeat));
  const int repeat = o.repeat;
  const bool have_config = cli::given(app, "--config");
  scan::ScanConfig cfg = have_config ? scan::load_scan_config(o.config)
                                     : scan::parse_scan_config(bench_config_text(o.physics.get("method", "modern")),
                                                               "<bench grid>");
  if (!have_config) cli::physics_from_options(o.physics, cfg.settings, cfg.sm);
  cfg.settings.validate();
  const SpectrumCalculator calc(cfg.sm, cfg.settings);

  std::printf("gmsb bench: method %s, %zu points (%zu models x %zu M x %zu Lambda x %zu tan(beta)), %d cores\n",
              method_name(cfg.settings.method), cfg.points(), cfg.models.size(), cfg.mess_gev.size(),
              cfg.lambda_gev.size(), cfg.tanb.size(), omp_get_num_procs());
  std::fflush(stdout);
  double cpu1 = 0, util1 = 0, cpun = 0, utiln = 0;
  const double one = measure(cfg, calc, 1, repeat, &cpu1, &util1);
  std::printf("  1 thread : %9.0f points/s   (%.0f points per CPU-second, CPU use %.0f%% of 1 core)\n", one, cpu1,
              100 * util1);
  std::fflush(stdout);
  if (threads > 1) {
    const double many = measure(cfg, calc, threads, repeat, &cpun, &utiln);
    std::printf("  %d threads: %9.0f points/s   (%.0f points per CPU-second, CPU use %.0f%% of %d cores)\n", threads,
                many, cpun, 100 * utiln, threads);
    std::printf("  speed-up %.2f, efficiency %.0f%% (wall clock)\n", many / one, 100.0 * many / (one * threads));
    if (utiln < 0.95 || util1 < 0.95)
      std::printf("  note: CPU use below 95%%: other processes share the cores; wall-clock figures understate\n");
  }
  return 0;
}

}  // namespace

cli::Runner add_bench(CLI::App& parent) {
  auto o = std::make_shared<BenchOptions>();
  CLI::App* app = parent.add_subcommand("bench", "points per second of the scan driver on 1 and all threads");
  app->footer(kFooter);
  app->add_option("--config", o->config, "measure over the grid of this scan config instead")->type_name("FILE");
  app->add_option("--threads", o->threads, "threads of the second measurement (default: all cores)")->type_name("N");
  app->add_option("--repeat", o->repeat, "repetitions; the best is shown (default 1)")->type_name("R");
  cli::add_physics_options(*app, o->physics);
  return [o, app] { return run_bench(*o, *app); };
}

}  // namespace gmsb::commands
