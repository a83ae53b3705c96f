// Fault tests of the scan file (docs/reliability.md): --force keeps the old file when the new
// scan fails its checks, a second scan on the same output is refused while the first completes,
// a full disk (RLIMIT_FSIZE) leaves a readable file that resumes bit-identically, SIGKILL at
// random instants and double Ctrl-C leave only right done lines, a corrupted chunk is detected
// (naming the dataset) and --resume --repair recomputes exactly its lines; the streaming store
// keeps only the blocks in flight. Small grids: the whole group runs in seconds.
#include <gtest/gtest.h>
#include <hdf5.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "gmsb/error.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "gmsb/status.hpp"
#include "config/scan_config.hpp"
#include "io/hdf5_handles.hpp"
#include "io/output_lock.hpp"
#include "io/scan_file.hpp"
#include "io/scan_file_check.hpp"
#include "io/scan_file_reader.hpp"
#include "scan/scan_driver.hpp"
#include "dense_results.hpp"
#include "run_gmsb.hpp"
#include "test_helpers.hpp"

using namespace gmsb;
using namespace gmsb::scan;
namespace fs = std::filesystem;
using gmsb::testing::run_gmsb;

namespace {

fs::path dir() { return gmsb::testing::scratch_dir("scan_faults"); }

// 2 models x 2 M x 11 Lambda x 40 tan(beta) = 1760 points, 160 lines in blocks of 16, 16 and 8
// tan(beta): complete and partial blocks, stau-excluded and no-EWSB points.
const std::string kGrid =
    "models: [[1, 1, 1], [\"14/5\", 4, 1]]\n"
    "lambda: {from: 20000, to: 120000, step: 10000}\n"
    "tanb: {from: 2, to: 60, count: 40}\n"
    "mess: [1.0e6, 1.0e8]\n";

fs::path config(const std::string& name, const std::string& text = kGrid) {
  return gmsb::testing::write_file(dir(), name, text);
}

/// The uninterrupted scan of kGrid (made once).
const fs::path& reference() {
  static const fs::path ref = [] {
    const fs::path out = dir() / "reference.h5";
    const auto r = run_gmsb("scan " + config("ref.yaml").string() + " -o " + out.string() + " --force --quiet");
    EXPECT_EQ(r.status, 0) << r.out;
    return out;
  }();
  return ref;
}

template <class T>
bool same_bits(const T& a, const T& b) {
  return std::memcmp(&a, &b, sizeof(T)) == 0;
}

/// Every point the file holds as computed equals the reference bit for bit (values, status,
/// warnings), and lines are all computed or all not computed. Returns the points computed.
std::size_t expect_done_points_right(const fs::path& file, const std::string& what) {
  const ScanFileData ref = read_scan_file(reference());
  const ScanFileData d = read_scan_file(file);
  std::size_t done = 0;
  for (std::size_t i = 0; i < d.status.size(); ++i) {
    if (has(d.status[i], StatusBit::kNotComputed)) continue;
    ++done;
    EXPECT_EQ(d.status[i], ref.status[i]) << what << " point " << i;
    EXPECT_EQ(d.warnings[i], ref.warnings[i]) << what << " point " << i;
    for (const auto& q : scan_quantities())
      EXPECT_TRUE(same_bits(d.quantity(q.name)[i], ref.quantity(q.name)[i])) << what << " " << q.name << " point " << i;
  }
  const GridShape& s = d.shape;
  for (std::size_t m = 0; m < s.models; ++m)
    for (std::size_t k = 0; k < s.mess; ++k)
      for (std::size_t t = 0; t < s.tanb; ++t) {
        std::size_t n = 0;
        for (std::size_t l = 0; l < s.lambda; ++l) n += has(d.status[s.index(m, k, l, t)], StatusBit::kNotComputed);
        EXPECT_TRUE(n == 0 || n == s.lambda) << what << ": a line half computed";
      }
  return done;
}

void expect_identical_to_reference(const fs::path& file, const std::string& what) {
  EXPECT_EQ(expect_done_points_right(file, what), read_scan_file(reference()).status.size()) << what;
  EXPECT_EQ(read_scan_file(file).int_attrs.at("complete"), 1) << what;
}

/// Starts `gmsb ARGS` (output discarded), optionally under a file-size limit (SIGXFSZ ignored)
/// and with more environment variables ("NAME=value").
pid_t spawn(const std::vector<std::string>& args, rlim_t fsize = RLIM_INFINITY, std::vector<std::string> env = {}) {
  std::vector<std::string> all{GMSB_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (char** e = environ; *e; ++e) envp.push_back(*e);
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {  // only async-signal-safe calls until exec
    if (fsize != RLIM_INFINITY) {
      const rlimit r{fsize, fsize};
      setrlimit(RLIMIT_FSIZE, &r);
      signal(SIGXFSZ, SIG_IGN);
    }
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, 1);
    dup2(null, 2);
    execve(argv[0], argv.data(), envp.data());
    _exit(127);
  }
  return pid;
}

/// Exit code of the process, or -signal.
int wait_for(pid_t pid) {
  int st = 0;
  waitpid(pid, &st, 0);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
}

std::vector<std::string> scan_args(const fs::path& cfg, const fs::path& out, bool resume) {
  if (resume) return {"scan", "--resume", "-o", out.string(), "--quiet", "--flush-seconds", "0", "--threads", "2"};
  return {"scan", cfg.string(), "-o", out.string(), "--force", "--quiet", "--flush-seconds", "0", "--threads", "2"};
}

/// Seconds an uninterrupted scan of kGrid takes with --flush-seconds 0.
double full_scan_seconds(const fs::path& cfg) {
  const fs::path out = dir() / "timing.h5";
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(wait_for(spawn(scan_args(cfg, out, false))), 0);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

bool no_temporaries_next_to(const fs::path& out) {
  for (const auto& e : fs::directory_iterator(out.parent_path()))
    if (e.path().filename().string().rfind("." + out.filename().string() + ".tmp-", 0) == 0) return false;
  return true;
}

/// The file offset and size of the stored chunk of /results/<q> at [model, mess, 0, t0].
std::pair<haddr_t, hsize_t> chunk_location(const fs::path& file, const std::string& q, hsize_t model, hsize_t mess,
                                           hsize_t t0) {
  const hid_t f = H5Fopen(file.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  const hid_t d = H5Dopen2(f, ("/results/" + q).c_str(), H5P_DEFAULT);
  const hsize_t offset[4] = {model, mess, 0, t0};
  unsigned mask = 0;
  haddr_t addr = 0;
  hsize_t size = 0;
  EXPECT_GE(H5Dget_chunk_info_by_coord(d, offset, &mask, &addr, &size), 0);
  H5Dclose(d);
  H5Fclose(f);
  return {addr, size};
}

void flip_bytes(const fs::path& file, haddr_t at, int n) {
  std::fstream io(file, std::ios::in | std::ios::out | std::ios::binary);
  for (int i = 0; i < n; ++i) {
    io.seekg(static_cast<std::streamoff>(at + i));
    const char c = static_cast<char>(io.get());
    io.seekp(static_cast<std::streamoff>(at + i));
    io.put(static_cast<char>(c ^ 0x5a));
  }
}

}  // namespace

TEST(ScanFaults, ForceWithAFailingConfigKeepsTheOldFile) {
  const fs::path out = dir() / "precious.h5";
  fs::copy_file(reference(), out, fs::copy_options::overwrite_existing);
  const auto before = fs::file_size(out);
  // Fails in the config reader, in a grid point's inputs (Lambda above M), and in the settings.
  for (const std::string& bad : {kGrid + "tanb_max: 3\n",
                                 std::string("models: [[1, 1, 1]]\nlambda: [5.0e5, 2.0e6]\ntanb: [10]\nmess: [1.0e6]\n"),
                                 kGrid + "settings: {eps6: 2}\n"}) {
    const auto r = run_gmsb("scan " + config("bad.yaml", bad).string() + " -o " + out.string() + " --force --quiet");
    EXPECT_NE(r.status, 0) << r.out;
    EXPECT_NE(r.status, 1) << r.out;  // a typed error, not an internal one
    EXPECT_EQ(fs::file_size(out), before) << r.out;
    expect_identical_to_reference(out, "after a failed --force");
    EXPECT_TRUE(no_temporaries_next_to(out));
    EXPECT_FALSE(fs::exists(OutputLock::lock_path(out.string())));
  }
}

// A scan whose expected file is larger than the free space is refused before any file is
// touched: the old output stays byte for byte, no temporary or lock file is left.
TEST(ScanFaults, NotEnoughFreeSpaceIsRefusedBeforeAnyFileIsTouched) {
  const fs::path out = dir() / "precious_space.h5";
  fs::copy_file(reference(), out, fs::copy_options::overwrite_existing);
  const double free_bytes = double(fs::space(dir()).available);
  // Twice the free space at the estimate of 210 bytes per point (docs/reliability.md), within
  // the grid limit of 1e9 points: 1000 Lambda values x n tan(beta) values.
  const double points = 2.0 * free_bytes / 210.0;
  if (points > 0.9e9) GTEST_SKIP() << "more than 95 GB free: no grid within the limits fills it";
  const long n_tanb = long(points / 1000.0) + 1;
  const std::string big = "models: [[1, 1, 1]]\nlambda: {from: 20000, to: 120000, count: 1000}\n"
                          "tanb: {from: 2, to: 60, count: " + std::to_string(n_tanb) + "}\nmess: [1.0e8]\n";
  const auto before = fs::file_size(out);
  const auto r = run_gmsb("scan " + config("big.yaml", big).string() + " -o " + out.string() + " --force --quiet");
  EXPECT_EQ(r.status, 5) << r.out;
  EXPECT_NE(r.out.find("not enough free space"), std::string::npos) << r.out;
  EXPECT_EQ(fs::file_size(out), before);
  expect_identical_to_reference(out, "after a scan refused for want of space");
  EXPECT_TRUE(no_temporaries_next_to(out));
  EXPECT_FALSE(fs::exists(OutputLock::lock_path(out.string())));
}

TEST(ScanFaults, ForceReplacesTheOldFileOnlyWhenTheNewOneIsSetUp) {
  const fs::path out = dir() / "replaced.h5";
  fs::copy_file(reference(), out, fs::copy_options::overwrite_existing);
  const fs::path stale = out.parent_path() / ("." + out.filename().string() + ".tmp-1");  // of a killed run
  std::ofstream(stale) << "half a file";
  const std::string small = "models: [[1, 1, 1]]\nlambda: [5.0e4, 1.0e5]\ntanb: [10, 20]\nmess: [1.0e8]\n";
  const fs::path cfg = config("small.yaml", small);
  const auto r = run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --force --quiet");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(read_scan_file(out).status.size(), 4u);
  EXPECT_TRUE(no_temporaries_next_to(out));
  // --repair belongs to --resume.
  EXPECT_EQ(run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --force --repair --quiet").status, 2);
}

TEST(ScanFaults, ASecondScanOnTheSameOutputIsRefusedAndTheFirstCompletes) {
  const fs::path cfg = config("concurrent.yaml"), out = dir() / "concurrent.h5";
  fs::remove(out);
  // The first scan, slowed by a flush after every line on one thread.
  const pid_t first = spawn({"scan", cfg.string(), "-o", out.string(), "--quiet", "--flush-seconds", "0", "--threads", "1"});
  const auto t0 = std::chrono::steady_clock::now();
  while (!fs::exists(out) && std::chrono::steady_clock::now() - t0 < std::chrono::seconds(20))
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  ASSERT_TRUE(fs::exists(out));
  for (const std::string& second : {"scan " + cfg.string() + " -o " + out.string() + " --force --quiet",
                                    "scan --resume -o " + out.string() + " --quiet"}) {
    const auto r = run_gmsb(second);
    EXPECT_EQ(r.status, 5) << second << ": " << r.out;
    EXPECT_NE(r.out.find("another gmsb scan is writing " + out.string()), std::string::npos) << r.out;
  }
  EXPECT_EQ(wait_for(first), 0);
  expect_identical_to_reference(out, "the first scan");
  EXPECT_FALSE(fs::exists(OutputLock::lock_path(out.string())));
  // In-process: the lock is exclusive and released with its owner.
  {
    OutputLock held(out.string());
    EXPECT_THROW(OutputLock again(out.string()), gmsb::IoError);
  }
  EXPECT_NO_THROW(OutputLock again(out.string()));
}

TEST(ScanFaults, OutputInADirectoryNotYetMadeIsWritten) {
  // `gmsb scan CFG -o results/x.h5` in a fresh clone: the directory is made before the lock
  // (io/output_lock), and the scan is the reference scan.
  const fs::path cfg = config("newdir.yaml"), out = dir() / "new" / "sub" / "scan.h5";
  fs::remove_all(dir() / "new");
  ASSERT_EQ(wait_for(spawn(scan_args(cfg, out, false))), 0);
  expect_identical_to_reference(out, "a new directory");
  EXPECT_FALSE(fs::exists(OutputLock::lock_path(out.string())));
}

TEST(ScanFaults, DiskFullIsAnIoErrorAndLeavesAReadableResumableFile) {
  const fs::path cfg = config("full.yaml");
  const auto size = fs::file_size(reference());
  int failed = 0;
  for (double fraction : {0.6, 0.8, 0.95}) {
    const fs::path out = dir() / "diskfull.h5";
    fs::remove(out);
    const rlim_t limit = static_cast<rlim_t>(fraction * double(size));
    const int st = wait_for(spawn(scan_args(cfg, out, false), limit));
    const std::string what = "file-size limit " + std::to_string(limit);
    if (st == 0) continue;  // the file fit (compression varies): nothing to check
    ++failed;
    EXPECT_EQ(st, 5) << what;  // the documented I/O error, not a signal or a crash
    ASSERT_TRUE(fs::exists(out)) << what;
    EXPECT_TRUE(no_temporaries_next_to(out)) << what;
    const std::size_t kept = expect_done_points_right(out, what);  // readable, every done point right
    EXPECT_GT(kept, 0u) << what;
    ASSERT_EQ(wait_for(spawn(scan_args(cfg, out, true))), 0) << what;  // space freed: resume
    expect_identical_to_reference(out, what + ", resumed");
  }
  EXPECT_GE(failed, 2);
}

// DISABLED (issue 16 stays open): on a clean clone this test failed once in CI-like runs, with
// a chunk holding a done line damaged after a SIGKILL ("cannot read /results/mstau1 (model 0,
// M index 0): a chunk fails its checksum"), and under heavy load the final --resume refused a
// file (HDF5 "addr overflow ... eoa"). The damage is detected, never read as data, but the
// guarantee "every done line survives SIGKILL" does not hold yet: docs/reliability.md "Known
// defect". Run it by hand with --gtest_also_run_disabled_tests.
TEST(ScanFaults, SigkillAtRandomInstantsAlwaysResumesBitIdentical) {
  const fs::path cfg = config("kill.yaml"), out = dir() / "killed.h5";
  fs::remove(out);
  const double t_full = full_scan_seconds(cfg);
  std::mt19937 rng(16);
  std::uniform_real_distribution<double> when(0.0, 1.1 * t_full);
  int kills = 0;
  for (; kills < 22; ++kills) {
    const bool resume = fs::exists(out) && read_scan_file(out, false).int_attrs.at("complete") == 0;
    if (fs::exists(out) && !resume) fs::remove(out);  // complete: start again
    const pid_t pid = spawn(scan_args(cfg, out, resume));
    std::this_thread::sleep_for(std::chrono::duration<double>(when(rng)));
    kill(pid, SIGKILL);
    wait_for(pid);
    EXPECT_TRUE(no_temporaries_next_to(out) || !fs::exists(out));
    if (fs::exists(out)) expect_done_points_right(out, "after kill " + std::to_string(kills));
  }
  if (!fs::exists(out)) {
    ASSERT_EQ(wait_for(spawn(scan_args(cfg, out, false))), 0);
  }
  if (read_scan_file(out, false).int_attrs.at("complete") == 0) {
    ASSERT_EQ(wait_for(spawn(scan_args(cfg, out, true))), 0);
  }
  expect_identical_to_reference(out, "after 22 kills");
}

/// The writes (to .h5 files) of `gmsb ARGS` under the crash shim, counted.
long writes_of(const std::vector<std::string>& args) {
  const fs::path count = dir() / "writes.count";
  fs::remove(count);
  EXPECT_EQ(wait_for(spawn(args, RLIM_INFINITY, {"LD_PRELOAD=" GMSB_CRASH_SHIM, "GMSB_CRASH_COUNT_FILE=" + count.string()})), 0);
  long n = 0;
  std::ifstream(count) >> n;
  return n;
}

/// `gmsb ARGS` killed by SIGKILL right after its write number `at` (torn: only the part of that
/// write up to a page boundary reaches the file). Returns the exit status (-SIGKILL if it died).
int crash_at_write(const std::vector<std::string>& args, long at, bool torn) {
  return wait_for(spawn(args, RLIM_INFINITY,
                        {"LD_PRELOAD=" GMSB_CRASH_SHIM, "GMSB_CRASH_AT_WRITE=" + std::to_string(at),
                         std::string("GMSB_CRASH_TORN=") + (torn ? "1" : "0")}));
}

// A SIGKILL between any two writes of the file leaves a file that opens, whose done lines are
// right, and that --resume completes bit-identically; a SIGKILL inside a write (torn at a page
// boundary) does too, except when the torn write is of a chunk index: then the readers and
// --resume report the damaged dataset (never a wrong value) and --resume --repair rebuilds the
// file bit-identically. The kills fall at writes spread over the whole scan (data chunks, chunk
// indices, superblock, done-marks), half of them torn, and a third of the resumes are killed
// too. The writes are counted by a preloaded shim (tests/support/crash_after_writes.c), so
// every kind of instant of a flush is hit, which kills on a timer reach only rarely.
TEST(ScanFaults, SigkillAtAnyWriteOfTheFileAlwaysResumesBitIdentical) {
  const fs::path cfg = config("crash.yaml"), out = dir() / "crashed.h5";
  fs::remove(out);
  // One thread: a flush after every line, so the same writes in the same order in every run.
  auto args = [&](bool resume) {
    auto a = scan_args(cfg, out, resume);
    a.back() = "1";  // --threads 1
    return a;
  };
  const long total = writes_of(args(false));
  ASSERT_GT(total, 1000);  // one flush per line: thousands of writes
  ASSERT_EQ(writes_of(args(false)), total);
  std::mt19937 rng(1606);
  const int kCrashes = 24;
  int died = 0;
  for (int i = 0; i < kCrashes; ++i) {
    // Crash point i: a write within the i-th of kCrashes equal parts of the scan's writes.
    const long at = total * i / kCrashes + 1 + long(rng() % std::uint32_t(total / kCrashes));
    const bool torn = i % 2 == 1;
    const std::string what = "crash at write " + std::to_string(at) + (torn ? " (torn)" : "");
    fs::remove(out);
    const int st = crash_at_write(args(false), at, torn);
    died += st == -SIGKILL;
    if (!fs::exists(out)) continue;  // killed before the file was published
    bool torn_index = false;
    auto expect_right_or_torn_index = [&](bool may_be_torn, const std::string& when) {
      try {
        expect_done_points_right(out, when);
      } catch (const IoError& e) {  // a torn chunk index: reported, never read as data
        EXPECT_TRUE(may_be_torn) << when << ": " << e.what();
        EXPECT_NE(std::string(e.what()).find("/results/"), std::string::npos) << when << ": " << e.what();
        torn_index = true;
      }
    };
    expect_right_or_torn_index(torn, what);
    if (i % 3 == 2 && !torn_index) {  // the resume killed too, halfway through its writes
      crash_at_write(args(true), 1 + long(rng() % std::uint32_t(total / 2)), !torn);
      expect_right_or_torn_index(!torn, what + ", resume killed");
    }
    auto r = run_gmsb("scan --resume -o " + out.string() + " --quiet --threads 2");
    if (torn_index) {
      EXPECT_EQ(r.status, 5) << what << ": " << r.out;
      EXPECT_NE(r.out.find("--repair"), std::string::npos) << what << ": " << r.out;
      r = run_gmsb("scan --resume --repair -o " + out.string() + " --quiet --threads 2");
    }
    ASSERT_EQ(r.status, 0) << what << ": " << r.out;
    expect_identical_to_reference(out, what + ", resumed");
  }
  EXPECT_EQ(died, kCrashes);  // the crash points lie inside the scans
}

TEST(ScanFaults, DoubleCtrlCAlwaysResumesBitIdentical) {
  const fs::path cfg = config("sigint.yaml");
  const double t_full = full_scan_seconds(cfg);
  std::mt19937 rng(1616);
  std::uniform_real_distribution<double> when(0.05 * t_full, 0.8 * t_full), gap(0.0, 0.02);
  for (int i = 0; i < 6; ++i) {
    const fs::path out = dir() / ("sigint" + std::to_string(i) + ".h5");
    fs::remove(out);
    const pid_t pid = spawn(scan_args(cfg, out, false));
    std::this_thread::sleep_for(std::chrono::duration<double>(when(rng)));
    kill(pid, SIGINT);
    std::this_thread::sleep_for(std::chrono::duration<double>(gap(rng)));
    kill(pid, SIGINT);  // the second one ends the program at once
    const int st = wait_for(pid);
    EXPECT_TRUE(st == 130 || st == -SIGINT || st == 0) << st;
    if (!fs::exists(out)) continue;  // stopped before the file was set up
    expect_done_points_right(out, "after double SIGINT " + std::to_string(i));
    if (read_scan_file(out, false).int_attrs.at("complete") == 0) {
      ASSERT_EQ(wait_for(spawn(scan_args(cfg, out, true))), 0);
    }
    expect_identical_to_reference(out, "double SIGINT " + std::to_string(i) + ", resumed");
  }
}

TEST(ScanFaults, CorruptedChunkIsDetectedNamingTheDatasetAndRepairedExactly) {
  const fs::path out = dir() / "corrupt.h5";
  fs::copy_file(reference(), out, fs::copy_options::overwrite_existing);
  // Bytes inside the stored chunk of /results/mh for model 0, M = 1e8, tan(beta) 0..15.
  const auto [addr, size] = chunk_location(out, "mh", 0, 1, 0);
  ASSERT_GT(size, 16u);
  flip_bytes(out, addr + size / 2, 3);
  for (const std::string& cmd : {"table " + out.string() + " --mess 1e8", "fit " + out.string() + " --mess 1e8 --lambda 1e5",
                                 "scan --resume -o " + out.string() + " --quiet"}) {
    const auto r = run_gmsb(cmd);
    EXPECT_EQ(r.status, 5) << cmd << ": " << r.out;
    EXPECT_NE(r.out.find("/results/mh"), std::string::npos) << cmd << ": " << r.out;
    EXPECT_NE(r.out.find("--repair"), std::string::npos) << cmd << ": " << r.out;
  }
  // The Python reader (h5py) fails on the chunk too.
  if (std::system("/usr/bin/python3 -c 'import h5py' 2>/dev/null") == 0) {
    const std::string py = "/usr/bin/python3 -c \"import h5py; h5py.File('" + out.string() + "','r')['results/mh'][()]\" 2>/dev/null";
    EXPECT_NE(std::system(py.c_str()), 0);
  }
  // --repair recomputes exactly the 16 lines of that block (16 x 11 points) and nothing else.
  const auto r = run_gmsb("scan --resume --repair -o " + out.string() + " --quiet");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("recomputing 16 lines of 1 damaged blocks"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("computed 176 "), std::string::npos) << r.out;
  expect_identical_to_reference(out, "repaired");
  EXPECT_EQ(run_gmsb("table " + out.string() + " --mess 1e8").status, 0);
}

TEST(ScanFaults, CorruptedChunkOfAPartialFileIsRefusedOnResumeAndRepaired) {
  const fs::path cfg = config("partial.yaml"), out = dir() / "partial.h5";
  ASSERT_EQ(run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --force --quiet --threads 1 --stop-after-lines 40")
                .status,
            130);
  const auto [addr, size] = chunk_location(out, "status", 0, 0, 16);  // the second block, done
  flip_bytes(out, addr + size / 3, 2);
  const auto refused = run_gmsb("scan --resume -o " + out.string() + " --quiet");
  EXPECT_EQ(refused.status, 5) << refused.out;
  EXPECT_NE(refused.out.find("/results/status"), std::string::npos) << refused.out;
  const auto r = run_gmsb("scan --resume --repair -o " + out.string() + " --quiet");
  ASSERT_EQ(r.status, 0) << r.out;
  expect_identical_to_reference(out, "partial, repaired");
}

TEST(ScanFaults, ReadersTrustOnlyLinesMarkedDoneAndRefuseInconsistentBookkeeping) {
  const fs::path out = dir() / "bookkeeping.h5";
  fs::copy_file(reference(), out, fs::copy_options::overwrite_existing);
  auto set_done = [&](std::size_t line, std::uint8_t v, bool complete) {
    const hid_t f = H5Fopen(out.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    const hid_t d = H5Dopen2(f, "/bookkeeping/line_done", H5P_DEFAULT);
    std::vector<std::uint8_t> done(160);
    H5Dread(d, H5T_NATIVE_UINT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, done.data());
    done[line] = v;
    H5Dwrite(d, H5T_NATIVE_UINT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, done.data());
    H5Dclose(d);
    gmsb::scanfile::h5::set_int_attr(f, "complete", complete ? 1 : 0);
    H5Fclose(f);
  };
  // A line with data but no done-mark (killed between the two writes): read as not computed.
  set_done(5, 0, false);
  {
    const ScanFileData d = read_scan_file(out);
    for (std::size_t l = 0; l < 11; ++l) EXPECT_TRUE(has(d.status[d.index(0, 0, l, 5)], StatusBit::kNotComputed));
    EXPECT_TRUE(std::isnan(d.quantity("mh")[d.index(0, 0, 3, 5)]));
  }
  const auto resumed = run_gmsb("scan --resume -o " + out.string() + " --quiet");
  ASSERT_EQ(resumed.status, 0) << resumed.out;
  EXPECT_NE(resumed.out.find("computed 11 "), std::string::npos) << resumed.out;  // exactly that line
  expect_identical_to_reference(out, "one line recomputed");
  // Marked complete with a line not done: refused.
  set_done(7, 0, true);
  EXPECT_THROW(read_scan_file(out), gmsb::IoError);
  EXPECT_EQ(run_gmsb("table " + out.string() + " --mess 1e8").status, 5);
  const auto finished = run_gmsb("scan --resume -o " + out.string() + " --quiet");  // computes the line
  ASSERT_EQ(finished.status, 0) << finished.out;
  EXPECT_NE(finished.out.find("computed 11 "), std::string::npos) << finished.out;
  expect_identical_to_reference(out, "complete without a done line, resumed");
  // Marked done with points not computed: refused by the readers, repaired by --resume --repair.
  {
    ScanConfig c = parse_scan_config(kGrid, "k.yaml");
    ScanFileWriter w = ScanFileWriter::create(out.string(), c, ScanMeta{});
    w.publish();
  }
  set_done(3, 1, false);
  EXPECT_THROW(read_scan_file(out), gmsb::IoError);
  const auto t = run_gmsb("table " + out.string() + " --mess 1e6");
  EXPECT_EQ(t.status, 5) << t.out;
  EXPECT_NE(t.out.find("inconsistent bookkeeping"), std::string::npos) << t.out;
  EXPECT_EQ(run_gmsb("scan --resume -o " + out.string() + " --quiet").status, 5);
  ASSERT_EQ(run_gmsb("scan --resume --repair -o " + out.string() + " --quiet").status, 0);
  expect_identical_to_reference(out, "from inconsistent bookkeeping");
}

TEST(ScanFaults, FileWithoutDoneMarksIsReadButNotResumed) {
  const fs::path out = dir() / "old_layout.h5";
  fs::copy_file(reference(), out, fs::copy_options::overwrite_existing);
  {
    const hid_t f = H5Fopen(out.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
    ASSERT_GE(H5Ldelete(f, "/bookkeeping/line_done", H5P_DEFAULT), 0);
    gmsb::scanfile::h5::set_int_attr(f, "complete", 0);
    H5Fclose(f);
  }
  EXPECT_EQ(run_gmsb("table " + out.string() + " --mess 1e8").status, 0);
  const auto r = run_gmsb("scan --resume -o " + out.string() + " --quiet");
  EXPECT_EQ(r.status, 5) << r.out;
  EXPECT_NE(r.out.find("has no /bookkeeping/line_done"), std::string::npos) << r.out;
}

TEST(ScanStore, KeepsOnlyTheBlocksInFlight) {
  const ScanConfig cfg = parse_scan_config(kGrid, "store.yaml");
  const SpectrumCalculator calc(cfg.sm, cfg.settings);
  ScanStore store(GridShape::of(cfg));
  gmsb::testing::DenseResults all(store.shape);
  std::size_t most = 0;
  DriverOptions opt;
  opt.show_progress = false;
  opt.threads = 1;  // the flush runs on the computing thread: the store is not changing meanwhile
  opt.flush_seconds = 0;
  run_scan(cfg, calc, store, opt,
           [&](const std::vector<BlockData>& b, std::size_t n) {
             most = std::max(most, store.blocks_in_memory());
             all.add(b);
             (void)n;
           },
           nullptr);
  EXPECT_LE(most, 1u);  // one thread: only the block being filled
  EXPECT_EQ(store.blocks_in_memory(), 0u);
  EXPECT_EQ(all.blocks_seen, store.shape.blocks());  // each block handed over once, whole
  const ScanFileData ref = read_scan_file(reference());
  for (std::size_t q = 0; q < scan_quantities().size(); ++q)
    EXPECT_EQ(std::memcmp(all.values[q].data(), ref.quantity(scan_quantities()[q].name).data(), 8 * ref.status.size()), 0);
  // Partial hand-over: the finished lines of a block not complete, later the rest; a block
  // that must be written whole waits until it is complete.
  ScanStore s(GridShape::of(cfg));
  const std::vector<PointResult> line(cfg.lambda_gev.size());
  s.put_line(0, line);
  EXPECT_TRUE(s.take_blocks(false).empty());
  auto part = s.take_blocks(true);
  ASSERT_EQ(part.size(), 1u);
  EXPECT_EQ(part[0].fresh[0], 1);
  EXPECT_EQ(part[0].fresh[1], 0);
  s.require_whole(1);
  s.put_line(16, line);
  EXPECT_TRUE(s.take_blocks(true).empty());
  for (std::size_t l = 1; l < 16; ++l) s.put_line(l, line);
  for (std::size_t l = 17; l < 32; ++l) s.put_line(l, line);
  const auto rest = s.take_blocks(false);
  ASSERT_EQ(rest.size(), 2u);
  EXPECT_EQ(rest[0].fresh[0], 0);  // handed over before
  EXPECT_EQ(rest[0].fresh[1], 1);
  EXPECT_EQ(rest[1].fresh, std::vector<std::uint8_t>(16, 1));
  EXPECT_EQ(s.blocks_in_memory(), 0u);
  EXPECT_EQ(s.points_done(), 32 * cfg.lambda_gev.size());
}
