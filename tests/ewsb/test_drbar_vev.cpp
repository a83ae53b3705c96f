// The DRbar vev of SLHA HMIX 3 (docs/physics.md §5.4) and the tree-level W mass of MASS 24 (§4.2).
#include <gtest/gtest.h>

#include <cmath>

#include "ewsb/ewsb.hpp"
#include "gmsb/sm_inputs.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

TEST(DrbarVev, EqualsTheTreeLevelZMassRelationAtMz) {
  // With the gauge couplings of docs/physics.md §4.2 at M_Z (g' = e/c_W, g2 = e/s_W), the
  // relation m_Z^2 = (g2^2 + g'^2) v^2/4 gives v = 2 m_Z s_W c_W / e.
  const SMInputs sm = SMInputs::kn99();
  const double e = std::sqrt(4 * M_PI / sm.alpha_em_inv), sw = std::sqrt(sm.sin2w), cw = std::sqrt(1 - sm.sin2w);
  MssmState y{};
  y[kG1] = std::sqrt(5.0 / 3.0) * e / cw;  // GUT normalised
  y[kG2] = e / sw;
  const double v = ewsb::drbar_vev(y, sm.mz);
  EXPECT_NEAR(v, 2 * sm.mz * sw * cw / e, 1e-12 * v);
  // Hand value: 2 * 91.187 * sqrt(0.2312 * 0.7688) / sqrt(4 pi / 127.9) = 245.30 GeV, close to the
  // G_F value sqrt2 * 174.1 = 246.2 GeV (the difference is the electroweak radiative correction).
  EXPECT_NEAR(v, 245.30, 0.01);
}

TEST(DrbarVev, PointResultCarriesTheRunningValue) {
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  const PointResult r = calc.compute(PointInput(parse_indices("1,1,1"), 1e5, 1e8, 15, 1));
  ASSERT_EQ(r.status, 0u);
  EXPECT_NEAR(r.vev_msusy, ewsb::drbar_vev(r.at_msusy, calc.sm_inputs().mz), 1e-12 * r.vev_msusy);
  // g2 and g' fall from M_Z to M_SUSY ~ 1 TeV, so v(Q) rises above its M_Z value by a few GeV.
  EXPECT_GT(r.vev_msusy, 246.0);
  EXPECT_LT(r.vev_msusy, 255.0);
}

TEST(SmInputs, TreeLevelWMass) {
  // m_W = m_Z cos(theta_W): 91.187 * sqrt(1 - 0.2312) = 79.9539 GeV (1999 inputs).
  EXPECT_NEAR(SMInputs::kn99().mw_tree(), 79.9539, 1e-4);
  EXPECT_NEAR(SMInputs::pdg2024().mw_tree(), 79.9501, 1e-4);
}

}  // namespace
}  // namespace gmsb
