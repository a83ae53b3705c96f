#include "io/slha/slha_input.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "cli/physics_options.hpp"
#include "gmsb/error.hpp"
#include "gmsb/messengers.hpp"

namespace gmsb::slha {

namespace {

using Key = std::vector<int>;

std::string key_text(const Key& k) {
  std::string s;
  for (int i : k) s += (s.empty() ? "" : " ") + std::to_string(i);
  return s;
}

/// The entries of one known block: `n_indices` integer indices and one value each.
class Values {
 public:
  Values(const Document& d, const std::string& name, std::size_t n_indices) : d_(d), name_(name) {
    for (const Block& b : d.blocks) {
      if (b.name != name) continue;
      if (block_) throw InputError(d.where(b.line) + "Block " + name + " is given twice (first at line " +
                                   std::to_string(block_->line) + ")");
      block_ = &b;
    }
    if (!block_) return;
    for (const Entry& e : block_->entries) {
      const std::string what = d.where(e.line) + "Block " + name + ": ";
      if (e.tokens.size() != n_indices + 1)
        throw InputError(what + "malformed line: expected " + std::to_string(n_indices) + " integer ind" +
                         (n_indices == 1 ? "ex" : "ices") + " and one value, got " + std::to_string(e.tokens.size()) +
                         " fields");
      Key k;
      for (std::size_t i = 0; i < n_indices; ++i) {
        const std::optional<int> v = to_integer(e.tokens[i]);
        if (!v) throw InputError(what + "malformed line: the index '" + e.tokens[i] + "' is not an integer");
        k.push_back(*v);
      }
      auto it = values_.find(k);
      if (it != values_.end())
        throw InputError(what + "entry " + key_text(k) + " is given twice (first at line " +
                         std::to_string(it->second->line) + ")");
      values_[k] = &e;
    }
  }

  bool present() const { return block_ != nullptr; }
  int line() const { return block_ ? block_->line : 0; }
  const std::map<Key, const Entry*>& all() const { return values_; }
  bool has(const Key& k) const { return values_.count(k) > 0; }
  int line(const Key& k) const { return values_.at(k)->line; }
  const std::string& text(const Key& k) const { return values_.at(k)->tokens.back(); }

  /// "FILE:LINE: Block NAME entry K: " for messages.
  std::string where(const Key& k) const {
    return d_.where(has(k) ? line(k) : line()) + "Block " + name_ + " entry " + key_text(k) + ": ";
  }
  [[noreturn]] void fail(const Key& k, const std::string& why) const { throw InputError(where(k) + why); }

  double number(const Key& k) const {
    const std::optional<double> v = to_number(text(k));
    if (!v) fail(k, "must be a number, got '" + text(k) + "'");
    return *v;
  }
  double positive(const Key& k) const {
    const double v = number(k);
    if (!(v > 0)) fail(k, "must be positive, got '" + text(k) + "'");
    return v;
  }
  /// An integer value; 2 and 2.0E+00 are both accepted (SLHA writes flags as either).
  int integer(const Key& k) const {
    const double v = number(k);
    if (v != std::round(v) || std::fabs(v) > 1e9) fail(k, "must be an integer, got '" + text(k) + "'");
    return int(v);
  }
  int flag(const Key& k) const {
    const int v = integer(k);
    if (v != 0 && v != 1) fail(k, "must be 0 or 1, got '" + text(k) + "'");
    return v;
  }
  void require(const Key& k, const std::string& what) const {
    if (!has(k)) throw InputError(d_.where(line()) + "Block " + name_ + ": the required entry " + key_text(k) + " (" +
                                  what + ") is missing");
  }
  /// Throws for the first entry whose key is not in `known`.
  void only(const std::set<Key>& known) const {
    for (const auto& kv : values_)
      if (!known.count(kv.first)) fail(kv.first, "unknown entry (see docs/slha.md for the entries read)");
  }

 private:
  const Document& d_;
  std::string name_;
  const Block* block_ = nullptr;
  std::map<Key, const Entry*> values_;
};

std::set<Key> keys(std::initializer_list<int> l) {
  std::set<Key> s;
  for (int i : l) s.insert(Key{i});
  return s;
}

void read_modsel(const Document& d) {
  const Values v(d, "MODSEL", 1);
  if (!v.present()) throw InputError(d.where(0) + "Block MODSEL is missing (MODSEL 1 = 2 selects GMSB)");
  v.only(keys({1, 3, 4, 5, 6}));
  v.require({1}, "the model; 2 = GMSB");
  if (v.integer({1}) != 2) v.fail({1}, "gmsb computes GMSB only (MODSEL 1 = 2), got '" + v.text({1}) + "'");
  const char* what[] = {"", "", "", "the MSSM particle content (0)", "R-parity conservation (0)",
                        "no CP violation (0)", "no flavour violation (0)"};
  for (int k : {3, 4, 5, 6})
    if (v.has({k}) && v.integer({k}) != 0) v.fail({k}, std::string("gmsb computes only ") + what[k] + ", got '" + v.text({k}) + "'");
}

/// GMSBSETTINGS: entries that physics_from_values() gives their meaning, then the rest.
void read_settings(const Document& d, Settings& s, SMInputs& sm, std::vector<std::string>& notes) {
  const Values v(d, "GMSBSETTINGS", 1);
  v.only(keys({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
  std::map<std::string, std::string> opt;
  auto choice = [&](int k, const char* name, std::initializer_list<const char*> names) {
    if (!v.has({k})) return;
    const int i = v.integer({k});
    if (i < 0 || i >= int(names.size())) v.fail({k}, "must be 0 to " + std::to_string(names.size() - 1) + ", got '" + v.text({k}) + "'");
    opt[name] = *(names.begin() + i);
  };
  choice(1, "method", {"kn99", "modern"});
  choice(3, "mt-higgs", {"msbar", "pole", "running", "fixed"});
  choice(6, "higgs-eft", {"off", "on"});
  choice(8, "sm-inputs", {"kn99", "pdg2024"});
  if (v.has({2})) opt["loops"] = std::to_string(v.integer({2}));
  if (v.has({5})) opt["eps6"] = v.text({5});
  if (opt.count("mt-higgs") && opt["mt-higgs"] == "fixed") {
    v.require({4}, "the fixed top mass in GeV, with entry 3 = 3");
    opt["mt-higgs"] = v.text({4});
  } else if (v.has({4})) {
    v.fail({4}, "the fixed top mass needs entry 3 = 3 (fixed)");
  }
  const std::map<std::string, int> entry_of{{"method", 1}, {"loops", 2}, {"mt-higgs", 3}, {"eps6", 5},
                                            {"higgs-eft", 6}, {"sm-inputs", 8}};
  try {
    cli::physics_from_values(opt, s, sm);
  } catch (const cli::PhysicsOptionError& e) {
    const int k = entry_of.count(e.option) ? entry_of.at(e.option) : 0;
    v.fail({k == 3 && v.has({4}) ? 4 : k}, e.what());
  }
  if (v.has({7})) s.include_stau_tadpole = v.flag({7});
  if (v.has({9})) {
    sm.sin2w = v.positive({9});
    try {
      SMInputs::validate_input("sin2w", sm.sin2w);
    } catch (const InputError& e) {
      v.fail({9}, e.what());
    }
  }
  if (v.has({10})) s.msusy_rel_tol = v.number({10});
  if (v.has({11})) s.max_iterations = v.integer({11});
  if (v.has({12})) s.ode_rel_tol = v.number({12});
  if (v.has({13})) s.perturbative_limit = v.number({13});
  if (v.has({14})) s.check_perturbativity_to_gut = v.flag({14});
  if (v.has({15})) s.perturbativity_alpha_max = v.number({15});
  if (v.has({16})) s.gut_scale_gev = v.number({16});
  try {
    s.validate();
  } catch (const InputError& e) {
    throw InputError(d.where(v.line()) + "Block GMSBSETTINGS: " + e.what());
  }
  (void)notes;
}

void read_sminputs(const Document& d, SMInputs& sm, std::vector<std::string>& notes) {
  const Values v(d, "SMINPUTS", 1);
  const std::map<int, std::pair<const char*, double SMInputs::*>> used{
      {1, {"alpha_em_inv", &SMInputs::alpha_em_inv}}, {2, {"gf", &SMInputs::gf}},
      {3, {"alpha_s", &SMInputs::alpha_s}},           {4, {"mz", &SMInputs::mz}},
      {5, {"mb_mb", &SMInputs::mb_mb}},               {6, {"mt_pole", &SMInputs::mt_pole}},
      {7, {"mtau_pole", &SMInputs::mtau_pole}}};
  // SLHA2 section 4.1: light fermion masses; gmsb-scan treats these fermions as massless.
  const std::map<int, const char*> unused{{8, "m_nu_3"},     {11, "m_e"},        {12, "m_nu_1"},
                                          {13, "m_mu"},      {14, "m_nu_2"},     {21, "m_d(2 GeV)"},
                                          {22, "m_u(2 GeV)"}, {23, "m_s(2 GeV)"}, {24, "m_c(m_c)"}};
  std::set<Key> known;
  for (const auto& kv : used) known.insert({kv.first});
  for (const auto& kv : unused) known.insert({kv.first});
  v.only(known);
  for (const auto& kv : used) {
    if (!v.has({kv.first})) continue;
    const double x = v.positive({kv.first});
    try {
      SMInputs::validate_input(kv.second.first, x);  // the accepted window (docs/physics.md §4.1)
    } catch (const InputError& e) {
      v.fail({kv.first}, e.what());
    }
    sm.*(kv.second.second) = x;
  }
  for (const auto& kv : unused)
    if (v.has({kv.first})) {
      (void)v.number({kv.first});
      notes.push_back("SMINPUTS " + std::to_string(kv.first) + " (" + kv.second +
                      ") not used: gmsb-scan treats this fermion as massless");
    }
}

/// GMSBCONTENT entries `SET KIND COUNT` (SET 1: the primary set; KIND 1-7: Q, U, D, L, E, 5+5bar, 10+10bar).
std::map<int, MessengerContent> read_contents(const Values& v) {
  std::map<int, MessengerContent> out;
  int MessengerContent::*kinds[] = {&MessengerContent::nQ, &MessengerContent::nU, &MessengerContent::nD,
                                    &MessengerContent::nL, &MessengerContent::nE, &MessengerContent::n5,
                                    &MessengerContent::n10};
  for (const auto& kv : v.all()) {
    const int set = kv.first[0], kind = kv.first[1];
    if (set < 1 || kind < 1 || kind > 7) v.fail(kv.first, "unknown entry (SET >= 1, KIND 1-7: Q U D L E 5 10)");
    const int n = v.integer(kv.first);
    if (n < 0 || n > 1000) v.fail(kv.first, "the number of pairs must be in 0..1000, got '" + v.text(kv.first) + "'");
    out[set].*(kinds[kind - 1]) = n;
  }
  return out;
}

/// N1 from a fraction ("14/5") or any SLHA number ("2.8", "2.80000000E+00"), checked by the library.
int n1_fifths(const Values& v, const Key& k) {
  std::string text = v.text(k);
  if (text.find('/') == std::string::npos) {
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.10f", v.number(k));  // parse_n1_fifths reads plain decimals
    text = buf;
  }
  try {
    return parse_n1_fifths(text);
  } catch (const InputError& e) {
    v.fail(k, e.what());
  }
}

/// GMSBINDICES 1-3: N1 (a multiple of 1/5), N2, N3.
MessengerIndices read_indices(const Values& v) {
  v.only(keys({1, 2, 3}));
  v.require({1}, "N1");
  v.require({2}, "N2");
  v.require({3}, "N3");
  MessengerIndices n;
  n.n1_fifths = n1_fifths(v, {1});
  for (int k : {2, 3}) {
    const int x = v.integer({k});
    if (x < 0 || x > 1000) v.fail({k}, "must be an integer in 0..1000, got '" + v.text({k}) + "'");
    (k == 2 ? n.n2 : n.n3) = x;
  }
  return n;
}

void read_sets(const Document& d, const std::map<int, MessengerContent>& contents, const Values& cv, PointInput& in) {
  const Values v(d, "GMSBSETS", 2);
  std::map<int, std::map<int, Key>> sets;  // set -> field -> key
  for (const auto& kv : v.all()) {
    if (kv.first[0] < 2 || kv.first[1] < 1 || kv.first[1] > 6)
      v.fail(kv.first, "unknown entry (SET >= 2, FIELD 1-6: N1 N2 N3 Lambda Lambda_ratio M)");
    sets[kv.first[0]][kv.first[1]] = kv.first;
  }
  int expect = 2;
  for (const auto& s : sets) {
    const int i = s.first;
    const Key any = s.second.begin()->second;
    if (i != expect) v.fail(any, "the sets must be numbered 2, 3, ... without gaps; set " + std::to_string(expect) + " is missing");
    ++expect;
    MessengerSet m;
    const bool has_n = s.second.count(1) || s.second.count(2) || s.second.count(3);
    if (contents.count(i)) {
      m.content = contents.at(i);
      m.n = m.content->indices();
    }
    if (has_n) {
      for (int f : {1, 2, 3})
        if (!s.second.count(f)) v.fail(any, "set " + std::to_string(i) + " needs all of N1, N2, N3 (fields 1-3)");
      MessengerIndices n;
      n.n1_fifths = n1_fifths(v, {i, 1});
      n.n2 = v.integer({i, 2});
      n.n3 = v.integer({i, 3});
      if (n.n2 < 0 || n.n3 < 0) v.fail({i, 2}, "N2 and N3 must not be negative");
      if (m.content && n != m.n)
        v.fail({i, 1}, "set " + std::to_string(i) + " indices (" + n.to_string() + ") disagree with its content " +
                           m.content->name() + " (" + m.n.to_string() + ") in GMSBCONTENT");
      m.n = n;
    } else if (!m.content) {
      v.fail(any, "set " + std::to_string(i) + " needs N1, N2, N3 (fields 1-3) or a content in GMSBCONTENT");
    }
    if (s.second.count(4) == s.second.count(5)) v.fail(any, "set " + std::to_string(i) + " needs exactly one of Lambda (4) or Lambda_ratio (5)");
    if (s.second.count(4)) m.lambda_gev = v.positive({i, 4});
    if (s.second.count(5)) m.lambda_ratio = v.positive({i, 5});
    if (!s.second.count(6)) v.fail(any, "set " + std::to_string(i) + " needs its messenger mass M (field 6)");
    m.mess_gev = v.positive({i, 6});
    in.variant.extra_sets.push_back(m);
  }
  for (const auto& c : contents)
    if (c.first >= 2 && !sets.count(c.first))
      cv.fail({c.first, 1}, "set " + std::to_string(c.first) + " has a content but no entries in GMSBSETS");
}

void read_variant(const Document& d, PointInput& in) {
  const Values v(d, "GMSBVARIANT", 1);
  v.only(keys({1, 2, 3, 11, 12, 13, 14, 21, 22, 23, 24, 25, 26, 27, 28, 29, 31}));
  Supertrace& st = in.variant.supertrace;
  if (v.has({1}) && v.has({2})) v.fail({2}, "give one of s (1) or s_ratio (2)");
  if (v.has({1})) st.s_gev2 = v.number({1});
  if (v.has({2})) st.s_ratio = v.number({2});
  if (v.has({3})) st.lambda_uv_gev = v.number({3});
  GravityMediation& g = in.variant.gravity;
  g.enabled = v.has({11}) || v.has({12}) || v.has({13});
  if (v.has({14}) && !g.enabled) v.fail({14}, "M_grav needs one of m0^2 (11), A0 (12), M1/2 (13)");
  if (v.has({11})) g.m0_sq_gev2 = v.number({11});
  if (v.has({12})) g.a0_gev = v.number({12});
  if (v.has({13})) g.m12_gev = v.number({13});
  if (v.has({14})) g.scale_gev = v.positive({14});
  DTerm& dt = in.variant.dterm;
  bool any_dterm = false;
  for (int k = 22; k <= 29; ++k) any_dterm = any_dterm || v.has({k});
  dt.enabled = v.has({21});
  if (any_dterm && !dt.enabled) v.fail({21}, "the D-term entries 22-29 need its m (21)");
  if (dt.enabled) {
    dt.m_gev = v.number({21});
    if (v.has({22})) dt.scale_gev = v.positive({22});
    double U1Charges::*q[] = {&U1Charges::q, &U1Charges::u, &U1Charges::d, &U1Charges::l,
                              &U1Charges::e, &U1Charges::hu, &U1Charges::hd};
    for (int k = 23; k <= 29; ++k) {
      v.require({k}, "a U(1)_A charge: 23-29 = q u d l e hu hd, all seven");
      dt.charges.*(q[k - 23]) = v.number({k});
    }
  }
  if (v.has({31})) in.variant.seed002_literal_m1 = v.flag({31});
}

/// MINPAR, GMSBINDICES and GMSBCONTENT set 1: the primary messengers; MINPAR 5 must agree.
void read_point(const Document& d, PointInput& in) {
  const Values mp(d, "MINPAR", 1);
  if (!mp.present()) throw InputError(d.where(0) + "Block MINPAR is missing (GMSB inputs: 1 Lambda, 2 M, 3 tan(beta), 4 sign(mu), 5 N5)");
  mp.only(keys({1, 2, 3, 4, 5, 6}));
  mp.require({1}, "Lambda = F/M in GeV");
  mp.require({2}, "the messenger scale M in GeV");
  mp.require({3}, "tan(beta)");
  mp.require({4}, "sign(mu)");
  in.lambda_gev = mp.number({1});
  in.mess_gev = mp.number({2});
  in.tanb = mp.number({3});
  in.sign_mu = mp.integer({4});
  if (in.sign_mu != 1 && in.sign_mu != -1) mp.fail({4}, "sign(mu) must be +1 or -1, got '" + mp.text({4}) + "'");
  if (mp.has({6})) in.c_grav = mp.positive({6});

  const Values iv(d, "GMSBINDICES", 1), cv(d, "GMSBCONTENT", 2);
  const std::map<int, MessengerContent> contents = read_contents(cv);
  std::optional<MessengerIndices> from_n5, from_block, from_content;
  if (mp.has({5})) {
    const int n5 = mp.integer({5});
    if (n5 < 1 || n5 > 1000) mp.fail({5}, "N5 (the number of 5+5bar pairs) must be a positive integer, got '" + mp.text({5}) + "'");
    from_n5 = MessengerContent{0, 0, 0, 0, 0, n5, 0}.indices();
  }
  if (iv.present()) from_block = read_indices(iv);
  if (contents.count(1)) {
    in.variant.primary_content = contents.at(1);
    from_content = contents.at(1).indices();
  }
  if (!from_n5 && !from_block && !from_content)
    mp.fail({5}, "the required entry 5 (N5) is missing, and there is no Block GMSBINDICES or GMSBCONTENT set 1");
  if (from_n5 && from_block && *from_n5 != *from_block)
    mp.fail({5}, "N5 = " + mp.text({5}) + " means N1 = N2 = N3 = N5, but Block GMSBINDICES (line " +
                     std::to_string(iv.line()) + ") gives (" + from_block->to_string() + ")");
  if (from_n5 && from_content && *from_n5 != *from_content)
    mp.fail({5}, "N5 = " + mp.text({5}) + " disagrees with the content " + in.variant.primary_content->name() + " (" +
                     from_content->to_string() + ") of Block GMSBCONTENT (line " + std::to_string(cv.line()) + ")");
  if (from_block && from_content && *from_block != *from_content)
    iv.fail({1}, "(" + from_block->to_string() + ") disagree with the content " + in.variant.primary_content->name() +
                     " (" + from_content->to_string() + ") of Block GMSBCONTENT (line " + std::to_string(cv.line()) + ")");
  in.n = from_block ? *from_block : from_content ? *from_content : *from_n5;
  read_sets(d, contents, cv, in);
  read_variant(d, in);
  try {
    in.validate();
  } catch (const InputError& e) {
    throw InputError(d.where(mp.line()) + "Block MINPAR: " + e.what());
  }
}

}  // namespace

InputPoint read_run(const Document& d) {
  if (d.find("EXTPAR"))
    throw InputError(d.where(d.find("EXTPAR")->line) +
                     "Block EXTPAR (non-universal inputs) cannot be honoured: gmsb computes minimal GMSB and the "
                     "variants of Block GMSBVARIANT (docs/slha.md)");
  InputPoint run;
  read_modsel(d);
  read_settings(d, run.settings, run.sm, run.notes);
  const SMInputs base = run.sm;
  read_sminputs(d, run.sm, run.notes);
  // sin^2(theta_W) is an input of its own (docs/physics.md §4.2), not derived from SMINPUTS 1, 2, 4.
  const bool sin2w_given = Values(d, "GMSBSETTINGS", 1).has({9});
  if (!sin2w_given && (run.sm.alpha_em_inv != base.alpha_em_inv || run.sm.gf != base.gf || run.sm.mz != base.mz)) {
    char buf[200];
    std::snprintf(buf, sizeof buf,
                  "sin^2(theta_W) = %.5f of the input set, not recomputed from SMINPUTS 1, 2, 4 (GMSBSETTINGS 9 sets it)",
                  run.sm.sin2w);
    run.notes.push_back(buf);
  }
  read_point(d, run.input);
  return run;
}

}  // namespace gmsb::slha
