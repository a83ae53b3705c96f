// The stages of a point driven one at a time (docs/architecture.md "The stages of a point"):
// each stage alone reproduces what SpectrumCalculator::compute() reports.
#include <gtest/gtest.h>

#include <cmath>

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
    const auto third = sparticles::third_generation_sfermions(fp.y, fp.ewsb.mu, beta, low.electroweak());
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
