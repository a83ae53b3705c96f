// LEP limits as warning bits (docs/physics.md §11.4) on hand-made spectra and on computed points.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "exclusion/lep_limits.hpp"
#include "gmsb/nlsp.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

/// A spectrum far above every LEP limit, with a bino NLSP.
PointResult heavy_spectrum() {
  PointResult r;
  r.mchargino = {300.0, 450.0};
  r.mneutralino = {160.0, 300.0, 420.0, 450.0};
  r.mstau1 = 200.0;
  r.mselectron_R = 210.0;
  r.nlsp_kind = int(NlspKind::kBinoNeutralino);
  r.m_nlsp = 160.0;
  return r;
}

TEST(LepLimits, TableUsesOnlyTheExclusionBitsAndNamesItsSources) {
  std::set<unsigned> bits;
  for (const LepLimit& l : lep_limits()) {
    EXPECT_NE(bit(l.bit) & kExclusionWarningMask, 0u) << l.particle;
    EXPECT_GT(l.limit_gev, 40.0) << l.particle;
    EXPECT_LT(l.limit_gev, 105.0) << l.particle;  // LEP2 reached sqrt(s) = 209 GeV
    EXPECT_GT(std::string(l.source).size(), 5u) << l.particle;
    bits.insert(static_cast<unsigned>(l.bit));
  }
  EXPECT_EQ(bits, (std::set<unsigned>{8, 9, 10}));
  EXPECT_EQ(std::string(warning_bit_name(WarningBit::kLepChargino)), "lep_chargino");
}

TEST(LepLimits, DocsShowTheSameTable) {
  // docs/physics.md §11.4 is the table of the code: one row per limit, with its bit name and number.
  std::ifstream f(std::string(GMSB_SOURCE_DIR) + "/docs/physics.md");
  std::stringstream text;
  text << f.rdbuf();
  const std::string doc = text.str();
  const auto begin = doc.find("### §11.4"), end = doc.find("\n## ", begin);
  ASSERT_NE(begin, std::string::npos);
  const std::string section = doc.substr(begin, end - begin);
  std::size_t rows = 0;
  for (std::size_t p = section.find("\n| `lep_"); p != std::string::npos; p = section.find("\n| `lep_", p + 1)) ++rows;
  EXPECT_EQ(rows, lep_limits().size());
  for (const LepLimit& l : lep_limits()) {
    char number[32];
    std::snprintf(number, sizeof number, "| %.1f |", l.limit_gev);
    const std::string row_start = std::string("| `") + warning_bit_name(l.bit) + "` |";
    bool found = false;
    for (std::size_t p = section.find(row_start); p != std::string::npos && !found; p = section.find(row_start, p + 1)) {
      const std::string row = section.substr(p, section.find('\n', p) - p);
      found = row.find(number) != std::string::npos;
    }
    EXPECT_TRUE(found) << l.particle << " " << number;
  }
}

TEST(LepLimits, HeavySpectrumHasNoWarning) { EXPECT_EQ(lep_warnings(heavy_spectrum()), 0u); }

TEST(LepLimits, A76GeVCharginoIsExcluded) {
  PointResult r = heavy_spectrum();
  r.mchargino[0] = 76.0;
  r.mneutralino[0] = r.m_nlsp = 45.0;  // Delta m = 31 GeV
  EXPECT_TRUE(has(lep_warnings(r), WarningBit::kLepChargino));
  EXPECT_TRUE(has(lep_warnings(r), WarningBit::kLepNeutralinoNlsp));  // 45 < 53.5
  r.mneutralino[0] = r.m_nlsp = 74.5;  // Delta m = 1.5 GeV: the any-Delta-m limit 88 GeV still excludes it
  EXPECT_EQ(lep_warnings(r), bit(WarningBit::kLepChargino));
  r.mchargino[0] = 95.0;  // 88 < 95 < 103.5: allowed only because Delta m < 3 GeV
  r.mneutralino[0] = r.m_nlsp = 93.0;
  EXPECT_EQ(lep_warnings(r), 0u);
  r.mneutralino[0] = r.m_nlsp = 90.0;
  EXPECT_EQ(lep_warnings(r), bit(WarningBit::kLepChargino));
  r.mchargino[0] = 103.6;
  EXPECT_EQ(lep_warnings(r), 0u);
}

TEST(LepLimits, SleptonNlspAndNonNlspSleptons) {
  PointResult r = heavy_spectrum();
  r.nlsp_kind = int(NlspKind::kStau);
  r.m_nlsp = r.mstau1 = 87.0;
  EXPECT_EQ(lep_warnings(r), bit(WarningBit::kLepSlepton));
  r.m_nlsp = r.mstau1 = 87.5;
  EXPECT_EQ(lep_warnings(r), 0u);
  r.nlsp_kind = int(NlspKind::kSleptonCoNlsp);  // co-NLSP limit is higher
  EXPECT_EQ(lep_warnings(r), bit(WarningBit::kLepSlepton));
  // Neutralino NLSP at 60 GeV with e_R at 95 GeV (Delta m = 35 GeV): below 99.9.
  r = heavy_spectrum();
  r.mneutralino[0] = r.m_nlsp = 60.0;
  r.mselectron_R = 95.0;
  EXPECT_EQ(lep_warnings(r), bit(WarningBit::kLepSlepton));
  r.mselectron_R = 65.0;  // Delta m = 5 GeV: the slepton searches do not cover it
  EXPECT_EQ(lep_warnings(r), 0u);
  r.mselectron_R = std::nan("");
  EXPECT_EQ(lep_warnings(r), 0u);
}

TEST(LepLimits, ComputedLightSpectrumGetsTheWarnings) {
  // N5 = 1, Lambda = 37 TeV: a 75 GeV chargino, a 73 GeV stau and a 44 GeV bino NLSP; the
  // status stays ok (the warnings are not physics failures).
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  const PointResult light = calc.compute({parse_indices("1,1,1"), 3.7e4, 1e6, 10});
  ASSERT_EQ(light.status, 0u);
  ASSERT_LT(light.mchargino[0], 76.0);
  EXPECT_TRUE(has(light.warnings, WarningBit::kLepChargino));
  EXPECT_TRUE(has(light.warnings, WarningBit::kLepNeutralinoNlsp));
  EXPECT_TRUE(has(light.warnings, WarningBit::kLepSlepton));  // stau1 = 73 GeV, 29 GeV above the bino
  const PointResult heavy = calc.compute({parse_indices("1,1,1"), 1.2e5, 1e6, 10});
  ASSERT_EQ(heavy.status, 0u);
  EXPECT_EQ(heavy.warnings & kExclusionWarningMask, 0u);
}

}  // namespace
}  // namespace gmsb
