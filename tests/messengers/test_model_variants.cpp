// Model variants of PT97 and T97 (docs/physics.md §8), the messenger two-loop gauge
// terms (docs/physics.md §1.3) and the running perturbativity criterion (docs/physics.md §1.2).
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "gmsb/error.hpp"
#include "messengers/boundary_conditions.hpp"
#include "messengers/high_scale_running.hpp"
#include "messengers/messenger_beta.hpp"
#include "gmsb/model_variants.hpp"
#include "matching/low_scale_matching.hpp"
#include "messengers/perturbativity.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "messengers/messenger_loop_functions.hpp"

#include <set>
#include "internal_namespaces.hpp"

using namespace gmsb;

namespace {
const SpectrumCalculator& calculator() {
  static const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  return calc;
}
double a4pi(const MssmState& y, int a) { return y[kG1 + a] * y[kG1 + a] / (16.0 * M_PI * M_PI); }

void expect_matrix(const Matrix3& got, const Matrix3& want, const char* what) {
  for (int a = 0; a < 3; ++a)
    for (int b = 0; b < 3; ++b) EXPECT_NEAR(got[a][b], want[a][b], 1e-12) << what << " [" << a << "][" << b << "]";
}

PointInput make_point(const MessengerIndices& n, double lambda, double mess, double tanb) {
  PointInput in;
  in.n = n;
  in.lambda_gev = lambda;
  in.mess_gev = mess;
  in.tanb = tanb;
  return in;
}

MessengerContent su5(int n5) {
  MessengerContent c;
  c.n5 = n5;
  return c;
}
}  // namespace

// ---- docs/physics.md §1.3: two-loop messenger shifts from the general formula ----

TEST(MessengerBeta, PairMatricesEqualSpec13) {
  expect_matrix(pair_two_loop_b(kPairQ), {{{1.0 / 75, 3.0 / 5, 16.0 / 15}, {1.0 / 5, 21, 16}, {2.0 / 15, 6, 68.0 / 3}}}, "Q");
  expect_matrix(pair_two_loop_b(kPairU), {{{128.0 / 75, 0, 128.0 / 15}, {0, 0, 0}, {16.0 / 15, 0, 34.0 / 3}}}, "U");
  expect_matrix(pair_two_loop_b(kPairD), {{{8.0 / 75, 0, 32.0 / 15}, {0, 0, 0}, {4.0 / 15, 0, 34.0 / 3}}}, "D");
  expect_matrix(pair_two_loop_b(kPairL), {{{9.0 / 25, 9.0 / 5, 0}, {3.0 / 5, 7, 0}, {0, 0, 0}}}, "L");
  expect_matrix(pair_two_loop_b(kPairE), {{{72.0 / 25, 0, 0}, {0, 0, 0}, {0, 0, 0}}}, "E");
  expect_matrix(messenger_two_loop_b(su5(1)), {{{7.0 / 15, 9.0 / 5, 32.0 / 15}, {3.0 / 5, 7, 0}, {4.0 / 15, 0, 34.0 / 3}}},
                "5+5bar");
}

TEST(MessengerBeta, GeneralFormulaReproducesMssmTwoLoopMatrix) {
  // docs/physics.md §9.1: the MSSM b_ab from the general formula equals the hard-coded Martin-Vaughn matrix.
  expect_matrix(mssm_two_loop_b_from_general_formula(), kMssmB2, "MSSM");
}

TEST(MessengerBeta, PairIndicesAgreeWithContentIndices) {
  const PairRepresentation reps[] = {kPairQ, kPairU, kPairD, kPairL, kPairE};
  for (int k = 0; k < 5; ++k) {
    MessengerContent c;
    int* counts[] = {&c.nQ, &c.nU, &c.nD, &c.nL, &c.nE};
    *counts[k] = 1;
    const auto n = pair_indices(reps[k]);
    for (int a = 0; a < 3; ++a) EXPECT_NEAR(n[a], c.indices().n(a), 1e-14) << "pair " << k << " group " << a;
  }
  const auto c = simplest_content(parse_indices("14/5,4,1"));
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->name(), "D+4L");
}

// ---- Item 1: general messenger sectors ----

TEST(MessengerSets, OneSetThroughTheGeneralRunningIsExactlyTheMinimalSequence) {
  // The seed-001 sequence (mssm_couplings at M, GMSB boundary conditions, one run M -> Q) and the
  // general high-scale running with an empty variant must agree to the last bit.
  const auto& calc = calculator();
  const MessengerIndices n = parse_indices("14/5,4,1");
  const double lambda = 8e4, mess = 1e8, q = 900.0;
  for (int loops : {1, 2}) {
    const RunControl control{1e-9, 3.5449077018};
    MssmState a{}, b{};
    ASSERT_TRUE(calc.mssm_couplings(q, 20.0, mess, a));
    b = a;
    add_gauge_mediated_masses(a, {n.n1(), double(n.n2), double(n.n3)}, lambda, mess);
    const MssmState a_mess = a;
    RgeOptions opt;
    opt.loops = loops;
    ASSERT_EQ(run_mssm(a, std::log(mess), std::log(q), opt, control), RunStatus::kOk);
    MssmState b_mess{};
    ASSERT_EQ(run_high_scale_model(n, lambda, mess, ModelVariant{}, loops, control, q, b, b_mess), RunStatus::kOk);
    for (int i = 0; i < kMssmSize; ++i) {
      EXPECT_EQ(a[i], b[i]) << "loops " << loops << " index " << i;
      EXPECT_EQ(a_mess[i], b_mess[i]) << "loops " << loops << " index " << i;
    }
  }
}

TEST(MessengerSets, TwoIdenticalSetsAtOneScaleEqualOneSetWithDoubledIndices) {
  const auto& calc = calculator();
  PointInput doubled = make_point(parse_indices("2,2,2"), 7e4, 1e9, 15.0);
  PointInput two = make_point(parse_indices("1,1,1"), 7e4, 1e9, 15.0);
  MessengerSet s;
  s.n = parse_indices("1,1,1");
  s.lambda_ratio = 1.0;
  s.mess_gev = 1e9;
  two.variant.extra_sets.push_back(s);
  // Same M_SUSY start for both (the start estimate uses the primary set only); the converged
  // results then agree to rounding, not just to Settings::msusy_rel_tol.
  const PointResult r1 = calc.compute(doubled, 1000.0), r2 = calc.compute(two, 1000.0);
  ASSERT_EQ(r1.status, 0u);
  ASSERT_EQ(r2.status, 0u);
  for (int i = 0; i < kMssmSize; ++i)
    EXPECT_NEAR(r1.at_msusy[i], r2.at_msusy[i], 1e-12 * (1.0 + std::fabs(r1.at_msusy[i]))) << "index " << i;
  EXPECT_NEAR(r1.mh, r2.mh, 1e-10);
}

TEST(MessengerSets, HeavySetShiftsTheGaugeRunningBetweenTheScales) {
  // docs/physics.md §8(b): with a heavy set (N^h) at M_h and light set at M_l, the gaugino-to-coupling ratio
  // M_a/g_a^2 is invariant at one loop even with b_a + N^l_a (docs/physics.md §9.1): the heavy set's gaugino
  // masses, run to M_l, keep M_a/g_a^2 = N^h_a g(x_h) Lambda_h/(16 pi^2).
  const auto& calc = calculator();
  const double mh = 1e13, ml = 1e7, lam_h = 5e4, lam_l = 3e4;
  MessengerSet heavy;
  heavy.n = parse_indices("1,1,1");
  heavy.lambda_gev = lam_h;
  heavy.mess_gev = mh;
  ModelVariant v;
  v.extra_sets.push_back(heavy);
  const RunControl control{1e-10, 3.5449077018};
  MssmState y{}, at_l{};
  ASSERT_TRUE(calc.mssm_couplings(1000.0, 10.0, ml, y));
  ASSERT_EQ(run_high_scale_model(parse_indices("2,2,2"), lam_l, ml, v, 1, control, ml, y, at_l), RunStatus::kOk);
  MssmState light_only{};
  ASSERT_TRUE(calc.mssm_couplings(1000.0, 10.0, ml, light_only));
  add_gauge_mediated_masses(light_only, {2.0, 2.0, 2.0}, lam_l, ml);
  const double xh = lam_h / mh;
  for (int a = 0; a < 3; ++a) {
    const double heavy_part = at_l[kM1 + a] - light_only[kM1 + a];
    const double want = messenger_g(xh) * lam_h / (16.0 * M_PI * M_PI);
    EXPECT_NEAR(heavy_part / (at_l[kG1 + a] * at_l[kG1 + a]), want, 1e-7 * want) << "group " << a;
  }
}

// ---- Item 3(d): seed-002 colour-triplet messengers ----

TEST(Seed002, TripletOnlyMessengersGiveMassiveWinoZeroAndAFiniteSpectrum) {
  const double m = 1.5e5, mx = 1e16;
  const Seed002Model s = seed002_model(Seed002Case::kTriplets, m, mx, 0, Seed002M1::kCorrected);
  PointInput in = make_point(s.n, s.lambda_gev, s.mess_gev, 10.0);
  in.variant = s.variant;
  const PointResult r = calculator().compute(in);
  // docs/physics.md §8(d) case 2: M3 = (alpha3/pi) m, M2 = 0, M1 = (8/5)(alpha1/4pi) m at M_X.
  EXPECT_EQ(r.at_mess[kM2], 0.0);
  EXPECT_NEAR(r.at_mess[kM3], 4.0 * a4pi(r.at_mess, 2) * m, 1e-12 * r.at_mess[kM3]);
  EXPECT_NEAR(r.at_mess[kM1], 1.6 * a4pi(r.at_mess, 0) * m, 1e-12 * r.at_mess[kM1]);
  // Scalars: SU(3) weight 8 m^2, U(1) weight 16/5 m^2, SU(2) weight 0 (docs/physics.md §8(d)).
  const double mq2 = 2.0 * (kCasimirQ.c1 * std::pow(a4pi(r.at_mess, 0), 2) * 3.2 +
                            kCasimirQ.c3 * std::pow(a4pi(r.at_mess, 2), 2) * 8.0) * m * m;
  EXPECT_NEAR(r.at_mess[kMQ1], mq2, 1e-12 * mq2);
  // One-loop gaugino RGE keeps M2 = 0; everything downstream stays finite.
  EXPECT_EQ(r.at_msusy[kM2], 0.0);
  EXPECT_EQ(r.M2, 0.0);
  EXPECT_TRUE(std::isfinite(r.msusy));
  for (double v : r.mneutralino) EXPECT_TRUE(std::isfinite(v));
  for (double v : r.mchargino) EXPECT_TRUE(std::isfinite(v));
  EXPECT_EQ(r.status & (bit(StatusBit::kNonPerturbative) | bit(StatusBit::kNoConvergence)), 0u);
  if (!has(r.status, StatusBit::kNoEwsb)) {
    EXPECT_TRUE(std::isfinite(r.mu));
    EXPECT_TRUE(std::isfinite(r.mh_sq));
  }
  // Massless wino at tree level: the lighter chargino is below m_W (M2 = 0 in Martin 8.2.5).
  EXPECT_LT(r.mchargino[0], 80.5);
}

TEST(Seed002, GauginoPatternsEqualTheSpecClosedForms) {
  const double m = 1e5, mx = 1e16;
  for (auto m1 : {Seed002M1::kCorrected, Seed002M1::kSeedLiteral}) {
    const Seed002Model s = seed002_model(Seed002Case::kTripletsDoublets, m, mx, 0, m1);
    PointInput in = make_point(s.n, s.lambda_gev, s.mess_gev, 10.0);
    in.variant = s.variant;
    const PointResult r = calculator().compute(in);
    const MssmState& y = r.at_mess;
    // docs/physics.md §8(d) case 1: M3 = (alpha3/pi) m, M2 = 3 (alpha2/4pi) m, M1 = (17/5 or 43/30)(alpha1/4pi) m.
    const double c1 = m1 == Seed002M1::kCorrected ? 17.0 / 5.0 : 43.0 / 30.0;
    EXPECT_NEAR(y[kM3], 4.0 * a4pi(y, 2) * m, 1e-12 * y[kM3]);
    EXPECT_NEAR(y[kM2], 3.0 * a4pi(y, 1) * m, 1e-12 * y[kM2]);
    EXPECT_NEAR(y[kM1], c1 * a4pi(y, 0) * m, 1e-12 * y[kM1]);
    // Scalar weights SU(3) 8 m^2, SU(2) 9 m^2, U(1) 43/5 m^2 (docs/physics.md §8(d)), for the left-handed slepton.
    const double ml2 = 2.0 * (kCasimirL.c1 * std::pow(a4pi(y, 0), 2) * 43.0 / 5.0 +
                              kCasimirL.c2 * std::pow(a4pi(y, 1), 2) * 9.0) * m * m;
    EXPECT_NEAR(y[kML1], ml2, 1e-12 * ml2);
  }
  EXPECT_THROW(seed002_model(Seed002Case::kTriplets, m, mx, 0, Seed002M1::kSeedLiteral), gmsb::InputError);
  EXPECT_THROW(seed002_model(Seed002Case::kTripletsDoublets, m, mx, 1e12, Seed002M1::kSeedLiteral),
               gmsb::InputError);
}

// ---- Item 3(e): D-term ----

TEST(DTerm, WorkedExampleOfSpec8eAtTheDTermScale) {
  // q_Z1 = -4, q_Z = 4: q_10 = q_5bar = q_1 = 1, so sfermions 2.5 m^2, m_Hd^2 = 5 m^2,
  // m_Hu^2 = -5 m^2, and S = -10 m^2 (docs/physics.md §8(e)).
  DTerm d;
  d.enabled = true;
  d.m_gev = 300.0;
  d.charges = U1Charges::flipped_su5(-4.0, 4.0);
  MssmState y{};
  add_dterm_masses(y, d);
  const double m2 = 9e4;
  for (int i : {kMQ3, kMU3, kMD3, kML3, kME3, kMQ1, kMU1, kMD1, kML1, kME1}) EXPECT_DOUBLE_EQ(y[i], 2.5 * m2);
  EXPECT_DOUBLE_EQ(y[kMHd2], 5.0 * m2);
  EXPECT_DOUBLE_EQ(y[kMHu2], -5.0 * m2);
  EXPECT_DOUBLE_EQ(hypercharge_trace_s(y), -10.0 * m2);
  EXPECT_DOUBLE_EQ(2.5 * d.charges.hypercharge_trace(), -10.0);
}

TEST(DTerm, ZeroTraceChargesKeepSZeroAndTheSTermIsRun) {
  const auto& calc = calculator();
  PointInput in = make_point(parse_indices("1,1,1"), 1e5, 1e8, 10.0);
  in.variant.dterm.enabled = true;
  in.variant.dterm.m_gev = 200.0;
  in.variant.dterm.scale_gev = 1e16;
  in.variant.dterm.charges = U1Charges{1, 1, 1, 1, 1, 0.5, 0.5};  // Tr(Y q) = 0
  ASSERT_DOUBLE_EQ(in.variant.dterm.charges.hypercharge_trace(), 0.0);
  const PointResult r = calc.compute(in);
  EXPECT_NEAR(hypercharge_trace_s(r.at_mess), 0.0, 1e-9 * 2.5 * 4e4);
  EXPECT_NEAR(hypercharge_trace_s(r.at_msusy), 0.0, 1e-9 * 2.5 * 4e4);

  // With Tr(Y q) != 0 and the D-term at M, S/g1^2 is a one-loop RG invariant below M
  // (dS/dt = (66/5) g1^2 S/16pi^2, d ln g1^2/dt = 2 b1 g1^2/16pi^2 with b1 = 33/5).
  in.variant.dterm.charges = U1Charges::flipped_su5(-4.0, 4.0);
  in.variant.dterm.scale_gev = in.mess_gev;
  const PointResult r2 = calc.compute(in);
  const double s_m = hypercharge_trace_s(r2.at_mess), s_q = hypercharge_trace_s(r2.at_msusy);
  EXPECT_NEAR(s_m, -10.0 * 4e4, 1e-6);
  EXPECT_NEAR(s_q / std::pow(r2.at_msusy[kG1], 2), s_m / std::pow(r2.at_mess[kG1], 2), 1e-6 * std::fabs(s_m));
}

// ---- Item 2(a), (c): supertrace and gravity ----

TEST(Supertrace, PositiveSupertraceLowersEveryScalarMassBySpec8a) {
  const auto& calc = calculator();
  PointInput base = make_point(parse_indices("2,2,2"), 1e5, 1e8, 10.0);
  PointInput st = base;
  st.variant.supertrace.s_gev2 = 1e6;
  st.variant.supertrace.lambda_uv_gev = 1e12;
  // Same couplings at M: compare at M with the same M_SUSY start (fixed by the guess).
  const PointResult r0 = calc.compute(base, 1000.0), r1 = calc.compute(st, 1000.0);
  const double L = std::log(1e24 / 1e16);
  const Casimirs cs[] = {kCasimirQ, kCasimirU, kCasimirD, kCasimirL, kCasimirE, kCasimirH, kCasimirH};
  const int idx[] = {kMQ1, kMU1, kMD1, kML1, kME1, kMHu2, kMHd2};
  for (int k = 0; k < 7; ++k) {
    const MssmState& y = r1.at_mess;
    const double want = -2.0 * 2.0 * 1e6 * L *
                        (cs[k].c1 * std::pow(a4pi(y, 0), 2) + cs[k].c2 * std::pow(a4pi(y, 1), 2) +
                         cs[k].c3 * std::pow(a4pi(y, 2), 2));
    // The two runs converge to different M_SUSY, so the couplings at M differ slightly: compare
    // the shift with the formula evaluated at each run's couplings via the difference of weights.
    const MssmState& y0 = r0.at_mess;
    const double gmsb_scaling = (cs[k].c1 * std::pow(a4pi(y, 0), 2) + cs[k].c2 * std::pow(a4pi(y, 1), 2) +
                                 cs[k].c3 * std::pow(a4pi(y, 2), 2)) /
                                (cs[k].c1 * std::pow(a4pi(y0, 0), 2) + cs[k].c2 * std::pow(a4pi(y0, 1), 2) +
                                 cs[k].c3 * std::pow(a4pi(y0, 2), 2));
    const double shift = y[idx[k]] - gmsb_scaling * y0[idx[k]];
    EXPECT_LT(shift, 0.0) << "field " << k;
    EXPECT_NEAR(shift, want, 1e-9 * std::fabs(want)) << "field " << k;
  }
}

TEST(Supertrace, NeedsACutoffAboveTheMessengerScale) {
  PointInput in = make_point(parse_indices("1,1,1"), 1e5, 1e8, 10.0);
  in.variant.supertrace.s_gev2 = 1e6;
  EXPECT_THROW(in.validate(), gmsb::InputError);  // no cutoff and no heavier set
  in.variant.supertrace.lambda_uv_gev = 1e7;
  EXPECT_THROW(in.validate(), gmsb::InputError);  // cutoff below M
  in.variant.supertrace.lambda_uv_gev = 1e10;
  EXPECT_NO_THROW(in.validate());
  MessengerSet bad;
  bad.n = parse_indices("1,1,1");
  bad.lambda_gev = 2e9;
  bad.mess_gev = 1e9;  // x = 2
  in.variant.extra_sets.push_back(bad);
  EXPECT_THROW(in.validate(), gmsb::InputError);
}

TEST(Gravity, UniversalM0ShiftsFirstGenerationMassesByExactlyM0Squared) {
  // docs/physics.md §8(c): with M_1/2 = 0 the gaugino masses are unchanged and S stays 0 for universal m0^2,
  // so the first-generation one-loop RGEs (gauge terms only) carry m0^2 down unchanged, through
  // the messenger threshold.
  const auto& calc = calculator();
  const RunControl control{1e-10, 3.5449077018};
  ModelVariant v;
  v.gravity.enabled = true;
  v.gravity.m0_sq_gev2 = 2.5e5;
  MssmState y0{}, y1{}, at0{}, at1{};
  ASSERT_TRUE(calc.mssm_couplings(1000.0, 10.0, 1e8, y0));
  y1 = y0;
  const MessengerIndices n = parse_indices("1,1,1");
  ASSERT_EQ(run_high_scale_model(n, 1e5, 1e8, ModelVariant{}, 1, control, 1000.0, y0, at0), RunStatus::kOk);
  ASSERT_EQ(run_high_scale_model(n, 1e5, 1e8, v, 1, control, 1000.0, y1, at1), RunStatus::kOk);
  for (int i : {kMQ1, kMU1, kMD1, kML1, kME1})
    EXPECT_NEAR(y1[i] - y0[i], 2.5e5, 1e-6 * 2.5e5) << "index " << i;
  for (int a = 0; a < 3; ++a) EXPECT_NEAR(y1[kM1 + a], y0[kM1 + a], 1e-8 * std::fabs(y0[kM1 + a]));
  EXPECT_NEAR(hypercharge_trace_s(y1), 0.0, 1e-6);
  // The couplings went up to 2.4e18 and back: they return to themselves.
  for (int i = kG1; i <= kYtau; ++i) EXPECT_NEAR(y1[i], y0[i], 1e-8 * y0[i]);
}

// ---- Item 4: perturbativity from the running ----

TEST(Perturbativity, MssmUnifiedCouplingMatchesSpec12) {
  // docs/physics.md §1.2: 1/alpha_G ~ 25.3 at 2e16 GeV in the MSSM (one loop); two loops move it by ~1.
  const auto& calc = calculator();
  MssmState y{};
  ASSERT_TRUE(calc.mssm_couplings(1000.0, 10.0, 1e5, y));
  const RunControl control{1e-9, 3.5449077018};
  const PerturbativityResult r = check_gauge_perturbativity({}, y, 1e5, PerturbativityOptions{}, control);
  EXPECT_TRUE(r.perturbative);
  EXPECT_NEAR(1.0 / r.alpha_at_gut[0], 25.3, 1.5);
  EXPECT_NEAR(1.0 / r.alpha_at_gut[1], 25.3, 1.5);
}

TEST(Perturbativity, N4AllowedN5RejectedAt1e5AndN6AllowedN7RejectedAt1e8) {
  // docs/physics.md §1.2: alpha <= 0.2 gives N <= 4 at M = 1e5 GeV and N <= 6 at M = 1e8 GeV (N x (5+5bar)).
  const auto& calc = calculator();
  auto check = [&](int n5, double mess) {
    PointInput in = make_point(su5(n5).indices(), 0.5 * mess, mess, 10.0);
    in.variant.primary_content = su5(n5);
    return point_perturbativity(LowScaleMatching(calc.sm_inputs(), calc.settings()), in, 1000.0, PerturbativityOptions{});
  };
  const auto r4 = check(4, 1e5), r5 = check(5, 1e5), r6 = check(6, 1e8), r7 = check(7, 1e8);
  EXPECT_TRUE(r4.perturbative) << r4.max_alpha;
  EXPECT_FALSE(r5.perturbative) << r5.max_alpha;
  EXPECT_TRUE(r6.perturbative) << r6.max_alpha;
  EXPECT_FALSE(r7.perturbative) << r7.max_alpha;
  EXPECT_EQ(r4.max_alpha_group, 2);
}

TEST(Perturbativity, LandauPoleBelowTheOneLoopEstimate) {
  // 10 (5+5bar) at 1e5 GeV: alpha_3 has b_3 = -3 + 10 = 7 above M. One loop: 1/alpha_3 reaches 1 at
  // ln(Q/M) = 2 pi (1/alpha_3(M) - 1)/7; two-loop terms (all positive) make it earlier.
  const auto& calc = calculator();
  PointInput in = make_point(su5(10).indices(), 5e4, 1e5, 10.0);
  in.variant.primary_content = su5(10);
  MssmState y{};
  ASSERT_TRUE(calc.mssm_couplings(1000.0, 10.0, 1e5, y));
  const double inv_a3 = 4.0 * M_PI / (y[kG3] * y[kG3]);
  const double one_loop = 1e5 * std::exp(2.0 * M_PI * (inv_a3 - 1.0) / 7.0);
  const PerturbativityResult r = point_perturbativity(LowScaleMatching(calc.sm_inputs(), calc.settings()), in, 1000.0, PerturbativityOptions{});
  EXPECT_FALSE(r.perturbative);
  EXPECT_GT(r.landau_pole_gev, 1e5);
  EXPECT_LT(r.landau_pole_gev, one_loop);
  EXPECT_GT(r.landau_pole_gev, 1e-2 * one_loop);
  EXPECT_TRUE(std::isnan(r.alpha_at_gut[2]));
}

TEST(Perturbativity, RunningCriterionContainsEverySeedTripleAt1e8) {
  // At 1e8 GeV the running criterion (N <= 6 for complete multiplets) is weaker than the seed's
  // N <= 4 rule, so each of the 32 seed triples has an allowed realisation.
  const auto& calc = calculator();
  const auto allowed = enumerate_running_allowed(calc.sm_inputs(), calc.settings(), 1e8, 1000.0, 10.0, PerturbativityOptions{});
  std::set<MessengerIndices> triples;
  bool has_6x5 = false, has_7x5 = false;
  for (const auto& a : allowed) {
    triples.insert(a.content.indices());
    EXPECT_LE(a.result.max_alpha, 0.2);
    if (a.content.nD == 6 && a.content.nL == 6 && a.content.nQ + a.content.nU + a.content.nE == 0) has_6x5 = true;
    if (a.content.nD == 7 && a.content.nL == 7) has_7x5 = true;
  }
  for (const auto& m : enumerate_seed_models()) EXPECT_TRUE(triples.count(m.indices)) << m.indices.to_string();
  EXPECT_TRUE(has_6x5);
  EXPECT_FALSE(has_7x5);
  EXPECT_GT(triples.size(), 32u);
}

TEST(Perturbativity, FlagInSettingsMarksPointsNonPerturbative) {
  Settings s = Settings::kn99();
  s.check_perturbativity_to_gut = true;
  const SpectrumCalculator calc(SMInputs::kn99(), s);
  PointInput ok = make_point(parse_indices("4,4,4"), 1e5, 1e8, 10.0);
  PointInput bad = make_point(su5(7).indices(), 5e4, 1e8, 10.0);
  EXPECT_FALSE(has(calc.compute(ok).status, StatusBit::kNonPerturbative));
  const PointResult rb = calc.compute(bad);
  EXPECT_TRUE(has(rb.status, StatusBit::kNonPerturbative));
  EXPECT_TRUE(std::isfinite(rb.msusy));  // the spectrum is still computed
  EXPECT_FALSE(has(calculator().compute(bad).status, StatusBit::kNonPerturbative));  // off by default
}
