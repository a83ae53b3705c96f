#pragma once
/// \file seed_results.hpp
/// The published numbers of Kaeding & Nandi (KN99) that the program regenerates: Table 1
/// (largest M_h per messenger sector, M = 1e8 GeV, Lambda <= 100 TeV) and Table 2 (the fit
/// M_h,max = a + b N1 + c N2 + d ln N3 at Lambda = 50, 100, 200 TeV). Values copied from
/// docs/physics.md §1.4. This is the only copy of them in the project.

#include <array>
#include <cmath>
#include <optional>

#include "gmsb/messengers.hpp"

namespace gmsb::seed {

/// Messenger scale and largest Lambda of the seed's Table 1 (GeV).
constexpr double kTable1MessGev = 1e8;
constexpr double kTable1LambdaGev = 1e5;

/// One row of the seed's Table 1 for a triple (N1 in fifths, exact).
struct Table1Row {
  int n1_fifths, n2, n3;
  double mh_max_gev;  ///< largest M_h over tan(beta) at Lambda <= 100 TeV
  bool asterisk;      ///< the seed's '*': the maximum is limited by an exclusion (docs/physics.md §6.6 item 10)
};

/// Seed Table 1, the 32 triples in the seed's order (docs/physics.md §1.4).
constexpr std::array<Table1Row, 32> kTable1{{
    {1, 3, 2, 125.1, false},   {3, 3, 3, 128.9, false},   {4, 4, 2, 125.5, false},   {5, 1, 1, 118.5, false},
    {5, 3, 4, 131.5, false},   {6, 4, 3, 129.1, false},   {7, 1, 2, 124.8, false},   {7, 3, 2, 125.3, false},
    {8, 2, 1, 119.0, false},   {8, 4, 4, 131.7, false},   {9, 1, 3, 128.6, false},   {9, 3, 3, 128.9, false},
    {10, 2, 2, 125.1, false},  {10, 4, 2, 125.5, false},  {11, 1, 1, 118.6, false},  {11, 1, 4, 131.3, false},
    {11, 3, 1, 119.3, false},  {11, 3, 4, 131.6, false},  {12, 2, 3, 128.8, false},  {12, 4, 3, 129.1, false},
    {13, 1, 2, 124.9, false},  {13, 3, 2, 125.3, false},  {14, 2, 4, 131.5, false},  {14, 4, 1, 108.6, true},
    {14, 4, 4, 131.7, false},  {15, 3, 3, 129.0, false},  {16, 4, 2, 125.6, false},  {17, 1, 1, 118.7, false},
    {17, 3, 4, 131.6, false},  {18, 4, 3, 129.1, false},  {19, 1, 2, 124.9, false},  {20, 4, 4, 131.7, false},
}};

/// The seed's SU(5) rows of Table 1 (content name, its triple, M_h,max in GeV).
struct Su5Row {
  const char* content;
  int n1_fifths, n2, n3;
  double mh_max_gev;
};
constexpr std::array<Su5Row, 6> kTable1Su5{{
    {"5+5bar", 5, 1, 1, 118.5},
    {"2(5+5bar)", 10, 2, 2, 125.1},
    {"3(5+5bar)", 15, 3, 3, 129.0},
    {"4(5+5bar)", 20, 4, 4, 131.7},
    {"10+10bar", 15, 3, 3, 129.0},
    {"5+5bar+10+10bar", 20, 4, 4, 131.7},
}};

/// One row of the seed's Table 2: the fit coefficients at one Lambda (GeV).
struct Table2Row {
  double lambda_gev;
  double a, b, c, d;
};
constexpr std::array<Table2Row, 3> kTable2{{
    {5e4, 108.9, 0.1, 0.3, 9.7},
    {1e5, 118.3, 0.1, 0.2, 9.1},
    {2e5, 127.0, 0.02, 0.2, 8.4},
}};

/// The seed's Table 1 row of a triple, if the seed lists it.
inline std::optional<Table1Row> table1_row(const MessengerIndices& n) {
  for (const auto& r : kTable1)
    if (r.n1_fifths == n.n1_fifths && r.n2 == n.n2 && r.n3 == n.n3) return r;
  return std::nullopt;
}

/// The seed's Table 2 row at lambda_gev (relative match 1e-9), if the seed gives one.
inline std::optional<Table2Row> table2_row(double lambda_gev) {
  for (const auto& r : kTable2)
    if (lambda_gev > 0 && std::abs(r.lambda_gev - lambda_gev) <= 1e-9 * r.lambda_gev) return r;
  return std::nullopt;
}

}  // namespace gmsb::seed
