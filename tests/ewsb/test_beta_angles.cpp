// BetaAngles: the functions of beta from tan(beta), against beta = atan(tan(beta)) and identities.
#include <gtest/gtest.h>

#include <cmath>

#include "ewsb/beta_angles.hpp"
#include "internal_namespaces.hpp"

using gmsb::BetaAngles;

TEST(BetaAngles, AgreeWithTheAngleFromAtan) {
  for (double tanb : {1.0, 1.5, 2.5, 10.0, 29.37, 60.0}) {
    const BetaAngles b = BetaAngles::from_tanb(tanb);
    const double beta = std::atan(tanb);
    EXPECT_EQ(b.tanb, tanb);
    EXPECT_NEAR(b.sin, std::sin(beta), 1e-15) << tanb;
    EXPECT_NEAR(b.cos, std::cos(beta), 1e-15) << tanb;
    EXPECT_NEAR(b.cos2, std::cos(2 * beta), 1e-15) << tanb;
    EXPECT_NEAR(b.sin2, std::sin(2 * beta), 1e-15) << tanb;
  }
}

TEST(BetaAngles, SatisfyTheDoubleAngleIdentities) {
  for (double tanb : {1.2, 4.0, 17.5, 55.0}) {
    const BetaAngles b = BetaAngles::from_tanb(tanb);
    EXPECT_NEAR(b.sin * b.sin + b.cos * b.cos, 1.0, 1e-15) << tanb;
    EXPECT_NEAR(b.sin / b.cos, tanb, 1e-14 * tanb) << tanb;
    EXPECT_NEAR(b.cos2, b.cos * b.cos - b.sin * b.sin, 1e-15) << tanb;
    EXPECT_NEAR(b.sin2, 2 * b.sin * b.cos, 1e-15) << tanb;
  }
}

TEST(BetaAngles, LimitsAtBetaPiOverFourAndLargeTanBeta) {
  const BetaAngles quarter = BetaAngles::from_tanb(1.0);
  // 1 / sqrt(2) rounds twice: within two units in the last place (1.1e-16 each) of sqrt(0.5).
  EXPECT_NEAR(quarter.sin, std::sqrt(0.5), 2.3e-16);
  EXPECT_NEAR(quarter.cos, std::sqrt(0.5), 2.3e-16);
  EXPECT_NEAR(quarter.cos2, 0.0, 1e-16);
  EXPECT_NEAR(quarter.sin2, 1.0, 1e-16);
  // tan(beta) -> infinity: cos(beta) ~ 1/tan(beta), cos(2 beta) -> -1 + 2/tan^2(beta).
  const BetaAngles large = BetaAngles::from_tanb(1e4);
  EXPECT_NEAR(large.cos, 1e-4, 1e-12);
  EXPECT_NEAR(large.cos2, -1.0 + 2e-8, 1e-15);
}
