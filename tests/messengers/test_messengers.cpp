// Messenger content -> (N1, N2, N3) and the seed's enumeration (KN99 section 2; docs/physics.md §1.1, 1.2).
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <stdexcept>

#include "gmsb/error.hpp"
#include "gmsb/messengers.hpp"
#include "gmsb/point.hpp"
#include "internal_namespaces.hpp"
#include "messengers/messenger_beta.hpp"

using namespace gmsb;

TEST(Messengers, IndicesOfSingleSmPairs) {
  // docs/physics.md §1.1: n_1 = (6/5) Y^2 dim, n_2 = 2 S_2, n_3 = 2 S_3.
  EXPECT_EQ(MessengerContent({1, 0, 0, 0, 0, 0, 0}).indices(), parse_indices("1/5,3,2"));
  EXPECT_EQ(MessengerContent({0, 1, 0, 0, 0, 0, 0}).indices(), parse_indices("8/5,0,1"));
  EXPECT_EQ(MessengerContent({0, 0, 1, 0, 0, 0, 0}).indices(), parse_indices("2/5,0,1"));
  EXPECT_EQ(MessengerContent({0, 0, 0, 1, 0, 0, 0}).indices(), parse_indices("3/5,1,0"));
  EXPECT_EQ(MessengerContent({0, 0, 0, 0, 1, 0, 0}).indices(), parse_indices("6/5,0,0"));
}

TEST(Messengers, Su5MultipletsHaveEqualIndices) {
  // 5+5bar = D + L gives (1,1,1); 10+10bar = Q + U + E gives (3,3,3).
  EXPECT_EQ(MessengerContent({0, 0, 1, 1, 0, 0, 0}).indices(), parse_indices("1,1,1"));
  EXPECT_EQ(MessengerContent({1, 1, 0, 0, 1, 0, 0}).indices(), parse_indices("3,3,3"));
  EXPECT_EQ(MessengerContent({0, 0, 0, 0, 0, 1, 0}).indices(), parse_indices("1,1,1"));
  EXPECT_EQ(MessengerContent({0, 0, 0, 0, 0, 0, 1}).indices(), parse_indices("3,3,3"));
}

TEST(Messengers, EnumerationGivesExactlyTheSeeds32Triples) {
  const std::set<std::string> seed{
      "1/5,3,2",  "3/5,3,3",  "4/5,4,2",  "1,1,1",    "1,3,4",    "6/5,4,3",  "7/5,1,2",  "7/5,3,2",
      "8/5,2,1",  "8/5,4,4",  "9/5,1,3",  "9/5,3,3",  "2,2,2",    "2,4,2",    "11/5,1,1", "11/5,1,4",
      "11/5,3,1", "11/5,3,4", "12/5,2,3", "12/5,4,3", "13/5,1,2", "13/5,3,2", "14/5,2,4", "14/5,4,1",
      "14/5,4,4", "3,3,3",    "16/5,4,2", "17/5,1,1", "17/5,3,4", "18/5,4,3", "19/5,1,2", "4,4,4"};
  const auto models = enumerate_seed_models();
  std::set<std::string> ours;
  for (const auto& m : models) ours.insert(m.indices.to_string());
  EXPECT_EQ(models.size(), 32u);
  EXPECT_EQ(ours, seed);
  for (const auto& m : models) {
    ASSERT_FALSE(m.realisations.empty());
    for (const auto& c : m.realisations) EXPECT_EQ(c.indices(), m.indices) << c.name();
  }
}

TEST(Messengers, WeakRuleGives42Triples) {
  // docs/physics.md §1.2 note: "N_a <= 4" alone gives 42 triples (10 more than the seed).
  EXPECT_EQ(enumerate_weak_rule_models().size(), 42u);
}

TEST(Messengers, NamesOfTheSeedExamples) {
  // docs/physics.md §1.2 example realisations.
  for (const auto& m : enumerate_seed_models()) {
    if (m.indices == parse_indices("1/5,3,2")) {
      EXPECT_EQ(m.name(), "Q");
    } else if (m.indices == parse_indices("1,1,1")) {
      EXPECT_EQ(m.name(), "5+5bar");
    } else if (m.indices == parse_indices("14/5,4,1")) {
      EXPECT_EQ(m.name(), "D+4L");
    }
  }
}

TEST(Messengers, ParseIndicesAcceptsFractionsAndDecimals) {
  EXPECT_EQ(parse_indices("14/5,4,1").n1_fifths, 14);
  EXPECT_EQ(parse_indices("2.8, 4, 1").n1_fifths, 14);
  EXPECT_EQ(parse_indices("(1,3,4)").n1_fifths, 5);
  EXPECT_EQ(parse_indices("3,3,3").to_string(), "3,3,3");
}

TEST(Messengers, ParseIndicesRejectsBadInput) {
  EXPECT_THROW(parse_indices("1,2"), gmsb::InputError);
  EXPECT_THROW(parse_indices("-1,1,1"), gmsb::InputError);
  EXPECT_THROW(parse_indices("1,-1,1"), gmsb::InputError);
  EXPECT_THROW(parse_indices("1/3,1,1"), gmsb::InputError);  // not a multiple of 1/5
  EXPECT_THROW(parse_indices("x,1,1"), gmsb::InputError);
  EXPECT_THROW(parse_indices("1,1.5,1"), gmsb::InputError);
}

TEST(Messengers, ParseContent) {
  EXPECT_EQ(parse_content("5+5bar").indices(), parse_indices("1,1,1"));
  EXPECT_EQ(parse_content("2(5+5bar)").indices(), parse_indices("2,2,2"));
  EXPECT_EQ(parse_content("10+10bar").indices(), parse_indices("3,3,3"));
  EXPECT_EQ(parse_content("5+5bar+10+10bar").indices(), parse_indices("4,4,4"));
  EXPECT_EQ(parse_content("2Q+L").indices(), parse_indices("1,7,4"));
  EXPECT_EQ(parse_content("D+4L").indices(), parse_indices("14/5,4,1"));
  EXPECT_THROW(parse_content("X+L"), gmsb::InputError);
  EXPECT_THROW(parse_content("Q+"), gmsb::InputError);
  EXPECT_THROW(parse_content(""), gmsb::InputError);
}

// ---- The index maximum (docs/physics.md §1.5) and the O(N^2) content search ----

TEST(MessengerLimits, IndicesAboveTheMaximumAreInputErrorsWithoutOverflow) {
  EXPECT_EQ(parse_indices("100,100,100"), (MessengerIndices{500, 100, 100}));
  EXPECT_EQ(parse_indices("499/5,100,1").n1_fifths, 499);
  for (const char* bad : {"101,1,1", "1,101,1", "1,1,101", "501/5,1,1", "100.2,1,1", "2147483647,1,1", "1e9,1,1",
                          "0x10,1,1", "1.2.3,1,1", "99999999/1,1,1"})
    EXPECT_THROW(parse_indices(bad), gmsb::InputError) << bad;
  try {
    parse_indices("2147483647,1,1");  // once 2147483647 fifths overflowed into a negative N1
    ADD_FAILURE();
  } catch (const gmsb::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("exceeds the maximum messenger index 100"), std::string::npos) << e.what();
  }
  // Contents: the multiplicity and the running total are bounded (no int overflow on any text).
  EXPECT_EQ(parse_content("100(5+5bar)").indices(), parse_indices("100,100,100"));
  EXPECT_THROW(parse_content("101(5+5bar)"), gmsb::InputError);
  EXPECT_THROW(parse_content("99999999999999999999Q"), gmsb::InputError);
  std::string many = "10+10bar";
  for (int i = 0; i < 100000; ++i) many += "+10+10bar";  // 15 fifths each: would overflow a naive sum
  EXPECT_THROW(parse_content(many), gmsb::InputError);
  PointInput in(parse_indices("1,1,1"), 1e5, 1e8, 10);
  in.n.n2 = 101;
  EXPECT_THROW(in.validate(), gmsb::InputError);
}

TEST(MessengerLimits, SimplestContentEqualsTheFiveFoldSearch) {
  // Independent value: the former exhaustive search over (n_Q, n_U, n_D, n_L, n_E), fewest pairs,
  // first in loop order, for every triple up to N1 = 8, N2 = N3 = 8.
  // One pass over every content with n_Q <= 2, n_U, n_D, n_L <= 8, n_E <= 6 (all that fit the
  // range), keeping the first with the fewest pairs per triple: the old search's answer.
  std::map<MessengerIndices, MessengerContent> brute;
  for (int q = 0; q <= 2; ++q)
    for (int u = 0; u <= 8; ++u)
      for (int d = 0; d <= 8; ++d)
        for (int l = 0; l <= 8; ++l)
          for (int e = 0; e <= 6; ++e) {
            const MessengerContent c{q, u, d, l, e, 0, 0};
            const auto it = brute.find(c.indices());
            if (it == brute.end() || c.total_pairs() < it->second.total_pairs()) brute[c.indices()] = c;
          }
  int found = 0;
  for (int f = 0; f <= 40; ++f)
    for (int n2 = 0; n2 <= 8; ++n2)
      for (int n3 = 0; n3 <= 8; ++n3) {
        const MessengerIndices t{f, n2, n3};
        const auto a = simplest_content(t);
        const auto b = brute.find(t);
        ASSERT_EQ(a.has_value(), b != brute.end()) << t.to_string();
        if (!a) continue;
        ++found;
        EXPECT_EQ(a->name(), b->second.name()) << t.to_string();
        EXPECT_EQ(a->indices(), t);
      }
  EXPECT_GT(found, 400);
  // At the maximum the search is quick (it took seconds per call at N = 50 as a five-fold loop).
  const auto c = simplest_content(parse_indices("100,100,100"));
  ASSERT_TRUE(c.has_value());
  EXPECT_EQ(c->indices(), parse_indices("100,100,100"));
}
