#include "config/scan_model_config.hpp"

#include <array>
#include <cstdio>
#include <functional>
#include <optional>
#include <stdexcept>

#include "gmsb/error.hpp"
#include "io/json_values.hpp"

namespace gmsb::scan {

namespace {

/// Most models one entry may expand into.
constexpr std::size_t kMaxExpansion = 10000;

/// "%g" without the exponent's '+' and leading zeros: 1e+08 -> 1e8, 2.5e-07 -> 2.5e-7.
std::string short_number(double v) {
  std::string s = fmt(v);
  const auto e = s.find('e');
  if (e == std::string::npos) return s;
  std::string mant = s.substr(0, e), ex = s.substr(e + 1);
  const bool neg = !ex.empty() && ex[0] == '-';
  if (!ex.empty() && (ex[0] == '+' || ex[0] == '-')) ex = ex.substr(1);
  while (ex.size() > 1 && ex[0] == '0') ex = ex.substr(1);
  return mant + "e" + (neg ? "-" : "") + ex;
}

/// One parameter of an entry: its values (one, or several to expand over) and how each is set.
struct Slot {
  std::string label;                // shown in the model name ("s", "m_D", ...); "" shows the value alone
  bool always_shown = false;        // show even when there is one value
  std::vector<std::string> shown;   // each value as shown in the name
  std::function<void(ScanModel&, std::size_t)> apply;
};

using NumberSetter = std::function<void(ScanModel&, double)>;
using TextSetter = std::function<void(ScanModel&, const std::string&)>;

void add_number(std::vector<Slot>& slots, const YamlContext& c, const YAML::Node& n, const std::string& key,
                const std::string& label, const std::string& unit, const NumberSetter& set) {
  const std::vector<double> v = axis(c, n, key);
  Slot s;
  s.label = label;
  for (double x : v) s.shown.push_back(short_number(x) + (unit.empty() ? "" : " " + unit));
  s.apply = [v, set](ScanModel& m, std::size_t i) { set(m, v[i]); };
  slots.push_back(std::move(s));
}

void add_choice(std::vector<Slot>& slots, const YamlContext& c, const YAML::Node& n, const std::string& key,
                const std::string& label, bool always_shown, const std::vector<std::string>& allowed,
                const TextSetter& set) {
  std::vector<std::string> v;
  if (n.IsSequence()) {
    for (const auto& item : n) v.push_back(scalar(c, item, key));
    if (v.empty()) c.fail(n, key, "the list of values is empty");
  } else {
    v.push_back(scalar(c, n, key));
  }
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  for (std::size_t i = 0; i < v.size(); ++i) {
    bool ok = false;
    for (const auto& a : allowed) ok = ok || a == v[i];
    if (!ok) c.bad_value(n, key, "must be one of " + list + ", got '" + v[i] + "'");
    for (std::size_t j = 0; j < i; ++j)
      if (v[j] == v[i]) c.bad_value(n, key, "'" + v[i] + "' is listed twice");
  }
  Slot s;
  s.label = label;
  s.always_shown = always_shown;
  s.shown = v;
  s.apply = [v, set](ScanModel& m, std::size_t i) { set(m, v[i]); };
  slots.push_back(std::move(s));
}

/// A triple [N1, N2, N3] or "N1,N2,N3". The library's InputError gets the node's FILE:LINE: KEY.
MessengerIndices indices_node(const YamlContext& c, const YAML::Node& n, const std::string& key) {
  try {
    if (n.IsSequence()) {
      if (n.size() != 3) c.fail(n, key, "a triple [N1, N2, N3] needs 3 entries, got " + std::to_string(n.size()));
      return parse_indices(scalar(c, n[0], key) + "," + scalar(c, n[1], key) + "," + scalar(c, n[2], key));
    }
    return parse_indices(scalar(c, n, key));
  } catch (const InputError& e) {
    c.bad_value(n, key, e.what());
  }
}

MessengerContent content_node(const YamlContext& c, const YAML::Node& n, const std::string& key) {
  try {
    return parse_content(scalar(c, n, key));
  } catch (const InputError& e) {
    c.bad_value(n, key, e.what());
  }
}

void parse_extra_sets(const YamlContext& c, const YAML::Node& n, const std::string& key, ScanModel& base,
                      std::vector<Slot>& slots) {
  if (!n.IsSequence() || n.size() == 0)
    c.fail(n, key, "expected a non-empty list of sets {content | n, lambda | lambda_ratio, mess}, got " + kind(n));
  for (std::size_t i = 0; i < n.size(); ++i) {
    const YAML::Node s = n[i];
    const std::string k = key + "[" + std::to_string(i) + "]";
    if (!s.IsMap()) c.fail(s, k, "expected a map {content | n, lambda | lambda_ratio, mess}, got " + kind(s));
    check_keys(c, s, k, {"content", "n", "lambda", "lambda_ratio", "mess"});
    if (bool(s["content"]) == bool(s["n"])) c.fail(s, k, "give exactly one of content or n");
    if (bool(s["lambda"]) == bool(s["lambda_ratio"])) c.fail(s, k, "give exactly one of lambda (GeV) or lambda_ratio");
    if (!s["mess"]) c.fail(s, k, "the set's messenger mass 'mess' (GeV) is missing");
    MessengerSet set;
    if (s["content"]) {
      set.content = content_node(c, s["content"], k + ".content");
      set.n = set.content->indices();
    } else {
      set.n = indices_node(c, s["n"], k + ".n");
    }
    const std::size_t j = base.variant.extra_sets.size();
    base.variant.extra_sets.push_back(set);
    const std::string label = "set" + std::to_string(j + 2) + ".";  // the library counts the primary set as 1
    if (s["lambda"])
      add_number(slots, c, s["lambda"], k + ".lambda", label + "lambda", "GeV",
                 [j](ScanModel& m, double v) { m.variant.extra_sets[j].lambda_gev = v; });
    else
      add_number(slots, c, s["lambda_ratio"], k + ".lambda_ratio", label + "lambda_ratio", "",
                 [j](ScanModel& m, double v) { m.variant.extra_sets[j].lambda_ratio = v; });
    add_number(slots, c, s["mess"], k + ".mess", label + "mess", "GeV",
               [j](ScanModel& m, double v) { m.variant.extra_sets[j].mess_gev = v; });
  }
}

void parse_supertrace(const YamlContext& c, const YAML::Node& n, const std::string& key, std::vector<Slot>& slots) {
  if (!n.IsMap()) c.fail(n, key, "expected a map {s | s_ratio, lambda_uv}, got " + kind(n));
  check_keys(c, n, key, {"s", "s_ratio", "lambda_uv"});
  if (bool(n["s"]) == bool(n["s_ratio"])) c.fail(n, key, "give exactly one of s (GeV^2) or s_ratio");
  if (n["s"])
    add_number(slots, c, n["s"], key + ".s", "s", "GeV^2", [](ScanModel& m, double v) { m.variant.supertrace.s_gev2 = v; });
  else
    add_number(slots, c, n["s_ratio"], key + ".s_ratio", "s_ratio", "",
               [](ScanModel& m, double v) { m.variant.supertrace.s_ratio = v; });
  if (n["lambda_uv"])
    add_number(slots, c, n["lambda_uv"], key + ".lambda_uv", "Lambda_UV", "GeV",
               [](ScanModel& m, double v) { m.variant.supertrace.lambda_uv_gev = v; });
}

void parse_gravity(const YamlContext& c, const YAML::Node& n, const std::string& key, ScanModel& base,
                   std::vector<Slot>& slots) {
  if (!n.IsMap()) c.fail(n, key, "expected a map {m0sq, a0, m12, scale}, got " + kind(n));
  check_keys(c, n, key, {"m0sq", "a0", "m12", "scale"});
  if (!n["m0sq"] && !n["a0"] && !n["m12"]) c.fail(n, key, "give at least one of m0sq (GeV^2), a0 (GeV), m12 (GeV)");
  base.variant.gravity.enabled = true;
  if (n["m0sq"])
    add_number(slots, c, n["m0sq"], key + ".m0sq", "m0sq", "GeV^2",
               [](ScanModel& m, double v) { m.variant.gravity.m0_sq_gev2 = v; });
  if (n["a0"])
    add_number(slots, c, n["a0"], key + ".a0", "A0", "GeV", [](ScanModel& m, double v) { m.variant.gravity.a0_gev = v; });
  if (n["m12"])
    add_number(slots, c, n["m12"], key + ".m12", "M12", "GeV",
               [](ScanModel& m, double v) { m.variant.gravity.m12_gev = v; });
  if (n["scale"])
    add_number(slots, c, n["scale"], key + ".scale", "M_grav", "GeV",
               [](ScanModel& m, double v) { m.variant.gravity.scale_gev = v; });
}

void parse_dterm(const YamlContext& c, const YAML::Node& n, const std::string& key, ScanModel& base,
                 std::vector<Slot>& slots, std::optional<std::array<double, 2>>& flipped) {
  if (!n.IsMap()) c.fail(n, key, "expected a map {m, scale, charges | charges_flipped}, got " + kind(n));
  check_keys(c, n, key, {"m", "scale", "charges", "charges_flipped"});
  if (!n["m"]) c.fail(n, key, "the D-term scale parameter 'm' (GeV) is missing");
  if (bool(n["charges"]) == bool(n["charges_flipped"]))
    c.fail(n, key, "give exactly one of charges {q, u, d, l, e, hu, hd} or charges_flipped [q_Z1, q_Z]");
  DTerm& d = base.variant.dterm;
  d.enabled = true;
  if (n["charges_flipped"]) {
    const YAML::Node q = n["charges_flipped"];
    const std::string k = key + ".charges_flipped";
    if (!q.IsSequence() || q.size() != 2) c.fail(q, k, "expected two numbers [q_Z1, q_Z], got " + kind(q));
    flipped = std::array<double, 2>{number(c, q[0], k), number(c, q[1], k)};
    d.charges = U1Charges::flipped_su5((*flipped)[0], (*flipped)[1]);
  } else {
    const YAML::Node q = n["charges"];
    const std::string k = key + ".charges";
    if (!q.IsMap()) c.fail(q, k, "expected a map {q, u, d, l, e, hu, hd}, got " + kind(q));
    check_keys(c, q, k, {"q", "u", "d", "l", "e", "hu", "hd"});
    const std::pair<const char*, double U1Charges::*> fields[] = {{"q", &U1Charges::q},   {"u", &U1Charges::u},
                                                                  {"d", &U1Charges::d},   {"l", &U1Charges::l},
                                                                  {"e", &U1Charges::e},   {"hu", &U1Charges::hu},
                                                                  {"hd", &U1Charges::hd}};
    for (const auto& f : fields) {
      if (!q[f.first]) c.fail(q, k, std::string("the charge '") + f.first + "' is missing (give all seven)");
      d.charges.*(f.second) = number(c, q[f.first], k + "." + f.first);
    }
  }
  add_number(slots, c, n["m"], key + ".m", "m_D", "GeV", [](ScanModel& m, double v) { m.variant.dterm.m_gev = v; });
  if (n["scale"])
    add_number(slots, c, n["scale"], key + ".scale", "M_D", "GeV",
               [](ScanModel& m, double v) { m.variant.dterm.scale_gev = v; });
}

void parse_seed002(const YamlContext& c, const YAML::Node& n, const std::string& key, ScanModel& base,
                   std::vector<Slot>& slots) {
  if (!n.IsMap()) c.fail(n, key, "expected a map {case, m1, md}, got " + kind(n));
  check_keys(c, n, key, {"case", "m1", "md"});
  if (!n["case"]) c.fail(n, key, "'case' (triplets or triplets+doublets) is missing");
  base.seed002 = Seed002Choice{};
  // The primary set is the two triplet pairs, whatever the case (docs/physics.md §8(d)).
  base.n = seed002_model(Seed002Case::kTriplets, 1.0, 1e16, 0, Seed002M1::kCorrected).n;
  base.name = "seed002";
  add_choice(slots, c, n["case"], key + ".case", "", true, {"triplets", "triplets+doublets"},
             [](ScanModel& m, const std::string& v) {
               m.seed002->which = v == "triplets" ? Seed002Case::kTriplets : Seed002Case::kTripletsDoublets;
             });
  if (n["m1"])
    add_choice(slots, c, n["m1"], key + ".m1", "M1", false, {"corrected", "seed-literal"},
               [](ScanModel& m, const std::string& v) {
                 m.seed002->m1 = v == "corrected" ? Seed002M1::kCorrected : Seed002M1::kSeedLiteral;
               });
  if (n["md"])
    add_number(slots, c, n["md"], key + ".md", "M_doublet", "GeV", [](ScanModel& m, double v) { m.seed002->md_gev = v; });
}

const char* seed002_case_name(Seed002Case k) { return k == Seed002Case::kTriplets ? "triplets" : "triplets+doublets"; }

std::string variant_json(const ScanModel& m, const std::optional<std::array<double, 2>>& flipped) {
  if (m.minimal()) return "{}";
  using json::number;
  json::Json o;
  if (m.seed002) {
    json::Json& s = o["seed002"];
    s["case"] = seed002_case_name(m.seed002->which);
    s["m1"] = m.seed002->m1 == Seed002M1::kCorrected ? "corrected" : "seed-literal";
    s["md"] = number(m.seed002->md_gev);
  } else if (m.variant.primary_content) {
    o["content"] = m.variant.primary_content->name();
  }
  const ModelVariant& v = m.variant;
  if (!v.extra_sets.empty()) {
    json::Json& list = o["extra_sets"] = json::Json::array();
    for (const auto& s : v.extra_sets) {
      json::Json e;
      e["n"] = s.n.to_string();
      if (s.content) e["content"] = s.content->name();
      if (s.lambda_ratio > 0)
        e["lambda_ratio"] = number(s.lambda_ratio);
      else
        e["lambda"] = number(s.lambda_gev);
      e["mess"] = number(s.mess_gev);
      list.push_back(std::move(e));
    }
  }
  if (v.supertrace.active()) {
    json::Json& s = o["supertrace"];
    if (v.supertrace.s_gev2 != 0)
      s["s"] = number(v.supertrace.s_gev2);
    else
      s["s_ratio"] = number(v.supertrace.s_ratio);
    s["lambda_uv"] = number(v.supertrace.lambda_uv_gev);
  }
  if (v.gravity.enabled) {
    json::Json& g = o["gravity"];
    g["m0sq"] = number(v.gravity.m0_sq_gev2);
    g["a0"] = number(v.gravity.a0_gev);
    g["m12"] = number(v.gravity.m12_gev);
    g["scale"] = number(v.gravity.scale_gev);
  }
  if (v.dterm.enabled) {
    const U1Charges& q = v.dterm.charges;
    json::Json& d = o["dterm"];
    d["m"] = number(v.dterm.m_gev);
    d["scale"] = number(v.dterm.scale_gev);
    json::Json& ch = d["charges"];
    ch["q"] = number(q.q);
    ch["u"] = number(q.u);
    ch["d"] = number(q.d);
    ch["l"] = number(q.l);
    ch["e"] = number(q.e);
    ch["hu"] = number(q.hu);
    ch["hd"] = number(q.hd);
    if (flipped) d["charges_flipped"] = json::numbers({(*flipped)[0], (*flipped)[1]});
  }
  return o.dump();
}

}  // namespace

ScanModel model_from_indices(const MessengerIndices& n) {
  ScanModel m;
  m.n = n;
  m.name = "N=(" + n.to_string() + ")";
  for (const auto& s : enumerate_seed_models())
    if (s.indices == n) m.name = s.name();
  return m;
}

ScanModel model_from_text(const std::string& text) {
  if (text.find(',') != std::string::npos) return model_from_indices(parse_indices(text));
  ScanModel m;
  const MessengerContent content = parse_content(text);
  m.n = content.indices();
  m.name = text;
  m.variant.primary_content = content;  // its two-loop terms above M (perturbativity check)
  return m;
}

PointInput ScanModel::input(double lambda_gev, double mess_gev, double tanb, int sign_mu) const {
  if (!seed002) return PointInput(n, lambda_gev, mess_gev, tanb, sign_mu, variant);
  // docs/physics.md §8(d): Lambda_T = 2m, so m = Lambda/2 (exact in binary), at M_X = M.
  const Seed002Model s = seed002_model(seed002->which, 0.5 * lambda_gev, mess_gev, seed002->md_gev, seed002->m1);
  ModelVariant v = s.variant;
  v.extra_sets.insert(v.extra_sets.end(), variant.extra_sets.begin(), variant.extra_sets.end());
  v.supertrace = variant.supertrace;
  v.gravity = variant.gravity;
  v.dterm = variant.dterm;
  return PointInput(s.n, s.lambda_gev, s.mess_gev, tanb, sign_mu, v);
}

std::vector<ScanModel> parse_model_entry(const YamlContext& c, const YAML::Node& e, const std::string& key) {
  check_keys(c, e, key, {"content", "n", "seed002", "name", "variant"});
  if (int(bool(e["content"])) + int(bool(e["n"])) + int(bool(e["seed002"])) != 1)
    c.fail(e, key, "give exactly one of content, n or seed002");
  ScanModel base;
  std::vector<Slot> slots;
  if (e["content"]) {
    const MessengerContent content = content_node(c, e["content"], key + ".content");
    if (content.total_pairs() == 0) c.bad_value(e["content"], key + ".content", "the content is empty");
    base.n = content.indices();
    base.variant.primary_content = content;
    base.name = scalar(c, e["content"], key + ".content");
  } else if (e["n"]) {
    base = model_from_indices(indices_node(c, e["n"], key + ".n"));
  } else {
    parse_seed002(c, e["seed002"], key + ".seed002", base, slots);
  }
  if (base.n.n1_fifths == 0 && base.n.n2 == 0 && base.n.n3 == 0) c.bad_value(e, key, "messenger indices are all zero");
  if (e["name"]) base.name = scalar(c, e["name"], key + ".name");

  std::optional<std::array<double, 2>> flipped;
  if (const YAML::Node v = e["variant"]) {
    const std::string k = key + ".variant";
    if (!v.IsMap()) c.fail(v, k, "expected a map {extra_sets, supertrace, gravity, dterm}, got " + kind(v));
    check_keys(c, v, k, {"extra_sets", "supertrace", "gravity", "dterm"});
    if (v.size() == 0) c.fail(v, k, "the variant is empty");
    if (v["extra_sets"]) parse_extra_sets(c, v["extra_sets"], k + ".extra_sets", base, slots);
    if (v["supertrace"]) parse_supertrace(c, v["supertrace"], k + ".supertrace", slots);
    if (v["gravity"]) parse_gravity(c, v["gravity"], k + ".gravity", base, slots);
    if (v["dterm"]) parse_dterm(c, v["dterm"], k + ".dterm", base, slots, flipped);
  }

  double count = 1;
  for (const auto& s : slots) count *= double(s.shown.size());
  if (count > double(kMaxExpansion))
    c.bad_value(e, key, "expands into " + fmt(count) + " models (at most " + std::to_string(kMaxExpansion) + ")");
  std::vector<ScanModel> out;
  std::vector<std::size_t> at(slots.size(), 0);
  for (std::size_t done = 0; done < std::size_t(count); ++done) {
    ScanModel m = base;
    for (std::size_t i = 0; i < slots.size(); ++i) {
      slots[i].apply(m, at[i]);
      if (slots[i].always_shown || slots[i].shown.size() > 1)
        m.name += " " + (slots[i].label.empty() ? "" : slots[i].label + "=") + slots[i].shown[at[i]];
    }
    m.variant_json = variant_json(m, flipped);
    out.push_back(std::move(m));
    for (std::size_t i = slots.size(); i-- > 0;) {  // odometer: the last parameter changes fastest
      if (++at[i] < slots[i].shown.size()) break;
      at[i] = 0;
    }
  }
  return out;
}

void validate_scan_model(const ScanModel& m, const std::vector<double>& lambda_gev, const std::vector<double>& mess_gev,
                         double tanb, int sign_mu) {
  // Every condition of PointInput::validate and validate_variant is monotonic in Lambda and in M
  // (Lambda_i = r Lambda < M_i, Lambda_UV > M, Lambda < M, the ranges), so the four corners of
  // the (sorted) axes decide for the whole grid: bounded work for any grid size.
  const std::vector<double> lambdas{lambda_gev.front(), lambda_gev.back()}, masses{mess_gev.front(), mess_gev.back()};
  for (double mess : masses)
    for (double lambda : lambdas) {
      try {
        m.input(lambda, mess, tanb, sign_mu).validate();
      } catch (const InputError& e) {
        throw InputError(std::string(e.what()) + " (at Lambda = " + fmt(lambda) + " GeV, M = " + fmt(mess) + " GeV)");
      }
    }
}

}  // namespace gmsb::scan
