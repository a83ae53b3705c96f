#include "gmsb/messengers.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <sstream>
#include <stdexcept>

#include "gmsb/error.hpp"

namespace gmsb {

namespace {

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  size_t e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

int parse_nonnegative_int(const std::string& text, const char* what) {
  std::string t = trim(text);
  if (t.empty() || !std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); }))
    throw InputError(std::string(what) + " must be a non-negative integer, got '" + text + "'");
  // Bounded so that stoi and 5 * N1 stay inside int (issue 16 sets the physical maximum).
  if (t.size() > 8) throw InputError(std::string(what) + " is too large (at most 99999999), got '" + text + "'");
  return std::stoi(t);
}

}  // namespace

std::string MessengerIndices::to_string() const {
  std::ostringstream os;
  if (n1_fifths % 5 == 0)
    os << n1_fifths / 5;
  else
    os << n1_fifths << "/5";
  os << "," << n2 << "," << n3;
  return os.str();
}

int parse_n1_fifths(const std::string& text) {
  std::string t = trim(text);
  if (t.empty()) throw InputError("N1 is empty");
  if (t[0] == '-') throw InputError("N1 must not be negative, got '" + t + "'");
  size_t slash = t.find('/');
  if (slash != std::string::npos) {
    int num = parse_nonnegative_int(t.substr(0, slash), "numerator of N1");
    int den = parse_nonnegative_int(t.substr(slash + 1), "denominator of N1");
    if (den == 0) throw InputError("N1 has a zero denominator: '" + t + "'");
    if ((5 * num) % den != 0)
      throw InputError("N1 = " + t + " is not a multiple of 1/5 (N1 = (6/5) sum Y^2 d)");
    return 5 * num / den;
  }
  // A decimal number: digits and at most one point (no exponent, no hexadecimal).
  if (!std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c) || c == '.'; }) ||
      std::count(t.begin(), t.end(), '.') > 1 || t == ".")
    throw InputError("N1 is not a number: '" + t + "'");
  const double v = std::strtod(t.c_str(), nullptr);
  if (!(v <= kMaxMessengerIndex))  // before the conversion to int (1e9 overflowed into 705032704/5)
    throw InputError("N1 = " + t + " exceeds the maximum messenger index " + std::to_string(kMaxMessengerIndex) +
                     " (docs/physics.md §1.5)");
  double fifths = v * 5.0;
  if (std::fabs(fifths - std::round(fifths)) > 1e-9)
    throw InputError("N1 = " + t + " is not a multiple of 1/5 (N1 = (6/5) sum Y^2 d)");
  return static_cast<int>(std::lround(fifths));
}

MessengerIndices parse_indices(const std::string& text) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : text) {
    if (c == ',') {
      parts.push_back(cur);
      cur.clear();
    } else if (c != '(' && c != ')' && c != '[' && c != ']') {
      cur += c;
    }
  }
  parts.push_back(cur);
  if (parts.size() != 3)
    throw InputError("messenger indices must be 'N1,N2,N3', got '" + text + "'");
  MessengerIndices n;
  n.n1_fifths = parse_n1_fifths(parts[0]);
  n.n2 = parse_nonnegative_int(parts[1], "N2");
  n.n3 = parse_nonnegative_int(parts[2], "N3");
  check_index_maximum(n, "messenger indices");
  return n;
}

void check_index_maximum(const MessengerIndices& n, const std::string& what) {
  // docs/physics.md §1.5: N_a <= kMaxMessengerIndex (perturbativity just above M).
  if (n.n1_fifths > 5 * kMaxMessengerIndex || n.n2 > kMaxMessengerIndex || n.n3 > kMaxMessengerIndex)
    throw InputError(what + " (" + n.to_string() + ") exceed the maximum messenger index " +
                     std::to_string(kMaxMessengerIndex) + " (docs/physics.md §1.5)");
}

MessengerIndices MessengerContent::indices() const {
  // KN99 eq. (8) (docs/physics.md §1.1): N1 = (nQ + 8 nU + 2 nD + 3 nL + 6 nE)/5 + n5 + 3 n10.
  MessengerIndices n;
  n.n1_fifths = nQ + 8 * nU + 2 * nD + 3 * nL + 6 * nE + 5 * n5 + 15 * n10;
  n.n2 = 3 * nQ + nL + n5 + 3 * n10;
  n.n3 = 2 * nQ + nU + nD + n5 + 3 * n10;
  return n;
}

std::string MessengerContent::name() const {
  std::vector<std::string> parts;
  auto add = [&](int count, const char* what, bool su5) {
    if (count <= 0) return;
    if (count == 1)
      parts.push_back(what);
    else if (su5)
      parts.push_back(std::to_string(count) + "(" + what + ")");
    else
      parts.push_back(std::to_string(count) + what);
  };
  add(n5, "5+5bar", true);
  add(n10, "10+10bar", true);
  add(nQ, "Q", false);
  add(nU, "U", false);
  add(nD, "D", false);
  add(nL, "L", false);
  add(nE, "E", false);
  if (parts.empty()) return "none";
  std::string out = parts[0];
  for (size_t i = 1; i < parts.size(); ++i) out += "+" + parts[i];
  return out;
}

MessengerContent parse_content(const std::string& text) {
  MessengerContent c;
  std::string t;
  for (char ch : text)
    if (!std::isspace(static_cast<unsigned char>(ch))) t += ch;
  if (t.empty()) throw InputError("empty messenger content");
  size_t i = 0;
  while (i < t.size()) {
    int mult = 0;
    size_t start = i;
    while (i < t.size() && std::isdigit(static_cast<unsigned char>(t[i]))) {
      mult = mult * 10 + (t[i++] - '0');
      if (mult > 5 * kMaxMessengerIndex)  // every pair adds at least 1/5 to N1 (docs/physics.md §1.1)
        throw InputError("messenger content '" + text + "': multiplicity '" + t.substr(start, i - start) +
                         "...' is too large (the indices may not exceed " + std::to_string(kMaxMessengerIndex) + ")");
    }
    bool had_mult = i > start;
    // An SU(5) pair: "5+5bar", "10+10bar", optionally "k(5+5bar)" or "k x (5+5bar)".
    auto try_su5 = [&](const std::string& key, int& field) -> bool {
      std::string paren = "(" + key + ")";
      if (t.compare(i, paren.size(), paren) == 0) {
        field += had_mult ? mult : 1;
        i += paren.size();
        return true;
      }
      if (t.compare(i, key.size(), key) == 0) {
        field += had_mult ? mult : 1;
        i += key.size();
        return true;
      }
      return false;
    };
    if (had_mult && (mult == 5 || mult == 10) && t.compare(i, 1, "+") == 0) {
      // "5+5bar" / "10+10bar" written without multiplicity: the digits were the rep.
      i = start;
      had_mult = false;
      mult = 0;
    }
    if (try_su5("5+5bar", c.n5) || try_su5("10+10bar", c.n10)) {
    } else if (i < t.size() && std::string("QUDLE").find(t[i]) != std::string::npos) {
      int k = had_mult ? mult : 1;
      switch (t[i]) {
        case 'Q': c.nQ += k; break;
        case 'U': c.nU += k; break;
        case 'D': c.nD += k; break;
        case 'L': c.nL += k; break;
        case 'E': c.nE += k; break;
      }
      ++i;
    } else {
      throw InputError("unrecognised messenger content '" + text + "' at '" + t.substr(start) +
                       "' (use Q, U, D, L, E, 5+5bar, 10+10bar with multiplicities, e.g. 2Q+L)");
    }
    // Every pair adds at least 1/5 to N1, so the running total bounds the indices (and the ints).
    if (c.total_pairs() > 5 * kMaxMessengerIndex) check_index_maximum(c.indices(), "messenger content '" + text + "'");
    if (i < t.size()) {
      if (t[i] != '+')
        throw InputError("unrecognised messenger content '" + text + "' at '" + t.substr(i) + "'");
      ++i;
      if (i == t.size()) throw InputError("messenger content '" + text + "' ends with '+'");
    }
  }
  check_index_maximum(c.indices(), "the indices of messenger content '" + text + "'");
  return c;
}

std::string MessengerModel::name() const {
  return realisations.empty() ? indices.to_string() : realisations.front().name();
}

std::vector<MessengerModel> enumerate_seed_models() {
  // docs/physics.md §1.2: contents componentwise <= one of the four maximal vectors (n_Q,n_U,n_D,n_L,n_E).
  static const int kMaximal[4][5] = {{1, 0, 2, 1, 2}, {1, 1, 1, 1, 1}, {1, 2, 0, 1, 0}, {0, 0, 4, 4, 0}};
  std::map<MessengerIndices, std::vector<MessengerContent>> found;
  for (const auto& m : kMaximal)
    for (int q = 0; q <= m[0]; ++q)
      for (int u = 0; u <= m[1]; ++u)
        for (int d = 0; d <= m[2]; ++d)
          for (int l = 0; l <= m[3]; ++l)
            for (int e = 0; e <= m[4]; ++e) {
              MessengerContent c{q, u, d, l, e, 0, 0};
              MessengerIndices n = c.indices();
              if (n.n1_fifths == 0 || n.n2 == 0 || n.n3 == 0) continue;
              // Prefer SU(5) names where the content is k(D+L) or Q+U+E (+ D+L).
              MessengerContent named = c;
              if (q == 0 && u == 0 && e == 0 && d == l) named = MessengerContent{0, 0, 0, 0, 0, d, 0};
              if (q == 1 && u == 1 && e == 1 && d == l && d <= 1)
                named = MessengerContent{0, 0, 0, 0, 0, d, 1};
              auto& list = found[n];
              bool dup = false;
              for (const auto& other : list)
                dup |= other.nQ == named.nQ && other.nU == named.nU && other.nD == named.nD &&
                       other.nL == named.nL && other.nE == named.nE && other.n5 == named.n5 &&
                       other.n10 == named.n10;
              if (!dup) list.push_back(named);
            }
  std::vector<MessengerModel> out;
  for (auto& [n, list] : found) {
    std::stable_sort(list.begin(), list.end(), [](const MessengerContent& a, const MessengerContent& b) {
      return a.total_pairs() < b.total_pairs();
    });
    out.push_back(MessengerModel{n, list});
  }
  return out;
}

std::vector<MessengerIndices> enumerate_weak_rule_models() {
  std::map<MessengerIndices, bool> found;
  for (int q = 0; q <= 4; ++q)
    for (int u = 0; u <= 4; ++u)
      for (int d = 0; d <= 4; ++d)
        for (int l = 0; l <= 4; ++l)
          for (int e = 0; e <= 4; ++e) {
            MessengerIndices n = MessengerContent{q, u, d, l, e, 0, 0}.indices();
            if (n.n1_fifths == 0 || n.n2 == 0 || n.n3 == 0) continue;
            if (n.n1_fifths > 20 || n.n2 > 4 || n.n3 > 4) continue;
            found[n] = true;
          }
  std::vector<MessengerIndices> out;
  for (const auto& kv : found) out.push_back(kv.first);
  return out;
}

std::vector<MessengerContent> seed_su5_contents() {
  return {MessengerContent{0, 0, 0, 0, 0, 1, 0}, MessengerContent{0, 0, 0, 0, 0, 2, 0},
          MessengerContent{0, 0, 0, 0, 0, 3, 0}, MessengerContent{0, 0, 0, 0, 0, 4, 0},
          MessengerContent{0, 0, 0, 0, 0, 0, 1}, MessengerContent{0, 0, 0, 0, 0, 1, 1}};
}

}  // namespace gmsb
