// The resummed (EFT) Higgs mass of method modern: SM running with the quartic (sm_eft.hpp), the
// matching of lambda at M_S (higgs_eft_matching.hpp) and the pipeline (higgs_eft.hpp).
#include <gtest/gtest.h>

#include <cmath>

#include "gmsb/error.hpp"
#include "higgs/higgs_2hdm_quartics.hpp"
#include "higgs/higgs_eft.hpp"
#include "higgs/higgs_modern.hpp"
#include "gmsb/sm_inputs.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;

namespace {

constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);

/// SM couplings at M_t from PDG 2024 inputs, lambda from M_h = 125.15 GeV.
SmEftState sm_at_mt(double mh = 125.15) {
  const SMInputs in = SMInputs::pdg2024();
  const SMCouplings c = sm_couplings(in);
  SmEftState y{c.g1, c.g2, c.g3, c.yt, c.yb, c.ytau, sm_lambda_at_mt_from_mh(mh, in.mt_pole)};
  y = run_sm_eft(y, c.q_gev, in.mt_pole);
  y[kEftYt] = sm_top_yukawa_at_mt(in.mt_pole, in.alpha_s);
  return y;
}

/// A degenerate-stop MSSM point at Q = M_S for the pipeline.
HiggsEftInputs degenerate_point(double ms, double xt_over_ms, double tanb, double ma = -1) {
  const SMInputs sm = SMInputs::pdg2024();
  HiggsEftInputs e = higgs_eft_inputs_from_sm(sm, sm_couplings(sm));
  HiggsEftMatchingInputs& m = e.matching;
  m.q_gev = ms;
  m.beta = BetaAngles::from_tanb(tanb);
  m.xt = xt_over_ms * ms;
  m.ma = ma > 0 ? ma : ms;
  const double m2 = ms * ms;
  m.mq2 = m.mu2 = m.md2 = m.ml2 = m.me2 = {m2, m2, m2};
  return e;
}

}  // namespace

// ---- sm_eft.hpp ----------------------------------------------------------------------------------

TEST(SmEft, QuarticBetaFunctionLimits) {
  // Pure-quartic and pure-top limits against the textbook one-loop SM coefficients written for
  // V = lambda' |H|^4 (16 pi^2 beta' = 24 lambda'^2 - 6 y_t^4 + ...), translated with lambda = 2 lambda'.
  SmEftState y{};
  SmEftState d;
  y[kEftLambda] = 0.3;
  sm_eft_beta(y, d);
  const double lp = 0.15;  // lambda'
  EXPECT_NEAR(d[kEftLambda], 2.0 * (kLoop * 24.0 * lp * lp - kLoop * kLoop * 312.0 * lp * lp * lp), 1e-12);
  y = {};
  y[kEftYt] = 0.9;
  sm_eft_beta(y, d);
  // 2 x (-6 y_t^4 (1-loop) + 30 y_t^6 (2-loop)) for lambda' (Machacek-Vaughn; Luo-Wang-Xiao).
  EXPECT_NEAR(d[kEftLambda], 2.0 * (-6.0 * kLoop * std::pow(0.9, 4) + 30.0 * kLoop * kLoop * std::pow(0.9, 6)), 1e-12);
  // Gauge-only one-loop term: 3/8 [2 g^4 + (g^2 + g'^2)^2] for lambda', g'^2 = 3/5 g1^2.
  y = {};
  y[kEftG1] = 0.46;
  y[kEftG2] = 0.65;
  sm_eft_beta(y, d);
  const double g2 = 0.65 * 0.65, gp2 = 0.6 * 0.46 * 0.46;
  const double one = 2.0 * 0.375 * (2.0 * g2 * g2 + (g2 + gp2) * (g2 + gp2));
  EXPECT_NEAR(d[kEftLambda] / kLoop, one, 0.05 * one);  // the rest is the two-loop gauge term
}

TEST(SmEft, RunningIsReversible) {
  const SmEftState y0 = sm_at_mt();
  const SmEftState up = run_sm_eft(y0, 172.57, 1e4);
  const SmEftState back = run_sm_eft(up, 1e4, 172.57);
  for (int i = 0; i < kEftSize; ++i) EXPECT_NEAR(back[i], y0[i], 1e-9 * std::fabs(y0[i]) + 1e-12) << i;
  EXPECT_LT(up[kEftYt], y0[kEftYt]);          // QCD drives y_t down
  EXPECT_LT(up[kEftLambda], y0[kEftLambda]);  // the top loop drives lambda down
  EXPECT_THROW(run_sm_eft(y0, 0.0, 100.0), gmsb::InputError);
}

TEST(SmEft, QuarticTurnsNegativeAtTheKnownInstabilityScale) {
  // Buttazzo et al. JHEP 12 (2013) 089 (and Degrassi et al. JHEP 08 (2012) 098): with M_h = 125 GeV
  // and M_t ~ 172.5-173 GeV the SM quartic crosses zero at 10^10-10^11 GeV (three-loop running;
  // two-loop running shifts this by well under a decade). Bracket [1e9, 1e12] GeV.
  const SmEftState y0 = sm_at_mt();
  EXPECT_GT(run_sm_eft(y0, 172.57, 1e9)[kEftLambda], 0.0);
  EXPECT_LT(run_sm_eft(y0, 172.57, 1e12)[kEftLambda], 0.0);
}

TEST(SmEft, TopYukawaAgreesWithThreeLoopQcd) {
  // Independent: m_t(M_t)/M_t = 1 - 4/3 a - 9.125 a^2 - 80.405 a^3, a = alpha_s(M_t)/pi (QCD, n_l = 5;
  // Chetyrkin & Steinhauser, Melnikov & van Ritbergen 2000), y_t = m_t(M_t)/v. The fit adds the
  // electroweak corrections, +0.1 %.
  const SMInputs in = SMInputs::pdg2024();
  const double a = alpha_s_running(in, in.mt_pole) / M_PI;
  const double yt_qcd = in.mt_pole * (1.0 - 4.0 / 3.0 * a - 9.125 * a * a - 80.405 * a * a * a) / in.vev();
  EXPECT_NEAR(sm_top_yukawa_at_mt(in.mt_pole, in.alpha_s) / yt_qcd, 1.0, 0.003);
}

TEST(SmEft, HiggsMassFromQuarticRoundTripsAndScalesLikeTreeLevel) {
  for (double mh : {105.0, 115.0, 125.15, 135.0})
    EXPECT_NEAR(sm_higgs_pole_mass_from_lambda(sm_lambda_at_mt_from_mh(mh, 172.57), 172.57), mh, 1e-9);
  // lambda(M_t) = M_h^2/v_246^2 + (M_h-independent loop terms): the difference between two masses is
  // the tree-level one to the precision of the fit's slope (2 %).
  const double v246 = SMInputs::pdg2024().vev() * std::sqrt(2.0);
  const double dl = sm_lambda_at_mt_from_mh(125.0, 172.57) - sm_lambda_at_mt_from_mh(110.0, 172.57);
  EXPECT_NEAR(dl / ((125.0 * 125.0 - 110.0 * 110.0) / (v246 * v246)), 1.0, 0.02);
  EXPECT_TRUE(std::isnan(sm_higgs_pole_mass_from_lambda(-0.5, 172.57)));
}

// ---- higgs_eft_matching.hpp ----------------------------------------------------------------------

TEST(HiggsEftMatching, LoopFunctionsAreOneAtDegeneracyAndContinuous) {
  for (auto f : {bgss_f1, bgss_f2, bgss_f3, bgss_f4, bgss_f5}) {
    EXPECT_NEAR(f(1.0), 1.0, 1e-15);
    // The series branch (|x - 1| < 1e-3) joins the closed form.
    EXPECT_NEAR(f(1.0 + 0.9999e-3), f(1.0 + 1.0001e-3), 1e-6);
    EXPECT_NEAR(f(1.0 - 0.9999e-3), f(1.0 - 1.0001e-3), 1e-6);
  }
  // Symmetry of the threshold under m_Q <-> m_U: F~1(x) = F~1(1/x), F~2 likewise.
  EXPECT_NEAR(bgss_f1(2.0), bgss_f1(0.5), 1e-12);
  EXPECT_NEAR(bgss_f2(3.0), bgss_f2(1.0 / 3.0), 1e-12);
}

TEST(HiggsEftMatching, TreeSchemeAndMaximalMixing) {
  HiggsEftMatchingInputs in;
  in.q_gev = 2000;
  in.beta = BetaAngles::from_tanb(1e3);  // cos^2(2 beta) -> 1
  const double m2 = 2000.0 * 2000.0;
  in.mq2 = in.mu2 = in.md2 = in.ml2 = in.me2 = {m2, m2, m2};
  in.ma = 2000;
  in.two_loop = false;
  HiggsEftMatching m = higgs_eft_lambda_at_msusy(in);
  EXPECT_NEAR(m.tree, 0.25 * (in.g2 * in.g2 + 0.6 * in.g1 * in.g1), 1e-6);  // m_Z^2 = lambda v_246^2
  EXPECT_NEAR(m.stop, 0.0, 1e-15);         // no mixing, all logs zero
  EXPECT_NEAR(m.sfermion_d, 0.0, 1e-15);
  // Maximal mixing X_t = sqrt(6) M_S: the stop threshold is its maximum 6 y_t^4 (6 - 3)/(16 pi^2)
  // (the standard X_t^2/M_S^2 - X_t^4/(12 M_S^4) = 3), up to the D-term parts (c2b = -1).
  in.xt = std::sqrt(6.0) * 2000;
  m = higgs_eft_lambda_at_msusy(in);
  const double c2b = (1.0 - 1e6) / (1.0 + 1e6), gsum = 0.6 * in.g1 * in.g1 + in.g2 * in.g2;
  const double yt4 = std::pow(in.yt, 4), d_terms = kLoop * in.yt * in.yt * 6.0 * (0.75 * c2b - 0.25 * c2b * c2b) * gsum;
  EXPECT_NEAR(m.stop, kLoop * 18.0 * yt4 + d_terms, 1e-12);
  // The maximum: +-1 % in X_t lowers the y_t^4 part.
  for (double f : {0.99, 1.01}) {
    in.xt = f * std::sqrt(6.0) * 2000;
    EXPECT_LT(higgs_eft_lambda_at_msusy(in).stop - d_terms * f * f, m.stop - d_terms);
  }
}

TEST(HiggsEftMatching, ScaleDependenceCancelsTheSmTopRunning) {
  // lambda(Q) = matched value; its y_t^4 dependence on ln Q must be -12 y_t^4/(16 pi^2) per ln Q,
  // the top term of the SM beta function (sm_eft_beta), so that the EFT result is Q independent.
  HiggsEftMatchingInputs in;
  const double m2 = 1500.0 * 1500.0;
  in.mq2 = in.mu2 = in.md2 = in.ml2 = in.me2 = {m2, m2, m2};
  in.g1 = in.g2 = 0.0;  // isolate the y_t^4 terms
  in.xt = 1200;
  in.two_loop = false;
  in.q_gev = 1500;
  const double a = higgs_eft_lambda_at_msusy(in).stop;
  in.q_gev = 1500 * std::exp(0.3);
  const double b = higgs_eft_lambda_at_msusy(in).stop;
  EXPECT_NEAR((b - a) / 0.3, -12.0 * kLoop * std::pow(in.yt, 4), 1e-12);
}

TEST(HiggsEftMatching, TwoLoopThresholdDegenerateFormula) {
  HiggsEftMatchingInputs in;
  const double m2 = 1000.0 * 1000.0;
  in.q_gev = 1000;
  in.mq2 = in.mu2 = in.md2 = in.ml2 = in.me2 = {m2, m2, m2};
  in.xt = 0;
  EXPECT_EQ(higgs_eft_lambda_at_msusy(in).two_loop, 0.0);
  // x = 2: g3^2 y_t^4/(96 pi^4) (-24 - 24 + 112 + 8 - 32) = 40 g3^2 y_t^4/(96 pi^4), by hand.
  in.xt = 2000;
  EXPECT_NEAR(higgs_eft_lambda_at_msusy(in).two_loop, 40.0 * in.g3 * in.g3 * std::pow(in.yt, 4) / (96.0 * std::pow(M_PI, 4)),
              1e-15);
  in.mq2[2] = -1;
  EXPECT_THROW(higgs_eft_lambda_at_msusy(in), gmsb::InputError);
}

// ---- higgs_eft.hpp -------------------------------------------------------------------------------

TEST(HiggsEft, OneLoopStopFormulaDegenerateLimit) {
  // m1 = m2 = M_S: 3 m_t^4/(4 pi^2 v^2) [ln(M_S^2/m_t^2) + X^2/M_S^2 - X^4/(12 M_S^4)] (CHHHWW eq. 2.6).
  const double mt = 165, v = 174.1, ms = 1200, x = 2000;
  const double pre = 3.0 * std::pow(mt, 4) / (4.0 * M_PI * M_PI * v * v);
  const double expected = pre * (std::log(ms * ms / (mt * mt)) + x * x / (ms * ms) - std::pow(x / ms, 4) / 12.0);
  EXPECT_NEAR(higgs_one_loop_stop_mh_sq(mt, x, ms * ms, ms * ms, v), expected, 1e-9 * expected);
  // The near-degenerate series joins the closed form.
  const double a = higgs_one_loop_stop_mh_sq(mt, x, ms * ms * (1 + 0.99e-4), ms * ms, v);
  const double b = higgs_one_loop_stop_mh_sq(mt, x, ms * ms * (1 + 1.01e-4), ms * ms, v);
  EXPECT_NEAR(a, b, 1e-6 * expected);
}

TEST(HiggsEft, PowerCorrectionsVanishForHeavyStops) {
  const double mt = 150, v = 174.1;
  const double at1 = higgs_eft_power_correction_mh_sq(mt, 1000, 1e6, 1e6, v);
  const double at10 = higgs_eft_power_correction_mh_sq(mt, 10000, 1e8, 1e8, v);
  EXPECT_GT(std::fabs(at1), 1.0);                   // GeV^2: a real effect at 1 TeV
  EXPECT_LT(std::fabs(at10), 0.02 * std::fabs(at1));  // ~ m_t^2/M_S^2 suppression (1/100)
}

TEST(HiggsEft, AgreesWithTwoLoopLeadingLogAtOneTevAndGrowsWithMs) {
  // At M_S = 1 TeV the logarithms are small and the EFT and the two-loop leading-log formula
  // (higgs_modern.hpp, CHHHWW) must agree to their known difference, about 1 GeV.
  const SMInputs sm = SMInputs::pdg2024();
  const double alpha_s_mt = alpha_s_running(sm, sm.mt_pole);
  for (double xr : {0.0, -1.0, 2.0}) {
    const HiggsEftResult e = higgs_mass_eft(degenerate_point(1000, xr, 20));
    HiggsModernInputs h;
    h.base.beta = BetaAngles::from_tanb(20);
    h.base.ma = 1e5;
    h.base.mz = sm.mz;
    h.base.vev = sm.vev();
    h.base.sin2w = sm.sin2w;
    h.base.mt = higgs_mt_bar(sm.mt_pole, alpha_s_mt);
    h.base.at = xr * 1000 + 0.0;
    h.base.mu = 0;
    h.mt_pole = sm.mt_pole;
    h.alpha_s_mt = alpha_s_mt;
    h.mstop1 = h.mstop2 = h.msbot1 = h.msbot2 = 1000;
    const double mh_ll = std::sqrt(higgs_mass_modern(h).mh_sq);
    EXPECT_NEAR(e.mh, mh_ll, 2.0) << "X_t/M_S = " << xr;
  }
  double prev = 0;
  for (double ms : {500.0, 1000.0, 3000.0, 10000.0, 30000.0}) {
    const double mh = higgs_mass_eft(degenerate_point(ms, 0.0, 20)).mh;
    EXPECT_GT(mh, prev) << ms;
    prev = mh;
  }
}

TEST(HiggsEft, ModernCombinationKeepsTheEftMassInTheDecouplingLimit) {
  HiggsModernInputs h;
  h.base.beta = BetaAngles::from_tanb(10);
  h.base.mt = 163;
  h.mstop1 = h.mstop2 = h.msbot1 = h.msbot2 = 2000;
  h.mh_eft = 118.0;
  h.base.ma = 1e5;
  EXPECT_NEAR(std::sqrt(higgs_mass_modern(h).mh_sq), 118.0, 1e-4);
  // A light CP-odd Higgs mixes the doublets and lowers the light mass.
  h.base.ma = 200;
  const double light = std::sqrt(higgs_mass_modern(h).mh_sq);
  EXPECT_LT(light, 117.9);
  EXPECT_GT(light, 110.0);
}
