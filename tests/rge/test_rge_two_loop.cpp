// Two-loop soft beta functions (rge/two_loop_soft_betas.cpp) against independent representations:
//  - the general two-loop anomalous dimension of Martin & Vaughn PRD 50 (1994) 2282 (their
//    gamma^(2) for a general theory), built here field by field from a table of Casimirs and
//    Yukawa couplings, anchored to the (separately tested) two-loop Yukawa betas;
//  - the spurion relations of Jack & Jones (PLB 415 (1997) 383) and Jack, Jones & Pickering
//    (PLB 426 (1998) 73): beta_h = ... - 2 Y (O gamma) with O = sum_a M_a g_a^2 d/dg_a^2 - h d/dY,
//    and beta_{m^2} = [2 O O* + 2 sum_a M_a^2 g_a^2 d/dg_a^2 + Ytilde d/dY + Ytilde* d/dY*
//    + X d/dg] gamma with X = -2 g^3 (sum_j S(j) m_j^2 - C(G) M^2) (DRbar'), plus the hypercharge
//    D-tadpole term (12/5) Y_i g1^2 S', S' = -sum_j Y_j m_j^2 gamma^(1)_j over all components.
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

#include "rge/beta_functions.hpp"
#include "rge/two_loop_soft_betas.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;

namespace {
constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);
constexpr double kCG[3] = {0.0, 2.0, 3.0};  // C(G) of U(1), SU(2), SU(3)
constexpr double kDimG[3] = {1.0, 3.0, 8.0};
enum Coupling { kTop = 0, kBottom = 1, kTau = 2 };

struct YukawaLink {
  int x;        ///< which Yukawa (t, b, tau)
  double w;     ///< weight: (1/2) sum_pq |Y_ipq|^2 = w y_x^2
  int j, k;     ///< the two partner fields
};
struct Field {
  int index;           ///< MssmIndex of its soft mass
  double hyper;        ///< hypercharge Y (Q = T3 + Y)
  int dim;             ///< complex components per generation
  double su3, su2;     ///< Casimirs C_3, C_2
  int generations;     ///< 1 (Higgs, third generation) or 2 (generations 1 and 2 in one entry)
  std::vector<YukawaLink> links;
  double c(int a) const { return a == 0 ? 0.6 * hyper * hyper : (a == 1 ? su2 : su3); }
  double s(int a) const { return c(a) * dim / kDimG[a]; }  ///< Dynkin index S_a of one copy
};
enum F { fHu, fHd, fQ3, fU3, fD3, fL3, fE3, fQ1, fU1, fD1, fL1, fE1, kFields };

std::vector<Field> mssm_fields() {
  std::vector<Field> f(kFields);
  f[fHu] = {kMHu2, 0.5, 2, 0, 0.75, 1, {{kTop, 3, fQ3, fU3}}};
  f[fHd] = {kMHd2, -0.5, 2, 0, 0.75, 1, {{kBottom, 3, fQ3, fD3}, {kTau, 1, fL3, fE3}}};
  f[fQ3] = {kMQ3, 1.0 / 6, 6, 4.0 / 3, 0.75, 1, {{kTop, 1, fHu, fU3}, {kBottom, 1, fHd, fD3}}};
  f[fU3] = {kMU3, -2.0 / 3, 3, 4.0 / 3, 0, 1, {{kTop, 2, fHu, fQ3}}};
  f[fD3] = {kMD3, 1.0 / 3, 3, 4.0 / 3, 0, 1, {{kBottom, 2, fHd, fQ3}}};
  f[fL3] = {kML3, -0.5, 2, 0, 0.75, 1, {{kTau, 1, fHd, fE3}}};
  f[fE3] = {kME3, 1.0, 1, 0, 0, 1, {{kTau, 2, fHd, fL3}}};
  for (int i = 0; i < 5; ++i) {
    f[fQ1 + i] = f[fQ3 + i];
    f[fQ1 + i].index = kMQ1 + i;
    f[fQ1 + i].generations = 2;
    f[fQ1 + i].links.clear();
  }
  return f;
}

/// A polynomial in G_a = g_a^2 and Y_x = y_x^2 of degree two (the form of gamma^(2)).
struct Gamma2 {
  std::map<std::pair<int, int>, double> yy;  ///< Y_x Y_z, x <= z
  std::map<std::pair<int, int>, double> gy;  ///< G_a Y_x
  std::map<std::pair<int, int>, double> gg;  ///< G_a G_b, a <= b
};

struct Model {
  std::vector<Field> f = mssm_fields();
  std::array<double, 3> total_s{};  // S_a(R) of all chiral fields
  Model() {
    for (const Field& x : f)
      for (int a = 0; a < 3; ++a) total_s[a] += x.s(a) * (x.index == kMHu2 || x.index == kMHd2 ? 1 : (x.generations == 2 ? 2 : 1));
  }
  /// Yukawa part of gamma^(1)_i: (1/2) sum |Y_ipq|^2.
  double p(int i, const std::array<double, 3>& Y) const {
    double s = 0;
    for (const auto& l : f[i].links) s += l.w * Y[l.x];
    return s;
  }
  /// Martin & Vaughn general gamma^(2)_i = -(1/2) Y_imn Y^npq Y_pqr Y^mri
  ///   + g^2 Y_ipq Y^ipq [2 C(p) - C(i)] + 2 g^4 C(i) [S(R) + 2 C(i) - 3 C(G)] (summed over groups).
  Gamma2 gamma2(int i) const {
    Gamma2 g;
    for (const auto& l : f[i].links) {
      // -(1/2) Y Y* Y Y* = - sum_{m,n} |Y_imn|^2 P_n; |Y_imn|^2 summed = 2 w Y_x, half on each partner.
      for (int partner : {l.j, l.k})
        for (const auto& l2 : f[partner].links) {
          auto key = std::minmax(l.x, l2.x);
          g.yy[{key.first, key.second}] += -l.w * l2.w;
        }
      for (int a = 0; a < 3; ++a) g.gy[{a, l.x}] += l.w * (2 * f[l.j].c(a) + 2 * f[l.k].c(a) - 2 * f[i].c(a));
    }
    for (int a = 0; a < 3; ++a) {
      g.gg[{a, a}] += 2 * f[i].c(a) * (total_s[a] - 3 * kCG[a]);
      for (int b = 0; b < 3; ++b) g.gg[std::minmax(a, b)] += 4 * f[i].c(a) * f[i].c(b);
    }
    return g;
  }
};

double evaluate(const Gamma2& g, const std::array<double, 3>& G, const std::array<double, 3>& Y) {
  double s = 0;
  for (const auto& [k, c] : g.yy) s += c * Y[k.first] * Y[k.second];
  for (const auto& [k, c] : g.gy) s += c * G[k.first] * Y[k.second];
  for (const auto& [k, c] : g.gg) s += c * G[k.first] * G[k.second];
  return s;
}

/// A generic state: every parameter non-zero and distinct, some soft masses negative.
MssmState generic_state() {
  MssmState y{};
  y[kG1] = 0.47; y[kG2] = 0.64; y[kG3] = 1.05;
  y[kYt] = 0.93; y[kYb] = 0.31; y[kYtau] = 0.22;
  y[kM1] = 170; y[kM2] = -320; y[kM3] = 860;
  y[kAt] = -250; y[kAb] = -280; y[kAtau] = 40;
  y[kMHu2] = -1.2e5; y[kMHd2] = 1.0e5;
  y[kMQ3] = 1.1e6; y[kMU3] = 9.4e5; y[kMD3] = 1.15e6; y[kML3] = 1.2e5; y[kME3] = -2.7e4;
  y[kMQ1] = 1.2e6; y[kMU1] = 1.05e6; y[kMD1] = 1.3e6; y[kML1] = 1.3e5; y[kME1] = 3.1e4;
  y[kMu] = 390; y[kBmu] = 1.6e4;
  return y;
}

std::array<double, 3> gauge_sq(const MssmState& y) { return {y[kG1] * y[kG1], y[kG2] * y[kG2], y[kG3] * y[kG3]}; }
std::array<double, 3> yukawa_sq(const MssmState& y) { return {y[kYt] * y[kYt], y[kYb] * y[kYb], y[kYtau] * y[kYtau]}; }

/// (16 pi^2)^2 beta^(2) of the library, soft entries only.
MssmState library_two_loop_soft(const MssmState& y) {
  MssmState d{};
  add_two_loop_soft_beta(y, d);
  for (double& v : d) v /= kLoop * kLoop;
  return d;
}

/// (16 pi^2)^2 beta^(2) of everything mssm_beta has at two loops (loops 2 minus loops 1).
MssmState library_two_loop_all(const MssmState& y) {
  MssmState d1{}, d2{};
  RgeOptions o1, o2;
  o2.loops = 2;
  mssm_beta(y, d1, o1);
  mssm_beta(y, d2, o2);
  for (int i = 0; i < kMssmSize; ++i) d2[i] = (d2[i] - d1[i]) / (kLoop * kLoop);
  return d2;
}

/// -2 O gamma for a gamma^(2) polynomial: O multiplies Y_x Y_z by -(A_x + A_z), G_a Y_x by
/// (M_a - A_x), G_a G_b by (M_a + M_b) (O is a first-order operator; h d/dY acts on the
/// holomorphic y_x of each |y_x|^2 once).
double minus_two_o(const Gamma2& g, const std::array<double, 3>& G, const std::array<double, 3>& Y,
                   const std::array<double, 3>& M, const std::array<double, 3>& A) {
  double s = 0;
  for (const auto& [k, c] : g.yy) s += c * Y[k.first] * Y[k.second] * (-(A[k.first] + A[k.second]));
  for (const auto& [k, c] : g.gy) s += c * G[k.first] * Y[k.second] * (M[k.first] - A[k.second]);
  for (const auto& [k, c] : g.gg) s += c * G[k.first] * G[k.second] * (M[k.first] + M[k.second]);
  return -2 * s;
}

Gamma2 sum(const Gamma2& a, const Gamma2& b) {
  Gamma2 s = a;
  for (const auto& [k, c] : b.yy) s.yy[k] += c;
  for (const auto& [k, c] : b.gy) s.gy[k] += c;
  for (const auto& [k, c] : b.gg) s.gg[k] += c;
  return s;
}
}  // namespace

TEST(RgeTwoLoop, FieldTableReproducesOneLoopGaugeCoefficients) {
  // S_a(R) - 3 C(G_a) = b_a = (33/5, 1, -3): the table's Casimirs and multiplicities are right.
  Model m;
  for (int a = 0; a < 3; ++a) EXPECT_NEAR(m.total_s[a] - 3 * kCG[a], kMssmB1[a], 1e-12);
}

TEST(RgeTwoLoop, GeneralGamma2ReproducesTwoLoopYukawaAndMuBetas) {
  // beta^(2)_{y_t} / y_t = gamma^(2)_Hu + gamma^(2)_Q3 + gamma^(2)_U3 (non-renormalisation), etc.;
  // beta^(2)_mu / mu = gamma^(2)_Hu + gamma^(2)_Hd. The Yukawa betas are the (tested) rge/beta_functions.cpp ones.
  Model m;
  const MssmState y = generic_state();
  const auto G = gauge_sq(y), Y = yukawa_sq(y);
  const MssmState lib = library_two_loop_all(y);
  const double gt = evaluate(m.gamma2(fHu), G, Y) + evaluate(m.gamma2(fQ3), G, Y) + evaluate(m.gamma2(fU3), G, Y);
  const double gb = evaluate(m.gamma2(fHd), G, Y) + evaluate(m.gamma2(fQ3), G, Y) + evaluate(m.gamma2(fD3), G, Y);
  const double gl = evaluate(m.gamma2(fHd), G, Y) + evaluate(m.gamma2(fL3), G, Y) + evaluate(m.gamma2(fE3), G, Y);
  const double gh = evaluate(m.gamma2(fHu), G, Y) + evaluate(m.gamma2(fHd), G, Y);
  EXPECT_NEAR(lib[kYt] / y[kYt], gt, 1e-12 * std::fabs(gt) + 1e-12);
  EXPECT_NEAR(lib[kYb] / y[kYb], gb, 1e-12 * std::fabs(gb) + 1e-12);
  EXPECT_NEAR(lib[kYtau] / y[kYtau], gl, 1e-12 * std::fabs(gl) + 1e-12);
  EXPECT_NEAR(lib[kMu] / y[kMu], gh, 1e-12 * std::fabs(gh) + 1e-12);
}

TEST(RgeTwoLoop, TrilinearsAndBFollowTheSpurionRelation) {
  // beta_{A_x} = -2 O (gamma_i + gamma_j + gamma_k) for y_x Phi_i Phi_j Phi_k; beta_B = -2 O
  // (gamma_Hu + gamma_Hd); beta_b = b (gamma_Hu + gamma_Hd) + mu beta_B (Jack & Jones).
  Model m;
  const MssmState y = generic_state();
  const auto G = gauge_sq(y), Y = yukawa_sq(y);
  const std::array<double, 3> M{y[kM1], y[kM2], y[kM3]}, A{y[kAt], y[kAb], y[kAtau]};
  const MssmState lib = library_two_loop_soft(y);
  const double at = minus_two_o(sum(sum(m.gamma2(fHu), m.gamma2(fQ3)), m.gamma2(fU3)), G, Y, M, A);
  const double ab = minus_two_o(sum(sum(m.gamma2(fHd), m.gamma2(fQ3)), m.gamma2(fD3)), G, Y, M, A);
  const double al = minus_two_o(sum(sum(m.gamma2(fHd), m.gamma2(fL3)), m.gamma2(fE3)), G, Y, M, A);
  const Gamma2 gh = sum(m.gamma2(fHu), m.gamma2(fHd));
  const double b = y[kBmu] * evaluate(gh, G, Y) + y[kMu] * minus_two_o(gh, G, Y, M, A);
  EXPECT_NEAR(lib[kAt], at, 1e-10 * std::fabs(at));
  EXPECT_NEAR(lib[kAb], ab, 1e-10 * std::fabs(ab));
  EXPECT_NEAR(lib[kAtau], al, 1e-10 * std::fabs(al));
  EXPECT_NEAR(lib[kBmu], b, 1e-10 * std::fabs(b));
  EXPECT_NEAR(lib[kMu], y[kMu] * evaluate(gh, G, Y), 1e-10 * std::fabs(lib[kMu]));
}

namespace {
/// beta^(2)_{m_i^2} from the Jack-Jones-Pickering operator acting on the general gamma^(2), the
/// X term and the hypercharge D-tadpole (see the file comment). All in units of (16 pi^2)^-2.
double jjp_scalar_mass(const Model& m, int i, const MssmState& y) {
  const auto G = gauge_sq(y), Y = yukawa_sq(y);
  const std::array<double, 3> M{y[kM1], y[kM2], y[kM3]}, A{y[kAt], y[kAb], y[kAtau]};
  // Ytilde^{ijk} = (m_i^2 + m_j^2 + m_k^2) Y^{ijk}.
  const std::array<double, 3> S{y[kMHu2] + y[kMQ3] + y[kMU3], y[kMHd2] + y[kMQ3] + y[kMD3],
                                y[kMHd2] + y[kML3] + y[kME3]};
  const Gamma2 g = m.gamma2(i);
  double s = 0;
  // 2 O O*: a monomial with O eigenvalue e gets 2 e^2; 2 M M* g^2 d/dg^2; Ytilde d/dY + c.c.
  for (const auto& [k, c] : g.yy)
    s += c * Y[k.first] * Y[k.second] * (2 * std::pow(A[k.first] + A[k.second], 2) + 2 * (S[k.first] + S[k.second]));
  for (const auto& [k, c] : g.gy)
    s += c * G[k.first] * Y[k.second] *
         (2 * std::pow(M[k.first] - A[k.second], 2) + 2 * M[k.first] * M[k.first] + 2 * S[k.second]);
  for (const auto& [k, c] : g.gg)
    s += c * G[k.first] * G[k.second] *
         (2 * std::pow(M[k.first] + M[k.second], 2) + 2 * (M[k.first] * M[k.first] + M[k.second] * M[k.second]));
  // X d/dg acting on gamma^(1) = -2 g^2 C(i): 8 g^4 C(i) [sum_j S(j) m_j^2 - C(G) M^2].
  for (int a = 0; a < 3; ++a) {
    double sm = 0;
    for (const Field& f : m.f) sm += f.s(a) * f.generations * y[f.index];
    s += 8 * G[a] * G[a] * m.f[i].c(a) * (sm - kCG[a] * M[a] * M[a]);
  }
  // D-tadpole: (12/5) Y_i g1^2 S', S' = -sum over components of Y_j m_j^2 gamma^(1)_j.
  double sprime = 0;
  for (int j = 0; j < kFields; ++j) {
    const Field& f = m.f[j];
    double gamma1 = m.p(j, Y);
    for (int a = 0; a < 3; ++a) gamma1 -= 2 * G[a] * f.c(a);
    sprime -= f.generations * f.dim * f.hyper * y[f.index] * gamma1;
  }
  EXPECT_NEAR(sprime, two_loop_s_prime(y), 1e-10 * std::fabs(sprime));
  return s + 12.0 / 5 * m.f[i].hyper * G[0] * sprime;
}
}  // namespace

TEST(RgeTwoLoop, ScalarMassesMatchTheOperatorFormOfTheGeneralResult) {
  Model m;
  MssmState y = generic_state();
  const MssmState lib = library_two_loop_soft(y);
  for (int i = 0; i < kFields; ++i) {
    const double ref = jjp_scalar_mass(m, i, y);
    EXPECT_NEAR(lib[m.f[i].index], ref, 1e-10 * std::fabs(ref)) << "field " << i;
  }
  // A second point with all signs of A and M flipped and tiny Yukawas (gauge-dominated regime).
  for (int k : {kM1, kM2, kM3, kAt, kAb, kAtau}) y[k] = -y[k];
  y[kYt] = 0.01;
  const MssmState lib2 = library_two_loop_soft(y);
  for (int i = 0; i < kFields; ++i) {
    const double ref = jjp_scalar_mass(m, i, y);
    EXPECT_NEAR(lib2[m.f[i].index], ref, 1e-10 * std::fabs(ref)) << "field " << i;
  }
}

TEST(RgeTwoLoop, UniversalGauginoMassPureGaugeClosedForm) {
  // Yukawas, A and m^2 zero, M_a = M: (16 pi^2)^2 beta^(2)_{m_i^2} =
  //   M^2 [48 (sum_a g_a^2 C_a(i))^2 + sum_a g_a^4 C_a(i) (24 S_a(R) - 80 C(G_a))]
  // (the general single-group g^4 M^2 C(i)[24 S(R) + 48 C(i) - 80 C(G)], with the g_a^2 g_b^2
  // cross terms 16 C_a C_b (M_a^2 + M_b^2 + M_a M_b) = 48 C_a C_b M^2).
  Model m;
  MssmState y{};
  y[kG1] = 0.5; y[kG2] = 0.7; y[kG3] = 1.1;
  const double mg = 500;
  y[kM1] = y[kM2] = y[kM3] = mg;
  const MssmState lib = library_two_loop_soft(y);
  const std::array<double, 3> G = gauge_sq(y);
  for (int i = 0; i < kFields; ++i) {
    double cg = 0, single = 0;
    for (int a = 0; a < 3; ++a) {
      cg += G[a] * m.f[i].c(a);
      single += G[a] * G[a] * m.f[i].c(a) * (24 * m.total_s[a] - 80 * kCG[a]);
    }
    const double ref = mg * mg * (48 * cg * cg + single);
    EXPECT_NEAR(lib[m.f[i].index], ref, 1e-10 * std::fabs(ref)) << "field " << i;
  }
  // Trilinears: beta^(2)_{A_x} = -2 O gamma^(2): pure gauge, -4 M sum of the g^4 parts of gamma^(2).
  EXPECT_NEAR(lib[kAt] / mg, -4 * (2743.0 / 450 * G[0] * G[0] + 15.0 / 2 * G[1] * G[1] - 16.0 / 9 * G[2] * G[2] +
                                  G[0] * G[1] + 136.0 / 45 * G[0] * G[2] + 8 * G[1] * G[2]),
              1e-10);
}

TEST(RgeTwoLoop, SingleGaugeGroupNoYukawasMatchesGeneralFormula) {
  // One SU(N) factor, no Yukawas, no A: (16 pi^2)^2 beta^(2)_{m_i^2} =
  //   g^4 C(i) [ M^2 (24 S(R) + 48 C(i) - 80 C(G)) + 8 sum_j S(j) m_j^2 ]  (MV general result).
  Model m;
  for (int a : {1, 2}) {
    MssmState y = generic_state();
    y[kYt] = y[kYb] = y[kYtau] = 0;
    y[kAt] = y[kAb] = y[kAtau] = 0;
    for (int b = 0; b < 3; ++b)
      if (b != a) y[kG1 + b] = 0;
    const double G = y[kG1 + a] * y[kG1 + a], Ma = y[kM1 + a];
    double sm = 0;
    for (const Field& f : m.f) sm += f.s(a) * f.generations * y[f.index];
    const MssmState lib = library_two_loop_soft(y);
    for (int i = 0; i < kFields; ++i) {
      const double c = m.f[i].c(a);
      const double ref = G * G * c * (Ma * Ma * (24 * m.total_s[a] + 48 * c - 80 * kCG[a]) + 8 * sm);
      EXPECT_NEAR(lib[m.f[i].index], ref, 1e-10 * std::fabs(ref) + 1e-9) << "group " << a << " field " << i;
    }
  }
}

TEST(RgeTwoLoop, SigmaTermOfMQFromOneFirstGenerationMass) {
  // docs/physics.md §8(a): (16pi^2)^2 beta^(2)_{m_Q^2} ⊃ 16/3 g3^2 sigma3 + 3 g2^2 sigma2 + 1/15 g1^2 sigma1,
  // sigma_a = 2 g_a^2 sum_j S_a(j) m_j^2, plus (2/5) g1^2 S' (hypercharge 1/6). Raise m_dR^2 of
  // generations 1 and 2 by delta: S_3(d) = 1/2, S_1(d) = 3/5 (1/3)^2 3 = 1/5 per generation, S_2 = 0;
  // S' changes by (8/3 g3^2 + 2/15 g1^2) 2 delta. beta is linear in m^2, so the difference is exact.
  MssmState y = generic_state();
  const double G1 = y[kG1] * y[kG1], G3 = y[kG3] * y[kG3], delta = 1.0e5;
  const MssmState before = library_two_loop_soft(y);
  y[kMD1] += delta;
  const MssmState after = library_two_loop_soft(y);
  const double dsigma3 = 2 * G3 * 0.5 * 2 * delta, dsigma1 = 2 * G1 * 0.2 * 2 * delta;
  const double dsprime = (8.0 / 3 * G3 + 2.0 / 15 * G1) * 2 * delta;
  const double expected = 16.0 / 3 * G3 * dsigma3 + G1 * dsigma1 / 15 + 2.0 / 5 * G1 * dsprime;
  EXPECT_NEAR(after[kMQ3] - before[kMQ3], expected, 1e-8 * expected);
  EXPECT_NEAR(after[kMQ1] - before[kMQ1], expected, 1e-8 * expected);
  const auto s0 = two_loop_sigma(MssmState(generic_state())), s1 = two_loop_sigma(y);
  EXPECT_NEAR(s1[2] - s0[2], dsigma3, 1e-9 * dsigma3);
  EXPECT_NEAR(s1[0] - s0[0], dsigma1, 1e-9 * dsigma1);
  EXPECT_NEAR(s1[1] - s0[1], 0.0, 1e-9);
}

TEST(RgeTwoLoop, SupersymmetricLimitStaysSupersymmetric) {
  // All soft terms zero (M_a, A_x, m^2, b): their two-loop betas vanish; mu runs with gamma_H.
  MssmState y = generic_state();
  for (int k = kM1; k <= kME1; ++k) y[k] = 0;
  y[kBmu] = 0;
  const MssmState lib = library_two_loop_soft(y);
  for (int k = kAt; k <= kME1; ++k) EXPECT_EQ(lib[k], 0.0) << k;
  EXPECT_EQ(lib[kBmu], 0.0);
  EXPECT_NE(lib[kMu], 0.0);
}

TEST(RgeTwoLoop, OneLoopBetasUnchanged) {
  // loops = 1 never calls the two-loop code: mssm_beta(loops = 1) has no k^2 soft terms.
  const MssmState y = generic_state();
  MssmState d1{}, d2{};
  RgeOptions o1, o2;
  o2.loops = 2;
  mssm_beta(y, d1, o1);
  mssm_beta(y, d2, o2);
  const MssmState soft = library_two_loop_soft(y);
  for (int k = kAt; k <= kBmu; ++k)
    EXPECT_NEAR(d2[k] - d1[k], kLoop * kLoop * soft[k], 1e-12 * std::fabs(d1[k]) + 1e-15) << k;
}
