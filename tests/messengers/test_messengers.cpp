// Messenger content -> (N1, N2, N3) and the seed's enumeration (KN99 section 2; docs/physics.md §1.1, 1.2).
#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

#include "gmsb/error.hpp"
#include "gmsb/messengers.hpp"
#include "internal_namespaces.hpp"

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
