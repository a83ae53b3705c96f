// RG running: one-loop invariants and analytic solutions (docs/physics.md §3, 9.1).
#include <gtest/gtest.h>

#include <cmath>

#include "messengers/boundary_conditions.hpp"
#include "gmsb/messengers.hpp"
#include "rge/beta_functions.hpp"
#include "rge/integrators.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "messengers/messenger_loop_functions.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;

namespace {
/// MSSM state at M = 1e8 GeV with the seed's boundary conditions for N = (1,1,1), Lambda = 100 TeV.
MssmState reference_state_at_mess() {
  SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  MssmState y{};
  EXPECT_TRUE(calc.mssm_couplings(865.0, 29.0, 1e8, y));
  add_gauge_mediated_masses(y, {1.0, 1.0, 1.0}, 1e5, 1e8);
  return y;
}
const double kTMess = std::log(1e8);
const double kTLow = std::log(865.0);
}  // namespace

TEST(Rge, GauginoOverCouplingSquaredIsOneLoopInvariant) {
  // docs/physics.md §9.1: M_a/g_a^2 = N_a g(x) Lambda/(16 pi^2) = 633.2575 GeV for N = 1, Lambda = 100 TeV.
  MssmState y = reference_state_at_mess();
  const double expected = messenger_g(1e-3) * 1e5 / (16 * M_PI * M_PI);
  EXPECT_NEAR(expected, 633.2575, 1e-3);
  for (int a = 0; a < 3; ++a) EXPECT_NEAR(y[kM1 + a] / (y[kG1 + a] * y[kG1 + a]), expected, 1e-9);
  ASSERT_EQ(run_mssm(y, kTMess, kTLow, RgeOptions{}, RunControl{}), RunStatus::kOk);
  for (int a = 0; a < 3; ++a) EXPECT_NEAR(y[kM1 + a] / (y[kG1 + a] * y[kG1 + a]), expected, 1e-6);
}

TEST(Rge, GaugeCouplingsMatchAnalyticOneLoop) {
  // 1/alpha_a(t) = 1/alpha_a(t0) - b_a (t - t0)/(2 pi), b = (33/5, 1, -3).
  MssmState y = reference_state_at_mess();
  const MssmState y0 = y;
  ASSERT_EQ(run_mssm(y, kTMess, kTLow, RgeOptions{}, RunControl{}), RunStatus::kOk);
  for (int a = 0; a < 3; ++a) {
    const double inv0 = 4 * M_PI / (y0[kG1 + a] * y0[kG1 + a]);
    const double inv = 4 * M_PI / (y[kG1 + a] * y[kG1 + a]);
    EXPECT_NEAR(inv, inv0 - kMssmB1[a] * (kTLow - kTMess) / (2 * M_PI), 1e-7);
  }
}

TEST(Rge, FirstGenerationMatchesAnalyticSolution) {
  // docs/physics.md §9.1: m_i^2(Q) = m_i^2(M) + sum_a (2 C_a(i)/b_a) [M_a(M)^2 - M_a(Q)^2] (S = 0).
  MssmState y = reference_state_at_mess();
  const MssmState y0 = y;
  ASSERT_EQ(run_mssm(y, kTMess, kTLow, RgeOptions{}, RunControl{}), RunStatus::kOk);
  auto analytic = [&](int idx, const Casimirs& c) {
    const double cas[3] = {c.c1, c.c2, c.c3};
    double m2 = y0[idx];
    for (int a = 0; a < 3; ++a)
      m2 += 2 * cas[a] / kMssmB1[a] * (y0[kM1 + a] * y0[kM1 + a] - y[kM1 + a] * y[kM1 + a]);
    return m2;
  };
  EXPECT_NEAR(y[kMQ1], analytic(kMQ1, kCasimirQ), 1e-6 * y[kMQ1]);
  EXPECT_NEAR(y[kMU1], analytic(kMU1, kCasimirU), 1e-6 * y[kMU1]);
  EXPECT_NEAR(y[kMD1], analytic(kMD1, kCasimirD), 1e-6 * y[kMD1]);
  EXPECT_NEAR(y[kML1], analytic(kML1, kCasimirL), 1e-6 * y[kML1]);
  EXPECT_NEAR(y[kME1], analytic(kME1, kCasimirE), 1e-6 * y[kME1]);
  // The familiar SU(3) piece: squarks gain about (8/9)[M3(Q)^2 - M3(M)^2].
  EXPECT_GT(y[kMQ1] - y0[kMQ1], 0.8 * 8.0 / 9.0 * (y[kM3] * y[kM3] - y0[kM3] * y0[kM3]));
}

TEST(Rge, HyperchargeTraceStartsAndStaysZeroInPureGmsb) {
  // docs/physics.md §2.3: Tr(Y m^2) = 0 at M for any N_a; docs/physics.md §3.4: beta_S is proportional to S.
  MssmState y{};
  y[kG1] = 0.6; y[kG2] = 0.65; y[kG3] = 0.9;
  add_gauge_mediated_masses(y, {14.0 / 5, 4.0, 1.0}, 1e5, 1e8);
  EXPECT_NEAR(hypercharge_trace_s(y), 0.0, 1e-9);
  y = reference_state_at_mess();
  ASSERT_EQ(run_mssm(y, kTMess, kTLow, RgeOptions{}, RunControl{}), RunStatus::kOk);
  EXPECT_NEAR(hypercharge_trace_s(y), 0.0, 1e-6);
}

TEST(Rge, HyperchargeTraceRunsMultiplicatively) {
  // docs/physics.md §3.4: beta_S = k (66/5) g1^2 S exactly at one loop (the Yukawa terms cancel).
  MssmState y = reference_state_at_mess();
  y[kMHu2] += 1e5;  // break S = 0
  y[kAt] = 300; y[kAb] = -200; y[kAtau] = 100;
  MssmState dy{};
  mssm_beta(y, dy, RgeOptions{});
  const double beta_s = hypercharge_trace_s(dy);  // S is linear in the masses
  const double s = hypercharge_trace_s(y);
  EXPECT_NEAR(beta_s, 66.0 / 5.0 * y[kG1] * y[kG1] * s / (16 * M_PI * M_PI), 1e-9 * std::fabs(beta_s));
}

TEST(Rge, TrilinearRunsNegativeForPositiveGluino) {
  // docs/physics.md §3.3: with A(M) = 0 and M3 > 0, A_t(M_SUSY) is about -0.5 M3(M_SUSY) for M = 1e8 GeV.
  MssmState y = reference_state_at_mess();
  ASSERT_EQ(run_mssm(y, kTMess, kTLow, RgeOptions{}, RunControl{}), RunStatus::kOk);
  EXPECT_LT(y[kAt], 0);
  EXPECT_NEAR(y[kAt] / y[kM3], -0.5, 0.1);
}

TEST(Rge, RunningUpAndDownReturnsToStart) {
  MssmState y = reference_state_at_mess();
  const MssmState y0 = y;
  ASSERT_EQ(run_mssm(y, kTMess, kTLow, RgeOptions{}, RunControl{}), RunStatus::kOk);
  ASSERT_EQ(run_mssm(y, kTLow, kTMess, RgeOptions{}, RunControl{}), RunStatus::kOk);
  for (int i = 0; i < kMssmSize; ++i) EXPECT_NEAR(y[i], y0[i], 1e-6 * (std::fabs(y0[i]) + 1.0)) << i;
}

TEST(Rge, LandauPoleIsReportedNotThrown) {
  MssmState y{};
  y[kG1] = 0.5; y[kG2] = 0.6; y[kG3] = 0.9; y[kYt] = 2.5;
  EXPECT_EQ(run_mssm(y, std::log(1e3), std::log(1e16), RgeOptions{}, RunControl{}), RunStatus::kNonPerturbative);
}
