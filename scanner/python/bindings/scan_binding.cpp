// gmsb.scan(): a scan run as `gmsb scan` runs it, with the GIL released; Ctrl-C (a pending
// KeyboardInterrupt) sets the scan's stop flag, so the file is left resumable before it is raised.
#include <pybind11/pybind11.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

#include "analysis/seed_results.hpp"
#include "bindings.hpp"
#include "cli/commands.hpp"
#include "gmsb/nlsp.hpp"

namespace py = pybind11;

namespace gmsb::python {

namespace {

/// Runs the scan in a worker thread; this (the calling) thread waits without the GIL and takes
/// it every 50 ms to run the Python signal handlers (PyErr_CheckSignals): a handler that raises
/// (KeyboardInterrupt on SIGINT) sets the stop flag and is re-raised once the scan has returned.
py::dict run_scan(const commands::ScanRequest& request) {
  std::atomic<bool> stop{false};
  commands::ScanSummary summary;
  int rc = 0;
  std::exception_ptr failure;
  bool done = false, interrupted = false;
  std::mutex mu;
  std::condition_variable cv;
  {
    py::gil_scoped_release nogil;
    std::thread worker([&] {
      try {
        rc = commands::run_scan_request(request, stop, &summary);
      } catch (...) {
        failure = std::current_exception();
      }
      std::lock_guard<std::mutex> lock(mu);
      done = true;
      cv.notify_all();
    });
    std::unique_lock<std::mutex> lock(mu);
    while (!cv.wait_for(lock, std::chrono::milliseconds(50), [&] { return done; })) {
      if (interrupted) continue;
      lock.unlock();
      {
        py::gil_scoped_acquire gil;
        if (PyErr_CheckSignals() != 0) {  // the exception stays set on this thread until re-raised
          interrupted = true;
          stop = true;
        }
      }
      lock.lock();
    }
    lock.unlock();
    worker.join();
  }
  if (interrupted) {
    if (failure) PyErr_Clear();  // the scan's own error wins
    else throw py::error_already_set();
  }
  if (failure) std::rethrow_exception(failure);
  py::dict d;
  d["output"] = summary.output;
  d["complete"] = summary.complete;
  d["resumed"] = summary.resumed;
  d["points_total"] = summary.points_total;
  d["points_done"] = summary.points_done;
  d["points_computed"] = summary.points_computed;
  d["seconds"] = summary.seconds;
  d["threads"] = summary.threads;
  d["exit_code"] = rc;
  return d;
}

}  // namespace

void add_scan(py::module_& m) {
  m.def("_scan",
        [](const std::string& config, const std::string& config_text, const std::string& output, int threads,
           bool force, bool resume, bool repair, bool progress, double flush_seconds, long stop_after_lines) {
          commands::ScanRequest r;
          r.config = config;
          r.config_text = config_text;
          r.output = output;
          r.threads = threads;
          r.force = force;
          r.resume = resume;
          r.repair = repair;
          r.quiet = !progress;
          r.flush_seconds = flush_seconds;
          r.stop_after = stop_after_lines;
          r.report = false;
          return run_scan(r);
        },
        py::arg("config"), py::arg("config_text"), py::arg("output"), py::arg("threads"), py::arg("force"),
        py::arg("resume"), py::arg("repair"), py::arg("progress"), py::arg("flush_seconds"), py::arg("stop_after_lines"),
        "Runs `gmsb scan` (use gmsb.scan).");
  m.def("_seed_table1", [] {
    py::list rows;
    for (const auto& r : seed::kTable1) {
      py::dict d;
      d["N1_fifths"] = r.n1_fifths;
      d["N2"] = r.n2;
      d["N3"] = r.n3;
      d["mh_max"] = r.mh_max_gev;
      d["asterisk"] = r.asterisk;
      rows.append(d);
    }
    return rows;
  }, "The seed's Table 1 (Kaeding & Nandi; docs/physics.md §1.4): N1 in fifths, N2, N3, M_h,max (GeV), asterisk.");
  m.def("_nlsp_kind_names", [] {
    py::dict names;  // the stored codes of PointResult::nlsp_kind (gmsb/nlsp.hpp), up to the first unknown one
    for (int code = 0; std::string(nlsp_kind_name(code)) != "unknown"; ++code) names[py::int_(code)] = nlsp_kind_name(code);
    return names;
  }, "{code: name} of the NLSP kinds (gmsb::NlspKind): 0 undetermined, 1 bino, ...");
  m.def("_models_json", [] { return commands::seed_models_json().dump(); }, "`gmsb models --json` (use gmsb.models).");
}

}  // namespace gmsb::python
