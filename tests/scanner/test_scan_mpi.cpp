// MPI scans (docs/cluster.md): `mpirun -np 2 gmsb scan` writes the file of the OpenMP scan bit
// for bit, a rank killed mid-scan (worker or writer) leaves a file that --resume, with another
// rank count, completes to the uninterrupted result, and random samples are the same with 1
// and 2 ranks. Skipped when gmsb was built without MPI or mpirun is missing. One thread per
// rank, small grids: each mpirun start costs about half a second.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "gmsb/error.hpp"
#include "io/scan_file.hpp"
#include "io/scan_file_reader.hpp"
#include "run_gmsb.hpp"
#include "scan/mpi_runtime.hpp"
#include "scan_compare.hpp"
#include "test_helpers.hpp"

using namespace gmsb;
using namespace gmsb::scan;
using gmsb::testing::expect_same_results;
using gmsb::testing::run_gmsb;
using gmsb::testing::same_bits;
namespace fs = std::filesystem;

namespace {

fs::path dir() { return gmsb::testing::scratch_dir("scan_mpi"); }

fs::path write(const std::string& name, const std::string& text) { return gmsb::testing::write_file(dir(), name, text); }

/// Skips the test unless MPI scans can run here.
bool mpi_available(std::string* why) {
  if (!mpi::built_with_mpi()) {
    *why = "gmsb was built without MPI (GMSB_WITH_MPI=OFF)";
    return false;
  }
  if (std::system("command -v mpirun >/dev/null 2>&1") != 0) {
    *why = "no mpirun on PATH";
    return false;
  }
  return true;
}

/// `gmsb ARGS` under mpirun with `ranks` ranks of one thread each (as root where needed); `env`
/// is exported to the ranks (-x NAME). Returns the exit status of mpirun.
int mpirun(int ranks, const std::string& args, const std::string& env = "") {
  setenv("OMPI_ALLOW_RUN_AS_ROOT", "1", 1);
  setenv("OMPI_ALLOW_RUN_AS_ROOT_CONFIRM", "1", 1);
  setenv("OMP_NUM_THREADS", "1", 1);
  std::string cmd = "mpirun --oversubscribe -np " + std::to_string(ranks) + (geteuid() == 0 ? " --allow-run-as-root" : "") +
                    " -x OMP_NUM_THREADS";
  if (!env.empty()) cmd = env + " " + cmd + " -x " + env.substr(0, env.find('='));
  cmd += " " + std::string(GMSB_BINARY) + " " + args + " >/dev/null 2>&1";
  const int st = std::system(cmd.c_str());
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

// 2 models x 2 M x 6 Lambda x 5 tan(beta) = 120 points in 20 lines, with excluded corners.
const char* kGrid =
    "models: [[1, 1, 1], [\"14/5\", 4, 1]]\n"
    "lambda: {from: 20000, to: 120000, step: 20000}\n"
    "tanb: [2.5, 10, 30, 50, 60]\n"
    "mess: [1.0e6, 1.0e8]\n";

/// The single-process, one-thread file of `cfg` (the reference).
ScanFileData reference(const fs::path& cfg, const fs::path& out) {
  const auto r = run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --force --quiet --threads 1");
  EXPECT_EQ(r.status, 0) << r.out;
  return read_scan_file(out.string());
}

}  // namespace

TEST(MpiScan, TwoRanksWriteTheFileOfTheOpenMpScan) {
  std::string why;
  if (!mpi_available(&why)) GTEST_SKIP() << why;
  for (const std::string& text :
       {std::string(kGrid), std::string("models: [[1, 1, 1], [1, 3, 4]]\nlambda: [3.0e4, 6.0e4, 9.0e4]\ntanb: [5, 40]\n"
                                        "mess_over_lambda: [2, 1000]\n")}) {
    const fs::path cfg = write("grid.yaml", text), one = dir() / "omp.h5", two = dir() / "mpi.h5";
    const ScanFileData ref = reference(cfg, one);
    ASSERT_EQ(mpirun(2, "scan " + cfg.string() + " -o " + two.string() + " --force --quiet"), 0);
    const ScanFileData d = read_scan_file(two.string());
    EXPECT_EQ(d.int_attrs.at("complete"), 1);
    EXPECT_EQ(d.int_attrs.at("points_done"), ref.int_attrs.at("points_done"));
    expect_same_results(d, ref);
  }
}

TEST(MpiScan, SamplesAreTheSameWithOneAndTwoRanks) {
  std::string why;
  if (!mpi_available(&why)) GTEST_SKIP() << why;
  const fs::path cfg = write("samples.yaml",
                             "models: [5+5bar, [1, 3, 4]]\nsamples: {count: 40, seed: 2026, method: latin_hypercube, "
                             "lambda: {from: 2.0e4, to: 2.0e5, log: true}, mess_over_lambda: {from: 1.1, to: 1.0e5, log: true}, "
                             "tanb: {from: 2, to: 60}}\n");
  const fs::path one = dir() / "s1.h5", two = dir() / "s2.h5";
  const ScanFileData ref = reference(cfg, one);
  ASSERT_EQ(mpirun(2, "scan " + cfg.string() + " -o " + two.string() + " --force --quiet"), 0);
  expect_same_results(read_scan_file(two.string()), ref);
  const scanfile::ScanFileReader a(one.string()), b(two.string());
  EXPECT_TRUE(same_bits(a.info().points.lambda_gev, b.info().points.lambda_gev));
  EXPECT_TRUE(same_bits(a.info().points.mess_gev, b.info().points.mess_gev));
  EXPECT_TRUE(same_bits(a.info().points.tanb, b.info().points.tanb));
  EXPECT_EQ(a.info().points.model, b.info().points.model);
}

TEST(MpiScan, KilledRankThenResumeGivesTheUninterruptedFile) {
  std::string why;
  if (!mpi_available(&why)) GTEST_SKIP() << why;
  const fs::path cfg = write("grid.yaml", kGrid);
  const ScanFileData ref = reference(cfg, dir() / "ref.h5");
  // Rank 1 (a worker) dies after 3 results, rank 0 (the writer) after storing 4; mpirun ends
  // the job. Resume once with one process and once with two ranks.
  for (const char* kill : {"GMSB_TEST_KILL_RANK=1:3", "GMSB_TEST_KILL_RANK=0:4"}) {
    const fs::path out = dir() / "killed.h5";
    EXPECT_NE(mpirun(2, "scan " + cfg.string() + " -o " + out.string() + " --force --quiet --flush-seconds 0", kill), 0);
    // mpirun may return while the killed job's other rank is still closing the file (HDF5's file
    // lock): read it once it is free.
    ScanFileData partial;
    for (int tries = 0;; ++tries) {
      try {
        partial = read_scan_file(out.string());
        break;
      } catch (const IoError&) {
        if (tries == 50) throw;
        usleep(100000);
      }
    }
    EXPECT_EQ(partial.int_attrs.at("complete"), 0) << kill;
    EXPECT_GT(partial.int_attrs.at("points_done"), 0) << kill;
    EXPECT_LT(partial.int_attrs.at("points_done"), 120) << kill;
    if (std::string(kill).back() == '3') {
      const auto r = run_gmsb("scan --resume -o " + out.string() + " --quiet --threads 2");
      ASSERT_EQ(r.status, 0) << r.out;
    } else {
      ASSERT_EQ(mpirun(2, "scan --resume -o " + out.string() + " --quiet"), 0);
    }
    const ScanFileData d = read_scan_file(out.string());
    EXPECT_EQ(d.int_attrs.at("complete"), 1);
    expect_same_results(d, ref);
  }
}

TEST(MpiScan, StoppedMpiScanResumesWithOneProcess) {
  std::string why;
  if (!mpi_available(&why)) GTEST_SKIP() << why;
  const fs::path cfg = write("grid.yaml", kGrid), out = dir() / "stopped.h5";
  const ScanFileData ref = reference(cfg, dir() / "ref2.h5");
  EXPECT_EQ(mpirun(2, "scan " + cfg.string() + " -o " + out.string() + " --force --quiet --stop-after-lines 5"), 130);
  const auto r = run_gmsb("scan --resume -o " + out.string() + " --quiet --threads 1");
  ASSERT_EQ(r.status, 0) << r.out;
  expect_same_results(read_scan_file(out.string()), ref);
}
