// The SLHA commands: gmsb slha, gmsb point --slha -o, gmsb export-slha (docs/slha.md).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <hdf5.h>

#include "io/slha/slha_document.hpp"
#include "io/slha/slha_input.hpp"
#include "run_gmsb.hpp"
#include "test_helpers.hpp"

namespace gmsb::slha {
namespace {

namespace fs = std::filesystem;
using gmsb::testing::run_gmsb;

const std::string kData = std::string(GMSB_SOURCE_DIR) + "/tests/data/slha/";

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path scratch() { return gmsb::testing::scratch_dir("slha"); }

bool no_non_finite(const std::string& text) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::istringstream data(line.substr(0, line.find('#')));
    for (std::string tok; data >> tok;) {
      char* end = nullptr;
      const double v = std::strtod(tok.c_str(), &end);
      if (end != tok.c_str() && *end == '\0' && !std::isfinite(v)) return false;
    }
  }
  return true;
}

TEST(SlhaCommand, EveryShippedInputFileRuns) {
  int files = 0;
  for (const auto& e : fs::directory_iterator(kData)) {
    if (e.path().extension() != ".slha") continue;
    ++files;
    SCOPED_TRACE(e.path().string());
    const auto out = run_gmsb("slha " + e.path().string());
    ASSERT_EQ(out.status, 0) << out.out;
    EXPECT_TRUE(no_non_finite(out.out));
    // The output read back gives the point of the input file (the round trip of the inputs).
    const InputPoint in = read_run(parse(slurp(e.path()), e.path().string()));
    const InputPoint back = read_run(parse(out.out, "out"));
    EXPECT_EQ(back.input.n, in.input.n);
    EXPECT_EQ(back.input.lambda_gev, in.input.lambda_gev);
    EXPECT_EQ(back.input.mess_gev, in.input.mess_gev);
    EXPECT_EQ(back.input.tanb, in.input.tanb);
    EXPECT_EQ(back.input.sign_mu, in.input.sign_mu);
    EXPECT_EQ(back.input.c_grav, in.input.c_grav);
    EXPECT_EQ(back.input.variant.extra_sets.size(), in.input.variant.extra_sets.size());
    EXPECT_EQ(back.settings.method, in.settings.method);
    EXPECT_EQ(back.sm.mt_pole, in.sm.mt_pole);
    const Document d = parse(out.out, "out");
    for (const Entry& x : d.find("SPINFO")->entries) EXPECT_NE(x.tokens[0], "4") << x.tokens[1];  // all are good points
  }
  EXPECT_GE(files, 4);
}

TEST(SlhaCommand, Sps8GluinoAndN5Model) {
  // SPS8 (Lambda = 100 TeV, M = 200 TeV, N5 = 1): M3 = (alpha_3/4pi) Lambda g(x) ~ 0.8 TeV at M_SUSY.
  const auto out = run_gmsb("slha " + kData + "sps8.slha");
  ASSERT_EQ(out.status, 0) << out.out;
  const Document d = parse(out.out, "out");
  double mgluino = 0;
  for (const Entry& e : d.find("MASS")->entries)
    if (e.tokens[0] == "1000021") mgluino = *to_number(e.tokens[1]);
  EXPECT_GT(mgluino, 700);
  EXPECT_LT(mgluino, 1000);
  // (1,3,4): three times the SU(3) index, the 2731 GeV gluino, not the N5 = 1 model's.
  const auto g = run_gmsb("slha " + kData + "gmsb_134_kn99.slha");
  ASSERT_EQ(g.status, 0) << g.out;
  EXPECT_NE(g.out.find("    1000021     2.73"), std::string::npos) << g.out;
}

TEST(SlhaCommand, DocsExampleRunsAsWritten) {
  // The ```slha block of docs/slha.md is tests/data/slha/sps8.slha up to comments.
  const std::string doc = slurp(std::string(GMSB_SOURCE_DIR) + "/docs/slha.md");
  const std::size_t a = doc.find("```slha\n"), b = doc.find("```", a + 8);
  ASSERT_NE(a, std::string::npos);
  const fs::path p = scratch() / "docs_example.slha";
  std::ofstream(p) << doc.substr(a + 8, b - a - 8);
  const auto from_docs = run_gmsb("slha " + p.string());
  ASSERT_EQ(from_docs.status, 0) << from_docs.out;
  EXPECT_EQ(from_docs.out, run_gmsb("slha " + kData + "sps8.slha").out);
  // The lines the docs show are in the output.
  for (const char* line : {"        5     1.00000000E+00   # N5: number of 5+5bar messenger pairs (N1 = N2 = N3)",
                           "         24     7.99"})  // m_W = m_Z c_W: 79.95 GeV with either input set
    EXPECT_NE(from_docs.out.find(line), std::string::npos) << line;
}

TEST(SlhaCommand, StdinAndOutputFile) {
  const auto direct = run_gmsb("slha " + kData + "sps8.slha");
  const auto piped = run_gmsb("slha - < " + kData + "sps8.slha");
  ASSERT_EQ(piped.status, 0);
  EXPECT_EQ(piped.out, direct.out);
  const fs::path out = scratch() / "sps8.spc";
  const auto to_file = run_gmsb("slha " + kData + "sps8.slha -o " + out.string());
  ASSERT_EQ(to_file.status, 0) << to_file.out;
  EXPECT_EQ(to_file.out, "");
  EXPECT_EQ(slurp(out), direct.out);
  // point --slha -o FILE writes what --slha prints.
  const std::string point = "point --n 1,3,4 --lambda 1e5 --mess 1e8 --tanb 29 --slha";
  const fs::path pf = scratch() / "p134.slha";
  ASSERT_EQ(run_gmsb(point + " -o " + pf.string()).status, 0);
  EXPECT_EQ(slurp(pf), run_gmsb(point).out);
  const auto no_slha = run_gmsb("point --n 1,3,4 --lambda 1e5 --mess 1e8 --tanb 29 -o " + pf.string());
  EXPECT_EQ(no_slha.status, 2) << no_slha.out;
}

TEST(SlhaCommand, ErrorsAndExitCodes) {
  const fs::path bad = scratch() / "bad.slha";
  std::ofstream(bad) << "Block MODSEL\n 1 2\nBlock MINPAR\n 1 1e5\n 2 1e8\n 3 29\n 4 1\n 5 1\n 9 3\n";
  const auto e = run_gmsb("slha " + bad.string());
  EXPECT_EQ(e.status, 3) << e.out;
  EXPECT_NE(e.out.find("gmsb slha: input error: " + bad.string() + ":9: Block MINPAR entry 9: unknown entry"),
            std::string::npos)
      << e.out;
  const auto piped = run_gmsb("slha < " + bad.string());
  EXPECT_EQ(piped.status, 3);
  EXPECT_NE(piped.out.find("<stdin>:9: Block MINPAR entry 9"), std::string::npos) << piped.out;
  const auto missing = run_gmsb("slha " + (scratch() / "missing.slha").string());
  EXPECT_EQ(missing.status, 5) << missing.out;
  const auto unwritable = run_gmsb("slha " + kData + "sps8.slha -o /nonexistent-dir/x.slha");
  EXPECT_EQ(unwritable.status, 5) << unwritable.out;
  EXPECT_EQ(run_gmsb("slha a.slha b.slha").status, 2);
}

const std::string kScan =
    "description: export-slha test\n"
    "models:\n"
    "  - n: [1, 3, 4]\n"
    "  - n: [1, 1, 1]\n"
    "  - content: 2(5+5bar)\n"
    "    variant:\n"
    "      extra_sets: [{content: 5+5bar, lambda_ratio: 1.0, mess: 1.0e15}]\n"
    "lambda: [50000, 100000]\n"
    "tanb: [10, 29]\n"
    "mess: 1.0e8\n";

fs::path scan_file() {
  static const fs::path f = [] {
    const fs::path cfg = scratch() / "export.yaml", out = scratch() / "export.h5";
    std::ofstream(cfg) << kScan;
    const auto r = run_gmsb("scan " + cfg.string() + " -o " + out.string() + " --force --quiet --threads 1");
    EXPECT_EQ(r.status, 0) << r.out;
    return out;
  }();
  return f;
}

TEST(ExportSlha, SelectedPointsAreRecomputedAndAgreeWithTheFile) {
  const fs::path dir = scratch() / "export1";
  const auto r = run_gmsb("export-slha " + scan_file().string() + " --select \"model=1,3,4 tanb=29\" -o " + dir.string());
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("wrote 2 SLHA files"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("at 2 of 2 points"), std::string::npos) << r.out;
  const fs::path f = dir / "model0_N1-3-4_lambda100000_mess100000000_tanb29.slha";
  ASSERT_TRUE(fs::exists(f)) << r.out;
  const InputPoint p = read_run(parse(slurp(f), f.string()));
  EXPECT_EQ(p.input.n, parse_indices("1,3,4"));
  EXPECT_EQ(p.input.lambda_gev, 1e5);
  EXPECT_EQ(p.input.tanb, 29.0);
  // Equal to `gmsb point` of the same point, except the SPINFO 3 line naming the scan point.
  auto strip = [](const std::string& s) {
    std::string out, line;
    std::istringstream in(s);
    while (std::getline(in, line))
      if (line.find("recomputed from") == std::string::npos) out += line + "\n";
    return out;
  };
  EXPECT_EQ(strip(slurp(f)), run_gmsb("point --n 1,3,4 --lambda 1e5 --mess 1e8 --tanb 29 --slha").out);
  // Existing files need --force.
  EXPECT_EQ(run_gmsb("export-slha " + scan_file().string() + " --select \"model=1,3,4 tanb=29\" -o " + dir.string()).status, 5);
  EXPECT_EQ(run_gmsb("export-slha " + scan_file().string() + " --select \"model=1,3,4 tanb=29\" -o " + dir.string() + " --force").status, 0);
}

TEST(ExportSlha, VariantModelsPointListsAndConditions) {
  const fs::path dir = scratch() / "export2";
  const fs::path list = scratch() / "points.txt";
  std::ofstream(list) << "# i_model i_mess i_lambda i_tanb\n2 0 1 0\n1 0 0 1\n";
  const auto r = run_gmsb("export-slha " + scan_file().string() + " --points " + list.string() + " -o " + dir.string());
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("at 2 of 2 points"), std::string::npos) << r.out;
  const fs::path v = dir / "model2_N2-2-2_lambda100000_mess100000000_tanb10.slha";
  ASSERT_TRUE(fs::exists(v)) << r.out;
  const InputPoint p = read_run(parse(slurp(v), v.string()));
  ASSERT_EQ(p.input.variant.extra_sets.size(), 1u);  // the variant came back from the file's config
  EXPECT_EQ(p.input.variant.extra_sets[0].mess_gev, 1e15);
  const fs::path dir3 = scratch() / "export3";
  const auto c = run_gmsb("export-slha " + scan_file().string() + " --select \"status=ok mh>0 lambda>=6e4\" -o " + dir3.string());
  ASSERT_EQ(c.status, 0) << c.out;
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(dir3)) n += e.path().extension() == ".slha";
  EXPECT_GE(n, 1u);
  EXPECT_LE(n, 6u);  // Lambda = 1e5 only: 3 models x 2 tan(beta) at most
}

TEST(ExportSlha, SaysSoWhenTheRecomputedHiggsMassDiffers) {
  // A copy of the scan file with one stored M_h changed by 1 GeV.
  const fs::path copy = scratch() / "export_changed.h5";
  fs::copy_file(scan_file(), copy, fs::copy_options::overwrite_existing);
  const hid_t f = H5Fopen(copy.string().c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  ASSERT_GE(f, 0);
  const hid_t d = H5Dopen2(f, "/results/mh", H5P_DEFAULT);
  std::vector<double> mh(3 * 1 * 2 * 2);
  ASSERT_GE(H5Dread(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, mh.data()), 0);
  const double stored = mh[3];  // [model 0, M 0, Lambda 1e5, tan(beta) 29]
  mh[3] += 1.0;
  ASSERT_GE(H5Dwrite(d, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, mh.data()), 0);
  H5Dclose(d);
  H5Fclose(f);
  const fs::path dir = scratch() / "export_changed";
  const auto r = run_gmsb("export-slha " + copy.string() + " --select \"model=1,3,4 tanb=29\" -o " + dir.string());
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("at 1 of 2 points"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("warning:"), std::string::npos) << r.out;
  const std::string text = slurp(dir / "model0_N1-3-4_lambda100000_mess100000000_tanb29.slha");
  char note[120];
  std::snprintf(note, sizeof note, "differs from the scan file's %.6f GeV", stored + 1.0);
  EXPECT_NE(text.find(note), std::string::npos) << text;
}

TEST(ExportSlha, BadSelectionsAreInputErrors) {
  const std::string base = "export-slha " + scan_file().string() + " -o " + (scratch() / "export4").string();
  const struct {
    std::string args;
    int status;
    const char* message;
  } cases[] = {
      {" --select \"lambda=3e5\"", 3, "lambda=3e5 is not on the file's lambda axis (50000, 100000)"},
      {" --select \"foo>1\"", 3, "unknown key or quantity 'foo'"},
      {" --select \"model=2,2,3\"", 3, "the file has no such model"},
      {" --select \"status=bad\"", 3, "status must be ok, any or a status bit name"},
      {" --select \"tanb\"", 3, "is not KEY=VALUE"},
      {" --select \"mh>abc\"", 3, "'abc' is not a number"},
      {" --select \"tanb=29\" --max 2", 3, "6 points are selected, more than --max 2"},
      {"", 2, "give one of --select or --points"},
  };
  for (const auto& c : cases) {
    const auto r = run_gmsb(base + c.args);
    EXPECT_EQ(r.status, c.status) << c.args << "\n" << r.out;
    EXPECT_NE(r.out.find(c.message), std::string::npos) << c.args << "\n" << r.out;
  }
  const fs::path list = scratch() / "bad_points.txt";
  std::ofstream(list) << "0 0 0\n";
  const auto r = run_gmsb(base + " --points " + list.string());
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.out.find(list.string() + ":1: expected 'i_model i_mess i_lambda i_tanb'"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace gmsb::slha
