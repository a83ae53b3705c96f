// One-loop neutralino and chargino self-energies (sparticles/neutralino_chargino_pole.hpp): SOFTSUSY's own DRbar
// parameters in, its pole masses out; the renormalisation-scale dependence of the corrections
// against the one-loop RGEs of M1, M2 and mu.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "sparticles/neutralino_chargino_pole.hpp"
#include "softsusy_drbar.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

using testing::kSoftsusyPoints;
using testing::SoftsusyDrbar;

TEST(GauginoPole, SoftsusyDrbarParametersGiveSoftsusyPoleMasses) {
  // Same DRbar input, so only the self-energies differ; SOFTSUSY 3.3.9 implements the PBMZ
  // self-energies independently of this code. Observed agreement: 1e-7 (SLHA's 9 digits), on
  // corrections of -1.9 % (chi0_1) to +2.9 % (chi+_1).
  for (const SoftsusyDrbar& s : kSoftsusyPoints) {
    ElectroweakConstants ew;
    const DrbarSpectrum in = testing::drbar_spectrum_from(s, ew);
    const GauginoPoleMasses m = gaugino_pole_masses(in);
    for (int i = 0; i < 4; ++i) {
      std::printf("%-11s chi0_%d  tree %8.3f  pole %8.3f  SOFTSUSY %8.3f  (%+.2e)\n", s.name, i + 1,
                  in.neutralinos.mass[i], m.neutralino[i], s.pole_neutralino[i],
                  m.neutralino[i] / s.pole_neutralino[i] - 1);
      EXPECT_NEAR(m.neutralino[i] / s.pole_neutralino[i], 1.0, 1e-6) << s.name << " neutralino " << i + 1;
    }
    for (int i = 0; i < 2; ++i) {
      std::printf("%-11s chi+_%d  tree %8.3f  pole %8.3f  SOFTSUSY %8.3f  (%+.2e)\n", s.name, i + 1,
                  in.charginos.mass[i], m.chargino[i], s.pole_chargino[i],
                  m.chargino[i] / s.pole_chargino[i] - 1);
      EXPECT_NEAR(m.chargino[i] / s.pole_chargino[i], 1.0, 1e-6) << s.name << " chargino " << i + 1;
    }
  }
}

/// The spectrum of a benchmark with electroweak symmetry restored (v -> 0): the tree-level
/// neutralinos are B (M1), W3 (M2) and the higgsinos (mass matrix entry -mu), the charginos W+-
/// (M2) and H+- (mu); the SU(2) partners are degenerate (m_H = m_A = m_H+, m_h = 0).
DrbarSpectrum unbroken_spectrum(const SoftsusyDrbar& s) {
  SoftsusyDrbar symmetric = s;
  symmetric.vev246 = 1e-4;  // GeV: D-terms, quark and lepton masses, m_Z and m_W vanish
  ElectroweakConstants ew;
  return testing::drbar_spectrum_from(symmetric, ew);
}

/// d/d ln q of the one-loop correction M(p) - M(tree) at fixed masses and couplings (the B
/// functions are linear in ln q, so the central difference is exact up to rounding).
template <typename F>
auto correction_slope(const DrbarSpectrum& in, F&& one_loop_matrix) {
  const double h = 0.05;
  DrbarSpectrum up = in, down = in;
  up.q = in.q * std::exp(h);
  down.q = in.q * std::exp(-h);
  return ((one_loop_matrix(up) - one_loop_matrix(down)) / (2 * h)).eval();
}

TEST(GauginoPole, ScaleDependenceCancelsTheRunningOfM1M2AndMu) {
  // The pole mass does not depend on q: the explicit ln q of the correction is minus the
  // one-loop running of the tree-level entries (Martin-Vaughn PRD 50 (1994) 2282, GUT g1^2 =
  // 5/3 g'^2): dM1/dt = 2 b1 g1^2 M1/16pi^2 (b1 = 33/5), dM2/dt = 2 b2 g^2 M2/16pi^2 (b2 = 1),
  // dmu/dt = mu (3 yt^2 + 3 yb^2 + ytau^2 - 3 g^2 - g'^2)/16pi^2. In the unbroken limit these
  // are the only running entries; the test checks the normalisation of every loop class (the
  // gauge loops give -6 g^2 of b2, the quark, lepton and Higgs multiplets the rest).
  const SoftsusyDrbar& s = kSoftsusyPoints[0];
  const DrbarSpectrum in = unbroken_spectrum(s);
  const double k = 1.0 / (16 * M_PI * M_PI), g2 = s.g * s.g, gp2 = s.gp * s.gp;
  const double dm1 = 2 * (33.0 / 5) * (5.0 / 3) * gp2 * s.m1 * k, dm2 = 2 * g2 * s.m2 * k;
  const double dmu = s.mu * (3 * s.yt * s.yt + 3 * s.yb * s.yb + s.ytau * s.ytau - 3 * g2 - gp2) * k;
  for (double p : {150.0, 400.0}) {  // the ln q coefficient does not depend on the momentum
    const Eigen::Matrix4d dn =
        correction_slope(in, [p](const DrbarSpectrum& x) { return neutralino_mass_matrix_one_loop(p, x); });
    Eigen::Matrix4d expected = Eigen::Matrix4d::Zero();
    expected(0, 0) = -dm1;
    expected(1, 1) = -dm2;
    expected(2, 3) = expected(3, 2) = +dmu;  // the entry is -mu
    EXPECT_LT((dn - expected).cwiseAbs().maxCoeff(), 1e-6 * dm1) << "p = " << p << "\n" << dn << "\n" << expected;
    const Eigen::Matrix2d dc =
        correction_slope(in, [p](const DrbarSpectrum& x) { return chargino_mass_matrix_one_loop(p, x); });
    Eigen::Matrix2d expected_c = Eigen::Matrix2d::Zero();
    expected_c(0, 0) = -dm2;
    expected_c(1, 1) = -dmu;
    EXPECT_LT((dc - expected_c).cwiseAbs().maxCoeff(), 1e-6 * dm1) << "p = " << p << "\n" << dc << "\n" << expected_c;
  }
}

TEST(GauginoPole, UnbrokenLimitWinoNeutralinoAndCharginoAreDegenerate) {
  // With v -> 0 the neutral and charged winos form one SU(2) triplet, and the neutral and charged
  // higgsinos one doublet pair: their one-loop pole masses must agree (the neutralino and
  // chargino loops are computed by different code paths).
  const DrbarSpectrum in = unbroken_spectrum(kSoftsusyPoints[0]);
  const GauginoPoleMasses m = gaugino_pole_masses(in);
  // Tree level: chi0 = (M1, M2, -mu, +mu) ordered by |m|, chi+ = (M2, mu).
  EXPECT_NEAR(m.neutralino[1], m.chargino[0], 1e-6 * m.chargino[0]);
  EXPECT_NEAR(std::fabs(m.neutralino[2]), m.chargino[1], 1e-6 * m.chargino[1]);
  EXPECT_NEAR(std::fabs(m.neutralino[3]), m.chargino[1], 1e-6 * m.chargino[1]);
  EXPECT_GT(std::fabs(m.neutralino[1] / in.neutralinos.mass[1] - 1), 1e-3);  // a real correction
}

}  // namespace
}  // namespace gmsb
