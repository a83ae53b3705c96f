#pragma once
/// \file slha_document.hpp
/// A SUSY Les Houches Accord file as data: its blocks (name, optional scale Q, entries) and its
/// DECAY blocks, with the line number of everything (SLHA1: Skands et al., JHEP 0407 (2004) 036,
/// hep-ph/0311123; SLHA2: Allanach et al., CPC 180 (2009) 8, arXiv:0801.0045).
///
/// The tokenizer follows SLHA's rules: `#` starts a comment; a line whose first token is `BLOCK`
/// (any case) opens a block, `BLOCK NAME [Q= VALUE]`; `DECAY PDG WIDTH` opens a decay table whose
/// lines are `BR NDA ID1 ... IDNDA`; every other non-empty line is an entry of the open block,
/// kept as its whitespace-separated tokens (indices and value: what they mean is up to the
/// reader of a block, slha_input.hpp). Block names are compared case-insensitively
/// (stored upper case). Syntax errors throw gmsb::InputError "FILE:LINE: reason".
///
/// \code
///   gmsb::slha::Document d = gmsb::slha::parse(text, "in.slha");
///   if (const gmsb::slha::Block* b = d.find("MINPAR"))
///     for (const auto& e : b->entries) std::printf("line %d: %s\n", e.line, e.tokens[0].c_str());
/// \endcode

#include <optional>
#include <string>
#include <vector>

namespace gmsb::slha {

/// One data line of a block: its tokens (comment removed) and the comment text.
struct Entry {
  std::vector<std::string> tokens;
  std::string comment;  ///< text after '#', trimmed ("" if none)
  int line = 0;         ///< 1-based line number in the file
};

struct Block {
  std::string name;                ///< upper case
  std::optional<double> q;         ///< the scale of `Q= VALUE` (GeV), if given
  int line = 0;                    ///< line of the BLOCK statement
  std::vector<Entry> entries;
};

/// One channel of a DECAY table.
struct DecayChannel {
  double br = 0;
  std::vector<int> ids;  ///< PDG codes of the NDA daughters
  int line = 0;
};

struct Decay {
  int pdg = 0;
  double width_gev = 0;
  int line = 0;
  std::vector<DecayChannel> channels;
};

struct Document {
  std::string file;  ///< the name used in error messages
  std::vector<Block> blocks;
  std::vector<Decay> decays;

  /// The block with this name (any case); with several (different Q), the first. nullptr if absent.
  const Block* find(const std::string& name) const;
  /// "FILE:LINE: " for messages about line `line` (line 0: "FILE: ").
  std::string where(int line) const;
};

/// Parses SLHA text. Throws gmsb::InputError "FILE:LINE: reason" for: a data line before any
/// BLOCK or DECAY; a BLOCK without a name, or with anything but `Q= VALUE` after it; a Q that is
/// not a positive finite number; the same block (name and Q) twice; a DECAY without an integer PDG
/// code and a finite non-negative width; a decay line that is not `BR NDA ID1 ... IDNDA`.
Document parse(const std::string& text, const std::string& file);

/// The number in `text` (Fortran's D exponent accepted: 1.0D+05); nullopt unless the whole text is
/// one finite number.
std::optional<double> to_number(const std::string& text);
/// The integer in `text` ("12", "-1", "+3"); nullopt unless the whole text is one integer that fits in an int.
std::optional<int> to_integer(const std::string& text);

/// Upper-case copy of `s` (ASCII).
std::string upper(std::string s);

}  // namespace gmsb::slha
