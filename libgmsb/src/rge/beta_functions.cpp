#include "rge/beta_functions.hpp"

#include "rge/two_loop_soft_betas.hpp"

#include <cmath>

namespace gmsb::rge {

namespace {
constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);  // k = 1/(16 pi^2)
}

double hypercharge_trace_s(const MssmState& y) {
  // docs/physics.md §3.4: S = m_Hu^2 - m_Hd^2 + sum_gen [m_Q^2 - m_L^2 - 2 m_U^2 + m_D^2 + m_E^2].
  auto gen = [&](int q, int u, int d, int l, int e) { return y[q] - y[l] - 2.0 * y[u] + y[d] + y[e]; };
  return y[kMHu2] - y[kMHd2] + 2.0 * gen(kMQ1, kMU1, kMD1, kML1, kME1) + gen(kMQ3, kMU3, kMD3, kML3, kME3);
}

namespace {
/// One-loop MSSM beta functions (docs/physics.md §3.1-§3.5).
void one_loop_mssm_beta(const MssmState& y, MssmState& dy, const RgeOptions& opt) {
  const double g1 = y[kG1], g2 = y[kG2], g3 = y[kG3];
  const double G1 = g1 * g1, G2 = g2 * g2, G3 = g3 * g3;
  const double yt = y[kYt], yb = y[kYb], ytau = y[kYtau];
  const double Yt = yt * yt, Yb = yb * yb, Ytau = ytau * ytau;
  const double M1 = y[kM1], M2 = y[kM2], M3 = y[kM3];
  const double At = y[kAt], Ab = y[kAb], Atau = y[kAtau];
  const std::array<double, 3> G{G1, G2, G3};
  const std::array<double, 3> Ma{M1, M2, M3};

  // docs/physics.md §3.1: beta_{g_a} = k b_a g_a^3, beta_{M_a} = 2 k b_a g_a^2 M_a, b_a += N_a of active messengers.
  std::array<double, 3> b;
  for (int a = 0; a < 3; ++a) b[a] = kMssmB1[a] + opt.extra_b[a];
  for (int a = 0; a < 3; ++a) {
    dy[kG1 + a] = kLoop * b[a] * G[a] * y[kG1 + a];
    dy[kM1 + a] = 2.0 * kLoop * b[a] * G[a] * Ma[a];
  }

  // docs/physics.md §3.2: Yukawas.
  dy[kYt] = kLoop * yt * (6 * Yt + Yb - 16.0 / 3 * G3 - 3 * G2 - 13.0 / 15 * G1);
  dy[kYb] = kLoop * yb * (Yt + 6 * Yb + Ytau - 16.0 / 3 * G3 - 3 * G2 - 7.0 / 15 * G1);
  dy[kYtau] = kLoop * ytau * (3 * Yb + 4 * Ytau - 3 * G2 - 9.0 / 5 * G1);

  // docs/physics.md §3.3: trilinears, a_x = A_x y_x.
  dy[kAt] = kLoop * (12 * Yt * At + 2 * Yb * Ab + 32.0 / 3 * G3 * M3 + 6 * G2 * M2 + 26.0 / 15 * G1 * M1);
  dy[kAb] = kLoop * (2 * Yt * At + 12 * Yb * Ab + 2 * Ytau * Atau + 32.0 / 3 * G3 * M3 + 6 * G2 * M2 +
                     14.0 / 15 * G1 * M1);
  dy[kAtau] = kLoop * (6 * Yb * Ab + 8 * Ytau * Atau + 6 * G2 * M2 + 18.0 / 5 * G1 * M1);

  // docs/physics.md §3.4: soft scalar masses.
  const double S = hypercharge_trace_s(y);
  const double Xt = 2 * Yt * (y[kMHu2] + y[kMQ3] + y[kMU3] + At * At);
  const double Xb = 2 * Yb * (y[kMHd2] + y[kMQ3] + y[kMD3] + Ab * Ab);
  const double Xtau = 2 * Ytau * (y[kMHd2] + y[kML3] + y[kME3] + Atau * Atau);
  const double g3m = 32.0 / 3 * G3 * M3 * M3, g2m = 6 * G2 * M2 * M2, g1m = G1 * M1 * M1;
  const double s1 = G1 * S;
  dy[kMHu2] = kLoop * (3 * Xt - g2m - 6.0 / 5 * g1m + 3.0 / 5 * s1);
  dy[kMHd2] = kLoop * (3 * Xb + Xtau - g2m - 6.0 / 5 * g1m - 3.0 / 5 * s1);
  const double gauge_q = -g3m - g2m - 2.0 / 15 * g1m + 1.0 / 5 * s1;
  const double gauge_u = -g3m - 32.0 / 15 * g1m - 4.0 / 5 * s1;
  const double gauge_d = -g3m - 8.0 / 15 * g1m + 2.0 / 5 * s1;
  const double gauge_l = -g2m - 6.0 / 5 * g1m - 3.0 / 5 * s1;
  const double gauge_e = -24.0 / 5 * g1m + 6.0 / 5 * s1;
  dy[kMQ3] = kLoop * (Xt + Xb + gauge_q);
  dy[kMU3] = kLoop * (2 * Xt + gauge_u);
  dy[kMD3] = kLoop * (2 * Xb + gauge_d);
  dy[kML3] = kLoop * (Xtau + gauge_l);
  dy[kME3] = kLoop * (2 * Xtau + gauge_e);
  dy[kMQ1] = kLoop * gauge_q;
  dy[kMU1] = kLoop * gauge_u;
  dy[kMD1] = kLoop * gauge_d;
  dy[kML1] = kLoop * gauge_l;
  dy[kME1] = kLoop * gauge_e;

  // docs/physics.md §3.5: mu and b = B mu; beta_b = b gamma_mu-part + mu beta_B.
  const double gamma_mu = 3 * Yt + 3 * Yb + Ytau - 3 * G2 - 3.0 / 5 * G1;
  dy[kMu] = kLoop * y[kMu] * gamma_mu;
  dy[kBmu] = kLoop * (y[kBmu] * gamma_mu +
                      y[kMu] * (6 * At * Yt + 6 * Ab * Yb + 2 * Atau * Ytau + 6 * G2 * M2 + 6.0 / 5 * G1 * M1));
}

/// Adds the two-loop gauge, gaugino and Yukawa terms (Martin & Vaughn PRD 50 (1994) 2282).
void add_two_loop_gauge_yukawa_beta(const MssmState& y, MssmState& dy, const RgeOptions& opt) {
  const double g1 = y[kG1], g2 = y[kG2], g3 = y[kG3];
  const double G1 = g1 * g1, G2 = g2 * g2, G3 = g3 * g3;
  const double yt = y[kYt], yb = y[kYb], ytau = y[kYtau];
  const double Yt = yt * yt, Yb = yb * yb, Ytau = ytau * ytau;
  const double M1 = y[kM1], M2 = y[kM2], M3 = y[kM3];
  const double At = y[kAt], Ab = y[kAb], Atau = y[kAtau];
  const std::array<double, 3> G{G1, G2, G3};
  const std::array<double, 3> Ma{M1, M2, M3};

  // Two-loop gauge and gaugino terms (docs/physics.md §3.1; Martin & Vaughn PRD 50 (1994) 2282 eqs. 3.3, 4.4):
  // beta_{g_a} += k^2 g_a^3 [sum_b b_ab g_b^2 - sum_x c_ax y_x^2]
  // beta_{M_a} += 2 k^2 g_a^2 [sum_b b_ab g_b^2 (M_a + M_b) + sum_x c_ax y_x^2 (A_x - M_a)]
  static constexpr double c[3][3] = {{26.0 / 5, 14.0 / 5, 18.0 / 5}, {6, 6, 2}, {4, 4, 0}};
  const double k2 = kLoop * kLoop;
  const std::array<double, 3> Yx{Yt, Yb, Ytau};
  const std::array<double, 3> Ax{At, Ab, Atau};
  for (int a = 0; a < 3; ++a) {
    double gauge = 0, gauge_m = 0, yuk = 0, yuk_m = 0;
    for (int bb = 0; bb < 3; ++bb) {
      const double bab = kMssmB2[a][bb] + opt.extra_b2[a][bb];
      gauge += bab * G[bb];
      gauge_m += bab * G[bb] * (Ma[a] + Ma[bb]);
      yuk += c[a][bb] * Yx[bb];
      yuk_m += c[a][bb] * Yx[bb] * (Ax[bb] - Ma[a]);
    }
    dy[kG1 + a] += k2 * G[a] * y[kG1 + a] * (gauge - yuk);
    dy[kM1 + a] += 2.0 * k2 * G[a] * (gauge_m + yuk_m);
  }
  // Two-loop Yukawa terms, third generation (Martin & Vaughn eq. 4.3 reduced to one family;
  // as in Barger, Berger, Ohmann PRD 49 (1994) 4908).
  const double G1s = G1 * G1, G2s = G2 * G2, G3s = G3 * G3;
  dy[kYt] += k2 * yt *
             (-22 * Yt * Yt - 5 * Yb * Yb - 5 * Yt * Yb - Yb * Ytau + Yt * (6.0 / 5 * G1 + 6 * G2 + 16 * G3) +
              2.0 / 5 * G1 * Yb + 2743.0 / 450 * G1s + 15.0 / 2 * G2s - 16.0 / 9 * G3s + G1 * G2 +
              136.0 / 45 * G1 * G3 + 8 * G2 * G3);
  dy[kYb] += k2 * yb *
             (-22 * Yb * Yb - 5 * Yt * Yt - 5 * Yt * Yb - 3 * Yb * Ytau - 3 * Ytau * Ytau + 4.0 / 5 * G1 * Yt +
              Yb * (2.0 / 5 * G1 + 6 * G2 + 16 * G3) + 6.0 / 5 * G1 * Ytau + 287.0 / 90 * G1s +
              15.0 / 2 * G2s - 16.0 / 9 * G3s + G1 * G2 + 8.0 / 9 * G1 * G3 + 8 * G2 * G3);
  dy[kYtau] += k2 * ytau *
               (-10 * Ytau * Ytau - 9 * Yb * Yb - 9 * Yb * Ytau - 3 * Yt * Yb + Ytau * (6.0 / 5 * G1 + 6 * G2) +
                Yb * (-2.0 / 5 * G1 + 16 * G3) + 27.0 / 2 * G1s + 15.0 / 2 * G2s + 9.0 / 5 * G1 * G2);
}
}  // namespace

void mssm_beta(const MssmState& y, MssmState& dy, const RgeOptions& opt) {
  one_loop_mssm_beta(y, dy, opt);
  if (opt.loops < 2) return;
  add_two_loop_gauge_yukawa_beta(y, dy, opt);
  // Two-loop trilinears, soft masses, mu and b (Martin & Vaughn; rge_two_loop_soft.cpp).
  add_two_loop_soft_beta(y, dy);
}

void mssm_gauge_yukawa_beta(const MssmState& y, MssmState& dy, const RgeOptions& opt) {
  one_loop_mssm_beta(y, dy, opt);
  if (opt.loops >= 2) add_two_loop_gauge_yukawa_beta(y, dy, opt);
}

void sm_beta(const SmState& y, SmState& dy, int loops) {
  // docs/physics.md §4.4: SM one-loop, b^SM = (41/10, -19/6, -7).
  static constexpr double b[3] = {41.0 / 10, -19.0 / 6, -7.0};
  const double G1 = y[kSmG1] * y[kSmG1], G2 = y[kSmG2] * y[kSmG2], G3 = y[kSmG3] * y[kSmG3];
  const double Yt = y[kSmYt] * y[kSmYt], Yb = y[kSmYb] * y[kSmYb], Ytau = y[kSmYtau] * y[kSmYtau];
  const double G[3] = {G1, G2, G3};
  for (int a = 0; a < 3; ++a) dy[kSmG1 + a] = kLoop * b[a] * G[a] * y[kSmG1 + a];
  dy[kSmYt] = kLoop * y[kSmYt] * (4.5 * Yt + 1.5 * Yb + Ytau - 8 * G3 - 9.0 / 4 * G2 - 17.0 / 20 * G1);
  dy[kSmYb] = kLoop * y[kSmYb] * (1.5 * Yt + 4.5 * Yb + Ytau - 8 * G3 - 9.0 / 4 * G2 - 1.0 / 4 * G1);
  dy[kSmYtau] = kLoop * y[kSmYtau] * (3 * Yt + 3 * Yb + 2.5 * Ytau - 9.0 / 4 * G2 - 9.0 / 4 * G1);
  if (loops < 2) return;
  // Two-loop SM gauge (docs/physics.md §4.4; Machacek & Vaughn): b_ab and Yukawa terms.
  static constexpr double b2[3][3] = {{199.0 / 50, 27.0 / 10, 44.0 / 5}, {9.0 / 10, 35.0 / 6, 12}, {11.0 / 10, 9.0 / 2, -26}};
  static constexpr double cy[3][3] = {{17.0 / 10, 1.0 / 2, 3.0 / 2}, {3.0 / 2, 3.0 / 2, 1.0 / 2}, {2, 2, 0}};
  const double Yx[3] = {Yt, Yb, Ytau};
  for (int a = 0; a < 3; ++a) {
    double s = 0;
    for (int bb = 0; bb < 3; ++bb) s += b2[a][bb] * G[bb] - cy[a][bb] * Yx[bb];
    dy[kSmG1 + a] += kLoop * kLoop * G[a] * y[kSmG1 + a] * s;
  }
}

}  // namespace gmsb::rge
