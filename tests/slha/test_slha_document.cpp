// The SLHA tokenizer and document model (scanner/src/io/slha/slha_document.hpp).
#include <gtest/gtest.h>

#include <string>

#include "gmsb/error.hpp"
#include "io/slha/slha_document.hpp"

namespace gmsb::slha {
namespace {

/// The message of the InputError that parse() throws for `text`, or "" if it throws none.
std::string parse_error(const std::string& text) {
  try {
    parse(text, "f.slha");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(SlhaDocument, BlocksEntriesCommentsAndScales) {
  const Document d = parse(
      "# header comment\n"
      "Block MASS   # Mass spectrum\n"
      "   1000021   2.5E+03   # ~g\n"
      "\n"
      "bLoCk hmix Q=  1.0E+03  # running\n"
      "  1  3.5E+02 # mu\n"
      "BLOCK GAUGE Q = 2.0E+03\n"
      "  1 1 0.5\n"
      "BLOCK ALPHA\n"
      "  -1.1E-01\n",
      "f.slha");
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(d.blocks[0].name, "MASS");
  EXPECT_FALSE(d.blocks[0].q.has_value());
  EXPECT_EQ(d.blocks[0].line, 2);
  ASSERT_EQ(d.blocks[0].entries.size(), 1u);
  EXPECT_EQ(d.blocks[0].entries[0].tokens, (std::vector<std::string>{"1000021", "2.5E+03"}));
  EXPECT_EQ(d.blocks[0].entries[0].comment, "~g");
  EXPECT_EQ(d.blocks[0].entries[0].line, 3);
  const Block* h = d.find("HMix");  // names compare case-insensitively
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->name, "HMIX");
  EXPECT_DOUBLE_EQ(*h->q, 1000.0);
  EXPECT_EQ(h->entries.at(0).line, 6);
  EXPECT_DOUBLE_EQ(*d.find("GAUGE")->q, 2000.0);  // "Q = 2.0E+03" with spaces
  EXPECT_EQ(d.find("ALPHA")->entries.at(0).tokens.size(), 1u);
  EXPECT_EQ(d.find("NMIX"), nullptr);
}

TEST(SlhaDocument, WindowsLineEndsTabsAndCommentsWithoutSpaces) {
  const Document d = parse("Block MINPAR#inputs\r\n\t1\t1.0E+05#Lambda\r\n  3 15\r\n", "f.slha");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].name, "MINPAR");
  ASSERT_EQ(d.blocks[0].entries.size(), 2u);
  EXPECT_EQ(d.blocks[0].entries[0].tokens, (std::vector<std::string>{"1", "1.0E+05"}));
  EXPECT_EQ(d.blocks[0].entries[0].comment, "Lambda");
  EXPECT_EQ(d.blocks[0].entries[1].tokens, (std::vector<std::string>{"3", "15"}));
}

TEST(SlhaDocument, SameBlockAtTwoScalesIsAllowed) {
  const Document d = parse("Block YU Q= 100\n 3 3 1\nBlock YU Q= 1000\n 3 3 0.9\n", "f.slha");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_DOUBLE_EQ(*d.find("YU")->q, 100.0);  // find(): the first
}

TEST(SlhaDocument, DecayTables) {
  const Document d = parse(
      "DECAY 1000022 2.0E-13  # neutralino\n"
      "#  BR   NDA  ID1  ID2\n"
      "   0.75  2   22  1000039\n"
      "   0.25  2   23  1000039\n"
      "decay 6 1.4\n"
      "   1.0  3   5  -11  12\n",
      "f.slha");
  ASSERT_EQ(d.decays.size(), 2u);
  EXPECT_EQ(d.decays[0].pdg, 1000022);
  EXPECT_DOUBLE_EQ(d.decays[0].width_gev, 2e-13);
  ASSERT_EQ(d.decays[0].channels.size(), 2u);
  EXPECT_DOUBLE_EQ(d.decays[0].channels[0].br, 0.75);
  EXPECT_EQ(d.decays[0].channels[1].ids, (std::vector<int>{23, 1000039}));
  EXPECT_EQ(d.decays[0].channels[1].line, 4);
  EXPECT_EQ(d.decays[1].channels[0].ids, (std::vector<int>{5, -11, 12}));
}

TEST(SlhaDocument, Numbers) {
  EXPECT_DOUBLE_EQ(*to_number("1.0E+05"), 1e5);
  EXPECT_DOUBLE_EQ(*to_number("1.0e5"), 1e5);
  EXPECT_DOUBLE_EQ(*to_number("6.0d4"), 6e4);  // Fortran double-precision exponent
  EXPECT_DOUBLE_EQ(*to_number("-3"), -3.0);
  EXPECT_DOUBLE_EQ(*to_number("20."), 20.0);
  for (const char* bad : {"", "nan", "inf", "-inf", "1e999", "0x10", "1,5", "abc", "1.0E+05x"})
    EXPECT_FALSE(to_number(bad).has_value()) << bad;
  EXPECT_EQ(*to_integer("1000021"), 1000021);
  EXPECT_EQ(*to_integer("-11"), -11);
  EXPECT_EQ(*to_integer("+2"), 2);
  for (const char* bad : {"", "1.0", "1e3", "x", "-", "12345678901"}) EXPECT_FALSE(to_integer(bad).has_value()) << bad;
}

TEST(SlhaDocument, SyntaxErrorsNameTheLine) {
  const struct {
    const char* text;
    const char* message;
  } cases[] = {
      {"# comment\n 1 2\n", "f.slha:2: a data line before any BLOCK or DECAY"},
      {"Block\n", "f.slha:1: BLOCK without a name"},
      {"Block MASS\n 25 125\nBlock MINPAR extra\n", "f.slha:3: Block MINPAR: expected 'Q= SCALE'"},
      {"Block HMIX Q= abc\n", "f.slha:1: Block HMIX: the scale Q must be a positive number, got 'abc'"},
      {"Block HMIX Q= -5\n", "f.slha:1: Block HMIX: the scale Q must be a positive number"},
      {"Block MINPAR\n 1 1e5\nBLOCK minpar\n", "f.slha:3: Block MINPAR is given twice (first at line 1)"},
      {"DECAY 1000022\n", "f.slha:1: expected 'DECAY PDG WIDTH'"},
      {"DECAY chi 1.0\n", "f.slha:1: DECAY: the PDG code must be an integer, got 'chi'"},
      {"DECAY 1000022 -1\n", "f.slha:1: DECAY 1000022: the width must be a non-negative number"},
      {"DECAY 1000022 1\n 0.5 2 22\n", "f.slha:2: DECAY 1000022: expected 'BR NDA ID1 ... IDNDA'"},
      {"DECAY 1000022 1\n 1.5 2 22 1000039\n", "f.slha:2: DECAY 1000022: the branching ratio must be a number in [0, 1]"},
      {"DECAY 1000022 1\n 0.5 2 22 G\n", "f.slha:2: DECAY 1000022: a daughter's PDG code must be an integer, got 'G'"},
      {"DECAY 6 1\nDECAY 6 2\n", "f.slha:2: DECAY 6 is given twice (first at line 1)"},
  };
  for (const auto& c : cases) {
    const std::string m = parse_error(c.text);
    EXPECT_NE(m.find(c.message), std::string::npos) << "text:\n" << c.text << "message: " << m;
  }
}

}  // namespace
}  // namespace gmsb::slha
