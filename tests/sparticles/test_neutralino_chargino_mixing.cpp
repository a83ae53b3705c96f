// Neutralino and chargino mixing matrices (sparticles/neutralinos_charginos.hpp): the diagonalisation identities and the
// decoupling limits of the tree-level masses.
#include <gtest/gtest.h>

#include "ewsb/beta_angles.hpp"

#include <cmath>

#include "sparticles/neutralinos_charginos.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

TEST(GauginoMixing, NeutralinoMixingDiagonalisesTheMassMatrix) {
  ElectroweakConstants ew;
  const double m1 = 167, m2 = 314, mu = 390, tanb = 15;
  const NeutralinoMixing mix = neutralino_mixing(m1, m2, mu, BetaAngles::from_tanb(tanb), ew);
  const Eigen::Matrix4d d = mix.n * neutralino_mass_matrix(m1, m2, mu, BetaAngles::from_tanb(tanb), ew) * mix.n.transpose();
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 4; ++j) EXPECT_NEAR(d(i, j), i == j ? mix.mass[i] : 0.0, 1e-9) << i << j;
  EXPECT_TRUE((mix.n * mix.n.transpose()).isIdentity(1e-12));
  for (int i = 1; i < 4; ++i) EXPECT_LE(std::fabs(mix.mass[i - 1]), std::fabs(mix.mass[i]));
  // Decoupling (m_Z -> 0): masses M1, M2, |mu|, |mu| with one higgsino of negative sign.
  ew.mz = 1e-6;
  const NeutralinoMixing pure = neutralino_mixing(m1, m2, mu, BetaAngles::from_tanb(tanb), ew);
  EXPECT_NEAR(pure.mass[0], m1, 1e-6);
  EXPECT_NEAR(pure.mass[1], m2, 1e-6);
  EXPECT_NEAR(std::fabs(pure.mass[2]), mu, 1e-6);
  EXPECT_NEAR(pure.mass[2] * pure.mass[3], -mu * mu, 1e-3);
}

TEST(GauginoMixing, CharginoMixingDiagonalisesTheMassMatrix) {
  const ElectroweakConstants ew;
  const double m2 = 314, mu = -390, tanb = 15;
  const CharginoMixing mix = chargino_mixing(m2, mu, BetaAngles::from_tanb(tanb), ew);
  const Eigen::Matrix2d d = mix.u * chargino_mass_matrix(m2, mu, BetaAngles::from_tanb(tanb), ew) * mix.v.transpose();
  EXPECT_NEAR(d(0, 0), mix.mass[0], 1e-9);
  EXPECT_NEAR(d(1, 1), mix.mass[1], 1e-9);
  EXPECT_NEAR(d(0, 1), 0.0, 1e-9);
  EXPECT_NEAR(d(1, 0), 0.0, 1e-9);
  EXPECT_GT(mix.mass[0], 0.0);
  EXPECT_LE(mix.mass[0], mix.mass[1]);
  // Invariants: m1^2 + m2^2 = M2^2 + mu^2 + 2 m_W^2; m1 m2 = |M2 mu - m_W^2 sin 2beta|.
  const double mw2 = ew.mz * ew.mz * (1 - ew.sin2w), s2b = 2 * tanb / (1 + tanb * tanb);
  EXPECT_NEAR(mix.mass[0] * mix.mass[0] + mix.mass[1] * mix.mass[1], m2 * m2 + mu * mu + 2 * mw2, 1e-6);
  EXPECT_NEAR(mix.mass[0] * mix.mass[1], std::fabs(m2 * mu - mw2 * s2b), 1e-6);
}

}  // namespace
}  // namespace gmsb
