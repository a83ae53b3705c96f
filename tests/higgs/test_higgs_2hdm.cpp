// Method "modern" Higgs masses from the effective 2HDM quartics (higgs_2hdm_quartics.hpp,
// higgs_modern.hpp): decoupling limit vs CHHHWW eq. (2.6), tree limit, top <-> bottom symmetry,
// no/maximal stop mixing, the large-tan(beta) sbottom term (Carena-Gori-Shah-Wagner), and the
// one-loop thresholds vs the effective-potential-verified squark-mixing terms of docs/physics.md §6.3.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "gmsb/error.hpp"
#include "ewsb/beta_angles.hpp"
#include "higgs/higgs_2hdm_quartics.hpp"
#include "higgs/higgs_kn99.hpp"
#include "higgs/higgs_modern.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);

/// A point with a heavy CP-odd Higgs, no mu, no A_b and a negligible bottom Yukawa.
HiggsModernInputs decoupled_top_only(double tanb, double at) {
  HiggsModernInputs in;
  in.base.beta = BetaAngles::from_tanb(tanb);
  in.base.ma = 1e6;
  in.base.mz = 91.1876;
  in.base.vev = 174.1;
  in.base.sin2w = 0.2312;
  in.base.mt = 165.0;
  in.base.at = at;
  in.base.ab = 0;
  in.base.mu = 0;
  in.mt_pole = 172.57;
  in.alpha_s_mt = 0.1079;
  in.mstop1 = 950, in.mstop2 = 1100;
  in.msbot1 = 1000, in.msbot2 = 1050;
  in.mb_mt = 1e-7;
  return in;
}

// (1) Decoupling limit, mu = A_b = 0, h_b -> 0: m_h^2 equals CHHHWW eq. (2.6) (docs/physics.md §7.1) plus two
// subleading terms the 2HDM keeps and eq. (2.6) approximates:
//  (a) the D-term log: the 2HDM gives m_Z^2 [c2b^2 + (3 m_t^2 t/(8 pi^2 v^2)) c2b] (as the HHH
//      one-loop leading logs of docs/physics.md §6.2), eq. (2.6) writes m_Z^2 c2b^2 (1 - 3 m_t^2 t/(8 pi^2 v^2));
//  (b) the two-loop coefficient: 3/2 h_t^2 = 3/2 m_t^2/(v^2 s_b^2) (2HDM running below M_S) vs
//      3/2 m_t^2/v^2 (SM running) in eq. (2.6).
TEST(Higgs2hdm, DecouplingLimitReproducesChhhwwEq26) {
  for (double tanb : {3.0, 15.0, 50.0}) {
    for (double at : {0.0, -1500.0, 2400.0}) {
      const HiggsModernInputs in = decoupled_top_only(tanb, at);
      const HiggsModernResult r = higgs_mass_modern(in);
      const BetaAngles b = BetaAngles::from_tanb(tanb);
      const double mt = in.base.mt, v = in.base.vev, mz2 = in.base.mz * in.base.mz;
      const double ms2 = in.mstop1 * in.mstop2, t = std::log(ms2 / (in.mt_pole * in.mt_pole));
      const double x2 = at * at / ms2, xtil = 2 * x2 * (1 - x2 / 12);
      const double dterm_log = 3 / (8 * M_PI * M_PI) * mz2 * mt * mt / (v * v) * t;
      const double ht2 = mt * mt / (v * v * b.sin * b.sin);
      const double expected = higgs_chhhww_decoupling_mh_sq(in) + dterm_log * (b.cos2 + b.cos2 * b.cos2) +
                              3 * std::pow(mt, 4) / (4 * M_PI * M_PI * v * v) * kLoop * 1.5 * ht2 * b.cos * b.cos *
                                  (xtil * t + t * t);
      EXPECT_NEAR(r.mh_sq / expected, 1.0, 1e-6) << "tanb " << tanb << " A_t " << at;
      // The two subleading terms are small: below 0.05 GeV on m_h at tan(beta) >= 15.
      if (tanb >= 15) {
        EXPECT_NEAR(std::sqrt(r.mh_sq), std::sqrt(higgs_chhhww_decoupling_mh_sq(in)), 0.05);
      }
    }
  }
}

// (2) Tree limit: h_t = h_b = 0 gives the tree quartics, whose matrix is higgs_tree_matrix.
TEST(Higgs2hdm, TreeLimitGivesTreeMatrix) {
  HiggsKn99Inputs base;
  base.beta = BetaAngles::from_tanb(7), base.ma = 300, base.mz = 91.1876, base.vev = 174.1, base.sin2w = 0.2312;
  HiggsModernInputs in;
  in.base = base;
  Higgs2hdmQuarticInputs q = higgs_modern_quartic_inputs(in);
  q.ht = q.hb = 0;
  q.at = 500, q.ab = -300, q.mu = 700;  // irrelevant without Yukawas
  const Higgs2hdmQuartics l = higgs_2hdm_quartics(q);
  const Higgs2hdmQuartics tree = higgs_2hdm_tree_quartics(q.g2sq, q.gysq);
  for (auto [a, b] : {std::pair{l.l1, tree.l1}, {l.l2, tree.l2}, {l.l3, tree.l3}, {l.l4, tree.l4}})
    EXPECT_DOUBLE_EQ(a, b);
  EXPECT_EQ(l.l5, 0.0);
  EXPECT_EQ(l.l6, 0.0);
  EXPECT_EQ(l.l7, 0.0);
  const HiggsMassMatrix m = higgs_2hdm_cp_even_matrix(l, base.ma, base.beta, base.vev);
  const HiggsMassMatrix ref = higgs_tree_matrix(base);
  EXPECT_NEAR(m.m11, ref.m11, 1e-9 * std::fabs(ref.m11));
  EXPECT_NEAR(m.m22, ref.m22, 1e-9 * std::fabs(ref.m22));
  EXPECT_NEAR(m.m12, ref.m12, 1e-9 * std::fabs(ref.m12));
  // m_H+^2 = m_A^2 + m_W^2 at tree level, m_W^2 = m_Z^2 (1 - s_W^2).
  EXPECT_NEAR(higgs_2hdm_charged_mass_sq(l, base.ma, base.vev), 300.0 * 300.0 + base.mz * base.mz * (1 - base.sin2w),
              1e-8);
}

// (3) Exchanging h_t <-> h_b, A_t <-> A_b, stops <-> sbottoms maps lambda_1 <-> lambda_2,
// lambda_6 <-> lambda_7 and keeps lambda_3,4,5; with tan(beta) -> 1/tan(beta) the CP-even matrix
// swaps M_11 <-> M_22.
TEST(Higgs2hdm, TopBottomExchangeSymmetry) {
  Higgs2hdmQuarticInputs q;
  q.g2sq = 0.42, q.gysq = 0.13, q.g3sq = 1.36;
  q.ht = 0.97, q.hb = 0.55, q.at = -900, q.ab = 400, q.mu = 650;
  q.mstop_scale = 900, q.msbot_scale = 1300, q.mt_pole = 172.5;
  Higgs2hdmQuarticInputs s = q;
  std::swap(s.ht, s.hb);
  std::swap(s.at, s.ab);
  std::swap(s.mstop_scale, s.msbot_scale);
  const Higgs2hdmQuartics a = higgs_2hdm_quartics(q), b = higgs_2hdm_quartics(s);
  const double eps = 1e-14;
  EXPECT_NEAR(a.l1, b.l2, eps);
  EXPECT_NEAR(a.l2, b.l1, eps);
  EXPECT_NEAR(a.l3, b.l3, eps);
  EXPECT_NEAR(a.l4, b.l4, eps);
  EXPECT_NEAR(a.l5, b.l5, eps);
  EXPECT_NEAR(a.l6, b.l7, eps);
  EXPECT_NEAR(a.l7, b.l6, eps);
  // All seven differ from tree level here, so the test sees every term.
  const Higgs2hdmQuartics tree = higgs_2hdm_tree_quartics(q.g2sq, q.gysq);
  for (double d : {a.l1 - tree.l1, a.l2 - tree.l2, a.l3 - tree.l3, a.l4 - tree.l4, a.l5, a.l6, a.l7})
    EXPECT_GT(std::fabs(d), 1e-5);
  const HiggsMassMatrix ma = higgs_2hdm_cp_even_matrix(a, 400, BetaAngles::from_tanb(8), 174.1);
  const HiggsMassMatrix mb = higgs_2hdm_cp_even_matrix(b, 400, BetaAngles::from_tanb(1.0 / 8), 174.1);
  EXPECT_NEAR(ma.m11, mb.m22, 1e-9 * std::fabs(ma.m11));
  EXPECT_NEAR(ma.m22, mb.m11, 1e-9 * std::fabs(ma.m22));
  EXPECT_NEAR(ma.m12, mb.m12, 1e-9 * std::fabs(ma.m12));
}

// (4) No mixing vs maximal mixing: at fixed M_S the one-loop threshold X~/2 = x^2 - x^4/12 peaks at
// x = X_t/M_S = sqrt(6) with value 3; the two-loop term multiplies X~ by (1 + 2 kappa' t), so the
// maximum stays there, and m_h^2(max) - m_h^2(no mixing) = 3 m_t^4/(4 pi^2 v^2) (3 + 6 kappa' t),
// kappa' = (3/2 h_t^2 - 8 g_3^2)/(16 pi^2).
TEST(Higgs2hdm, NoMixingVersusMaximalMixing) {
  const double tanb = 20;
  HiggsModernInputs in = decoupled_top_only(tanb, 0.0);
  const double ms = std::sqrt(in.mstop1 * in.mstop2), xmax = std::sqrt(6.0) * ms;
  auto mh2 = [&](double at) {
    HiggsModernInputs p = in;
    p.base.at = at;
    return higgs_mass_modern(p).mh_sq;
  };
  const double nomix = mh2(0), maxmix = mh2(xmax), maxmix_neg = mh2(-xmax);
  EXPECT_GT(maxmix, mh2(0.97 * xmax));
  EXPECT_GT(maxmix, mh2(1.03 * xmax));
  EXPECT_NEAR(maxmix, maxmix_neg, 1e-9 * maxmix);  // mu = 0: only X_t^2 matters
  const BetaAngles b = BetaAngles::from_tanb(tanb);
  const double mt = in.base.mt, v = in.base.vev, t = std::log(ms * ms / (in.mt_pole * in.mt_pole));
  const double kappa = kLoop * (1.5 * mt * mt / (v * v * b.sin * b.sin) - 8 * 4 * M_PI * in.alpha_s_mt);
  const double expected = 3 * std::pow(mt, 4) / (4 * M_PI * M_PI * v * v) * (3 + 6 * kappa * t);
  EXPECT_NEAR((maxmix - nomix) / expected, 1.0, 1e-6);
  std::printf("no mixing m_h = %.2f GeV, maximal mixing (X_t = sqrt(6) M_S) m_h = %.2f GeV\n", std::sqrt(nomix),
              std::sqrt(maxmix));
}

// (5) Large tan(beta): the sbottom threshold -(y_b^4 v^2/16 pi^2)(mu^4/M_S^4)[1 + t/(16 pi^2)(9 y_b^2 -
// 5 m_t^2/v^2 - 64 pi alpha_s)] (Carena, Gori, Shah, Wagner arXiv:1112.3336, docs/physics.md §7.1) lowers m_h.
// The double difference (mu, h_b) isolates it from the mu-dependence of X_t and the h_b-dependence
// of the top running.
TEST(Higgs2hdm, LargeTanbSbottomLowersMh) {
  const double tanb = 50, mu = 1500;
  HiggsModernInputs in = decoupled_top_only(tanb, -1000.0);
  in.base.ab = 0;  // A_b != 0 adds the mu^3 A_b term, relatively 4 A_b/(mu tan(beta)) (5 % at A_b = -1 TeV)
  in.msbot1 = in.msbot2 = 1000;
  in.delta_b = 0.2;
  auto mh2 = [&](double m, double mb) {
    HiggsModernInputs p = in;
    p.base.mu = m;
    p.mb_mt = mb;
    return higgs_mass_modern(p).mh_sq;
  };
  const double mb = 2.75;
  const double shift = (mh2(mu, mb) - mh2(1e-3, mb)) - (mh2(mu, 1e-7) - mh2(1e-3, 1e-7));
  EXPECT_LT(shift, 0.0);
  EXPECT_LT(mh2(mu, mb), mh2(mu, 1e-7));
  const BetaAngles b = BetaAngles::from_tanb(tanb);
  const double v = in.base.vev, yb = mb / (v * b.cos * (1 + in.delta_b)) * b.sin;  // SM-like y_b = h_b s_b
  const double mt = in.base.mt, t = std::log(1e6 / (in.mt_pole * in.mt_pole));
  const double cgsw = -std::pow(yb, 4) * v * v * kLoop * std::pow(mu / 1000, 4) *
                      (1 + t * kLoop * (9 * yb * yb - 5 * mt * mt / (v * v) - 64 * M_PI * in.alpha_s_mt));
  std::printf("tan(beta) = 50, mu = 1.5 TeV: sbottom shift of m_h^2 %.1f GeV^2 (CGSW formula %.1f GeV^2)\n", shift,
              cgsw);
  // Agreement up to terms suppressed by 1/(mu tan(beta))^2 and the h_b dependence of the top terms' running.
  EXPECT_NEAR(shift / cgsw, 1.0, 0.01);
}

// One-loop thresholds (logs and two-loop terms off: t = 0) against the Yukawa parts of the
// squark-mixing terms of docs/physics.md §6.3 (Haber-Hempfling-Hoang, verified there against the one-loop
// effective potential) for degenerate soft masses M, where both are exact polynomials in A, mu.
TEST(Higgs2hdm, ThresholdsMatchEffectivePotentialMixingTerms) {
  const double m = 1200;
  HiggsKn99Inputs base;
  base.beta = BetaAngles::from_tanb(6), base.ma = 500, base.mz = 1e-6, base.vev = 174.1, base.sin2w = 0.2312;
  base.mt = 165, base.mb = 12;  // large m_b so that the h_b^4 terms are visible
  base.mq = base.mu3 = base.md3 = m;
  base.at = -1100, base.ab = 800, base.mu = 900;
  const HiggsMassMatrix hhh = higgs_mixing_matrix(base);
  HiggsModernInputs in;
  in.base = base;
  in.mb_mt = base.mb;
  Higgs2hdmQuarticInputs q = higgs_modern_quartic_inputs(in);
  q.mstop_scale = q.msbot_scale = q.mt_pole = m;  // t = 0
  q.two_loop = false;
  Higgs2hdmQuartics l = higgs_2hdm_quartics(q);
  const Higgs2hdmQuartics tree = higgs_2hdm_tree_quartics(q.g2sq, q.gysq);
  l.l1 -= tree.l1, l.l2 -= tree.l2, l.l3 -= tree.l3, l.l4 -= tree.l4;
  // The mixed stop-sbottom term cancels in lambda_3 + lambda_4 (it only enters m_H+).
  const HiggsMassMatrix d = higgs_2hdm_cp_even_matrix(l, 0.0, base.beta, base.vev);
  EXPECT_NEAR(d.m11, hhh.m11, 1e-9 * std::fabs(hhh.m11) + 1e-9);
  EXPECT_NEAR(d.m22, hhh.m22, 1e-9 * std::fabs(hhh.m22) + 1e-9);
  EXPECT_NEAR(d.m12, hhh.m12, 1e-9 * std::fabs(hhh.m12) + 1e-9);
  EXPECT_GT(std::fabs(hhh.m11), 1.0);  // the comparison is not trivially 0 = 0
}

// The charged Higgs at one-loop leading log: with no mixing and degenerate scales,
// m_H+^2 - m_A^2 - m_W^2 = (3 g^2/(32 pi^2 m_W^2)) [2 m_t^2 m_b^2/(s^2 c^2) - m_W^2 (m_t^2/s^2 + m_b^2/c^2)] t
// (the Yukawa part of the known leading log, e.g. Haber-Hempfling PRD 48 (1993) 4280).
TEST(Higgs2hdm, ChargedHiggsLeadingLog) {
  HiggsModernInputs in = decoupled_top_only(10, 0.0);
  in.base.ma = 400;
  in.mb_mt = 2.8;
  in.mstop1 = in.mstop2 = in.msbot1 = in.msbot2 = 1000;
  Higgs2hdmQuarticInputs q = higgs_modern_quartic_inputs(in);
  q.two_loop = false;
  const Higgs2hdmQuartics l = higgs_2hdm_quartics(q);
  const BetaAngles b = BetaAngles::from_tanb(10);
  const double v = in.base.vev, mw2 = q.g2sq * v * v / 2, t = std::log(1e6 / (in.mt_pole * in.mt_pole));
  const double mt2 = std::pow(in.base.mt, 2), mb2 = std::pow(in.mb_mt, 2), s2 = b.sin * b.sin, c2 = b.cos * b.cos;
  const double expected = 3 * (2 * mw2 / (v * v)) / (32 * M_PI * M_PI * mw2) *
                          (2 * mt2 * mb2 / (s2 * c2) - mw2 * (mt2 / s2 + mb2 / c2)) * t;
  EXPECT_NEAR(higgs_2hdm_charged_mass_sq(l, 400, v) - 400.0 * 400.0 - mw2, expected, 1e-9 * std::fabs(expected));
}

// The two-loop leading-log factors (built from the running of h_t, h_b and the legs' anomalous
// dimensions) against the coefficients printed by Carena-Espinosa-Quiros-Wagner / Carena-Quiros-
// Wagner, transcribed term by term: two-loop minus one-loop quartics at equal squark scales.
TEST(Higgs2hdm, TwoLoopCoefficientsMatchCeqw) {
  Higgs2hdmQuarticInputs q;
  q.g2sq = 0.42, q.gysq = 0.13, q.g3sq = 1.36;
  q.ht = 0.97, q.hb = 0.6, q.at = -900, q.ab = 500, q.mu = 700;
  q.mstop_scale = q.msbot_scale = 1100, q.mt_pole = 172.5;
  Higgs2hdmQuarticInputs q1 = q;
  q1.two_loop = false;
  const Higgs2hdmQuartics l2 = higgs_2hdm_quartics(q), l1 = higgs_2hdm_quartics(q1);
  const double k = kLoop, t = 2 * std::log(1100 / 172.5), ht2 = q.ht * q.ht, hb2 = q.hb * q.hb, g3 = q.g3sq;
  const double ht4 = ht2 * ht2, hb4 = hb2 * hb2, m = q.mu / 1100, at = q.at / 1100, ab = q.ab / 1100;
  const double xb = 2 * ab * ab * (1 - ab * ab / 12), xt = 2 * at * at * (1 - at * at / 12);
  const double atb = (-6 * m * m - std::pow(m * m - at * ab, 2) + 3 * std::pow(at + ab, 2)) / 6;
  auto own = [&](double h4, double x, double c) { return 6 * k * h4 * k * c * (x * t + t * t); };
  const double d1 = own(hb4, xb, 1.5 * hb2 + 0.5 * ht2 - 8 * g3) - k / 2 * ht4 * std::pow(m, 4) * k * t * (9 * ht2 - 5 * hb2 - 16 * g3);
  const double d2 = own(ht4, xt, 1.5 * ht2 + 0.5 * hb2 - 8 * g3) - k / 2 * hb4 * std::pow(m, 4) * k * t * (9 * hb2 - 5 * ht2 - 16 * g3);
  const double d34 = k / 2 * ht4 * (3 * m * m - m * m * at * at) * k * t * (6 * ht2 - 2 * hb2 - 16 * g3) +
                     k / 2 * hb4 * (3 * m * m - m * m * ab * ab) * k * t * (6 * hb2 - 2 * ht2 - 16 * g3);
  const double dmix = 6 * k * ht2 * hb2 * k * (ht2 + hb2 - 8 * g3) * (atb * t + t * t);
  const double d5 = -k / 2 * ht4 * m * m * at * at * k * t * (6 * ht2 - 2 * hb2 - 16 * g3) -
                    k / 2 * hb4 * m * m * ab * ab * k * t * (6 * hb2 - 2 * ht2 - 16 * g3);
  const double d6 = k / 2 * ht4 * std::pow(m, 3) * at * k * t * (7.5 * ht2 - 3.5 * hb2 - 16 * g3) -
                    k / 2 * hb4 * m * (6 * ab - std::pow(ab, 3)) * k * t * (4.5 * hb2 - 0.5 * ht2 - 16 * g3);
  const double d7 = k / 2 * hb4 * std::pow(m, 3) * ab * k * t * (7.5 * hb2 - 3.5 * ht2 - 16 * g3) -
                    k / 2 * ht4 * m * (6 * at - std::pow(at, 3)) * k * t * (4.5 * ht2 - 0.5 * hb2 - 16 * g3);
  const double tol = 1e-12;
  EXPECT_NEAR(l2.l1 - l1.l1, d1, tol);
  EXPECT_NEAR(l2.l2 - l1.l2, d2, tol);
  EXPECT_NEAR(l2.l3 - l1.l3, d34 + dmix, tol);
  EXPECT_NEAR(l2.l4 - l1.l4, d34 - dmix, tol);
  EXPECT_NEAR(l2.l5 - l1.l5, d5, tol);
  EXPECT_NEAR(l2.l6 - l1.l6, d6, tol);
  EXPECT_NEAR(l2.l7 - l1.l7, d7, tol);
  for (double d : {d1, d2, d34, dmix, d5, d6, d7}) EXPECT_GT(std::fabs(d), 1e-7);  // every term is tested
}

TEST(Higgs2hdm, BadScalesThrowAndTachyonicSquarksGiveNaN) {
  Higgs2hdmQuarticInputs q;
  q.mstop_scale = 0;
  EXPECT_THROW(higgs_2hdm_quartics(q), gmsb::InputError);
  HiggsModernInputs in = decoupled_top_only(10, 0);
  in.msbot1 = -5;
  EXPECT_TRUE(std::isnan(higgs_mass_modern(in).mh_sq));
}

}  // namespace
}  // namespace gmsb
