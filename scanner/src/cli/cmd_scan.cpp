// gmsb scan: sweep Lambda, tan(beta) and M over messenger sectors into one HDF5 file.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <algorithm>
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
#include "config/scan_shape_config.hpp"
#include "io/hdf5_handles.hpp"
#include "io/output_lock.hpp"
#include "io/scan_file.hpp"
#include "io/scan_file_check.hpp"
#include "io/scan_file_reader.hpp"
#include "io/scan_shape_io.hpp"

namespace gmsb::commands {

namespace {

const char* kFooter =
    "\nusage: gmsb scan CONFIG.yaml [-o OUT.h5] [--threads N] [--force] [--quiet]\n"
    "       gmsb scan --resume [--repair] -o OUT.h5 [CONFIG.yaml] [--threads N]\n"
    "       gmsb scan --check CONFIG.yaml   (validate only)\n"
    "\n"
    "Computes every point of the grid [model, M, Lambda, tan(beta)] of a YAML config into one\n"
    "HDF5 file (layout gmsb-scan/1, docs/hdf5-layout.md), flushed every few seconds.\n"
    "Ctrl-C (SIGINT) or SIGTERM stops cleanly (exit 130); --resume continues an interrupted scan\n"
    "(also one killed with SIGKILL), computing only the missing lines.\n"
    "\n"
    "config keys (docs/configs.md):\n";

using ScanOptions = ScanRequest;

std::atomic<bool> g_stop{false};
bool g_mpi_job_sent = false;  ///< rank 0 has started the workers: an error must end every rank

extern "C" void on_stop_signal(int sig) {
  g_stop.store(true);
  std::signal(sig, SIG_DFL);  // a second signal ends the program at once
}

std::atomic<int> g_deferred_signal{0};

/// While the file is being closed (its closing attributes written), a signal waits for the end.
extern "C" void on_signal_while_closing(int sig) { g_deferred_signal.store(sig); }

}  // namespace

namespace {

/// Every grid point's inputs pass PointInput::validate() (Lambda < M, the variants on the grid,
/// ...), before any file is touched: a bad point would otherwise stop the scan midway. The
/// checks depend on (model, M, Lambda) and on tan(beta) separately, so each is tried once.
void check_grid_inputs(const scan::ScanConfig& cfg) {
  if (cfg.one_dimensional()) return;  // every point of a list or of the samples was checked as it was read
  if (cfg.mess_axis != scan::MessAxis::kGeV) {  // M tied to Lambda: the config reader checked every (M, Lambda)
    for (std::size_t m = 0; m < cfg.models.size(); ++m)
      for (double tanb : cfg.tanb) try {
          cfg.models[m].input(cfg.lambda_gev.front(), cfg.mess_at(0, cfg.lambda_gev.front()), tanb, cfg.sign_mu).validate();
        } catch (const InputError& e) {
          throw InputError("grid point model " + cfg.models[m].name + ", tan(beta) = " + std::to_string(tanb) + ": " +
                           e.what());
        }
    return;
  }
  auto where = [&](std::size_t m, double mess, double lambda, double tanb) {
    char b[160];
    std::snprintf(b, sizeof b, "grid point model %s, M = %g GeV, Lambda = %g GeV, tan(beta) = %g: ",
                  cfg.models[m].name.c_str(), mess, lambda, tanb);
    return std::string(b);
  };
  for (std::size_t m = 0; m < cfg.models.size(); ++m) {
    for (double mess : cfg.mess_gev)
      for (double lambda : cfg.lambda_gev) try {
          cfg.models[m].input(lambda, mess, cfg.tanb.front(), cfg.sign_mu).validate();
        } catch (const InputError& e) {
          throw InputError(where(m, mess, lambda, cfg.tanb.front()) + e.what());
        }
    for (double tanb : cfg.tanb) try {
        cfg.models[m].input(cfg.lambda_gev.front(), cfg.mess_gev.front(), tanb, cfg.sign_mu).validate();
      } catch (const InputError& e) {
        throw InputError(where(m, cfg.mess_gev.front(), cfg.lambda_gev.front(), tanb) + e.what());
      }
  }
}

/// Expected stored bytes per point of a new file: three quarters of the uncompressed size of
/// every /results dataset (8 bytes each; kn99-table1 stores 60% of it: docs/reliability.md).
double bytes_per_point_estimate() { return 0.75 * 8.0 * double(scan::dataset_names().size()); }

/// The file system of `out` has room for the expected file (the file it replaces counts as free).
void check_free_space(const std::string& out, const scan::ScanConfig& cfg, bool replacing) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(out).parent_path().empty() ? fs::path(".") : fs::path(out).parent_path();
  std::error_code ec;
  fs::path existing = dir;
  while (!fs::exists(existing, ec) && existing.has_parent_path() && existing != existing.parent_path())
    existing = existing.parent_path();
  const fs::space_info sp = fs::space(existing, ec);
  if (ec) return;  // unknown: the write itself will tell
  double avail = double(sp.available);
  if (replacing && fs::is_regular_file(out, ec)) avail += double(fs::file_size(out, ec));
  const double need = bytes_per_point_estimate() * double(cfg.points()) + 1e6;
  if (avail < need) {
    char b[256];
    std::snprintf(b, sizeof b, "not enough free space for %s: the scan of %zu points needs about %.3g MB, %.3g MB are free",
                  out.c_str(), cfg.points(), need / 1e6, avail / 1e6);
    throw IoError(b);
  }
}

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

/// `gmsb scan --check`: the checks of a scan (config, settings, SM inputs, every model on the
/// grid) without computing or touching any file.
int check_config(const scan::ScanConfig& cfg, const std::string& path) {
  cfg.settings.validate();
  check_grid_inputs(cfg);
  const SpectrumCalculator calc(cfg.sm, cfg.settings);  // validates the settings and the SM inputs
  if (cfg.one_dimensional())
    std::printf("%s: ok: %zu points (%s of %zu models), method %s\n", path.c_str(), cfg.points(),
                scan::shape_name(cfg.shape), cfg.models.size(), method_name(calc.settings().method));
  else
    std::printf("%s: ok: %zu points (%zu models x %zu %s x %zu Lambda x %zu tan(beta)), method %s\n", path.c_str(),
                cfg.points(), cfg.models.size(), cfg.mess_gev.size(),
                cfg.mess_axis == scan::MessAxis::kGeV ? "M" : scan::mess_axis_name(cfg.mess_axis), cfg.lambda_gev.size(),
                cfg.tanb.size(), method_name(calc.settings().method));
  return 0;
}

/// The scan; with `signals`, SIGINT and SIGTERM set `stop` from the file's creation to the end.
/// Under MPI, ranks > 0 compute what rank 0 hands out (docs/cluster.md).
int run_scan_impl(const ScanOptions& o, std::atomic<bool>& stop, ScanSummary* summary, bool signals) {
  if (scan::mpi::rank() > 0) return run_scan_worker(o);
  JobSender job;
  const bool resume = o.resume;
  const int threads = o.threads;
  scan::resolve_threads(threads);  // InputError for --threads outside 0..1024, before anything else
  const double flush_seconds = o.flush_seconds;
  if (!(flush_seconds >= 0)) throw InputError("--flush-seconds must be >= 0");
  if (o.repair && !resume) throw UsageError("--repair needs --resume");
  const long stop_after = o.stop_after;
  const bool have_config = !o.config.empty();

  scan::ScanConfig cfg;
  std::string out = o.output;
  // Stopped before the scan computes anything (gmsb.scan: Ctrl-C while the config is read and
  // checked or the file made): return at once and leave every file as it was; a file being
  // made is removed unpublished (~ScanFileWriter), so an earlier file at `out` stays.
  auto stopped_before_start = [&] {
    if (!stop.load()) return false;
    if (summary) *summary = {out, cfg.points(), 0, 0, 0, 0, false, resume};
    return true;
  };
  scan::ScanMeta meta;
  std::unique_ptr<scan::OutputLock> lock;  // taken before the output is read, created or changed
  bool marked_complete = false;            // resume: the file's attribute `complete`
  if (!resume) {
    if (!have_config && o.config_text.empty()) throw UsageError("give a config file");
    cfg = o.config_text.empty() ? scan::load_scan_config(o.config) : scan::parse_scan_config(o.config_text, o.config);
    if (o.check) return check_config(cfg, o.config);
    if (out.empty()) out = cfg.output;
    if (out.empty()) throw UsageError("no output file: give -o FILE or an `output:` key in the config");
  } else {
    if (out.empty() && have_config) out = scan::load_scan_config(o.config).output;
    if (out.empty()) throw UsageError("--resume needs the output file (-o FILE)");
    if (!std::filesystem::exists(out)) throw IoError("nothing to resume: " + out + " does not exist");
    lock = std::make_unique<scan::OutputLock>(out);
    const scan::ScanFileData head = scan::read_scan_file(out, false);
    cfg = scan::parse_scan_config(head.string_attrs.at("config_yaml"), head.string_attrs.at("config_path"));
    if (cfg.shape == scan::ScanShape::kSamples) {  // the Latin-hypercube batches of earlier extensions
      cfg.samples.batches =
          scanfile::parse_batches(head.string_attrs.count("sample_batches") ? head.string_attrs.at("sample_batches") : "");
      scan::draw_config_samples(cfg);
    }
    if (cfg.one_dimensional()) check_stored_points(cfg, out);
    if (have_config) {
      scan::ScanConfig given = scan::load_scan_config(o.config);
      if (given.text != cfg.text && scan::same_samples_but_more(cfg, given)) {
        if (!head.has_warnings) throw IoError(scan::no_warnings_message(out));
        given.samples.batches = cfg.samples.batches;  // keep the first samples, add a batch of new ones
        given.samples.batches.push_back(given.samples.count - cfg.samples.count);
        scan::draw_config_samples(given);
        cfg = given;
        scan::ScanMeta grown;
        grown.start_time = head.string_attrs.count("start_time") ? head.string_attrs.at("start_time") : "";
        check_free_space(out, cfg, true);
        if (stopped_before_start()) return 130;
        scanfile::grow_samples_file(out, cfg, grown);  // a new file with the done points, renamed over the old one
        std::fprintf(stderr, "gmsb scan: %s grows to %zu samples (%zu points)\n", out.c_str(), cfg.samples.count,
                     cfg.points());
      } else if (given.text != cfg.text) {
        throw InputError("the config " + o.config + " differs from the one stored in " + out +
                         " (only samples: count may grow); resume without a config, or start again with --force");
      }
    }
    // Files of earlier versions lack /results/warnings or the done-marks: resuming would mix
    // points of unknown warnings or unknown completeness in (docs/hdf5-layout.md).
    if (!head.has_warnings) throw IoError(scan::no_warnings_message(out));
    meta.start_time = head.string_attrs.count("start_time") ? head.string_attrs.at("start_time") : "";
    marked_complete = head.int_attrs.count("complete") && head.int_attrs.at("complete") == 1 &&
                      cfg.points() == std::size_t(head.int_attrs.at("points_total"));
  }

  // Everything that can fail on the inputs fails here, before any work or file change.
  cfg.settings.validate();
  check_grid_inputs(cfg);
  const SpectrumCalculator calc(cfg.sm, cfg.settings);
  scan::ScanStore store(scan::GridShape::of(cfg));
  std::optional<scan::ScanFileWriter> writer;
  if (stopped_before_start()) return 130;
  if (resume) {
    const scan::FileCheck check = scan::check_scan_file(out);
    if (!check.problems.empty() && !o.repair)
      throw IoError(check.problems.front() +
                    (check.problems.size() > 1 ? " (and " + std::to_string(check.problems.size() - 1) + " more blocks)" : "") +
                    "; `gmsb scan --resume --repair -o " + out + "` recomputes the lines of the damaged blocks");
    for (std::size_t line = 0; line < store.shape.lines(); ++line)
      if (check.done[line]) store.mark_done(line);
    if (store.points_done() == store.shape.points()) {  // checked: every line done and sound
      if (!marked_complete) {
        // Killed after the last line was marked done but before the file was marked complete.
        scan::ScanFileWriter w = scan::ScanFileWriter::reopen(out);
        meta.complete = true;
        meta.end_time = scan::iso_time_now();
        w.finish(meta);
        w.close();
      } else if (!scanfile::h5::opens_unmarked(out)) {
        // Killed while closing: complete, but its writer's mark is left; opening and closing clears it.
        scan::ScanFileWriter w = scan::ScanFileWriter::reopen(out);
        w.close();
      }
      if (o.report) std::printf("%s is already complete (%zu points); nothing to do\n", out.c_str(), cfg.points());
      if (summary) *summary = {out, cfg.points(), cfg.points(), 0, 0, 0, true, true};
      return 0;
    }
    if (!check.bad_lines.empty()) {
      std::fprintf(stderr, "gmsb scan: repairing %s: recomputing %zu lines of %zu damaged blocks\n", out.c_str(),
                   check.bad_lines.size(), check.problems.size());
      for (const std::string& p : check.problems) std::fprintf(stderr, "  %s\n", p.c_str());
    }
    if (stopped_before_start()) return 130;
    if (!check.bad_blocks.empty()) {
      // A damaged block may be a damaged chunk index, which can be neither read nor written: the
      // file is made again with the lines that passed, and the damaged blocks are computed anew.
      if (check.bad_lines.empty())
        std::fprintf(stderr,
                     "gmsb scan: %s: rebuilding it without %zu blocks that an interrupted write left unreadable "
                     "(they hold no done line: nothing is lost)\n",
                     out.c_str(), check.bad_blocks.size());
      writer.emplace(scan::rebuild_scan_file(out, cfg, meta, check));
    } else {
      writer.emplace(scan::ScanFileWriter::reopen(out));
      if (!writer->ordered())
        std::fprintf(stderr,
                     "gmsb scan: note: %s has the HDF5 1.8 format of an earlier gmsb, which cannot be written in SWMR "
                     "mode: a kill during one of its flushes can damage it (docs/reliability.md)\n",
                     out.c_str());
    }
  } else {
    lock = std::make_unique<scan::OutputLock>(out);
    if (std::filesystem::exists(out) && !o.force)
      throw IoError("output " + out + " exists; use --force to overwrite it or --resume to continue it");
    check_free_space(out, cfg, o.force);
    meta.start_time = scan::iso_time_now();
    writer.emplace(scan::ScanFileWriter::create(out, cfg, meta));
    if (stopped_before_start()) return 130;  // the new file is removed, `out` untouched
    writer->publish();  // only now is an earlier file at `out` replaced
  }
  const std::size_t done_before = store.points_done();

  struct SignalGuard {  // restores the default handlers when the scan returns or throws
    bool on;
    ~SignalGuard() {
      if (!on) return;
      std::signal(SIGINT, SIG_DFL);
      std::signal(SIGTERM, SIG_DFL);
    }
  } guard{signals};
  if (signals) {  // (the Python module checks Python's handlers instead; Python ignores SIGXFSZ itself)
    stop = false;
    std::signal(SIGINT, on_stop_signal);
    std::signal(SIGTERM, on_stop_signal);
    std::signal(SIGXFSZ, SIG_IGN);  // a file-size limit is a write error (EFBIG), not a kill
  }
  scan::DriverOptions opt;
  opt.threads = threads;
  opt.flush_seconds = flush_seconds;
  // Lines of blocks not yet complete: at most once a minute (each such write leaves an old copy
  // of the block's chunks in the file); --flush-seconds 0 (tests) writes every line at once.
  opt.partial_seconds = flush_seconds == 0 ? 0.0 : std::max(flush_seconds, 60.0);
  opt.show_progress = !o.quiet;
  auto flush = [&](const std::vector<scan::BlockData>& blocks, std::size_t) {
    writer->write_blocks(blocks);
    const std::size_t lines_flushed = writer->points_done() / store.shape.lambda;
    if (stop_after > 0 && lines_flushed >= std::size_t(stop_after)) stop = true;
  };
  if (stop_after > 0) opt.flush_seconds = opt.partial_seconds = 0;  // flush after each line so the stop is prompt
  scan::DriverResult r;
  job.send(cfg);
  try {
    r = scan::mpi::size() > 1 ? scan::run_scan_mpi(cfg, store, opt, flush, &stop)
                              : scan::run_scan(cfg, calc, store, opt, flush, &stop);
  } catch (const IoError& e) {
    throw IoError(std::string(e.what()) + "; the file keeps the " + std::to_string(writer->points_done()) +
                  " points written before; once the problem is fixed (free space), continue with `gmsb scan --resume -o " +
                  out + "`");
  }

  const std::size_t done = writer->points_done();
  meta.complete = done == store.shape.points();
  meta.end_time = meta.complete ? scan::iso_time_now() : "";
  if (signals) {  // a second Ctrl-C now would cut the few writes that close the file
    std::signal(SIGINT, on_signal_while_closing);
    std::signal(SIGTERM, on_signal_while_closing);
  }
  writer->finish(meta);
  writer->close();
  if (const int sig = g_deferred_signal.exchange(0)) {  // ends the program as it would have at once
    std::signal(sig, SIG_DFL);
    std::raise(sig);
  }
  if (summary)
    *summary = {out, store.shape.points(), done, r.points_computed, r.seconds, r.threads, meta.complete, done_before > 0};
  if (!o.report) return meta.complete ? 0 : 130;
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

int run_scan(const ScanOptions& o) { return run_scan_impl(o, g_stop, nullptr, /*signals=*/true); }

}  // namespace

int run_scan_request(const ScanRequest& request, std::atomic<bool>& stop, ScanSummary* summary) {
  return run_scan_impl(request, stop, summary, /*signals=*/false);
}

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
  app->add_flag("--repair", o->repair,
                "with --resume: recompute the lines whose chunks fail their checksum (or whose bookkeeping is "
                "inconsistent) instead of refusing the file");
  auto* check = app->add_flag("--check", o->check, "only check the config (and its grid) and exit; no file is touched");
  check->excludes(resume);
  cli::add_number(*app, "--flush-seconds", o->flush_seconds,
                  "write finished blocks to the file at least every S seconds (default 2; the finished lines of "
                  "blocks not yet complete every max(S, 60) s; 0: every line at once)", "S");
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
