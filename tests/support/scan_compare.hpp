#pragma once
/// \file scan_compare.hpp
/// Bit-for-bit comparison of scan results for the scanner tests (NaN equals NaN when the bits
/// agree). Header-only; tests only.

#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "io/scan_file.hpp"

namespace gmsb::testing {

/// Bitwise equality of two arrays.
template <class T>
bool same_bits(const std::vector<T>& a, const std::vector<T>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0;
}

/// Every /results array of two scan files equal bit for bit (quantities, status, warnings).
inline void expect_same_results(const scan::ScanFileData& a, const scan::ScanFileData& b) {
  for (const auto& q : scan::scan_quantities())
    EXPECT_TRUE(same_bits(a.quantity(q.name), b.quantity(q.name))) << q.name;
  EXPECT_TRUE(same_bits(a.status, b.status));
  EXPECT_EQ(a.has_warnings, b.has_warnings);
  EXPECT_TRUE(same_bits(a.warnings, b.warnings));
}

}  // namespace gmsb::testing
