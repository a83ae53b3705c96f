#pragma once
/// \file messengers.hpp
/// Messenger content (numbers of vector-like pairs) and the indices (N1, N2, N3).
///
/// Conventions: GUT-normalised U(1), so a pair of hypercharge Y and dimension d has
/// n1 = (6/5) Y^2 d (Kaeding & Nandi (KN99) eq. (8); docs/physics.md §1.1).
/// N1 is always a multiple of 1/5 and is stored exactly as an integer number of fifths.

#include <optional>
#include <string>
#include <vector>

namespace gmsb {

/// The three Dynkin-index sums N_a = sum over pairs of n_a, with N1 kept exact in fifths.
struct MessengerIndices {
  int n1_fifths = 0;  ///< 5 * N1 (exact)
  int n2 = 0;         ///< N2 (SU(2))
  int n3 = 0;         ///< N3 (SU(3))

  double n1() const { return n1_fifths / 5.0; }
  double n(int a) const { return a == 0 ? n1() : (a == 1 ? double(n2) : double(n3)); }
  /// "14/5,4,1" style text; N1 printed as an integer when it is one.
  std::string to_string() const;
  friend bool operator==(const MessengerIndices& a, const MessengerIndices& b) {
    return a.n1_fifths == b.n1_fifths && a.n2 == b.n2 && a.n3 == b.n3;
  }
  friend bool operator!=(const MessengerIndices& a, const MessengerIndices& b) { return !(a == b); }
  friend bool operator<(const MessengerIndices& a, const MessengerIndices& b) {
    if (a.n1_fifths != b.n1_fifths) return a.n1_fifths < b.n1_fifths;
    if (a.n2 != b.n2) return a.n2 < b.n2;
    return a.n3 < b.n3;
  }
};

/// The largest messenger index accepted, for each of N1, N2, N3 (docs/physics.md §1.5): above it
/// every gauge coupling meets its one-loop Landau pole less than a factor 33 above M.
constexpr int kMaxMessengerIndex = 100;

/// N1 from text: "14/5", "2.8", "3". Throws gmsb::InputError unless it is a
/// non-negative multiple of 1/5 not above kMaxMessengerIndex.
int parse_n1_fifths(const std::string& text);
/// "N1,N2,N3" (N1 may be a fraction), each at most kMaxMessengerIndex. Throws gmsb::InputError
/// with the reason.
MessengerIndices parse_indices(const std::string& text);

/// Throws gmsb::InputError when an index of n exceeds kMaxMessengerIndex (`what` names n in the message).
void check_index_maximum(const MessengerIndices& n, const std::string& what);

/// Numbers of vector-like pairs of each kind (docs/physics.md §1.1).
struct MessengerContent {
  int nQ = 0, nU = 0, nD = 0, nL = 0, nE = 0;  ///< SM-like pairs Q+Qbar, U+Ubar, ...
  int n5 = 0, n10 = 0;                          ///< SU(5) pairs 5+5bar, 10+10bar

  /// KN99 eq. (8), the N_a formulas (docs/physics.md §1.1).
  MessengerIndices indices() const;
  /// Readable name such as "D+4L", "2(5+5bar)", "5+5bar+10+10bar".
  std::string name() const;
  int total_pairs() const { return nQ + nU + nD + nL + nE + n5 + n10; }
};

/// Parses a content name such as "5+5bar", "2(5+5bar)", "2Q+L", "D+4L", "10+10bar".
/// Throws gmsb::InputError naming the unrecognised part, or when an index of the content
/// exceeds kMaxMessengerIndex.
MessengerContent parse_content(const std::string& text);

/// One allowed messenger sector: the triple and every realisation found.
struct MessengerModel {
  MessengerIndices indices;
  std::vector<MessengerContent> realisations;  ///< simplest first
  /// Name of the simplest realisation (fewest pairs).
  std::string name() const;
};

/// The seed's rule (docs/physics.md §1.2): contents componentwise <= one of the four maximal vectors
/// (1,0,2,1,2), (1,1,1,1,1), (1,2,0,1,0), (0,0,4,4,0), all N_a != 0.
/// Returns exactly the seed's 32 triples, sorted by (N1, N2, N3).
std::vector<MessengerModel> enumerate_seed_models();

/// The weaker rule "N_a <= 4 for each a" (docs/physics.md §1.2 note): 42 triples. For comparison only.
std::vector<MessengerIndices> enumerate_weak_rule_models();

/// The SU(5) rows of the seed's Table 1 (5+5bar ... 4(5+5bar), 10+10bar, 5+5bar+10+10bar).
std::vector<MessengerContent> seed_su5_contents();

}  // namespace gmsb
