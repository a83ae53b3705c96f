// Whole-point sanity values (docs/physics.md §9.2), status flags and input validation.
#include <gtest/gtest.h>

#include "ewsb/beta_angles.hpp"

#include <cmath>
#include <stdexcept>

#include "ewsb/ewsb.hpp"
#include "gmsb/error.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;

namespace {
const SpectrumCalculator& calc() {
  static const SpectrumCalculator c(SMInputs::kn99(), Settings::kn99());
  return c;
}
PointInput seed_point(double tanb) { return PointInput{parse_indices("1,1,1"), 1e5, 1e8, tanb, +1}; }
void expect_rel(double ours, double ref, double rel, const char* what) {
  EXPECT_NEAR(ours, ref, rel * std::fabs(ref)) << what;
}
}  // namespace

TEST(SmInputs, CouplingsAndMasses1999) {
  // docs/physics.md §4.2, 4.3: 1/alpha_a(M_Z) = 59.00, 29.57, 8.475; m_t(m_t) = 165.7 GeV; v = 174.1 GeV.
  const SMInputs in = SMInputs::kn99();
  EXPECT_NEAR(in.vev(), 174.10, 0.01);
  const SMCouplings c = sm_couplings(in);
  EXPECT_NEAR(c.mt_mt, 165.7, 0.15);
  EXPECT_NEAR(c.mb_mz, 2.89, 0.03);    // two-loop QCD: "about 2.87-2.9 GeV"
  EXPECT_NEAR(c.mtau_mz, 1.746, 0.004);
  EXPECT_NEAR(alpha_s_running(in, in.mz), in.alpha_s, 1e-12);
  EXPECT_NEAR(c.yt, c.mt_mt / in.vev(), 1e-12);
}

TEST(Spectrum, SeedSanityPointAtTanBeta29) {
  // docs/physics.md §9.2: N = (1,1,1), Lambda = 100 TeV, M = 1e8 GeV, mu > 0; tolerances 1-2 %, 1 GeV for M_h.
  const PointResult r = calc().compute(seed_point(29));
  ASSERT_EQ(r.status, 0u);
  const MssmState& m = r.at_mess;
  expect_rel(4 * M_PI / (m[kG1] * m[kG1]), 45.34, 0.01, "1/alpha1(M)");
  expect_rel(4 * M_PI / (m[kG2] * m[kG2]), 28.95, 0.01, "1/alpha2(M)");
  expect_rel(4 * M_PI / (m[kG3] * m[kG3]), 16.64, 0.01, "1/alpha3(M)");
  expect_rel(m[kM1], 175.5, 0.01, "M1(M)");
  expect_rel(m[kM2], 274.9, 0.01, "M2(M)");
  expect_rel(m[kM3], 478.2, 0.01, "M3(M)");
  expect_rel(std::sqrt(m[kMQ1]), 851.1, 0.01, "mQ(M)");
  expect_rel(std::sqrt(m[kMU1]), 791.4, 0.01, "mU(M)");
  expect_rel(std::sqrt(m[kMD1]), 783.6, 0.01, "mD(M)");
  expect_rel(std::sqrt(m[kML1]), 350.2, 0.01, "mL(M)");
  expect_rel(std::sqrt(m[kMHu2]), 350.2, 0.01, "mHu(M)");
  expect_rel(std::sqrt(m[kME1]), 192.3, 0.01, "mE(M)");
  const MssmState& y = r.at_msusy;
  expect_rel(r.msusy, 865, 0.01, "M_SUSY");
  expect_rel(r.M1, 138.3, 0.01, "M1");
  expect_rel(r.M2, 259.2, 0.01, "M2");
  expect_rel(r.M3, 724.7, 0.01, "M3");
  expect_rel(std::sqrt(y[kMQ1]), 1003, 0.015, "mQ1");
  expect_rel(std::sqrt(y[kMU1]), 946, 0.015, "mU1");
  expect_rel(std::sqrt(y[kMD1]), 939, 0.015, "mD1");
  expect_rel(std::sqrt(y[kML1]), 370.6, 0.015, "mL1");
  expect_rel(std::sqrt(y[kME1]), 198.0, 0.015, "mE1");
  expect_rel(r.mstop1, 799, 0.015, "stop1");
  expect_rel(r.mstop2, 937, 0.015, "stop2");
  expect_rel(y[kAt], -373, 0.02, "A_t");
  expect_rel(r.mu, 522, 0.02, "mu");
  expect_rel(r.mA, 547, 0.02, "m_A");
  expect_rel(r.mstau1, 167, 0.02, "stau1");
  expect_rel(r.mstau1_sq, 2.8e4, 0.04, "m_stau1^2");
  EXPECT_NEAR(r.mh, 116.2, 1.0);
  // Gluino pole mass ~ 10 % above M3 (docs/physics.md §9.2).
  EXPECT_NEAR(r.mgluino / r.M3, 1.10, 0.03);
}

TEST(Spectrum, SeedSanityPointAtTanBeta15) {
  // docs/physics.md §9.2: at tan(beta) = 15: mu = 525, m_A = 618, stau1 = 193 GeV, M_h(A) = 116.0 GeV.
  const PointResult r = calc().compute(seed_point(15));
  ASSERT_EQ(r.status, 0u);
  expect_rel(r.mu, 525, 0.02, "mu");
  expect_rel(r.mA, 618, 0.02, "m_A");
  expect_rel(r.mstau1, 193, 0.02, "stau1");
  EXPECT_NEAR(r.mh, 116.0, 1.0);
}

TEST(Spectrum, EwsbResidualVanishesAtTheConvergedPoint) {
  const PointResult r = calc().compute(seed_point(29));
  double ru, rd;
  ewsb_residuals(r.at_msusy, BetaAngles::from_tanb(29), r.mu, r.bmu, r.msusy, ElectroweakConstants{calc().sm_inputs().mz, calc().sm_inputs().vev(), calc().sm_inputs().sin2w}, false, ru, rd);
  EXPECT_NEAR(ru, 0.0, 1e-6 * r.mu * r.mu);
  EXPECT_NEAR(rd, 0.0, 1e-6 * r.mu * r.mu);
}

TEST(Spectrum, StauExclusionBoundaryLikeThePrototype) {
  // docs/physics.md §9.2: for (1,1,1) the first stau-excluded tan(beta) is ~27/33/42/54 at Lambda = 20/40/60/80 TeV.
  const double lambdas[4] = {2e4, 4e4, 6e4, 8e4}, expected[4] = {27, 33, 42, 54};
  for (int i = 0; i < 4; ++i) {
    double first = -1;
    for (double tb = 10; tb <= 70 && first < 0; tb += 0.5) {
      const PointResult r = calc().compute({parse_indices("1,1,1"), lambdas[i], 1e8, tb, 1});
      if (has(r.status, StatusBit::kStauTachyon)) first = tb;
      else ASSERT_EQ(r.status, 0u) << tb;
    }
    EXPECT_NEAR(first, expected[i], 2.0) << lambdas[i];
  }
}

TEST(Spectrum, StauTachyonKeepsHiggsMassAndFlags) {
  const PointResult r = calc().compute({parse_indices("1,3,4"), 4e4, 1e8, 40, 1});
  EXPECT_TRUE(has(r.status, StatusBit::kStauTachyon));
  EXPECT_LT(r.mstau1_sq, 0);
  EXPECT_TRUE(std::isnan(r.mstau1));
  EXPECT_TRUE(std::isfinite(r.mh));  // excluded but computed
}

TEST(Spectrum, NoEwsbIsAStatusNotAnException) {
  // docs/physics.md §6.6 item 10: (14/5,4,1) has no radiative EWSB at tan(beta) = 29, Lambda = 100 TeV.
  const PointResult r = calc().compute({parse_indices("14/5,4,1"), 1e5, 1e8, 29, 1});
  EXPECT_TRUE(has(r.status, StatusBit::kNoEwsb));
  EXPECT_FALSE(has(r.status, StatusBit::kStauTachyon));
  EXPECT_TRUE(std::isnan(r.mh));
  EXPECT_GT(r.at_msusy[kMHu2], 0);  // m_Hu^2 stays positive
}

TEST(Spectrum, NegativeMuGivesNegativeMuAndAPoint) {
  PointInput in = seed_point(29);
  in.sign_mu = -1;
  const PointResult r = calc().compute(in);
  EXPECT_EQ(r.status, 0u);
  EXPECT_LT(r.mu, 0);
  EXPECT_NEAR(r.mh, 116.0, 1.5);
}

TEST(Spectrum, LambdaLineEqualsSinglePoints) {
  std::vector<double> lambdas;
  for (double l = 2e4; l <= 1.6e5; l += 2e4) lambdas.push_back(l);
  PointInput base = seed_point(20);
  const auto line = calc().compute_lambda_line(base, lambdas);
  ASSERT_EQ(line.size(), lambdas.size());
  for (size_t i = 0; i < lambdas.size(); ++i) {
    base.lambda_gev = lambdas[i];
    const PointResult single = calc().compute(base);
    EXPECT_EQ(line[i].status, single.status);
    EXPECT_NEAR(line[i].mh, single.mh, 1e-6);
    EXPECT_NEAR(line[i].msusy, single.msusy, 1e-6 * single.msusy);
  }
}

TEST(Spectrum, LandauPoleFlaggedAtTinyTanBeta) {
  // y_t = m_t/(v sin beta) grows without bound as tan(beta) -> 1 and M grows: status, not a crash.
  const PointResult r = calc().compute({parse_indices("1,1,1"), 1e5, 1e15, 1.02, 1});
  EXPECT_NE(r.status, 0u);
  EXPECT_TRUE(std::isnan(r.mh));
}

TEST(PointInput, RejectsImpossibleParameters) {
  auto bad = [](PointInput in) { EXPECT_THROW(in.validate(), gmsb::InputError); };
  bad({parse_indices("1,1,1"), 1e5, 1e8, 0.5, 1});    // tan(beta) < 1
  bad({parse_indices("1,1,1"), 1e5, 1e8, 1.0, 1});    // tan(beta) = 1 singular
  bad({parse_indices("1,1,1"), -1e5, 1e8, 10, 1});    // Lambda <= 0
  bad({parse_indices("1,1,1"), 1e5, 1e5, 10, 1});     // M <= Lambda
  bad({parse_indices("1,1,1"), 1e5, 5e4, 10, 1});     // M < Lambda
  bad({MessengerIndices{0, 0, 0}, 1e5, 1e8, 10, 1});  // no messengers
  bad({MessengerIndices{5, -1, 1}, 1e5, 1e8, 10, 1}); // negative N
  bad({parse_indices("1,1,1"), 1e5, 1e8, 10, 0});     // sign(mu)
  bad({parse_indices("1,1,1"), std::nan(""), 1e8, 10, 1});
  try {
    PointInput{parse_indices("1,1,1"), 1e5, 1e5, 10, 1}.validate();
  } catch (const gmsb::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("must exceed Lambda"), std::string::npos) << e.what();
  }
}

TEST(PointInput, MessengerScaleCloseToLambdaWorks) {
  // x = 0.9 (docs/physics.md §9.4 benchmark geometry): f(0.9), g(0.9) enter; still a valid point.
  const PointResult r = calc().compute({parse_indices("1,1,1"), 99e3, 110e3, 15, 1});
  EXPECT_EQ(r.status, 0u);
  EXPECT_GT(r.mh, 100);
}
