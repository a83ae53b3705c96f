// gmsb scan: sweep Lambda, tan(beta) and M over messenger sectors into one HDF5 file.
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli_args.hpp"
#include "cli/commands.hpp"
#include "gmsb/error.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "config/scan_config.hpp"
#include "scan/scan_driver.hpp"
#include "io/scan_file.hpp"

namespace gmsb::commands {

namespace {

const char* kUsage =
    "usage: gmsb scan CONFIG.yaml [-o OUT.h5] [--threads N] [--force] [--quiet]\n"
    "       gmsb scan --resume -o OUT.h5 [CONFIG.yaml] [--threads N]\n"
    "\n"
    "Computes every point of the grid [model, M, Lambda, tan(beta)] of a YAML config into one\n"
    "HDF5 file (layout gmsb-scan/1, docs/hdf5-layout.md), flushed every few seconds.\n"
    "Ctrl-C (SIGINT) or SIGTERM stops cleanly; --resume continues an interrupted scan (also one\n"
    "killed with SIGKILL), computing only the missing lines.\n"
    "  -o, --output FILE   output file (default: the config's `output:` key)\n"
    "  -j, --threads N     threads (default: all cores)\n"
    "  --force             overwrite an existing output file\n"
    "  --resume            continue the scan stored in the output file\n"
    "  --flush-seconds S   write finished lines to the file at least every S seconds (default 2)\n"
    "  --stop-after-lines K  stop cleanly after about K lines (for testing interruption)\n"
    "  --quiet             no progress bar\n"
    "\n"
    "config keys (docs/configs.md):\n";

std::atomic<bool> g_stop{false};

extern "C" void on_stop_signal(int sig) {
  g_stop.store(true);
  std::signal(sig, SIG_DFL);  // a second signal ends the program at once
}

/// Accepts the short forms -o and -j.
std::vector<char*> expand_short_options(int argc, char** argv, std::vector<std::string>& storage) {
  storage.assign(argv, argv + argc);
  for (auto& a : storage) {
    if (a == "-o") a = "--output";
    if (a == "-j") a = "--threads";
  }
  std::vector<char*> out;
  for (auto& a : storage) out.push_back(a.data());
  return out;
}

}  // namespace

int scan(int argc, char** argv) {
  std::vector<std::string> storage;
  std::vector<char*> av = expand_short_options(argc, argv, storage);
  cli::Args args(argc, av.data(), 2, {"output", "threads", "flush-seconds", "stop-after-lines"},
                 {"force", "resume", "quiet", "help"});
  if (args.flag("help")) {
    std::cout << kUsage;
    for (const auto& kv : scan::config_keys_help()) std::printf("  %-20s %s\n", kv.first.c_str(), kv.second.c_str());
    return 0;
  }
  if (args.positional().size() > 1) throw cli::UsageError("give one config file");
  const bool resume = args.flag("resume");
  if (resume && args.flag("force")) throw cli::UsageError("--resume and --force contradict each other");
  const int threads = args.get_int("threads", 0);
  if (threads < 0) throw cli::UsageError("--threads must be >= 0 (0: all cores)");
  const double flush_seconds = args.get_double("flush-seconds", 2.0);
  if (!(flush_seconds >= 0)) throw cli::UsageError("--flush-seconds must be >= 0");
  const long stop_after = args.get_int("stop-after-lines", 0);

  scan::ScanConfig cfg;
  std::string out = args.get("output");
  scan::ScanMeta meta;
  if (!resume) {
    if (args.positional().empty()) throw cli::UsageError("give a config file (see gmsb scan --help)");
    cfg = scan::load_scan_config(args.positional()[0]);
    if (out.empty()) out = cfg.output;
    if (out.empty()) throw cli::UsageError("no output file: give -o FILE or an `output:` key in the config");
  } else {
    if (out.empty() && !args.positional().empty()) out = scan::load_scan_config(args.positional()[0]).output;
    if (out.empty()) throw cli::UsageError("--resume needs the output file (-o FILE)");
    if (!std::filesystem::exists(out)) throw std::runtime_error("nothing to resume: " + out + " does not exist");
    const scan::ScanFileData head = scan::read_scan_file(out, false);
    cfg = scan::parse_scan_config(head.string_attrs.at("config_yaml"), head.string_attrs.at("config_path"));
    if (!args.positional().empty()) {
      const scan::ScanConfig given = scan::load_scan_config(args.positional()[0]);
      if (given.text != cfg.text)
        throw std::runtime_error("the config " + args.positional()[0] + " differs from the one stored in " + out +
                                 "; resume without a config, or start again with --force");
    }
    if (head.int_attrs.count("complete") && head.int_attrs.at("complete") == 1) {
      std::printf("%s is already complete (%zu points); nothing to do\n", out.c_str(), cfg.points());
      return 0;
    }
    // Files of earlier versions lack /results/warnings: resuming would mix points with and
    // without warnings, so they are refused (docs/hdf5-layout.md).
    if (!head.has_warnings) throw IoError(scan::no_warnings_message(out));
    meta.start_time = head.string_attrs.count("start_time") ? head.string_attrs.at("start_time") : "";
  }

  // Everything that can fail on the inputs fails here, before any work or file change.
  const SpectrumCalculator calc(cfg.sm, cfg.settings);
  scan::ScanStore store(scan::GridShape::of(cfg), /*allocate=*/!resume);
  scan::ScanFileWriter writer = [&] {
    if (resume) {
      scan::load_store(scan::read_scan_file(out, true), store);
      return scan::ScanFileWriter::reopen(out);
    }
    meta.start_time = scan::iso_time_now();
    return scan::ScanFileWriter::create(out, cfg, meta, args.flag("force"));
  }();
  const std::size_t done_before = store.points_done();

  g_stop = false;
  std::signal(SIGINT, on_stop_signal);
  std::signal(SIGTERM, on_stop_signal);
  scan::DriverOptions opt;
  opt.threads = threads;
  opt.flush_seconds = flush_seconds;
  opt.show_progress = !args.flag("quiet");
  std::size_t lines_flushed = 0;
  auto flush = [&](const std::vector<scan::BlockData>& blocks, std::size_t points_done) {
    writer.write_blocks(blocks, points_done);
    lines_flushed = points_done / store.shape.lambda;
    if (stop_after > 0 && lines_flushed >= std::size_t(stop_after)) g_stop = true;
  };
  if (stop_after > 0) opt.flush_seconds = 0;  // flush after each line so the stop is prompt
  const scan::DriverResult r = scan::run_scan(cfg, calc, store, opt, flush, &g_stop);
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
  std::printf("wrote %s: %zu points (%zu models x %zu M x %zu Lambda x %zu tan(beta)); computed %zu in %.1f s "
              "with %d threads (%.0f points/s; %.2f s of it writing the file)%s\n",
              out.c_str(), store.shape.points(), store.shape.models, store.shape.mess, store.shape.lambda,
              store.shape.tanb, r.points_computed, r.seconds, r.threads,
              r.seconds > 0 ? double(r.points_computed) / r.seconds : 0.0, r.flush_seconds, done_before ? " (resumed)" : "");
  return 0;
}

}  // namespace gmsb::commands
