#include "higgs/higgs_kn99.hpp"

#include "ewsb/beta_angles.hpp"

#include <Eigen/Dense>
#include <cmath>

namespace gmsb::higgs {

using namespace gmsb::ewsb;

namespace squark_mixing {

namespace {
/// |d|/m below which the degenerate expansions of docs/physics.md §6.3 are used (truncation error ~1e-12).
constexpr double kDegenerate = 1e-3;
bool near_degenerate(double a, double b, double& m, double& d) {
  m = 0.5 * (a + b);
  d = 0.5 * (a - b);
  return std::fabs(d) < kDegenerate * m;
}
}  // namespace

// KN99 eq. (17), (19) functions; degenerate limits from docs/physics.md §6.3.
double h(double a, double b) {
  double m, d;
  if (near_degenerate(a, b, m, d)) return 1.0 / m + d * d / (3.0 * m * m * m);
  return std::log(a / b) / (a - b);
}

double g_hh(double a, double b) {
  double m, d;
  if (near_degenerate(a, b, m, d)) return -1.0 / (6.0 * m * m) - d * d / (10.0 * m * m * m * m);
  const double diff = a - b;
  return (2.0 - (a + b) / diff * std::log(a / b)) / (diff * diff);
}

double f_hh(double a, double b) {
  double m, d;
  if (near_degenerate(a, b, m, d)) return -1.0 / (2.0 * m) + d / (6.0 * m * m) - d * d / (6.0 * m * m * m);
  const double diff = a - b;
  return -(1.0 - b / diff * std::log(a / b)) / diff;
}

double b_hh(double a, double b) {
  double m, d;
  if (near_degenerate(a, b, m, d)) return 1.0 / (6.0 * m) + d * d / (30.0 * m * m * m);
  const double diff = a - b;
  return (0.5 * (a + b) - a * b / diff * std::log(a / b)) / (diff * diff);
}

double p_t(double a, double b, double sin2w) {
  const double e_t = 2.0 / 3.0;
  return f_hh(a, b) + 2.0 * e_t * sin2w * (a - b) * g_hh(a, b);
}

double p_b(double a, double b, double sin2w) {
  const double e_b = -1.0 / 3.0;
  return f_hh(a, b) - 2.0 * e_b * sin2w * (a - b) * g_hh(a, b);
}

}  // namespace squark_mixing

HiggsMassMatrix higgs_tree_matrix(const HiggsKn99Inputs& in) {
  // KN99 section 3, tree part of M_11, M_22, M_12 (basis (H_d, H_u)).
  const BetaAngles& t = in.beta;
  const double ma2 = in.ma * in.ma, mz2 = in.mz * in.mz;
  return {ma2 * t.sin * t.sin + mz2 * t.cos * t.cos, ma2 * t.cos * t.cos + mz2 * t.sin * t.sin,
          -(ma2 + mz2) * t.sin * t.cos};
}

HiggsMassMatrix higgs_1ll_matrix(const HiggsKn99Inputs& in) {
  // KN99 eq. (15): (Delta M^2)_1LL of Haber-Hempfling-Hoang, corrected as in docs/physics.md §6.2 / 6.6 items 1, 3, 4.
  const BetaAngles& t = in.beta;
  const double s = t.sin, c = t.cos;
  const double sw2 = in.sin2w, sw4 = sw2 * sw2;
  const double et = 2.0 / 3.0, eb = -1.0 / 3.0;
  const double mz2 = in.mz * in.mz, mt2 = in.mt * in.mt, mb2 = in.mb * in.mb;
  // K = g^2 m_Z^2/(96 pi^2 cos^2 theta_W) = m_Z^4/(48 pi^2 v^2) (docs/physics.md §6.2).
  const double k = mz2 * mz2 / (48.0 * M_PI * M_PI * in.vev * in.vev);
  const double lt = std::log(in.mq * in.mu3 / mt2);
  const double lb = std::log(in.mq * in.md3 / mz2);
  const double la = std::log(in.ma * in.ma / mz2);
  const double ru = std::log(in.mq * in.mq / (in.mu3 * in.mu3));
  const double rd = std::log(in.mq * in.mq / (in.md3 * in.md3));
  const double th = in.ma > in.mz ? 1.0 : 0.0;
  const double c2b = (c - s) * (c + s);
  const double pt = 3 * (1 - 4 * et * sw2 + 8 * et * et * sw4);
  const double pb = 3 * (1 + 4 * eb * sw2 + 8 * eb * eb * sw4);
  const double pf = 6 * (3 - 6 * sw2 + 4 * (1 + 2 * et * et + 2 * eb * eb) * sw4);
  const double pg = -44 + 106 * sw2 - 62 * sw4;
  const double pg_prime = 10 + 34 * sw2 - 26 * sw4;
  const double p2h = -10 + 2 * sw2 - 2 * sw4;
  const double p2h_prime = 8 - 22 * sw2 + 10 * sw4;
  const double p1h = -9 * std::pow(c2b, 4) + (1 - 2 * sw2 + 2 * sw4) * c2b * c2b;
  const double rb = mb2 / (mz2 * c * c);  // m_b^2/(m_Z^2 cos^2 beta)
  const double rt = mt2 / (mz2 * s * s);  // m_t^2/(m_Z^2 sin^2 beta)

  HiggsMassMatrix d;
  d.m11 = k * c * c *
          (pt * lt + (36 * rb * rb - 18 * rb + pb + pf + pg + p2h) * lb + th * (p1h - p2h) * la -
           9 * (1 + 4 * eb * sw2) * (rb - 1.0 / 6) * rd + 1.5 * (1 - 4 * et * sw2) * ru);
  d.m22 = k * s * s *
          ((pb + pf + pg + p2h) * lb + (36 * rt * rt - 18 * rt + pt) * lt + th * (p1h - p2h) * la +
           in.eps6 * 6 * mt2 / (mz2 * s * s * s * s) - 9 * (1 - 4 * et * sw2) * (rt - 1.0 / 6) * ru +
           1.5 * (1 + 4 * eb * sw2) * rd);
  d.m12 = -k * s * c *
          ((pt - 9 * rt) * lt + (pb - 9 * rb + pf + pg_prime + p2h_prime) * lb - th * (p1h - p2h_prime) * la -
           4.5 * (1 - 4 * et * sw2) * (rt - 1.0 / 3) * ru - 4.5 * (1 + 4 * eb * sw2) * (rb - 1.0 / 3) * rd);
  return d;
}

HiggsMassMatrix higgs_mixing_matrix(const HiggsKn99Inputs& in) {
  // KN99 eq. (17), (19), docs/physics.md §6.3. K_mix = 3 g^2/(16 pi^2 m_W^2) = 3/(8 pi^2 v^2).
  using namespace squark_mixing;
  const BetaAngles& t = in.beta;
  const double s = t.sin, c = t.cos, tb = t.tanb, cotb = 1.0 / tb;
  const double kmix = 3.0 / (8.0 * M_PI * M_PI * in.vev * in.vev);
  const double mz2 = in.mz * in.mz, mt2 = in.mt * in.mt, mb2 = in.mb * in.mb;
  const double mt4 = mt2 * mt2, mb4 = mb2 * mb2;
  const double q2 = in.mq * in.mq, u2 = in.mu3 * in.mu3, d2 = in.md3 * in.md3;
  const double at = in.at, ab = in.ab, mu = in.mu;
  const double xt = at - mu * cotb, xb = ab - mu * tb, yt = at + mu * tb, yb = ab + mu * cotb;
  const double h_u = h(q2, u2), h_d = h(q2, d2), g_u = g_hh(q2, u2), g_d = g_hh(q2, d2);
  const double pt_u = p_t(q2, u2, in.sin2w), pb_d = p_b(q2, d2, in.sin2w);
  const double b_u = b_hh(q2, u2), b_d = b_hh(q2, d2);

  HiggsMassMatrix d;
  d.m11 = kmix * (mb4 * ab * xb / (c * c) * (2 * h_d + ab * xb * g_d) + mt4 * mu * mu * xt * xt / (s * s) * g_u +
                  mz2 * mt2 * mu * cotb * (xt * pt_u - mu * cotb * b_u) + mz2 * mb2 * ab * (xb * pb_d - ab * b_d));
  d.m22 = kmix * (mt4 * at * xt / (s * s) * (2 * h_u + at * xt * g_u) + mb4 * mu * mu * xb * xb / (c * c) * g_d +
                  mz2 * mb2 * mu * tb * (xb * pb_d - mu * tb * b_d) + mz2 * mt2 * at * (xt * pt_u - at * b_u));
  d.m12 = -0.5 * kmix *
          (2 * mt4 / (s * s) * mu * xt * (h_u + at * xt * g_u) + 2 * mb4 / (c * c) * mu * xb * (h_d + ab * xb * g_d) -
           mz2 * mb2 * tb * ((mu * mu + ab * ab) * b_d - xb * yb * pb_d) -
           mz2 * mt2 * cotb * ((mu * mu + at * at) * b_u - xt * yt * pt_u));
  return d;
}

HiggsKn99Result diagonalise_cp_even(const HiggsMassMatrix& m) {
  HiggsKn99Result r;
  r.matrix = m;
  Eigen::Matrix2d mat;
  mat << m.m11, m.m12, m.m12, m.m22;
  Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> es;
  es.computeDirect(mat);
  r.mh_sq = es.eigenvalues()(0);
  r.mH_sq = es.eigenvalues()(1);
  // h = -sin(alpha) H_d + cos(alpha) H_u (SLHA); the eigenvector of m_h^2 is (-sin a, cos a).
  Eigen::Vector2d v = es.eigenvectors().col(0);
  if (v(1) < 0) v = -v;
  r.alpha = std::atan2(-v(0), v(1));
  return r;
}

HiggsKn99Result higgs_mass_kn99(const HiggsKn99Inputs& in) {
  const HiggsMassMatrix a = higgs_tree_matrix(in), b = higgs_1ll_matrix(in), m = higgs_mixing_matrix(in);
  return diagonalise_cp_even({a.m11 + b.m11 + m.m11, a.m22 + b.m22 + m.m22, a.m12 + b.m12 + m.m12});
}

}  // namespace gmsb::higgs
