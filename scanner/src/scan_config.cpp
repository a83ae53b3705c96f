#include "scan_config.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "json_writer.hpp"
#include "physics_options.hpp"

namespace gmsb::scan {

namespace {

/// Largest grid accepted (points); beyond this the in-memory output arrays would not fit.
constexpr double kMaxPoints = 2.0e9;

std::string fmt(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

/// State shared by the key parsers: the file name for messages, the config being built and
/// the raw physics option texts (resolved once all keys are read, since they depend on each other).
struct Ctx {
  std::string path;
  ScanConfig cfg;
  std::map<std::string, std::string> physics;       ///< name (physics_option_names) -> text
  std::map<std::string, YAML::Node> physics_nodes;  ///< where each came from, for messages
  std::map<std::string, std::pair<double, YAML::Node>> sm_overrides;
  YAML::Node root;

  [[noreturn]] void fail(const YAML::Node& where, const std::string& key, const std::string& msg) const {
    int line = 0;
    if (where.IsDefined() && where.Mark().line >= 0) line = where.Mark().line + 1;
    throw ConfigError(path + ":" + std::to_string(line) + ": " + key + ": " + msg);
  }
};

std::string kind(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Scalar: return "a scalar";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Null: return "nothing (null)";
    default: return "undefined";
  }
}

std::string scalar(const Ctx& c, const YAML::Node& n, const std::string& key) {
  if (!n.IsScalar()) c.fail(n, key, "expected a single value, got " + kind(n));
  return n.Scalar();
}

double number(const Ctx& c, const YAML::Node& n, const std::string& key) {
  const std::string s = scalar(c, n, key);
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (s.empty() || end == s.c_str() || *end != '\0' || !std::isfinite(v))
    c.fail(n, key, "expected a number, got '" + s + "'");
  return v;
}

bool boolean(const Ctx& c, const YAML::Node& n, const std::string& key) {
  const std::string s = scalar(c, n, key);
  if (s == "true" || s == "yes" || s == "on") return true;
  if (s == "false" || s == "no" || s == "off") return false;
  c.fail(n, key, "expected true or false, got '" + s + "'");
}

/// Reads an axis: a list of numbers, or {from, to, step} / {from, to, count[, log: true]}.
std::vector<double> axis(const Ctx& c, const YAML::Node& n, const std::string& key) {
  std::vector<double> v;
  if (n.IsSequence()) {
    for (const auto& item : n) v.push_back(number(c, item, key));
    if (v.empty()) c.fail(n, key, "the list of values is empty");
    for (size_t i = 1; i < v.size(); ++i)
      if (!(v[i] > v[i - 1]))
        c.fail(n, key, "values must be strictly increasing, but " + fmt(v[i]) + " follows " + fmt(v[i - 1]));
    return v;
  }
  if (n.IsScalar()) return {number(c, n, key)};
  if (!n.IsMap()) c.fail(n, key, "expected a list of values or a map {from, to, step|count}, got " + kind(n));
  static const std::set<std::string> allowed{"from", "to", "step", "count", "log"};
  for (const auto& kv : n) {
    const std::string k = kv.first.Scalar();
    if (!allowed.count(k)) c.fail(kv.first, key + "." + k, "unknown key (expected from, to, step, count, log)");
  }
  if (!n["from"] || !n["to"]) c.fail(n, key, "a range needs both 'from' and 'to'");
  const double from = number(c, n["from"], key + ".from"), to = number(c, n["to"], key + ".to");
  const bool log = n["log"] ? boolean(c, n["log"], key + ".log") : false;
  if (bool(n["step"]) == bool(n["count"])) c.fail(n, key, "give exactly one of 'step' or 'count'");
  if (to < from) c.fail(n, key, "empty range: 'to' = " + fmt(to) + " is below 'from' = " + fmt(from));
  if (n["step"]) {
    if (log) c.fail(n["log"], key + ".log", "a log range needs 'count', not 'step'");
    const double step = number(c, n["step"], key + ".step");
    if (!(step > 0)) c.fail(n["step"], key + ".step", "must be positive, got " + fmt(step));
    const double count = std::floor((to - from) / step + 1e-9) + 1;
    if (count > kMaxPoints) c.fail(n["step"], key + ".step", "too many values (" + fmt(count) + ")");
    for (long i = 0; i < long(count); ++i) v.push_back(from + double(i) * step);
    return v;
  }
  const double count = number(c, n["count"], key + ".count");
  if (!(count >= 1) || count != std::floor(count) || count > kMaxPoints)
    c.fail(n["count"], key + ".count", "must be a positive integer, got " + n["count"].Scalar());
  if (count == 1) {
    if (from != to) c.fail(n["count"], key + ".count", "count 1 needs from == to");
    return {from};
  }
  if (from == to) c.fail(n, key, "empty range: from == to with count " + fmt(count));
  if (log && !(from > 0)) c.fail(n["from"], key + ".from", "a log range needs from > 0, got " + fmt(from));
  const long m = long(count);
  for (long i = 0; i < m; ++i) {
    const double u = double(i) / double(m - 1);
    v.push_back(log ? std::exp(std::log(from) + u * (std::log(to) - std::log(from))) : from + u * (to - from));
  }
  v.front() = from;
  v.back() = to;
  return v;
}

ScanModel model_from_indices(const MessengerIndices& n) {
  for (const auto& m : enumerate_seed_models())
    if (m.indices == n) return {n, m.name()};
  return {n, "N=(" + n.to_string() + ")"};
}

void parse_models(Ctx& c, const YAML::Node& n) {
  const std::string key = "models";
  std::vector<ScanModel>& out = c.cfg.models;
  if (n.IsScalar()) {
    if (n.Scalar() != "all")
      c.fail(n, key, "expected 'all' or a list of triples / contents, got '" + n.Scalar() + "'");
    for (const auto& m : enumerate_seed_models()) out.push_back({m.indices, m.name()});
    return;
  }
  if (!n.IsSequence()) c.fail(n, key, "expected 'all' or a list, got " + kind(n));
  if (n.size() == 0) c.fail(n, key, "the list of models is empty");
  for (const auto& item : n) {
    ScanModel m;
    try {
      if (item.IsSequence()) {
        if (item.size() != 3) c.fail(item, key, "a triple [N1, N2, N3] needs 3 entries, got " + std::to_string(item.size()));
        const std::string text = scalar(c, item[0], key) + "," + scalar(c, item[1], key) + "," + scalar(c, item[2], key);
        m = model_from_indices(parse_indices(text));
      } else if (item.IsScalar()) {
        const std::string text = item.Scalar();
        if (text.find(',') != std::string::npos)
          m = model_from_indices(parse_indices(text));
        else
          m = {parse_content(text).indices(), text};
      } else {
        c.fail(item, key, "each model is a triple [N1, N2, N3] or a content such as 5+5bar, got " + kind(item));
      }
    } catch (const std::invalid_argument& e) {
      c.fail(item, key, e.what());
    }
    if (m.n.n1_fifths == 0 && m.n.n2 == 0 && m.n.n3 == 0) c.fail(item, key, "messenger indices are all zero");
    for (const auto& prev : out)
      if (prev.n == m.n) c.fail(item, key, "model (" + m.n.to_string() + ") is listed twice");
    out.push_back(m);
  }
}

void parse_settings(Ctx& c, const YAML::Node& n) {
  if (!n.IsMap()) c.fail(n, "settings", "expected a map {preset, mt_higgs, loops, eps6, ...}, got " + kind(n));
  static const std::map<std::string, std::string> names{
      {"preset", "preset"}, {"mt_higgs", "mt-higgs"}, {"loops", "loops"}, {"eps6", "eps6"}};
  for (const auto& kv : n) {
    const std::string k = kv.first.Scalar();
    if (k == "include_stau_tadpole") {
      c.cfg.settings.include_stau_tadpole = boolean(c, kv.second, "settings." + k);  // re-applied in finish()
      c.physics_nodes["include_stau_tadpole"] = kv.second;
      continue;
    }
    auto it = names.find(k);
    if (it == names.end())
      c.fail(kv.first, "settings." + k, "unknown key (expected preset, mt_higgs, loops, eps6, include_stau_tadpole)");
    c.physics[it->second] = scalar(c, kv.second, "settings." + k);
    c.physics_nodes[it->second] = kv.second;
  }
}

/// SMInputs fields that a config may override, with their members.
const std::map<std::string, double SMInputs::*>& sm_fields() {
  static const std::map<std::string, double SMInputs::*> f{
      {"mz", &SMInputs::mz},         {"gf", &SMInputs::gf},           {"alpha_em_inv", &SMInputs::alpha_em_inv},
      {"sin2w", &SMInputs::sin2w},   {"alpha_s", &SMInputs::alpha_s}, {"mt_pole", &SMInputs::mt_pole},
      {"mb_mb", &SMInputs::mb_mb},   {"mtau_pole", &SMInputs::mtau_pole}};
  return f;
}

void parse_sm_inputs(Ctx& c, const YAML::Node& n) {
  if (n.IsScalar()) {
    c.physics["sm-inputs"] = n.Scalar();
    c.physics_nodes["sm-inputs"] = n;
    return;
  }
  if (!n.IsMap()) c.fail(n, "sm_inputs", "expected kn99, pdg2024 or a map of overrides, got " + kind(n));
  for (const auto& kv : n) {
    const std::string k = kv.first.Scalar();
    if (k == "base") {
      c.physics["sm-inputs"] = scalar(c, kv.second, "sm_inputs.base");
      c.physics_nodes["sm-inputs"] = kv.second;
      continue;
    }
    if (!sm_fields().count(k)) {
      std::string known = "base";
      for (const auto& f : sm_fields()) known += ", " + f.first;
      c.fail(kv.first, "sm_inputs." + k, "unknown key (expected " + known + ")");
    }
    const double v = number(c, kv.second, "sm_inputs." + k);
    if (!(v > 0)) c.fail(kv.second, "sm_inputs." + k, "must be positive, got " + fmt(v));
    if (k == "sin2w" && !(v < 1)) c.fail(kv.second, "sm_inputs." + k, "must be below 1, got " + fmt(v));
    c.sm_overrides[k] = {v, kv.second};
  }
}

/// One row per top-level key: name, required?, parser, help text.
struct KeySpec {
  const char* name;
  bool required;
  std::function<void(Ctx&, const YAML::Node&)> parse;
  const char* help;
};

const std::vector<KeySpec>& key_table() {
  static const std::vector<KeySpec> table{
      {"description", false, [](Ctx& c, const YAML::Node& n) { c.cfg.description = scalar(c, n, "description"); },
       "free text saying what the scan reproduces"},
      {"models", true, parse_models,
       "'all' (the 32 allowed sectors) or a list of triples [1, 3, 4] / [\"14/5\", 4, 1] or contents \"5+5bar\""},
      {"lambda", true, [](Ctx& c, const YAML::Node& n) { c.cfg.lambda_gev = axis(c, n, "lambda"); },
       "Lambda = F/S in GeV: list, or {from, to, step} / {from, to, count, log: true}"},
      {"tanb", true, [](Ctx& c, const YAML::Node& n) { c.cfg.tanb = axis(c, n, "tanb"); },
       "tan(beta) values (> 1): list or range"},
      {"mess", true, [](Ctx& c, const YAML::Node& n) { c.cfg.mess_gev = axis(c, n, "mess"); },
       "messenger scale M in GeV: list or range (every M above every Lambda)"},
      {"sign_mu", false,
       [](Ctx& c, const YAML::Node& n) {
         const double s = number(c, n, "sign_mu");
         if (s != 1 && s != -1) c.fail(n, "sign_mu", "must be +1 or -1, got " + n.Scalar());
         c.cfg.sign_mu = int(s);
       },
       "+1 (default) or -1"},
      {"method", false,
       [](Ctx& c, const YAML::Node& n) {
         c.physics["method"] = scalar(c, n, "method");
         c.physics_nodes["method"] = n;
       },
       "kn99 (default) or modern"},
      {"settings", false, parse_settings,
       "map: preset default|paper, mt_higgs msbar|pole|running|<GeV>, loops 1|2, eps6, include_stau_tadpole"},
      {"sm_inputs", false, parse_sm_inputs,
       "kn99 | pdg2024 | map {base: kn99|pdg2024, mz, gf, alpha_em_inv, sin2w, alpha_s, mt_pole, mb_mb, mtau_pole}"},
      {"output", false, [](Ctx& c, const YAML::Node& n) { c.cfg.output = scalar(c, n, "output"); },
       "output HDF5 path (the -o option overrides it)"},
  };
  return table;
}

/// Resolves the physics options and checks the grid as a whole.
void finish(Ctx& c) {
  const bool stau_tadpole = c.cfg.settings.include_stau_tadpole;
  try {
    cli::physics_from_values(c.physics, c.cfg.settings, c.cfg.sm);
  } catch (const cli::PhysicsOptionError& e) {
    static const std::map<std::string, std::string> shown{{"preset", "settings.preset"},
                                                          {"mt-higgs", "settings.mt_higgs"},
                                                          {"loops", "settings.loops"},
                                                          {"eps6", "settings.eps6"},
                                                          {"sm-inputs", "sm_inputs"},
                                                          {"method", "method"}};
    auto it = c.physics_nodes.find(e.option);
    c.fail(it == c.physics_nodes.end() ? c.root : it->second, shown.count(e.option) ? shown.at(e.option) : e.option,
           e.what());
  }
  c.cfg.settings.include_stau_tadpole = stau_tadpole;
  for (const auto& kv : c.sm_overrides) c.cfg.sm.*(sm_fields().at(kv.first)) = kv.second.first;

  const auto& r = c.root;
  for (double l : c.cfg.lambda_gev)
    if (!(l > 0)) c.fail(r["lambda"], "lambda", "Lambda must be positive, got " + fmt(l) + " GeV");
  for (double t : c.cfg.tanb) {
    if (t < 1) c.fail(r["tanb"], "tanb", "tan(beta) must be >= 1, got " + fmt(t));
    if (t == 1) c.fail(r["tanb"], "tanb", "tan(beta) = 1 makes the EWSB conditions singular; use values > 1");
  }
  const double lmax = c.cfg.lambda_gev.back();
  for (double m : c.cfg.mess_gev)
    if (!(m > lmax))
      c.fail(r["mess"], "mess",
             "M = " + fmt(m) + " GeV is not above Lambda = " + fmt(lmax) + " GeV (every point needs M > Lambda)");
  if (double(c.cfg.models.size()) * c.cfg.mess_gev.size() * c.cfg.lambda_gev.size() * c.cfg.tanb.size() > kMaxPoints)
    c.fail(r, "grid", "more than " + fmt(kMaxPoints) + " points; split the scan");
}

}  // namespace

ScanConfig parse_scan_config(const std::string& text, const std::string& path) {
  Ctx c;
  c.path = path;
  try {
    c.root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    throw ConfigError(path + ":" + std::to_string(e.mark.line + 1) + ": yaml: " + e.msg);
  }
  if (!c.root.IsMap()) c.fail(c.root, "config", "expected a map of keys (models, lambda, tanb, mess, ...), got " + kind(c.root));
  const auto& table = key_table();
  std::set<std::string> seen;
  for (const auto& kv : c.root) {
    const std::string k = kv.first.Scalar();
    auto it = std::find_if(table.begin(), table.end(), [&](const KeySpec& s) { return k == s.name; });
    if (it == table.end()) {
      std::string known;
      for (const auto& s : table) known += std::string(known.empty() ? "" : ", ") + s.name;
      c.fail(kv.first, k, "unknown key (known keys: " + known + ")");
    }
    if (!seen.insert(k).second) c.fail(kv.first, k, "key given twice");
    if (kv.second.IsNull()) c.fail(kv.first, k, "has no value");
  }
  for (const auto& spec : table) {
    const YAML::Node n = c.root[spec.name];
    if (!n) {
      if (spec.required) c.fail(c.root, spec.name, "required key is missing");
      continue;
    }
    spec.parse(c, n);
  }
  finish(c);
  c.cfg.path = path;
  c.cfg.text = text;
  return c.cfg;
}

ScanConfig load_scan_config(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw ConfigError(path + ":0: config: cannot read the file");
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_scan_config(ss.str(), path);
}

std::vector<std::pair<std::string, std::string>> config_keys_help() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& s : key_table()) out.emplace_back(std::string(s.name) + (s.required ? " (required)" : ""), s.help);
  return out;
}

std::string settings_json(const Settings& s) {
  json::Object o;
  o.add("method", method_name(s.method))
      .add("rge_loops", s.rge_loops)
      .add("mt_higgs", top_mass_choice_name(s.mt_higgs))
      .add("mt_higgs_fixed_gev", s.mt_higgs_fixed_gev)
      .add("eps6", s.eps6)
      .add("include_stau_tadpole", s.include_stau_tadpole ? 1 : 0)
      .add("msusy_rel_tol", s.msusy_rel_tol)
      .add("max_iterations", s.max_iterations)
      .add("ode_rel_tol", s.ode_rel_tol)
      .add("perturbative_limit", s.perturbative_limit);
  return o.str();
}

std::string sm_inputs_json(const SMInputs& sm) {
  json::Object o;
  for (const auto& f : sm_fields()) o.add(f.first, sm.*(f.second));
  return o.str();
}

}  // namespace gmsb::scan
