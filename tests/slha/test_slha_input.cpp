// SLHA input -> PointInput, SMInputs, Settings (scanner/src/io/slha/slha_input.hpp).
#include <gtest/gtest.h>

#include <string>

#include "gmsb/error.hpp"
#include "io/slha/slha_input.hpp"

namespace gmsb::slha {
namespace {

const std::string kModsel = "Block MODSEL\n 1 2\n";                               // lines 1-2
const std::string kMinpar = "Block MINPAR\n 1 1e5\n 2 1e8\n 3 29\n 4 1\n";        // lines 3-7 after kModsel

InputPoint read(const std::string& text) { return read_run(parse(text, "in.slha")); }

std::string read_error(const std::string& text) {
  try {
    read(text);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(SlhaInput, Sps8WithN5) {
  const InputPoint r = read(kModsel + kMinpar + " 5 1\n 6 2\n");
  EXPECT_EQ(r.input.n, parse_indices("1,1,1"));
  EXPECT_EQ(r.input.lambda_gev, 1e5);
  EXPECT_EQ(r.input.mess_gev, 1e8);
  EXPECT_EQ(r.input.tanb, 29.0);
  EXPECT_EQ(r.input.sign_mu, 1);
  EXPECT_EQ(r.input.c_grav, 2.0);
  EXPECT_TRUE(r.input.variant.empty());
  EXPECT_FALSE(r.input.variant.primary_content.has_value());
  EXPECT_TRUE(r.notes.empty());
}

TEST(SlhaInput, N5MeansEqualIndices) {
  // N5 = 3: N1 = N2 = N3 = 3 (docs/physics.md §1.1: a 5+5bar pair has n_a = 1 each).
  EXPECT_EQ(read(kModsel + kMinpar + " 5 3\n").input.n, parse_indices("3,3,3"));
  EXPECT_EQ(read(kModsel + kMinpar + " 5 2.0E+00\n").input.n, parse_indices("2,2,2"));
}

TEST(SlhaInput, IndicesAndContentBlocks) {
  const InputPoint a = read(kModsel + kMinpar + "Block GMSBINDICES\n 1 14/5\n 2 4\n 3 1\n");
  EXPECT_EQ(a.input.n, parse_indices("14/5,4,1"));
  const InputPoint b = read(kModsel + kMinpar + "Block GMSBINDICES\n 1 2.80000000E+00\n 2 4\n 3 1\n");
  EXPECT_EQ(b.input.n.n1_fifths, 14);
  // D+4L: N = (2/5 + 12/5, 4, 1) = (14/5, 4, 1) (KN99 eq. (8)).
  const InputPoint c = read(kModsel + kMinpar + "Block GMSBCONTENT\n 1 3 1\n 1 4 4\n");
  EXPECT_EQ(c.input.n, parse_indices("14/5,4,1"));
  ASSERT_TRUE(c.input.variant.primary_content.has_value());
  EXPECT_EQ(c.input.variant.primary_content->name(), parse_content("D+4L").name());
  // Consistent duplicates are fine.
  EXPECT_EQ(read(kModsel + kMinpar + " 5 1\nBlock GMSBINDICES\n 1 1\n 2 1\n 3 1\n").input.n, parse_indices("1,1,1"));
}

TEST(SlhaInput, SetsAndVariant) {
  const InputPoint r = read(kModsel + kMinpar + " 5 2\n"
                     "Block GMSBSETS\n 2 1 1\n 2 2 1\n 2 3 1\n 2 5 1.0\n 2 6 1e16\n 3 4 3e4\n 3 6 1e14\n"
                     "Block GMSBCONTENT\n 3 6 1\n"
                     "Block GMSBVARIANT\n 1 -1e9\n 3 1e16\n 11 576\n 14 2.4e18\n"
                     " 21 300\n 22 1e16\n 23 1\n 24 1\n 25 1\n 26 1\n 27 1\n 28 -2\n 29 2\n 31 0\n");
  const ModelVariant& v = r.input.variant;
  ASSERT_EQ(v.extra_sets.size(), 2u);
  EXPECT_EQ(v.extra_sets[0].n, parse_indices("1,1,1"));
  EXPECT_EQ(v.extra_sets[0].lambda_ratio, 1.0);
  EXPECT_EQ(v.extra_sets[0].mess_gev, 1e16);
  EXPECT_FALSE(v.extra_sets[0].content.has_value());
  EXPECT_TRUE(v.extra_sets[1].content.has_value());
  EXPECT_EQ(v.extra_sets[1].lambda_gev, 3e4);
  EXPECT_EQ(v.supertrace.s_gev2, -1e9);
  EXPECT_EQ(v.supertrace.lambda_uv_gev, 1e16);
  EXPECT_TRUE(v.gravity.enabled);
  EXPECT_EQ(v.gravity.m0_sq_gev2, 576.0);
  EXPECT_EQ(v.gravity.scale_gev, 2.4e18);
  EXPECT_TRUE(v.dterm.enabled);
  EXPECT_EQ(v.dterm.charges.hu, -2.0);
  EXPECT_EQ(v.dterm.charges.hd, 2.0);
  EXPECT_FALSE(v.seed002_literal_m1);
}

TEST(SlhaInput, SettingsAndSmInputs) {
  const InputPoint r = read(kModsel + kMinpar + " 5 1\n"
                     "Block SMINPUTS\n 1 1.28e2\n 2 1.1664e-5\n 3 0.119\n 4 91.19\n 5 4.18\n 6 173.0\n 7 1.777\n"
                     " 11 5.11e-4\n"
                     "Block GMSBSETTINGS\n 1 1\n 6 0\n 9 0.2315\n 11 25\n");
  EXPECT_EQ(r.settings.method, HiggsMethod::kModern);
  EXPECT_FALSE(r.settings.modern_higgs_eft);
  EXPECT_EQ(r.settings.max_iterations, 25);
  EXPECT_EQ(r.sm.alpha_em_inv, 128.0);
  EXPECT_EQ(r.sm.gf, 1.1664e-5);
  EXPECT_EQ(r.sm.alpha_s, 0.119);
  EXPECT_EQ(r.sm.mz, 91.19);
  EXPECT_EQ(r.sm.mb_mb, 4.18);
  EXPECT_EQ(r.sm.mt_pole, 173.0);
  EXPECT_EQ(r.sm.mtau_pole, 1.777);
  EXPECT_EQ(r.sm.sin2w, 0.2315);
  // SMINPUTS 11 (m_e) is read but cannot be honoured: a SPINFO 3 note says so.
  ASSERT_EQ(r.notes.size(), 1u);
  EXPECT_NE(r.notes[0].find("SMINPUTS 11 (m_e) not used"), std::string::npos);
  // Without GMSBSETTINGS 9, new SMINPUTS 1, 2, 4 leave sin^2(theta_W) as it was: a note says so.
  const InputPoint w = read(kModsel + kMinpar + " 5 1\nBlock SMINPUTS\n 4 91.19\n");
  EXPECT_EQ(w.sm.sin2w, Settings{}.method == HiggsMethod::kModern ? SMInputs::pdg2024().sin2w : SMInputs::kn99().sin2w);
  ASSERT_EQ(w.notes.size(), 1u);
  EXPECT_NE(w.notes[0].find("not recomputed from SMINPUTS 1, 2, 4"), std::string::npos);
  EXPECT_TRUE(read(kModsel + kMinpar + " 5 1\nBlock SMINPUTS\n 6 173\n").notes.empty());
  // Without SMINPUTS: the method's input set, as `gmsb point` (modern: PDG 2024).
  const InputPoint m = read(kModsel + kMinpar + " 5 1\nBlock GMSBSETTINGS\n 1 1\n");
  EXPECT_EQ(m.sm.mt_pole, SMInputs::pdg2024().mt_pole);
  const InputPoint k = read(kModsel + kMinpar + " 5 1\nBlock GMSBSETTINGS\n 1 0\n 3 3\n 4 169\n 8 1\n");
  EXPECT_EQ(k.settings.mt_higgs, TopMassChoice::kFixed);
  EXPECT_EQ(k.settings.mt_higgs_fixed_gev, 169.0);
  EXPECT_EQ(k.sm.mt_pole, SMInputs::pdg2024().mt_pole);
}

TEST(SlhaInput, UnknownBlocksAreIgnored) {
  const InputPoint r = read("Block SPINFO\n 1 other program\n" + kModsel + kMinpar + " 5 1\n"
                     "Block MASS\n 25 125.0\nBlock SOFTSUSY\n 1 1e-4\nDECAY 25 4e-3\n 1.0 2 5 -5\n");
  EXPECT_EQ(r.input.n, parse_indices("1,1,1"));
}

TEST(SlhaInput, EveryMalformedInputClassNamesItsLine) {
  const std::string ok = kModsel + kMinpar + " 5 1\n";  // MINPAR 5 on line 8
  const struct {
    std::string text;
    const char* message;
  } cases[] = {
      // unknown entries of known blocks
      {ok + " 7 1\n", "in.slha:9: Block MINPAR entry 7: unknown entry"},
      {kModsel + " 12 1000\n" + kMinpar + " 5 1\n", "in.slha:3: Block MODSEL entry 12: unknown entry"},
      {ok + "Block SMINPUTS\n 9 1\n", "in.slha:10: Block SMINPUTS entry 9: unknown entry"},
      {ok + "Block GMSBSETTINGS\n 99 1\n", "in.slha:10: Block GMSBSETTINGS entry 99: unknown entry"},
      {ok + "Block GMSBVARIANT\n 4 1\n", "in.slha:10: Block GMSBVARIANT entry 4: unknown entry"},
      {ok + "Block GMSBSETS\n 1 6 1e9\n", "in.slha:10: Block GMSBSETS entry 1 6: unknown entry"},
      {ok + "Block GMSBCONTENT\n 1 8 1\n", "in.slha:10: Block GMSBCONTENT entry 1 8: unknown entry"},
      // malformed lines
      {ok + " 6\n", "in.slha:9: Block MINPAR: malformed line: expected 1 integer index and one value, got 1 fields"},
      {ok + " 6 1 2\n", "in.slha:9: Block MINPAR: malformed line"},
      {ok + " x 1\n", "in.slha:9: Block MINPAR: malformed line: the index 'x' is not an integer"},
      {kModsel + "Block MINPAR\n 1 abc\n 2 1e8\n 3 29\n 4 1\n 5 1\n", "in.slha:4: Block MINPAR entry 1: must be a number, got 'abc'"},
      {ok + " 1 2e5\n", "in.slha:9: Block MINPAR: entry 1 is given twice (first at line 4)"},
      {ok + "Block MINPAR Q= 100\n", "in.slha:9: Block MINPAR is given twice (first at line 3)"},
      // missing blocks and required entries
      {kMinpar + " 5 1\n", "in.slha: Block MODSEL is missing"},
      {kModsel, "in.slha: Block MINPAR is missing"},
      {kModsel + "Block MINPAR\n 1 1e5\n 2 1e8\n 4 1\n 5 1\n", "in.slha:3: Block MINPAR: the required entry 3 (tan(beta)) is missing"},
      {kModsel + "Block MINPAR\n 1 1e5\n 2 1e8\n 3 29\n 5 1\n", "the required entry 4 (sign(mu)) is missing"},
      {kModsel + kMinpar, "in.slha:3: Block MINPAR entry 5: the required entry 5 (N5) is missing"},
      {"Block MODSEL\n 3 0\n" + kMinpar + " 5 1\n", "in.slha:1: Block MODSEL: the required entry 1 (the model; 2 = GMSB) is missing"},
      {ok + "Block GMSBINDICES\n 1 1\n 2 1\n", "Block GMSBINDICES: the required entry 3 (N3) is missing"},
      // inconsistent inputs
      {ok + "Block GMSBINDICES\n 1 1\n 2 3\n 3 4\n",
       "in.slha:8: Block MINPAR entry 5: N5 = 1 means N1 = N2 = N3 = N5, but Block GMSBINDICES (line 9) gives (1,3,4)"},
      {ok + "Block GMSBCONTENT\n 1 4 1\n", "in.slha:8: Block MINPAR entry 5: N5 = 1 disagrees with the content"},
      {kModsel + kMinpar + "Block GMSBINDICES\n 1 1\n 2 1\n 3 1\nBlock GMSBCONTENT\n 1 4 1\n",
       "Block GMSBINDICES entry 1: (1,1,1) disagree with the content"},
      // values out of range
      {kModsel.substr(0, 13) + " 1 1\n" + kMinpar + " 5 1\n", "in.slha:2: Block MODSEL entry 1: gmsb computes GMSB only (MODSEL 1 = 2), got '1'"},
      {kModsel + " 4 1\n" + kMinpar + " 5 1\n", "in.slha:3: Block MODSEL entry 4: gmsb computes only R-parity conservation (0)"},
      {kModsel + "Block MINPAR\n 1 1e5\n 2 1e8\n 3 29\n 4 2\n 5 1\n", "in.slha:7: Block MINPAR entry 4: sign(mu) must be +1 or -1, got '2'"},
      {kModsel + kMinpar + " 5 1.5\n", "in.slha:8: Block MINPAR entry 5: must be an integer, got '1.5'"},
      {kModsel + kMinpar + " 5 0\n", "in.slha:8: Block MINPAR entry 5: N5 (the number of 5+5bar pairs) must be a positive integer"},
      {ok + " 6 -1\n", "in.slha:9: Block MINPAR entry 6: must be positive"},
      {kModsel + kMinpar + "Block GMSBINDICES\n 1 0.3\n 2 1\n 3 1\n", "in.slha:9: Block GMSBINDICES entry 1: N1 = 0.3"},
      {ok + "Block GMSBSETTINGS\n 2 3\n", "in.slha:10: Block GMSBSETTINGS entry 2: must be 1 or 2, got 3"},
      {ok + "Block GMSBSETTINGS\n 1 2\n", "in.slha:10: Block GMSBSETTINGS entry 1: must be 0 to 1, got '2'"},
      {ok + "Block GMSBSETTINGS\n 4 170\n", "in.slha:10: Block GMSBSETTINGS entry 4: the fixed top mass needs entry 3 = 3"},
      {ok + "Block GMSBSETTINGS\n 5 2\n", "in.slha:10: Block GMSBSETTINGS entry 5: must be a weight in [0, 1]"},
      {ok + "Block SMINPUTS\n 6 -173\n", "in.slha:10: Block SMINPUTS entry 6: must be positive"},
      {ok + "Block SMINPUTS\n 3 0.5\n", "in.slha:10: Block SMINPUTS entry 3: "},  // outside SMInputs' window
      {ok + "Block GMSBSETTINGS\n 9 0.5\n", "in.slha:10: Block GMSBSETTINGS entry 9: "},
      {ok + "Block GMSBSETS\n 3 6 1e9\n 3 4 1e4\n 3 1 1\n 3 2 1\n 3 3 1\n", "the sets must be numbered 2, 3, ... without gaps"},
      {ok + "Block GMSBSETS\n 2 1 1\n 2 2 1\n 2 3 1\n 2 6 1e9\n", "set 2 needs exactly one of Lambda (4) or Lambda_ratio (5)"},
      {ok + "Block GMSBVARIANT\n 23 1\n", "in.slha:9: Block GMSBVARIANT entry 21: the D-term entries 22-29 need its m (21)"},
      {ok + "Block EXTPAR\n 1 100\n", "in.slha:9: Block EXTPAR (non-universal inputs) cannot be honoured"},
      // the library's checks of the point, with the file's name
      {kModsel + "Block MINPAR\n 1 1e5\n 2 1e8\n 3 0.5\n 4 1\n 5 1\n", "in.slha:3: Block MINPAR: tan(beta)"},
      {kModsel + "Block MINPAR\n 1 1e5\n 2 5e4\n 3 10\n 4 1\n 5 1\n", "in.slha:3: Block MINPAR: "},
  };
  for (const auto& c : cases) {
    const std::string m = read_error(c.text);
    EXPECT_NE(m.find(c.message), std::string::npos) << "text:\n" << c.text << "message: " << m;
  }
}

}  // namespace
}  // namespace gmsb::slha
