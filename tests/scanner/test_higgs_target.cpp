// The lightest point of a sector whose M_h reaches a target within its uncertainty (gmsb table
// --target-mh, analysis/higgs_target.hpp) and its boundary mark.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "analysis/higgs_target.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;
using gmsb::analysis::find_lightest_reaching;

namespace {
const std::uint32_t kStau = bit(StatusBit::kStauTachyon);
// Lambda-major: rows Lambda = 1, 2, 4 PeV; columns tan(beta) = 10, 20, 30.
const std::vector<double> kLam{1e6, 2e6, 4e6}, kTb{10, 20, 30};
const std::vector<double> kMh{122.0, 123.0, 122.5, 124.0, 124.6, 124.4, 126.0, 126.5, 126.2};
}  // namespace

TEST(HiggsTarget, SmallestLambdaThenLargestMhAtIt) {
  const std::vector<std::uint32_t> st(9, 0);
  // Without uncertainty only Lambda = 4 PeV reaches 125.25; there tan(beta) = 20 has the largest M_h.
  auto t = find_lightest_reaching(kLam, kTb, kMh, {}, st, 125.25);
  ASSERT_TRUE(t.found);
  EXPECT_EQ(t.lambda_gev, 4e6);
  EXPECT_EQ(t.tanb, 20);
  EXPECT_EQ(t.mh_gev, 126.5);
  EXPECT_EQ(t.dmh_gev, 0.0);
  EXPECT_EQ(t.n_reaching, 3u);
  EXPECT_FALSE(t.on_boundary());
  // With Delta M_h = 1 GeV, 124.6 + 1 >= 125.25: Lambda = 2 PeV, tan(beta) = 20 (124.4 + 1 too, lower M_h).
  const std::vector<double> dmh(9, 1.0);
  t = find_lightest_reaching(kLam, kTb, kMh, dmh, st, 125.25);
  ASSERT_TRUE(t.found);
  EXPECT_EQ(t.lambda_gev, 2e6);
  EXPECT_EQ(t.tanb, 20);
  EXPECT_EQ(t.dmh_gev, 1.0);
  EXPECT_EQ(t.n_reaching, 5u);
  // Exactly on the target counts as reaching it (M_h + dM_h >= target).
  EXPECT_TRUE(find_lightest_reaching(kLam, kTb, kMh, {}, st, 126.5).found);
  EXPECT_FALSE(find_lightest_reaching(kLam, kTb, kMh, {}, st, 126.5 + 1e-9).found);
}

TEST(HiggsTarget, ExcludedPointsDoNotCountAndMarkTheirNeighbours) {
  std::vector<std::uint32_t> st(9, 0);
  const std::vector<double> dmh(9, 1.0);
  st[4] = kStau;  // Lambda = 2 PeV, tan(beta) = 20 excluded: the next best at 2 PeV is tan(beta) = 30
  auto t = find_lightest_reaching(kLam, kTb, kMh, dmh, st, 125.25);
  ASSERT_TRUE(t.found);
  EXPECT_EQ(t.lambda_gev, 2e6);
  EXPECT_EQ(t.tanb, 30);
  EXPECT_TRUE(t.on_boundary());  // its tan(beta) neighbour is the stau tachyon
  EXPECT_EQ(t.boundary_reasons(), std::vector<std::string>{"stau_tachyon"});
  // A NaN uncertainty counts as 0; a NaN M_h never reaches.
  std::vector<double> nan_dmh(9, NAN), mh = kMh;
  mh[7] = NAN;
  t = find_lightest_reaching(kLam, kTb, mh, nan_dmh, std::vector<std::uint32_t>(9, 0), 125.25);
  ASSERT_TRUE(t.found);
  EXPECT_EQ(t.tanb, 30);
  EXPECT_EQ(t.mh_gev, 126.2);
}

TEST(HiggsTarget, NotReachedAndBadSizes) {
  const std::vector<std::uint32_t> st(9, 0);
  EXPECT_FALSE(find_lightest_reaching(kLam, kTb, kMh, {}, st, 130).found);
  EXPECT_THROW(find_lightest_reaching(kLam, kTb, {1, 2}, {}, st, 125), std::invalid_argument);
  EXPECT_THROW(find_lightest_reaching(kLam, kTb, kMh, {1.0}, st, 125), std::invalid_argument);
}
