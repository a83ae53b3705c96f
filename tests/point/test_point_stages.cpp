// The stages of a point driven one at a time (docs/architecture.md "The stages of a point"):
// each stage alone reproduces what SpectrumCalculator::compute() reports.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "gmsb/spectrum_calculator.hpp"
#include "higgs/higgs_kn99.hpp"
#include "higgs/higgs_mass.hpp"
#include "matching/low_scale_matching.hpp"
#include "point/msusy_fixed_point.hpp"
#include "sparticles/third_generation.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

const PointInput kSeedPoint{parse_indices("1,3,4"), 1e5, 1e8, 29.0, +1};

TEST(PointStages, LowScaleMatchingIsTheCalculatorsMatching) {
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  const matching::LowScaleMatching low(SMInputs::kn99(), effective_settings(Settings::kn99()));
  MssmState a{}, b{};
  ASSERT_TRUE(calc.mssm_couplings(900.0, 29.0, 1e8, a));
  ASSERT_TRUE(low.mssm_couplings(900.0, BetaAngles::from_tanb(29.0), 1e8, b));
  EXPECT_EQ(a, b);
  // Soft terms are zero; y_t(M) is smaller than at M_SUSY (asymptotic freedom of the QCD part).
  EXPECT_EQ(b[kM3], 0.0);
  MssmState low_q{};
  ASSERT_TRUE(low.mssm_couplings(900.0, BetaAngles::from_tanb(29.0), 900.0, low_q));
  EXPECT_LT(b[kYt], low_q[kYt]);
}

TEST(PointStages, FixedPointSatisfiesMsusyEqualsStopMassesAndMatchesCompute) {
  for (const Settings& s : {Settings::kn99(), [] { Settings m; m.method = HiggsMethod::kModern; return m; }()}) {
    const SMInputs sm = s.method == HiggsMethod::kModern ? SMInputs::pdg2024() : SMInputs::kn99();
    const matching::LowScaleMatching low(sm, effective_settings(s));
    const ewsb::BetaAngles beta = ewsb::BetaAngles::from_tanb(kSeedPoint.tanb);
    const point::MsusyFixedPoint fp = point::solve_msusy_fixed_point(
        low, kSeedPoint, beta, point::initial_msusy_estimate(kSeedPoint, low.sm_couplings_at_mt()));
    ASSERT_EQ(fp.status, 0u) << method_name(s.method);
    ASSERT_TRUE(fp.ewsb.ok);
    // The fixed point: M_SUSY = sqrt(m_t1 m_t2) of the stops at that scale, to the tolerance.
    // (fp.beta: tan(beta) at M_SUSY; for modern run from the input at M_Z, docs/physics.md §4.5.)
    const auto third = sparticles::third_generation_sfermions(fp.y, fp.ewsb.mu, fp.beta, low.electroweak());
    const double g = std::sqrt(std::sqrt(third.stop.m1sq * third.stop.m2sq));
    EXPECT_NEAR(g / fp.msusy, 1.0, 1e-7) << method_name(s.method);
    // The same M_SUSY and running parameters as the whole pipeline.
    const PointResult r = SpectrumCalculator(sm, s).compute(kSeedPoint);
    EXPECT_EQ(r.msusy, fp.msusy);
    EXPECT_EQ(r.at_msusy, fp.y);
    EXPECT_EQ(r.iterations, fp.iterations);
  }
}

TEST(PointStages, HiggsStageKn99IsTheSeedFormulaOnTheSameInputs) {
  const Settings s = Settings::kn99();
  const SpectrumCalculator calc(SMInputs::kn99(), s);
  const PointResult r = calc.compute(kSeedPoint);
  ASSERT_EQ(r.status, 0u);
  const matching::LowScaleMatching low(SMInputs::kn99(), s);
  const ewsb::BetaAngles beta = ewsb::BetaAngles::from_tanb(kSeedPoint.tanb);
  const MssmState& y = r.at_msusy;
  const double mb = y[kYb] * low.electroweak().vev * beta.cos;
  const higgs::HiggsStageInputs in{&y, r.msusy, r.mu, r.mA, mb, r.mstop1, r.mstop2, r.msbottom1, r.msbottom2, 0.0};
  const higgs::HiggsStageResult h =
      higgs::higgs_masses(in, beta, s, low.sm_inputs(), low.sm_couplings_at_mt(), low.electroweak());
  EXPECT_EQ(h.masses.mh_sq, r.mh_sq);
  // The dispatch hands the kn99 formula exactly its documented inputs.
  const higgs::HiggsKn99Result direct = higgs::higgs_mass_kn99(h.tree_inputs);
  EXPECT_EQ(direct.mh_sq, h.masses.mh_sq);
  EXPECT_EQ(h.tree_inputs.mt, low.sm_couplings_at_mt().mt_mt);  // Settings::mt_higgs default: m_t(m_t)
  EXPECT_EQ(h.warnings, 0u);
}

}  // namespace
}  // namespace gmsb

namespace gmsb {
namespace {

PointResult modern_point(const char* n, double lambda, double mess, double tanb, bool eft = true) {
  Settings s;
  s.method = HiggsMethod::kModern;
  s.modern_higgs_eft = eft;
  return SpectrumCalculator(SMInputs::pdg2024(), s).compute({parse_indices(n), lambda, mess, tanb, +1});
}

TEST(PointWarnings, EftFallbackIsMarkedAndIsTheLeadingLogHiggsMass) {
  // (1/5,3,2): the soft m_E^2 is negative at M_SUSY while every physical mass is positive; the EFT
  // matching needs positive soft masses, so M_h is the two-loop leading-log one, and says so.
  const PointResult r = modern_point("1/5,3,2", 2e4, 1e8, 15);
  ASSERT_EQ(r.status, 0u);
  EXPECT_TRUE(has(r.warnings, WarningBit::kHiggsEftFallback));
  EXPECT_FALSE(r.at_msusy[kME1] > 0 && r.at_msusy[kME3] > 0 && r.at_msusy[kML1] > 0);
  const PointResult ll = modern_point("1/5,3,2", 2e4, 1e8, 15, /*eft=*/false);
  EXPECT_EQ(ll.warnings & ~kExclusionWarningMask, 0u);  // (Lambda = 20 TeV is light enough for LEP's limits)
  EXPECT_EQ(r.mh, ll.mh);  // exactly the --higgs-eft off value
  // A point with positive soft masses uses the EFT: no warning, and another M_h.
  const PointResult good = modern_point("1,1,1", 1e5, 2e5, 15);
  EXPECT_EQ(good.warnings, 0u);
  EXPECT_NE(good.mh, modern_point("1,1,1", 1e5, 2e5, 15, false).mh);
}

TEST(PointWarnings, ThresholdTachyonMarksExactlyTheTachyonicStauOrSbottom) {
  int marked = 0;
  for (double tanb = 5; tanb <= 50; tanb += 5)
    for (double lambda : {2e4, 4e4, 6e4}) {
      const PointResult r = modern_point("1/5,3,2", lambda, 1e8, tanb);
      if (r.status & kFatalMask) continue;
      const bool tachyon = r.mstau1_sq < 0 || !(r.msbottom1 > 0);
      EXPECT_EQ(has(r.warnings, WarningBit::kThresholdTachyon), tachyon) << "tanb " << tanb << " Lambda " << lambda;
      marked += tachyon;
    }
  EXPECT_GT(marked, 0);  // the line crosses the stau-tachyon boundary
}

TEST(PointWarnings, IterationMarksOnHardPointsAndNoneForKn99) {
  Settings s;
  s.method = HiggsMethod::kModern;
  const SpectrumCalculator calc(SMInputs::pdg2024(), s);
  // Cold start, (11/5,1,1) at tan(beta) = 40, M = 1e12: the late iterations oscillate and are
  // under-relaxed; the point converges.
  const PointResult r = calc.compute({parse_indices("11/5,1,1"), 2e4, 1e12, 40, +1});
  ASSERT_EQ(r.status, 0u);
  EXPECT_TRUE(has(r.warnings, WarningBit::kMsusyUnderRelaxed));
  // (19/5,1,2) at Lambda = 136 TeV, M = 1e12, tan(beta)(M_Z) = 47 (was 140 TeV, tan(beta) = 45
  // at M_SUSY before the input became the value at M_Z): an intermediate iteration loses EWSB and
  // the point still ends with it; the scan's line (every modern point starts cold) marks it too.
  const PointResult lost = calc.compute({parse_indices("19/5,1,2"), 1.36e5, 1e12, 47, +1});
  ASSERT_EQ(lost.status, 0u);
  EXPECT_TRUE(has(lost.warnings, WarningBit::kEwsbLostInIteration));
  const std::vector<PointResult> line =
      calc.compute_lambda_line({parse_indices("19/5,1,2"), 1.2e5, 1e12, 47, +1}, {1.2e5, 1.36e5});
  EXPECT_EQ(line[1].warnings, lost.warnings);
  // Without EWSB in the end the mark is dropped: no_ewsb says it.
  const PointResult none = calc.compute({parse_indices("1,1,1"), 2e4, 1e12, 45, -1});
  ASSERT_TRUE(has(none.status, StatusBit::kNoEwsb));
  EXPECT_FALSE(has(none.warnings, WarningBit::kEwsbLostInIteration));
  // Method kn99 has none of these mechanisms.
  EXPECT_EQ(SpectrumCalculator(SMInputs::kn99(), Settings::kn99()).compute(kSeedPoint).warnings, 0u);
}

}  // namespace
}  // namespace gmsb
