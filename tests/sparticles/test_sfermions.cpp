// Sfermion 2x2 matrices and D-terms (docs/physics.md §6.5).
#include <gtest/gtest.h>

#include "ewsb/beta_angles.hpp"

#include <cmath>

#include "sparticles/sfermions.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;

TEST(Sfermions, StauEigenvaluesAndVector) {
  // Trace, determinant and eigenvector of the stau matrix.
  ElectroweakConstants ew;
  const double tanb = 29, mtau = 1.75 * std::sqrt(1 + tanb * tanb) / tanb * 1.0;
  const double mu = 520, atau = -46;
  const double xtau = atau - mu * tanb;
  const Mixing2x2 m = sfermion_masses(SfermionKind::kLepton, 370.0 * 370, 198.0 * 198, mtau, xtau, BetaAngles::from_tanb(tanb), ew);
  const double c2b = (1 - tanb * tanb) / (1 + tanb * tanb);
  const double ll = 370.0 * 370 + mtau * mtau + (-0.5 + ew.sin2w) * ew.mz * ew.mz * c2b;
  const double rr = 198.0 * 198 + mtau * mtau - ew.sin2w * ew.mz * ew.mz * c2b;
  const double lr = mtau * xtau;
  EXPECT_NEAR(m.m1sq + m.m2sq, ll + rr, 1e-8 * (ll + rr));
  EXPECT_NEAR(m.m1sq * m.m2sq, ll * rr - lr * lr, 1e-8 * ll * rr);
  EXPECT_LT(m.m1sq, m.m2sq);
  // (cos, sin) is the eigenvector of the lighter state.
  EXPECT_NEAR(ll * m.cos_theta + lr * m.sin_theta, m.m1sq * m.cos_theta, 1e-6 * ll);
  EXPECT_NEAR(lr * m.cos_theta + rr * m.sin_theta, m.m1sq * m.sin_theta, 1e-6 * ll);
}

TEST(Sfermions, NegativeLighterStauFromLargeMixing) {
  // LL*RR < (m_tau X_tau)^2 gives m_stau1^2 < 0 (the seed's exclusion, docs/physics.md §6.5).
  ElectroweakConstants ew;
  const Mixing2x2 m = sfermion_masses(SfermionKind::kLepton, 150.0 * 150, 90.0 * 90, 3.0, -60 * 800, BetaAngles::from_tanb(60), ew);
  EXPECT_LT(m.m1sq, 0);
}

TEST(Sfermions, Su2SumRulesOfDterms) {
  // m^2(e_L) - m^2(nu) = m^2(d_L) - m^2(u_L) = -m_W^2 cos(2 beta), m_W^2 = m_Z^2 cos^2 theta_W.
  const double mz = 91.187, sw2 = 0.2312, c2b = -0.8;
  const double mw2c2b = mz * mz * (1 - sw2) * c2b;
  const double sneutrino = dterm_sneutrino(mz, c2b);
  EXPECT_NEAR(dterm_left(SfermionKind::kLepton, mz, sw2, c2b) - sneutrino, -mw2c2b, 1e-9);
  EXPECT_NEAR(sneutrino, 0.5 * mz * mz * c2b, 1e-9);  // T3 = +1/2, Q = 0
  EXPECT_NEAR(dterm_left(SfermionKind::kDown, mz, sw2, c2b) - dterm_left(SfermionKind::kUp, mz, sw2, c2b), -mw2c2b,
              1e-9);
  // Right-handed states: Q s_W^2 m_Z^2 cos 2beta.
  EXPECT_NEAR(dterm_right(SfermionKind::kUp, mz, sw2, c2b), 2.0 / 3 * sw2 * mz * mz * c2b, 1e-9);
  EXPECT_NEAR(dterm_right(SfermionKind::kLepton, mz, sw2, c2b), -sw2 * mz * mz * c2b, 1e-9);
}

TEST(Sfermions, NoMixingGivesDiagonal) {
  const Mixing2x2 m = diagonalise_symmetric_2x2(4.0, 9.0, 0.0);
  EXPECT_DOUBLE_EQ(m.m1sq, 4.0);
  EXPECT_DOUBLE_EQ(m.m2sq, 9.0);
  EXPECT_NEAR(std::fabs(m.cos_theta), 1.0, 1e-15);
}
