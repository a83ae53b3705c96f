// gmsb scan: sweep Lambda, tan(beta) and M over messenger sectors into one HDF5 file.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_app.hpp"
#include "cli/commands.hpp"
#include "gmsb/error.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "config/scan_config.hpp"
#include "scan/scan_driver.hpp"
#include "scan/mpi_driver.hpp"
#include "scan/mpi_runtime.hpp"
#include "io/scan_file.hpp"
#include "io/scan_file_reader.hpp"
#include "io/scan_shape_io.hpp"
#include "config/scan_shape_config.hpp"

namespace gmsb::commands {

namespace {

const char* kFooter =
    "\nusage: gmsb scan CONFIG.yaml [-o OUT.h5] [--threads N] [--force] [--quiet]\n"
    "       gmsb scan --resume -o OUT.h5 [CONFIG.yaml] [--threads N]\n"
    "\n"
    "Computes every point of the grid [model, M, Lambda, tan(beta)] of a YAML config into one\n"
    "HDF5 file (layout gmsb-scan/1, docs/hdf5-layout.md), flushed every few seconds.\n"
    "Ctrl-C (SIGINT) or SIGTERM stops cleanly (exit 130); --resume continues an interrupted scan\n"
    "(also one killed with SIGKILL), computing only the missing lines.\n"
    "\n"
    "config keys (docs/configs.md):\n";

struct ScanOptions {
  std::string config, output;
  int threads = 0;
  double flush_seconds = 2.0;
  long stop_after = 0;
  bool force = false, resume = false, quiet = false;
};

std::atomic<bool> g_stop{false};
bool g_mpi_job_sent = false;  ///< rank 0 has started the workers: an error must end every rank

extern "C" void on_stop_signal(int sig) {
  g_stop.store(true);
  std::signal(sig, SIG_DFL);  // a second signal ends the program at once
}

}  // namespace

namespace {

/// The points of a list or samples config must be the ones stored in the file being resumed
/// (a CSV file of points may have changed; the samples are redrawn from the seed).
void check_stored_points(const scan::ScanConfig& cfg, const std::string& out) {
  const scanfile::ScanFileReader r(out);
  const auto& p = r.info().points;
  bool same = p.model.size() == cfg.point_list.size();
  for (std::size_t i = 0; same && i < p.model.size(); ++i) {
    const scan::ListPoint& q = cfg.point_list[i];
    same = std::size_t(p.model[i]) == q.model && p.lambda_gev[i] == q.lambda_gev && p.mess_gev[i] == q.mess_gev &&
           p.tanb[i] == q.tanb && p.sign_mu[i] == q.sign_mu;
  }
  if (!same)
    throw InputError("the points of the config stored in " + out + " (" + cfg.path +
                     ", or its CSV file) differ from the file's /points; start again with --force");
}

/// "2 threads", or "3 MPI ranks (2 computing, 4 threads each)".
std::string workers_text(int threads) {
  if (scan::mpi::size() == 1) return std::to_string(threads) + " threads";
  return std::to_string(scan::mpi::size()) + " MPI ranks (" + std::to_string(scan::mpi::size() - 1) + " computing, " +
         std::to_string(threads) + " threads each)";
}

/// Ranks > 0 of an MPI scan: the config comes from rank 0; compute what it hands out.
int run_scan_worker(const ScanOptions& o) {
  const scan::MpiJob job = scan::receive_job();
  if (!job.run) return 0;  // rank 0 stopped before the scan (it reports why)
  scan::ScanConfig cfg = scan::parse_scan_config(job.config_text, job.config_path);
  if (cfg.shape == scan::ScanShape::kSamples) {
    cfg.samples.batches = job.sample_batches;
    scan::draw_config_samples(cfg);
  }
  const SpectrumCalculator calc(cfg.sm, cfg.settings);
  scan::DriverOptions opt;
  opt.threads = o.threads;
  opt.show_progress = false;
  std::signal(SIGINT, on_stop_signal);  // rank 0 decides when to stop; finish the tasks in flight
  std::signal(SIGTERM, on_stop_signal);
  scan::run_mpi_worker(cfg, calc, opt);
  return 0;
}

/// Rank 0 of an MPI scan tells the workers once whether and what to scan (if it leaves before
/// sending a job, e.g. on a config error, the workers are told there is none).
struct JobSender {
  bool sent = false;
  void send(const scan::ScanConfig& cfg) {
    if (sent || scan::mpi::size() == 1) return;
    scan::MpiJob job;
    job.run = true;
    job.config_text = cfg.text;
    job.config_path = cfg.path;
    job.sample_batches = cfg.samples.batches;
    scan::broadcast_job(job);
    sent = g_mpi_job_sent = true;
  }
  ~JobSender() {
    if (!sent && scan::mpi::size() > 1) scan::broadcast_job(scan::MpiJob{});
  }
};

int run_scan(const ScanOptions& o) {
  if (scan::mpi::rank() > 0) return run_scan_worker(o);
  JobSender job;
  const bool resume = o.resume;
  const int threads = o.threads;
  if (threads < 0) throw InputError("--threads must be >= 0 (0: all cores), got " + std::to_string(threads));
  const double flush_seconds = o.flush_seconds;
  if (!(flush_seconds >= 0)) throw InputError("--flush-seconds must be >= 0");
  const long stop_after = o.stop_after;
  const bool have_config = !o.config.empty();

  scan::ScanConfig cfg;
  std::string out = o.output;
  scan::ScanMeta meta;
  if (!resume) {
    if (!have_config) throw UsageError("give a config file");
    cfg = scan::load_scan_config(o.config);
    if (out.empty()) out = cfg.output;
    if (out.empty()) throw UsageError("no output file: give -o FILE or an `output:` key in the config");
  } else {
    if (out.empty() && have_config) out = scan::load_scan_config(o.config).output;
    if (out.empty()) throw UsageError("--resume needs the output file (-o FILE)");
    if (!std::filesystem::exists(out)) throw IoError("nothing to resume: " + out + " does not exist");
    const scan::ScanFileData head = scan::read_scan_file(out, false);
    cfg = scan::parse_scan_config(head.string_attrs.at("config_yaml"), head.string_attrs.at("config_path"));
    if (cfg.shape == scan::ScanShape::kSamples) {  // the Latin-hypercube batches of earlier extensions
      cfg.samples.batches = scanfile::parse_batches(head.string_attrs.count("sample_batches") ? head.string_attrs.at("sample_batches") : "");
      scan::draw_config_samples(cfg);
    }
    if (cfg.one_dimensional()) check_stored_points(cfg, out);
    if (have_config) {
      scan::ScanConfig given = scan::load_scan_config(o.config);
      if (given.text != cfg.text && scan::same_samples_but_more(cfg, given)) {
        given.samples.batches = cfg.samples.batches;  // keep the first samples, add a batch of new ones
        given.samples.batches.push_back(given.samples.count - cfg.samples.count);
        scan::draw_config_samples(given);
        cfg = given;
        scan::ScanFileWriter::reopen(out).grow_samples(cfg);
        std::fprintf(stderr, "gmsb scan: %s grows to %zu samples (%zu points)\n", out.c_str(), cfg.samples.count,
                     cfg.points());
      } else if (given.text != cfg.text) {
        throw InputError("the config " + o.config + " differs from the one stored in " + out +
                         " (only samples: count may grow); resume without a config, or start again with --force");
      }
    }
    if (head.int_attrs.count("complete") && head.int_attrs.at("complete") == 1 && cfg.points() == std::size_t(head.int_attrs.at("points_total"))) {
      std::printf("%s is already complete (%zu points); nothing to do\n", out.c_str(), cfg.points());
      return 0;
    }
    // Files of earlier versions lack /results/warnings: resuming would mix points with and
    // without warnings, so they are refused (docs/hdf5-layout.md).
    if (!head.has_warnings) throw IoError(scan::no_warnings_message(out));
    meta.start_time = head.string_attrs.count("start_time") ? head.string_attrs.at("start_time") : "";
  }

  // Everything that can fail on the inputs fails here, before any work or file change.
  cfg.settings.validate();
  const SpectrumCalculator calc(cfg.sm, cfg.settings);
  scan::ScanStore store(scan::GridShape::of(cfg), /*allocate=*/!resume);
  scan::ScanFileWriter writer = [&] {
    if (resume) {
      scan::load_store(scan::read_scan_file(out, true), store);
      return scan::ScanFileWriter::reopen(out);
    }
    meta.start_time = scan::iso_time_now();
    return scan::ScanFileWriter::create(out, cfg, meta, o.force);
  }();
  const std::size_t done_before = store.points_done();

  g_stop = false;
  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
  scan::DriverOptions opt;
  opt.threads = threads;
  opt.flush_seconds = flush_seconds;
  opt.show_progress = !o.quiet;
  std::size_t lines_flushed = 0;
  auto flush = [&](const std::vector<scan::BlockData>& blocks, std::size_t points_done) {
    writer.write_blocks(blocks, points_done);
    lines_flushed = points_done / store.shape.lambda;
    if (stop_after > 0 && lines_flushed >= std::size_t(stop_after)) g_stop = true;
  };
  if (stop_after > 0) opt.flush_seconds = 0;  // flush after each line so the stop is prompt
  job.send(cfg);
  const scan::DriverResult r = scan::mpi::size() > 1 ? scan::run_scan_mpi(cfg, store, opt, flush, &g_stop)
                                                     : scan::run_scan(cfg, calc, store, opt, flush, &g_stop);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);

  const std::size_t done = store.points_done();
  meta.complete = done == store.shape.points();
  meta.end_time = meta.complete ? scan::iso_time_now() : "";
  writer.finish(meta, done);
  writer.close();
  if (!meta.complete) {
    std::fprintf(stderr,
                 "gmsb scan: stopped: %zu of %zu points are in %s; continue with\n  gmsb scan --resume -o %s\n",
                 done, store.shape.points(), out.c_str(), out.c_str());
    return 130;
  }
  char what[160];
  if (cfg.one_dimensional())
    std::snprintf(what, sizeof what, "%s of %zu models", scan::shape_name(cfg.shape), cfg.models.size());
  else
    std::snprintf(what, sizeof what, "%zu models x %zu %s x %zu Lambda x %zu tan(beta)", store.shape.models,
                  store.shape.mess, cfg.mess_axis == scan::MessAxis::kGeV ? "M" : scan::mess_axis_name(cfg.mess_axis),
                  store.shape.lambda, store.shape.tanb);
  std::printf("wrote %s: %zu points (%s); computed %zu in %.1f s "
              "with %s (%.0f points/s; %.2f s of it writing the file)%s\n",
              out.c_str(), store.shape.points(), what, r.points_computed, r.seconds, workers_text(r.threads).c_str(),
              r.seconds > 0 ? double(r.points_computed) / r.seconds : 0.0, r.flush_seconds, done_before ? " (resumed)" : "");
  return 0;
}

}  // namespace

cli::Runner add_scan(CLI::App& parent) {
  auto o = std::make_shared<ScanOptions>();
  CLI::App* app = parent.add_subcommand("scan", "a grid of Lambda, tan(beta), M over messenger sectors into one HDF5 file");
  std::string footer = kFooter;
  for (const auto& kv : scan::config_keys_help()) {
    char line[64];
    std::snprintf(line, sizeof line, "  %-20s ", kv.first.c_str());
    footer += line + kv.second + "\n";
  }
  app->footer(footer);
  app->add_option("config", o->config, "the scan config (YAML; optional with --resume)")->type_name("CONFIG.yaml");
  app->add_option("-o,--output", o->output, "output file (default: the config's `output:` key)")->type_name("FILE");
  app->add_option("-j,--threads", o->threads, "threads (default: all cores)")->type_name("N");
  auto* force = app->add_flag("--force", o->force, "overwrite an existing output file");
  auto* resume = app->add_flag("--resume", o->resume, "continue the scan stored in the output file");
  resume->excludes(force);
  cli::add_number(*app, "--flush-seconds", o->flush_seconds,
                  "write finished lines to the file at least every S seconds (default 2)", "S");
  app->add_option("--stop-after-lines", o->stop_after, "stop cleanly after about K lines (for testing interruption)")
      ->type_name("K");
  app->add_flag("--quiet", o->quiet, "no progress bar");
  return [o] {
    try {
      return run_scan(*o);
    } catch (const std::exception& e) {
      if (!g_mpi_job_sent) throw;
      // The workers wait for rank 0: report here and end every rank (docs/cluster.md).
      const auto* ge = dynamic_cast<const gmsb::Error*>(&e);
      std::fprintf(stderr, "gmsb scan: error: %s\n", e.what());
      scan::mpi::abort(ge ? ge->exit_code() : 1);
    }
  };
}

}  // namespace gmsb::commands
