// One-loop slepton self-energies (slepton_pole.hpp): SOFTSUSY's own DRbar parameters in, its
// pole masses out; renormalisation-scale consistency; limits of the loop functions.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "gmsb/error.hpp"
#include "ewsb/beta_angles.hpp"
#include "higgs/higgs_kn99.hpp"
#include "sparticles/passarino_veltman.hpp"
#include "sparticles/slepton_pole.hpp"
#include "softsusy_drbar.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

using testing::SoftsusyDrbar;
constexpr const SoftsusyDrbar* kPoints = testing::kSoftsusyPoints;
constexpr int kNumPoints = sizeof(testing::kSoftsusyPoints) / sizeof(testing::kSoftsusyPoints[0]);

SleptonLoopInputs inputs_from(const SoftsusyDrbar& s, ElectroweakConstants& ew) {
  return testing::drbar_spectrum_from(s, ew);
}

TEST(SleptonPole, SoftsusyDrbarParametersGiveSoftsusyPoleMasses) {
  // Same DRbar input, so only the self-energies differ; SOFTSUSY 3.3.9 implements the same PBMZ
  // self-energies (independently of this code). Observed agreement: better than 1e-5.
  for (int ip = 0; ip < kNumPoints; ++ip) {
    const SoftsusyDrbar& s = kPoints[ip];
    ElectroweakConstants ew;
    const SleptonLoopInputs in = inputs_from(s, ew);
    const SleptonPoleMasses m = slepton_pole_masses(in);
    struct Row { const char* name; double tree, ours, softsusy; };
    const Row rows[] = {{"e_L", std::sqrt(in.m2_eL), m.selectron_L, s.pole_eL},
                        {"e_R", std::sqrt(in.m2_eR), m.selectron_R, s.pole_eR},
                        {"snu_e", std::sqrt(in.m2_snu_e), m.sneutrino_e, s.pole_snu},
                        {"stau_1", std::sqrt(in.stau.m1sq), m.stau1, s.pole_stau1},
                        {"stau_2", std::sqrt(in.stau.m2sq), m.stau2, s.pole_stau2},
                        {"snu_tau", std::sqrt(in.m2_snu_tau), m.sneutrino_tau, s.pole_snutau}};
    for (const Row& r : rows) {
      std::printf("%-11s %-7s tree %7.2f  pole %7.2f  SOFTSUSY %7.2f  (%+.3f %%)\n", s.name, r.name, r.tree, r.ours,
                  r.softsusy, 100 * (r.ours / r.softsusy - 1));
      EXPECT_NEAR(r.ours / r.softsusy, 1.0, 1e-4) << s.name << " " << r.name;
    }
  }
}

TEST(SleptonPole, ScaleDependenceDoesNotDependOnMomentum) {
  // The ln(q) coefficient of a self-energy is momentum independent: the p^2 parts of the gauge
  // loops, -4 p^2 (g'^2 Y^2 + g^2 T(T+1)) ln q... cancel those of the gaugino loops exactly when
  // the gauge and gaugino couplings are normalised consistently (wave-function renormalisation
  // of a chiral multiplet vanishes at one loop in the Feynman gauge's ln q).
  ElectroweakConstants ew;
  SleptonLoopInputs in = inputs_from(kPoints[0], ew);
  // d Pi / d ln q at fixed masses and couplings (central difference).
  auto slope_of = [](const SleptonLoopInputs& base, double p, auto&& pi) {
    const double h = 1e-3;
    SleptonLoopInputs a = base, b = base;
    a.q = base.q * std::exp(h);
    b.q = base.q * std::exp(-h);
    return (pi(p, a) - pi(p, b)) / (2 * h);
  };
  auto slope = [&](double p, auto&& pi) { return slope_of(in, p, pi); };
  auto e_r = [](double p, const SleptonLoopInputs& x) { return charged_slepton_self_energy(p, x, 1)(1, 1); };
  auto e_l = [](double p, const SleptonLoopInputs& x) { return charged_slepton_self_energy(p, x, 1)(0, 0); };
  auto snu = [](double p, const SleptonLoopInputs& x) { return sneutrino_self_energy(p, x, 1); };
  EXPECT_NEAR(slope(100.0, e_r), slope(600.0, e_r), 1e-6 * std::fabs(slope(100.0, e_r)));
  EXPECT_NEAR(slope(100.0, e_l), slope(600.0, e_l), 1e-6 * std::fabs(slope(100.0, e_l)));
  EXPECT_NEAR(slope(100.0, snu), slope(600.0, snu), 1e-6 * std::fabs(slope(100.0, snu)));
  // And the bino-mass term of the e_R slope is the one-loop RGE's -8 g'^2 M1^2 (MV94 with
  // g1^2 = 5/3 g'^2: -(24/5) g1^2 M1^2), the S and D-term pieces being M1-independent.
  SleptonLoopInputs heavy = in;
  heavy.neutralinos = neutralino_mixing(2.0 * 167.04347, 314.505527, in.mu, in.beta, ew);
  const double s0 = slope(170.0, e_r), s1 = slope_of(heavy, 170.0, e_r);
  const double gp2 = in.gp * in.gp, m1 = 167.04347;
  EXPECT_NEAR((s1 - s0) * 16 * M_PI * M_PI, -8.0 * gp2 * (4.0 * m1 * m1 - m1 * m1), 1e-4 * 8 * gp2 * 3 * m1 * m1);
}

TEST(SleptonPole, GenerationArgumentIsChecked) {
  ElectroweakConstants ew;
  const SleptonLoopInputs in = inputs_from(kPoints[0], ew);
  EXPECT_THROW(charged_slepton_self_energy(100.0, in, 2), gmsb::InputError);
  EXPECT_THROW(sneutrino_self_energy(100.0, in, 0), gmsb::InputError);
}

}  // namespace
}  // namespace gmsb
