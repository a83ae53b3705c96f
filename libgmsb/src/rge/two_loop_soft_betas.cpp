#include "rge/two_loop_soft_betas.hpp"

#include <cmath>

// Two-loop soft-parameter beta functions of the MSSM, Martin & Vaughn PRD 50 (1994) 2282
// [hep-ph/9311340] section 4 (the MSSM specialisation of their general DRbar' results), reduced
// by hand to third-generation Yukawas only: every Yukawa matrix is diag(0, 0, y_x), so traces and
// products of Yukawa/trilinear matrices become y_x^2, A_x y_x^2, A_x^2 y_x^2. Generations 1 and 2
// have no Yukawa terms. Notation below: G_a = g_a^2, Y_x = y_x^2,
// S_t = m_Hu^2 + m_Q3^2 + m_U3^2, S_b = m_Hd^2 + m_Q3^2 + m_D3^2, S_tau = m_Hd^2 + m_L3^2 + m_E3^2.

namespace gmsb::rge {

namespace {
constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);

/// Sum over a generation-summed soft mass: 2 (first = second generation) + third.
double trace3(const MssmState& y, int first, int third) { return 2.0 * y[first] + y[third]; }
}  // namespace

std::array<double, 3> two_loop_sigma(const MssmState& y) {
  const double G1 = y[kG1] * y[kG1], G2 = y[kG2] * y[kG2], G3 = y[kG3] * y[kG3];
  const double tq = trace3(y, kMQ1, kMQ3), tu = trace3(y, kMU1, kMU3), td = trace3(y, kMD1, kMD3);
  const double tl = trace3(y, kML1, kML3), te = trace3(y, kME1, kME3);
  const double hsum = y[kMHu2] + y[kMHd2];
  // Martin & Vaughn (MSSM section): sigma_1, sigma_2, sigma_3.
  return {G1 / 5.0 * (3 * hsum + tq + 3 * tl + 8 * tu + 2 * td + 6 * te), G2 * (hsum + 3 * tq + tl),
          G3 * (2 * tq + tu + td)};
}

double two_loop_s_prime(const MssmState& y) {
  const double G1 = y[kG1] * y[kG1], G2 = y[kG2] * y[kG2], G3 = y[kG3] * y[kG3];
  const double Yt = y[kYt] * y[kYt], Yb = y[kYb] * y[kYb], Yl = y[kYtau] * y[kYtau];
  const double tq = trace3(y, kMQ1, kMQ3), tu = trace3(y, kMU1, kMU3), td = trace3(y, kMD1, kMD3);
  const double tl = trace3(y, kML1, kML3), te = trace3(y, kME1, kME3);
  const double mhu = y[kMHu2], mhd = y[kMHd2];
  // Martin & Vaughn (MSSM section): S' with Tr[...] -> third-generation Yukawas.
  return -(3 * mhu + y[kMQ3] - 4 * y[kMU3]) * Yt + (3 * mhd - y[kMQ3] - 2 * y[kMD3]) * Yb +
         (mhd + y[kML3] - 2 * y[kME3]) * Yl + (1.5 * G2 + 0.3 * G1) * (mhu - mhd - tl) +
         (8.0 / 3 * G3 + 1.5 * G2 + G1 / 30.0) * tq - (16.0 / 3 * G3 + 16.0 / 15 * G1) * tu +
         (8.0 / 3 * G3 + 2.0 / 15 * G1) * td + 1.2 * G1 * te;
}

namespace {
/// The couplings of the two-loop soft betas: G_a = g_a^2, Y_x = y_x^2, M_a, A_x and the sums S_x.
struct SoftInputs {
  double G1, G2, G3, Yt, Yb, Yl, M1, M2, M3, At, Ab, Al, St, Sb, Sl;
};

SoftInputs soft_inputs(const MssmState& y) {
  const double G1 = y[kG1] * y[kG1], G2 = y[kG2] * y[kG2], G3 = y[kG3] * y[kG3];
  const double Yt = y[kYt] * y[kYt], Yb = y[kYb] * y[kYb], Yl = y[kYtau] * y[kYtau];
  const double M1 = y[kM1], M2 = y[kM2], M3 = y[kM3];
  const double At = y[kAt], Ab = y[kAb], Al = y[kAtau];
  const double mhu = y[kMHu2], mhd = y[kMHd2];
  const double St = mhu + y[kMQ3] + y[kMU3], Sb = mhd + y[kMQ3] + y[kMD3], Sl = mhd + y[kML3] + y[kME3];
  return {G1, G2, G3, Yt, Yb, Yl, M1, M2, M3, At, Ab, Al, St, Sb, Sl};
}

/// Two-loop trilinears (Martin & Vaughn PRD 50 (1994) 2282, MSSM beta^(2)_{h_u}, beta^(2)_{h_d}, beta^(2)_{h_e}).
void two_loop_trilinears(MssmState& dy, const SoftInputs& in) {
  const double G1 = in.G1, G2 = in.G2, G3 = in.G3;
  const double Yt = in.Yt, Yb = in.Yb, Yl = in.Yl;
  const double M1 = in.M1, M2 = in.M2, M3 = in.M3;
  const double At = in.At, Ab = in.Ab, Al = in.Al;
  const double k2 = kLoop * kLoop;

  // ---- Trilinears A_x = a_x / y_x: beta^(2)_{A_x} = (beta^(2)_{h_x} - A_x beta^(2)_{y_x}) / y_x
  // (Martin & Vaughn, MSSM beta^(2)_{h_u}, beta^(2)_{h_d}, beta^(2)_{h_e}, third generation).
  dy[kAt] += k2 * (-88 * At * Yt * Yt - 20 * Ab * Yb * Yb - 10 * (At + Ab) * Yt * Yb - 2 * (Ab + Al) * Yb * Yl +
                   Yt * (32 * G3 * (At - M3) + 12 * G2 * (At - M2) + 12.0 / 5 * G1 * (At - M1)) +
                   4.0 / 5 * G1 * Yb * (Ab - M1) + 64.0 / 9 * G3 * G3 * M3 - 30 * G2 * G2 * M2 -
                   5486.0 / 225 * G1 * G1 * M1 - 16 * G3 * G2 * (M3 + M2) - 272.0 / 45 * G3 * G1 * (M3 + M1) -
                   2 * G2 * G1 * (M2 + M1));
  dy[kAb] += k2 * (-88 * Ab * Yb * Yb - 20 * At * Yt * Yt - 10 * (At + Ab) * Yt * Yb - 6 * (Ab + Al) * Yb * Yl -
                   12 * Al * Yl * Yl +
                   Yb * (32 * G3 * (Ab - M3) + 12 * G2 * (Ab - M2) + 4.0 / 5 * G1 * (Ab - M1)) +
                   8.0 / 5 * G1 * Yt * (At - M1) + 12.0 / 5 * G1 * Yl * (Al - M1) + 64.0 / 9 * G3 * G3 * M3 -
                   30 * G2 * G2 * M2 - 574.0 / 45 * G1 * G1 * M1 - 16 * G3 * G2 * (M3 + M2) -
                   16.0 / 9 * G3 * G1 * (M3 + M1) - 2 * G2 * G1 * (M2 + M1));
  dy[kAtau] += k2 * (-40 * Al * Yl * Yl - 36 * Ab * Yb * Yb - 18 * (Ab + Al) * Yb * Yl - 6 * (At + Ab) * Yt * Yb +
                     Yl * (12 * G2 * (Al - M2) + 12.0 / 5 * G1 * (Al - M1)) +
                     Yb * (32 * G3 * (Ab - M3) - 4.0 / 5 * G1 * (Ab - M1)) - 30 * G2 * G2 * M2 -
                     54 * G1 * G1 * M1 - 18.0 / 5 * G2 * G1 * (M2 + M1));
}

/// Two-loop mu and b = B mu (Martin & Vaughn PRD 50 (1994) 2282, MSSM beta^(2)_mu and beta^(2)_b).
void two_loop_mu_b(const MssmState& y, MssmState& dy, const SoftInputs& in) {
  const double G1 = in.G1, G2 = in.G2, G3 = in.G3;
  const double Yt = in.Yt, Yb = in.Yb, Yl = in.Yl;
  const double M1 = in.M1, M2 = in.M2, M3 = in.M3;
  const double At = in.At, Ab = in.Ab, Al = in.Al;
  const double k2 = kLoop * kLoop;

  // ---- mu and b = B mu: beta^(2)_mu = mu gamma_H, beta^(2)_b = b gamma_H + mu beta^(2)_B
  // (Martin & Vaughn, MSSM beta^(2)_mu and beta^(2)_b, third generation).
  const double gamma_h = -3 * (3 * Yt * Yt + 3 * Yb * Yb + 2 * Yt * Yb + Yl * Yl) + (16 * G3 + 4.0 / 5 * G1) * Yt +
                         (16 * G3 - 2.0 / 5 * G1) * Yb + 6.0 / 5 * G1 * Yl + 15.0 / 2 * G2 * G2 +
                         9.0 / 5 * G1 * G2 + 207.0 / 50 * G1 * G1;
  const double beta_b2 = -36 * At * Yt * Yt - 36 * Ab * Yb * Yb - 12 * (At + Ab) * Yt * Yb - 12 * Al * Yl * Yl +
                         Yt * (32 * G3 * (At - M3) + 8.0 / 5 * G1 * (At - M1)) +
                         Yb * (32 * G3 * (Ab - M3) - 4.0 / 5 * G1 * (Ab - M1)) + 12.0 / 5 * G1 * Yl * (Al - M1) -
                         30 * G2 * G2 * M2 - 18.0 / 5 * G1 * G2 * (M1 + M2) - 414.0 / 25 * G1 * G1 * M1;
  dy[kMu] += k2 * y[kMu] * gamma_h;
  dy[kBmu] += k2 * (y[kBmu] * gamma_h + y[kMu] * beta_b2);
}

/// Two-loop soft scalar masses (Martin & Vaughn PRD 50 (1994) 2282, MSSM beta^(2)_{m^2}).
void two_loop_soft_masses(const MssmState& y, MssmState& dy, const SoftInputs& in) {
  const double G1 = in.G1, G2 = in.G2, G3 = in.G3;
  const double Yt = in.Yt, Yb = in.Yb, Yl = in.Yl;
  const double M1 = in.M1, M2 = in.M2, M3 = in.M3;
  const double At = in.At, Ab = in.Ab, Al = in.Al;
  const double k2 = kLoop * kLoop;
  const double St = in.St, Sb = in.Sb, Sl = in.Sl;

  // ---- Soft scalar masses (Martin & Vaughn, MSSM beta^(2)_{m^2} for H_u, H_d, Q, L, u, d, e).
  const std::array<double, 3> sigma = two_loop_sigma(y);
  const double sp = two_loop_s_prime(y);
  // Pure gauge pieces: g_a^2 g_b^2 (M_a^2 + M_b^2 + M_a M_b) and the sigma_a and S' terms.
  auto pair = [&](double Ga, double Ma, double Gb, double Mb) { return Ga * Gb * (Ma * Ma + Mb * Mb + Ma * Mb); };
  const double g33 = G3 * G3 * M3 * M3, g22 = G2 * G2 * M2 * M2, g11 = G1 * G1 * M1 * M1;
  const double p32 = pair(G3, M3, G2, M2), p31 = pair(G3, M3, G1, M1), p21 = pair(G2, M2, G1, M1);
  const double gauge_q = -128.0 / 3 * g33 + 32 * p32 + 32.0 / 45 * p31 + 33 * g22 + 2.0 / 5 * p21 +
                         199.0 / 75 * g11 + 16.0 / 3 * G3 * sigma[2] + 3 * G2 * sigma[1] + G1 * sigma[0] / 15 +
                         2.0 / 5 * G1 * sp;
  const double gauge_u = -128.0 / 3 * g33 + 512.0 / 45 * p31 + 3424.0 / 75 * g11 + 16.0 / 3 * G3 * sigma[2] +
                         16.0 / 15 * G1 * sigma[0] - 8.0 / 5 * G1 * sp;
  const double gauge_d = -128.0 / 3 * g33 + 128.0 / 45 * p31 + 808.0 / 75 * g11 + 16.0 / 3 * G3 * sigma[2] +
                         4.0 / 15 * G1 * sigma[0] + 4.0 / 5 * G1 * sp;
  const double gauge_l_no_sp = 33 * g22 + 18.0 / 5 * p21 + 621.0 / 25 * g11 + 3 * G2 * sigma[1] + 3.0 / 5 * G1 * sigma[0];
  const double gauge_l = gauge_l_no_sp - 6.0 / 5 * G1 * sp;   // L and H_d (hypercharge -1/2)
  const double gauge_hu = gauge_l_no_sp + 6.0 / 5 * G1 * sp;  // H_u (hypercharge +1/2)
  const double gauge_e = 2808.0 / 25 * g11 + 12.0 / 5 * G1 * sigma[0] + 12.0 / 5 * G1 * sp;

  // Gauge-Yukawa pieces: g_a^2 y_x^2 [(M_a - A_x)^2 + M_a^2 + S_x] (from the traces with gaugino
  // masses, trilinears and soft masses in the MV matrix formulas).
  auto gy = [](double Ga, double Ma, double Ax, double Sx) { return Ga * ((Ma - Ax) * (Ma - Ax) + Ma * Ma + Sx); };
  // Yukawa^4 pieces: y_x^2 y_z^2 [S_x + S_z + (A_x + A_z)^2].
  const double tt = Yt * Yt * (2 * St + 4 * At * At), bb = Yb * Yb * (2 * Sb + 4 * Ab * Ab);
  const double ll = Yl * Yl * (2 * Sl + 4 * Al * Al);
  const double tb = Yt * Yb * (St + Sb + (At + Ab) * (At + Ab)), bl = Yb * Yl * (Sb + Sl + (Ab + Al) * (Ab + Al));

  dy[kMHu2] += k2 * (-18 * tt - 6 * tb + Yt * (32 * gy(G3, M3, At, St) + 8.0 / 5 * gy(G1, M1, At, St)) + gauge_hu);
  dy[kMHd2] += k2 * (-18 * bb - 6 * tb - 6 * ll +
                     Yb * (32 * gy(G3, M3, Ab, Sb) - 4.0 / 5 * gy(G1, M1, Ab, Sb)) +
                     12.0 / 5 * Yl * gy(G1, M1, Al, Sl) + gauge_l);
  dy[kMQ3] += k2 * (-10 * tt - 10 * bb - 2 * bl + 8.0 / 5 * Yt * gy(G1, M1, At, St) +
                    4.0 / 5 * Yb * gy(G1, M1, Ab, Sb) + gauge_q);
  dy[kMU3] += k2 * (-16 * tt - 4 * tb + Yt * (12 * gy(G2, M2, At, St) - 4.0 / 5 * gy(G1, M1, At, St)) + gauge_u);
  dy[kMD3] += k2 * (-16 * bb - 4 * tb - 4 * bl + Yb * (12 * gy(G2, M2, Ab, Sb) + 4.0 / 5 * gy(G1, M1, Ab, Sb)) +
                    gauge_d);
  dy[kML3] += k2 * (-6 * ll - 6 * bl + 12.0 / 5 * Yl * gy(G1, M1, Al, Sl) + gauge_l);
  dy[kME3] += k2 * (-8 * ll - 12 * bl + Yl * (12 * gy(G2, M2, Al, Sl) - 12.0 / 5 * gy(G1, M1, Al, Sl)) + gauge_e);
  dy[kMQ1] += k2 * gauge_q;
  dy[kMU1] += k2 * gauge_u;
  dy[kMD1] += k2 * gauge_d;
  dy[kML1] += k2 * gauge_l;
  dy[kME1] += k2 * gauge_e;
}
}  // namespace

void add_two_loop_soft_beta(const MssmState& y, MssmState& dy) {
  const SoftInputs in = soft_inputs(y);
  two_loop_trilinears(dy, in);
  two_loop_mu_b(y, dy, in);
  two_loop_soft_masses(y, dy, in);
}

}  // namespace gmsb::rge
