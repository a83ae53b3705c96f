// The theory uncertainty of the modern M_h (docs/physics.md §7.5, higgs/higgs_mass.hpp
// resummed_mh_uncertainty): its parts by hand and in their limits, positive and finite on good
// points, absent (NaN) where it is not estimated, and the growth with M_S of the part that should grow.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "gmsb/spectrum_calculator.hpp"
#include "higgs/higgs_eft.hpp"
#include "higgs/higgs_mass.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

// K3 a^3 with K3 = 190.595 - 26.655*5 + 0.6527*25 = 73.6375 (Melnikov & van Ritbergen, n_l = 5).
TEST(MhUncertainty, ThreeLoopTopTermByHand) {
  const double a = 0.1080 / M_PI;
  EXPECT_NEAR(higgs_yt_three_loop_qcd_shift(0.1080), 73.6375 * a * a * a, 1e-12);
  EXPECT_NEAR(higgs_yt_three_loop_qcd_shift(0.1080), 0.00299, 0.00001);  // +0.3 % in y_t
  EXPECT_EQ(higgs_yt_three_loop_qcd_shift(0.0), 0.0);
}

// The y_t shift moves the EFT M_h the way M_t does (dM_h/dy_t > 0): the SM part is a real effect.
TEST(MhUncertainty, TopYukawaShiftRaisesTheEftMass) {
  HiggsEftInputs e = higgs_eft_inputs_from_sm(SMInputs::pdg2024(), sm_couplings(SMInputs::pdg2024()));
  e.matching.q_gev = 2000;
  e.matching.beta = BetaAngles::from_tanb(15);
  for (auto* a : {&e.matching.mq2, &e.matching.mu2, &e.matching.md2, &e.matching.ml2, &e.matching.me2})
    a->fill(2000.0 * 2000.0);
  e.matching.ma = 2000;
  const double central = higgs_mass_eft(e).mh;
  e.yt_mt_rel_shift = 0.003;
  EXPECT_GT(higgs_mass_eft(e).mh, central + 0.2);
  EXPECT_LT(higgs_mass_eft(e).mh, central + 2.0);
}

const SpectrumCalculator& modern() {
  static const SpectrumCalculator calc(SMInputs::pdg2024(), Settings::modern());
  return calc;
}

/// The parts of the uncertainty of a computed modern point, recomputed from its outputs.
MhUncertainty parts_of(const PointResult& r) {
  const SMInputs sm = SMInputs::pdg2024();
  const SMCouplings smc = sm_couplings(sm);
  const BetaAngles b = BetaAngles::from_tanb(r.tanb_msusy);
  const double central = resummed_higgs_mass(sm, smc, r.at_msusy, r.mu, r.mA, b, r.msusy, 0.0);
  return resummed_mh_uncertainty(sm, smc, r.at_msusy, r.mu, r.mA, b, r.msusy, central,
                                 effective_settings(Settings::modern()));
}

TEST(MhUncertainty, PositiveFiniteAndTheSumOfItsParts) {
  for (const char* n : {"1,1,1", "3,3,3", "1,3,4"})
    for (double tanb : {5.0, 15.0, 28.0}) {
      const PointResult r = modern().compute({parse_indices(n), 1e5, 1e8, tanb, +1});
      ASSERT_TRUE(r.ok()) << n << " " << tanb;
      EXPECT_TRUE(std::isfinite(r.mh_uncertainty)) << n << " " << tanb;
      EXPECT_GT(r.mh_uncertainty, 0.3) << n << " " << tanb;  // at least the y_t part
      EXPECT_LT(r.mh_uncertainty, 5.0) << n << " " << tanb;
      const MhUncertainty u = parts_of(r);
      EXPECT_GT(u.matching_scale, 0.0);
      EXPECT_GT(u.top_yukawa, 0.0);
      EXPECT_NEAR(r.mh_uncertainty, u.matching_scale + u.top_yukawa, 1e-9);
    }
}

// The SM-side part grows with M_S: y_t(M_t) enters through a longer running (its leading effect
// on M_h^2 grows like y_t^4 ln(M_S/M_t)). Along a Lambda line M_S grows from ~0.45 to ~6 TeV.
TEST(MhUncertainty, TopYukawaPartGrowsWithMs) {
  double last_ms = 0, last = 0;
  for (double lambda : {5e4, 1e5, 2e5, 4e5, 8e5}) {
    const PointResult r = modern().compute({parse_indices("1,1,1"), lambda, 1e10, 15.0, +1});
    ASSERT_TRUE(r.ok()) << lambda;
    const MhUncertainty u = parts_of(r);
    EXPECT_GT(r.msusy, last_ms);
    EXPECT_GT(u.top_yukawa, last) << lambda;
    last_ms = r.msusy, last = u.top_yukawa;
  }
}

// Not estimated: kn99, the modern method with the EFT off, and with the setting off.
TEST(MhUncertainty, NaNWhereNotEstimated) {
  const PointInput in(parse_indices("1,1,1"), 1e5, 1e8, 15.0, +1);
  EXPECT_TRUE(std::isnan(SpectrumCalculator(SMInputs::kn99(), Settings::kn99()).compute(in).mh_uncertainty));
  Settings off = Settings::modern();
  off.modern_higgs_eft = false;
  EXPECT_TRUE(std::isnan(SpectrumCalculator(SMInputs::pdg2024(), off).compute(in).mh_uncertainty));
  Settings none = Settings::modern();
  none.mh_uncertainty = false;
  const PointResult r = SpectrumCalculator(SMInputs::pdg2024(), none).compute(in);
  EXPECT_TRUE(std::isnan(r.mh_uncertainty));
  EXPECT_EQ(r.mh, modern().compute(in).mh);  // the estimate does not touch the central value
}

}  // namespace
}  // namespace gmsb
