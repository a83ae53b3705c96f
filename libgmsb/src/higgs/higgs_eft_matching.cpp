#include "higgs/higgs_eft_matching.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "ewsb/beta_angles.hpp"
#include "gmsb/error.hpp"

namespace gmsb::higgs {

using namespace gmsb::ewsb;

namespace {
constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);  // 1/(16 pi^2)
constexpr double kNearOne = 1e-3;                        // |x - 1| below which the Taylor series is used

/// The stop-like threshold 6 y^4 x~ [F~1(r) - x~ F~2(r)/12] of BGSS eq. 10 (times 1/16pi^2 outside),
/// x~ = X^2/(m_1 m_2), r = m_1/m_2; `colours` = 3 for squarks, 1 for sleptons (factor colours/3).
double mixing_threshold(double y4, double x, double m1sq, double m2sq, double colours) {
  const double m1 = std::sqrt(m1sq), m2 = std::sqrt(m2sq), r = m1 / m2, xx = x * x / (m1 * m2);
  return 2.0 * colours * y4 * xx * (bgss_f1(r) - xx * bgss_f2(r) / 12.0);
}
}  // namespace

// BGSS (arXiv:1407.4081) appendix: the loop functions of the stop threshold, eq. 10.
double bgss_f1(double x) {
  const double d = x - 1.0;
  if (std::fabs(d) < kNearOne) return 1.0 - d * d / 6.0 + d * d * d / 6.0;
  const double x2 = x * x;
  return x * std::log(x2) / (x2 - 1.0);
}

double bgss_f2(double x) {
  const double d = x - 1.0;
  if (std::fabs(d) < kNearOne) return 1.0 - 0.4 * d * d + 0.4 * d * d * d;
  const double x2 = x * x;
  return 6.0 * x2 * (2.0 - 2.0 * x2 + (1.0 + x2) * std::log(x2)) / std::pow(x2 - 1.0, 3);
}

double bgss_f3(double x) {
  const double d = x - 1.0;
  if (std::fabs(d) < kNearOne) return 1.0 + 5.0 / 9.0 * d - 4.0 / 9.0 * d * d + 2.0 / 9.0 * d * d * d;
  const double x2 = x * x;
  return 2.0 * x * (5.0 * (1.0 - x2) + (1.0 + 4.0 * x2) * std::log(x2)) / (3.0 * (x2 - 1.0) * (x2 - 1.0));
}

double bgss_f4(double x) {
  const double d = x - 1.0;
  if (std::fabs(d) < kNearOne) return 1.0 - d / 3.0 + 2.0 / 15.0 * d * d * d;
  const double x2 = x * x;
  return 2.0 * x * (x2 - 1.0 - std::log(x2)) / ((x2 - 1.0) * (x2 - 1.0));
}

double bgss_f5(double x) {
  const double d = x - 1.0;
  if (std::fabs(d) < kNearOne) return 1.0 - 0.3 * d * d + 0.3 * d * d * d;
  const double x2 = x * x;
  return 3.0 * x * (1.0 - x2 * x2 + 2.0 * x2 * std::log(x2)) / std::pow(1.0 - x2, 3);
}

HiggsEftMatching higgs_eft_lambda_at_msusy(const HiggsEftMatchingInputs& in) {
  const double mq3 = in.mq2[2], mu3 = in.mu2[2], md3 = in.md2[2];
  if (!(in.q_gev > 0) || !(mq3 > 0) || !(mu3 > 0) || !(md3 > 0) || !(in.ml2[2] > 0) || !(in.me2[2] > 0) ||
      !(in.ma > 0))
    throw InputError("higgs_eft_lambda_at_msusy: Q, m_A and the third-generation soft masses squared must be "
                     "positive (Q = " + std::to_string(in.q_gev) + " GeV, m_Q3^2 = " + std::to_string(mq3) +
                     ", m_U3^2 = " + std::to_string(mu3) + ", m_D3^2 = " + std::to_string(md3) + " GeV^2)");
  const BetaAngles& b = in.beta;
  const double c2b = b.cos2, c2b2 = c2b * c2b;
  const double beta = std::atan(in.beta.tanb);
  const double c4b = std::cos(4.0 * beta), c8b = std::cos(8.0 * beta), s4b = std::sin(4.0 * beta);
  const double G1 = in.g1 * in.g1, G2 = in.g2 * in.g2, Yt = in.yt * in.yt;
  const double q2 = in.q_gev * in.q_gev;
  auto lg = [q2](double m2) { return std::log(m2 / q2); };

  HiggsEftMatching m;
  // BGSS eq. 3: lambda = (g2^2 + 3/5 g1^2)/4 cos^2(2 beta).
  m.tree = 0.25 * (G2 + 0.6 * G1) * c2b2;
  // BGSS eq. 9: the DRbar -> MSbar conversion of the tree-level quartic.
  m.scheme = -kLoop * (0.09 * G1 * G1 + 0.3 * G1 * G2 + (0.75 - c2b2 / 6.0) * G2 * G2);

  // BGSS eq. 10, top/stop part: logarithms of m_Q3, m_U3 and the X_t threshold with its D-term parts.
  const double mq = std::sqrt(mq3), mu = std::sqrt(mu3), r = mq / mu, xtt = in.xt * in.xt / (mq * mu);
  m.stop = kLoop * (3.0 * Yt * (Yt + 0.5 * (G2 - 0.2 * G1) * c2b) * lg(mq3) +
                    3.0 * Yt * (Yt + 0.4 * G1 * c2b) * lg(mu3) + mixing_threshold(Yt * Yt, in.xt, mq3, mu3, 3.0) +
                    0.75 * Yt * xtt * c2b * (0.6 * G1 * bgss_f3(r) + G2 * bgss_f4(r)) -
                    0.25 * Yt * xtt * c2b2 * (0.6 * G1 + G2) * bgss_f5(r));

  // BGSS eq. 10: the D-term logarithms of all sfermions.
  double sq = 0, su = 0, sd = 0, sl = 0, se = 0;
  for (int i = 0; i < 3; ++i) {
    sq += lg(in.mq2[i]);
    su += lg(in.mu2[i]);
    sd += lg(in.md2[i]);
    sl += lg(in.ml2[i]);
    se += lg(in.me2[i]);
  }
  const double G14 = G1 * G1, G24 = G2 * G2;
  m.sfermion_d = kLoop * c2b2 / 300.0 *
                 (3.0 * (G14 + 25.0 * G24) * sq + 24.0 * G14 * su + 6.0 * G14 * sd + (9.0 * G14 + 25.0 * G24) * sl +
                  18.0 * G14 * se);

  // BGSS eq. 10: the heavy Higgs doublet (log of m_A) and its tree-level mixing term.
  const double gsum = 3.0 * G1 + 5.0 * G2;
  m.heavy_higgs = kLoop * ((261.0 * G14 + 630.0 * G1 * G2 + 1325.0 * G24 -
                            4.0 * c4b * (9.0 * G14 + 90.0 * G1 * G2 + 175.0 * G24) - 9.0 * c8b * gsum * gsum) /
                               4800.0 * lg(in.ma * in.ma) -
                           3.0 / 16.0 * std::pow(0.6 * G1 + G2, 2) * s4b * s4b);

  // tan(beta)-enhanced sbottom and stau thresholds (the stop threshold with y_b c_b, X_b and
  // m_Q3, m_D3; y_tau c_b, X_tau and m_L3, m_E3, one colour), as in SusyHD (Vega & Villadoro
  // JHEP 07 (2015) 159): the Yukawas are the MSSM ones times cos(beta).
  const double yb4 = std::pow(in.yb_cb, 4), ytau4 = std::pow(in.ytau_cb, 4);
  m.sbottom_stau = kLoop * (mixing_threshold(yb4, in.xb, mq3, md3, 3.0) +
                            mixing_threshold(ytau4, in.xtau, in.ml2[2], in.me2[2], 1.0));

  // BGSS eq. 36: O(alpha_t alpha_s) for m_Q3 = m_U3 = M_3 = Q, x = X_t/Q:
  // g3^2 y_t^4/(96 pi^4) (-12 x - 6 x^2 + 14 x^3 + x^4/2 - x^5). Here with Q = sqrt(m_Q3 m_U3).
  if (in.two_loop) {
    const double x = in.xt / std::sqrt(mq * mu), x2 = x * x;
    m.two_loop = in.g3 * in.g3 * Yt * Yt / (96.0 * std::pow(M_PI, 4)) *
                 (-12.0 * x - 6.0 * x2 + 14.0 * x2 * x + 0.5 * x2 * x2 - x2 * x2 * x);
  }
  return m;
}

}  // namespace gmsb::higgs
