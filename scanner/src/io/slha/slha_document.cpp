#include "io/slha/slha_document.hpp"

#include <cctype>
#include <cerrno>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "gmsb/error.hpp"

namespace gmsb::slha {

std::string upper(std::string s) {
  for (char& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

std::optional<double> to_number(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::string t = text;
  for (char& c : t)
    if (c == 'd' || c == 'D') c = 'E';  // Fortran double-precision exponent
  char* end = nullptr;
  errno = 0;
  const double v = std::strtod(t.c_str(), &end);
  if (end == t.c_str() || *end != '\0' || !std::isfinite(v) || errno == ERANGE) return std::nullopt;
  // strtod also reads "nan", "inf", hexadecimal floats: only decimal numbers are SLHA numbers.
  for (char c : t)
    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '+' || c == '-' || c == 'E' || c == 'e'))
      return std::nullopt;
  return v;
}

std::optional<int> to_integer(const std::string& text) {
  if (text.empty()) return std::nullopt;
  std::size_t i = (text[0] == '+' || text[0] == '-') ? 1 : 0;
  if (i == text.size() || text.size() - i > 9) return std::nullopt;
  for (std::size_t k = i; k < text.size(); ++k)
    if (!std::isdigit(static_cast<unsigned char>(text[k]))) return std::nullopt;
  return std::atoi(text.c_str());
}

const Block* Document::find(const std::string& name) const {
  const std::string n = upper(name);
  for (const Block& b : blocks)
    if (b.name == n) return &b;
  return nullptr;
}

std::string Document::where(int line) const {
  return line > 0 ? file + ":" + std::to_string(line) + ": " : file + ": ";
}

namespace {

struct Line {
  std::vector<std::string> tokens;
  std::string comment;
};

Line split(const std::string& raw) {
  Line l;
  const std::size_t hash = raw.find('#');
  const std::string data = raw.substr(0, hash);
  if (hash != std::string::npos) {
    std::string c = raw.substr(hash + 1);
    const std::size_t a = c.find_first_not_of(" \t\r"), b = c.find_last_not_of(" \t\r");
    l.comment = a == std::string::npos ? "" : c.substr(a, b - a + 1);
  }
  std::istringstream in(data);
  for (std::string t; in >> t;) l.tokens.push_back(t);
  return l;
}

/// `BLOCK NAME [Q= VALUE]`; also `Q=VALUE` and `Q = VALUE` as written by some programs.
Block block_statement(const Document& d, const Line& l, int line) {
  auto fail = [&](const std::string& why) -> Block { throw InputError(d.where(line) + why); };
  if (l.tokens.size() < 2) fail("BLOCK without a name");
  Block b;
  b.name = upper(l.tokens[1]);
  b.line = line;
  std::string rest;
  for (std::size_t i = 2; i < l.tokens.size(); ++i) rest += l.tokens[i];
  if (rest.empty()) return b;
  if (upper(rest.substr(0, 2)) != "Q=")
    return fail("Block " + b.name + ": expected 'Q= SCALE' or a comment after the name, got '" + l.tokens[2] + "'");
  const std::optional<double> q = to_number(rest.substr(2));
  if (!q || *q <= 0) return fail("Block " + b.name + ": the scale Q must be a positive number, got '" + rest.substr(2) + "'");
  b.q = *q;
  return b;
}

Decay decay_statement(const Document& d, const Line& l, int line) {
  if (l.tokens.size() != 3) throw InputError(d.where(line) + "expected 'DECAY PDG WIDTH'");
  const std::optional<int> pdg = to_integer(l.tokens[1]);
  const std::optional<double> w = to_number(l.tokens[2]);
  if (!pdg) throw InputError(d.where(line) + "DECAY: the PDG code must be an integer, got '" + l.tokens[1] + "'");
  if (!w || *w < 0)
    throw InputError(d.where(line) + "DECAY " + l.tokens[1] + ": the width must be a non-negative number, got '" +
                     l.tokens[2] + "'");
  Decay dec;
  dec.pdg = *pdg;
  dec.width_gev = *w;
  dec.line = line;
  return dec;
}

DecayChannel decay_channel(const Document& d, const Decay& dec, const Line& l, int line) {
  const std::string what = "DECAY " + std::to_string(dec.pdg) + ": ";
  const std::optional<double> br = to_number(l.tokens[0]);
  const int nda = l.tokens.size() > 1 ? to_integer(l.tokens[1]).value_or(-1) : -1;
  if (!br || *br < 0 || *br > 1)
    throw InputError(d.where(line) + what + "the branching ratio must be a number in [0, 1], got '" + l.tokens[0] + "'");
  if (nda < 2 || l.tokens.size() != std::size_t(nda) + 2)
    throw InputError(d.where(line) + what + "expected 'BR NDA ID1 ... IDNDA' with NDA >= 2 daughters");
  DecayChannel c;
  c.br = *br;
  c.line = line;
  for (std::size_t i = 2; i < l.tokens.size(); ++i) {
    const std::optional<int> id = to_integer(l.tokens[i]);
    if (!id) throw InputError(d.where(line) + what + "a daughter's PDG code must be an integer, got '" + l.tokens[i] + "'");
    c.ids.push_back(*id);
  }
  return c;
}

}  // namespace

Document parse(const std::string& text, const std::string& file) {
  Document d;
  d.file = file;
  enum class Open { kNone, kBlock, kDecay } open = Open::kNone;
  std::istringstream in(text);
  std::string raw;
  for (int line = 1; std::getline(in, raw); ++line) {
    const Line l = split(raw);
    if (l.tokens.empty()) continue;
    const std::string key = upper(l.tokens[0]);
    if (key == "BLOCK") {
      Block b = block_statement(d, l, line);
      for (const Block& prev : d.blocks)
        if (prev.name == b.name && prev.q == b.q)
          throw InputError(d.where(line) + "Block " + b.name + " is given twice (first at line " +
                           std::to_string(prev.line) + ")");
      d.blocks.push_back(std::move(b));
      open = Open::kBlock;
    } else if (key == "DECAY") {
      Decay dec = decay_statement(d, l, line);
      for (const Decay& prev : d.decays)
        if (prev.pdg == dec.pdg)
          throw InputError(d.where(line) + "DECAY " + std::to_string(dec.pdg) + " is given twice (first at line " +
                           std::to_string(prev.line) + ")");
      d.decays.push_back(std::move(dec));
      open = Open::kDecay;
    } else if (open == Open::kBlock) {
      d.blocks.back().entries.push_back(Entry{l.tokens, l.comment, line});
    } else if (open == Open::kDecay) {
      d.decays.back().channels.push_back(decay_channel(d, d.decays.back(), l, line));
    } else {
      throw InputError(d.where(line) + "a data line before any BLOCK or DECAY: '" + l.tokens[0] + "'");
    }
  }
  return d;
}

}  // namespace gmsb::slha
