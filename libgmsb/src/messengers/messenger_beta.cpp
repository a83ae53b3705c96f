#include "messengers/messenger_beta.hpp"

#include <algorithm>

namespace gmsb::messengers {

namespace {
constexpr double kCasimirAdjoint[3] = {0.0, 2.0, 3.0};  // C(G_a), docs/physics.md §1.3

/// Quadratic Casimirs C_a(r) of Phi: C_1 = (3/5) Y^2, C_2 = 3/4 for a doublet, C_3 = 4/3 for a triplet.
std::array<double, 3> casimirs(const PairRepresentation& r) {
  return {0.6 * r.hypercharge * r.hypercharge, r.dim2 == 2 ? 0.75 : 0.0, r.dim3 == 3 ? 4.0 / 3.0 : 0.0};
}

void add_scaled(Matrix3& acc, const Matrix3& m, double k) {
  for (int a = 0; a < 3; ++a)
    for (int b = 0; b < 3; ++b) acc[a][b] += k * m[a][b];
}
}  // namespace

std::array<double, 3> pair_indices(const PairRepresentation& r) {
  // docs/physics.md §1.1: n_1 = (6/5) Y^2 dim, n_2 = number of doublets, n_3 = number of triplets (pair = 2 S).
  return {1.2 * r.hypercharge * r.hypercharge * r.dim3 * r.dim2, r.dim2 == 2 ? double(r.dim3) : 0.0,
          r.dim3 == 3 ? double(r.dim2) : 0.0};
}

Matrix3 pair_two_loop_b(const PairRepresentation& r) {
  const auto n = pair_indices(r);
  const auto c = casimirs(r);
  Matrix3 m{};
  // docs/physics.md §1.3: Delta b_ab = n_a [2 C(G_a) delta_ab + 4 C_b(r)].
  for (int a = 0; a < 3; ++a)
    for (int b = 0; b < 3; ++b) m[a][b] = n[a] * ((a == b ? 2.0 * kCasimirAdjoint[a] : 0.0) + 4.0 * c[b]);
  return m;
}

Matrix3 messenger_two_loop_b(const MessengerContent& c) {
  Matrix3 m{};
  add_scaled(m, pair_two_loop_b(kPairQ), c.nQ + c.n10);
  add_scaled(m, pair_two_loop_b(kPairU), c.nU + c.n10);
  add_scaled(m, pair_two_loop_b(kPairD), c.nD + c.n5);
  add_scaled(m, pair_two_loop_b(kPairL), c.nL + c.n5);
  add_scaled(m, pair_two_loop_b(kPairE), c.nE + c.n10);
  return m;
}

Matrix3 mssm_two_loop_b_from_general_formula() {
  // Chiral content: per family Q, u^c, d^c, L, e^c (one field each = half a pair), and H_u, H_d
  // (one doublet each = one L-type pair). A pair contributes 2 S_a, so a single field gives half.
  Matrix3 m{};
  add_scaled(m, pair_two_loop_b(kPairQ), 1.5);
  add_scaled(m, pair_two_loop_b(kPairU), 1.5);
  add_scaled(m, pair_two_loop_b(kPairD), 1.5);
  add_scaled(m, pair_two_loop_b(kPairL), 1.5 + 1.0);
  add_scaled(m, pair_two_loop_b(kPairE), 1.5);
  for (int a = 0; a < 3; ++a) m[a][a] -= 6.0 * kCasimirAdjoint[a] * kCasimirAdjoint[a];  // gauge multiplet
  return m;
}

std::optional<MessengerContent> simplest_content(const MessengerIndices& target) {
  // The index formulas of docs/physics.md §1.1 fix n_L = N2 - 3 n_Q, n_D = N3 - 2 n_Q - n_U and
  // n_E = (5 N1 - n_Q - 8 n_U - 2 n_D - 3 n_L)/6 once n_Q and n_U are chosen: O(N^2) candidates
  // (not a five-fold search), in the order (n_Q, n_U) ascending; the first with the fewest pairs wins.
  if (target.n1_fifths < 0 || target.n2 < 0 || target.n3 < 0) return std::nullopt;
  std::optional<MessengerContent> best;
  for (int q = 0; 3 * q <= target.n2 && 2 * q <= target.n3; ++q)
    for (int u = 0; 2 * q + u <= target.n3; ++u) {
      MessengerContent c;
      c.nQ = q;
      c.nU = u;
      c.nD = target.n3 - 2 * q - u;
      c.nL = target.n2 - 3 * q;
      const long rest = long(target.n1_fifths) - q - 8L * u - 2L * c.nD - 3L * c.nL;
      if (rest < 0 || rest % 6 != 0) continue;
      c.nE = int(rest / 6);
      if (!best || c.total_pairs() < best->total_pairs()) best = c;
    }
  return best;
}

}  // namespace gmsb::messengers
