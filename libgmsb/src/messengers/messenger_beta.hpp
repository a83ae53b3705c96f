#pragma once
/// \file messenger_beta.hpp
/// Contributions of messenger pairs to the gauge beta functions above their mass
/// (docs/physics.md §1.3): one-loop b_a += N_a, two-loop b_ab += Delta b_ab.

#include <array>
#include <optional>

#include "gmsb/messengers.hpp"

namespace gmsb::messengers {

using Matrix3 = std::array<std::array<double, 3>, 3>;

/// Quantum numbers of the chiral field Phi of a vector-like pair Phi + Phibar.
struct PairRepresentation {
  int dim3;          ///< SU(3) dimension (1 or 3)
  int dim2;          ///< SU(2) dimension (1 or 2)
  double hypercharge;  ///< Y = Q - T3
};
/// The five SM-like pairs Q, U, D, L, E (docs/physics.md §1.1).
constexpr PairRepresentation kPairQ{3, 2, 1.0 / 6}, kPairU{3, 1, -2.0 / 3}, kPairD{3, 1, 1.0 / 3},
    kPairL{1, 2, -0.5}, kPairE{1, 1, 1.0};

/// One-loop indices (n_1, n_2, n_3) of one pair: n_1 = (6/5) Y^2 d, n_a = 2 S_a(r) (docs/physics.md §1.1).
std::array<double, 3> pair_indices(const PairRepresentation& r);

/// Two-loop shift of one pair, Delta b_ab = n_a [2 C(G_a) delta_ab + 4 C_b(r)] with
/// C(G) = (0, 2, 3) and C_b the quadratic Casimirs of Phi (docs/physics.md §1.3).
Matrix3 pair_two_loop_b(const PairRepresentation& r);

/// Sum of pair_two_loop_b over the pairs of a content (5+5bar = D+L, 10+10bar = Q+U+E).
Matrix3 messenger_two_loop_b(const MessengerContent& c);

/// The MSSM two-loop b_ab from the general formula
/// b_ab = sum_fields S_a(r) [2 C(G_a) delta_ab + 4 C_b(r)] - 6 C(G_a)^2 delta_ab
/// over three families and two Higgs doublets (Martin & Vaughn PRD 50 (1994) 2282 eq. 2.3).
/// Used to check kMssmB2 (docs/physics.md §9.1).
Matrix3 mssm_two_loop_b_from_general_formula();

/// The realisation of an index triple with the fewest SM-like pairs (Q, U, D, L, E), or nullopt. Used to supply two-loop terms when only (N1, N2, N3) is known.
std::optional<MessengerContent> simplest_content(const MessengerIndices& n);

}  // namespace gmsb::messengers
