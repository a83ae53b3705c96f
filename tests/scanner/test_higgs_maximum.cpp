// Largest allowed M_h in a Lambda-tan(beta) plane and the boundary mark (KN99 Table 1 and its '*').
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "analysis/higgs_maximum.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;
using gmsb::analysis::find_higgs_maximum;

namespace {
const std::uint32_t kStau = bit(StatusBit::kStauTachyon);
const std::uint32_t kNoEwsb = bit(StatusBit::kNoEwsb);
}  // namespace

TEST(HiggsMaximum, InteriorMaximumHasNoMark) {
  const std::vector<double> lam{5e4, 1e5}, tb{10, 20, 30, 40};
  // Lambda-major: row 0 = Lambda 50 TeV, row 1 = 100 TeV.
  const std::vector<double> mh{100, 105, 106, 104, 110, 115, 116, 114};
  const std::vector<std::uint32_t> st(8, 0);
  const auto m = find_higgs_maximum(lam, tb, mh, st, 1e5);
  ASSERT_TRUE(m.found);
  EXPECT_EQ(m.mh_gev, 116);
  EXPECT_EQ(m.tanb, 30);
  EXPECT_EQ(m.lambda_gev, 1e5);
  EXPECT_FALSE(m.on_boundary());
  EXPECT_EQ(m.n_allowed, 8u);
}

TEST(HiggsMaximum, LambdaLimitRestrictsTheSearch) {
  const std::vector<double> lam{5e4, 1e5}, tb{10, 20, 30, 40};
  const std::vector<double> mh{100, 105, 106, 104, 110, 115, 116, 114};
  const std::vector<std::uint32_t> st(8, 0);
  const auto m = find_higgs_maximum(lam, tb, mh, st, 7e4);
  EXPECT_EQ(m.mh_gev, 106);
  EXPECT_EQ(m.lambda_gev, 5e4);
  EXPECT_EQ(m.n_allowed, 4u);
  EXPECT_FALSE(find_higgs_maximum(lam, tb, mh, st, 1e4).found);
}

TEST(HiggsMaximum, ExcludedPointsAreSkippedAndTheirNeighbourIsMarked) {
  // The stau-tachyon point keeps its (larger) M_h but is not allowed; the maximum next to it is
  // marked with the stau reason. A no-EWSB point (NaN) on the other side adds its reason.
  const std::vector<double> lam{1e5}, tb{10, 20, 30, 40};
  const std::vector<double> mh{NAN, 115, 114, 117};
  const std::vector<std::uint32_t> st{kNoEwsb, 0, 0, kStau};
  const auto m = find_higgs_maximum(lam, tb, mh, st, 1e5);
  EXPECT_EQ(m.mh_gev, 115);
  EXPECT_EQ(m.tanb, 20);
  EXPECT_TRUE(m.on_boundary());
  EXPECT_EQ(m.boundary_reasons(), (std::vector<std::string>{"no_ewsb"}));

  const std::vector<double> mh2{110, 112, 115, 117};
  const auto m2 = find_higgs_maximum(lam, tb, mh2, st, 1e5);
  EXPECT_EQ(m2.tanb, 30);
  EXPECT_EQ(m2.boundary_reasons(), (std::vector<std::string>{"stau_tachyon"}));
}

TEST(HiggsMaximum, NeighbourInLambdaCountsOnlyInsideTheSearchedRegion) {
  const std::vector<double> lam{5e4, 1e5, 2e5}, tb{10, 20};
  const std::vector<double> mh{100, 101, 110, 111, 120, 121};
  const std::vector<std::uint32_t> st{kStau, 0, 0, 0, kStau, kStau};
  // Limit 100 TeV: maximum (100 TeV, 20); its Lambda neighbour at 200 TeV is outside the region.
  const auto m = find_higgs_maximum(lam, tb, mh, st, 1e5);
  EXPECT_EQ(m.mh_gev, 111);
  EXPECT_FALSE(m.on_boundary());
  // Limit 200 TeV: same maximum, now the neighbour above in Lambda is an excluded point.
  const auto m2 = find_higgs_maximum(lam, tb, mh, st, 2e5);
  EXPECT_EQ(m2.mh_gev, 111);
  EXPECT_TRUE(m2.on_boundary());
  EXPECT_EQ(m2.boundary_reasons(), (std::vector<std::string>{"stau_tachyon"}));
}

TEST(HiggsMaximum, NoAllowedPointAndBadSizes) {
  const std::vector<double> lam{1e5}, tb{10, 20};
  EXPECT_FALSE(find_higgs_maximum(lam, tb, {NAN, NAN}, {kNoEwsb, kNoEwsb}, 1e5).found);
  // status 0 with a NaN M_h is not counted as allowed
  EXPECT_FALSE(find_higgs_maximum(lam, tb, {NAN, NAN}, {0, 0}, 1e5).found);
  EXPECT_THROW(find_higgs_maximum(lam, tb, {1, 2, 3}, {0, 0, 0}, 1e5), std::invalid_argument);
  EXPECT_THROW(find_higgs_maximum(lam, tb, {1, 2}, {0, 0}, 0), std::invalid_argument);
}
