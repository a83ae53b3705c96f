#include "config/scan_config.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "config/config_yaml.hpp"
#include "io/json_values.hpp"
#include "cli/physics_options.hpp"
#include "config/scan_model_config.hpp"
#include "config/scan_shape_config.hpp"

namespace gmsb::scan {

namespace {

/// State shared by the key parsers: the file name for messages, the config being built and
/// the raw physics option texts (resolved once all keys are read, since they depend on each other).
struct Ctx : YamlContext {
  ScanConfig cfg;
  std::map<std::string, std::string> physics;       ///< name (physics_option_names) -> text
  std::map<std::string, YAML::Node> physics_nodes;  ///< where each came from, for messages
  std::map<std::string, std::pair<double, YAML::Node>> sm_overrides;
  YAML::Node root;
  std::vector<std::pair<YAML::Node, std::string>> model_where;  ///< entry and key of each model, for messages
  std::set<std::pair<MessengerIndices, std::string>> model_keys;  ///< (N, variant_json) of the models so far
  std::set<std::string> model_names;                              ///< names of the models so far
};

void parse_models(Ctx& c, const YAML::Node& n) {
  const std::string key = "models";
  std::vector<ScanModel>& out = c.cfg.models;
  if (n.IsScalar()) {
    if (n.Scalar() != "all")
      c.fail(n, key, "expected 'all' or a list of triples / contents, got '" + n.Scalar() + "'");
    for (const auto& m : enumerate_seed_models()) {
      out.push_back(model_from_indices(m.indices));
      c.model_where.emplace_back(n, key);
    }
    return;
  }
  if (!n.IsSequence()) c.fail(n, key, "expected 'all' or a list, got " + kind(n));
  if (n.size() == 0) c.fail(n, key, "the list of models is empty");
  std::size_t index = 0;
  for (const auto& item : n) {
    const std::string item_key = key + "[" + std::to_string(index++) + "]";
    std::vector<ScanModel> models;
    if (item.IsMap()) {
      models = parse_model_entry(c, item, item_key);  // locates its own errors at the entry's keys
    } else {
      try {
        if (item.IsSequence()) {
          if (item.size() != 3)
            c.fail(item, key, "a triple [N1, N2, N3] needs 3 entries, got " + std::to_string(item.size()));
          const std::string text =
              scalar(c, item[0], key) + "," + scalar(c, item[1], key) + "," + scalar(c, item[2], key);
          models.push_back(model_from_indices(parse_indices(text)));
        } else if (item.IsScalar()) {
          models.push_back(model_from_text(item.Scalar()));
        } else {
          c.fail(item, key, "each model is a triple [N1, N2, N3], a content such as 5+5bar, or a map {content | n | "
                            "seed002, name, variant}, got " + kind(item));
        }
      } catch (const InputError& e) {  // the library's: a malformed triple or content
        c.bad_value(item, key, e.what());
      }
    }
    if (out.size() + models.size() > kMaxModels)
      c.bad_value(item, item.IsMap() ? item_key : key,
                  "more than " + std::to_string(kMaxModels) + " models in one config (docs/configs.md \"Limits\")");
    for (const auto& m : models) {
      if (m.n.n1_fifths == 0 && m.n.n2 == 0 && m.n.n3 == 0) c.bad_value(item, key, "messenger indices are all zero");
      if (!c.model_keys.insert({m.n, m.variant_json}).second)
        c.bad_value(item, key, "model (" + m.n.to_string() + ")" + (m.minimal() ? "" : " " + m.variant_json) +
                                " is listed twice");
      if (!c.model_names.insert(m.name).second)
        c.bad_value(item, item.IsMap() ? item_key : key,
                    "two models are named '" + m.name + "'; give the entry its own `name:` (the name tells models apart "
                 "in gmsb table and plot_contours.py)");
      out.push_back(m);
      c.model_where.emplace_back(item, item.IsMap() ? item_key : key);
    }
  }
}

void parse_settings(Ctx& c, const YAML::Node& n) {
  if (!n.IsMap()) c.fail(n, "settings", "expected a map {preset, mt_higgs, loops, eps6, ...}, got " + kind(n));
  static const std::map<std::string, std::string> names{
      {"preset", "preset"}, {"mt_higgs", "mt-higgs"}, {"loops", "loops"}, {"eps6", "eps6"}, {"higgs_eft", "higgs-eft"}};
  for (const auto& kv : n) {
    const std::string k = kv.first.Scalar();
    if (k == "include_stau_tadpole") {
      c.cfg.settings.include_stau_tadpole = boolean(c, kv.second, "settings." + k);  // re-applied in finish()
      c.physics_nodes["include_stau_tadpole"] = kv.second;
      continue;
    }
    if (k == "check_perturbativity") {
      c.cfg.settings.check_perturbativity_to_gut = boolean(c, kv.second, "settings." + k);  // re-applied in finish()
      continue;
    }
    if (k == "mh_uncertainty") {  // docs/physics.md §7.5
      c.cfg.settings.mh_uncertainty = boolean(c, kv.second, "settings." + k);  // re-applied in finish()
      continue;
    }
    auto it = names.find(k);
    if (it == names.end())
      c.fail(kv.first, "settings." + k, "unknown key (expected preset, mt_higgs, loops, eps6, higgs_eft, include_stau_tadpole, check_perturbativity, mh_uncertainty)");
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
    if (!(v > 0)) c.bad_value(kv.second, "sm_inputs." + k, "must be positive, got " + fmt(v));
    if (k == "sin2w" && !(v < 1)) c.bad_value(kv.second, "sm_inputs." + k, "must be below 1, got " + fmt(v));
    try {
      SMInputs::validate_input(k, v);  // docs/physics.md §4.1 accepted ranges
    } catch (const InputError& e) {
      c.bad_value(kv.second, "sm_inputs." + k, e.what());
    }
    c.sm_overrides[k] = {v, kv.second};
  }
}

/// Reads the grid's M axis given as `mess`, `mess_over_lambda` or `x` (exactly one of them).
void set_mess_axis(Ctx& c, const YAML::Node& n, MessAxis a) {
  const char* key = mess_axis_name(a);
  if (!c.cfg.mess_gev.empty())
    c.fail(n, key, std::string("give only one of mess, mess_over_lambda and x (the M axis is ") +
                       mess_axis_name(c.cfg.mess_axis) + ")");
  c.cfg.mess_gev = axis(c, n, key);
  c.cfg.mess_axis = a;
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
      {"models", false, parse_models,
       "'all' (the 32 allowed sectors) or a list of triples [1, 3, 4] / [\"14/5\", 4, 1], contents \"5+5bar\", or "
       "maps {content | n | seed002, name, variant} (docs/models.md); required except with `points`"},
      {"lambda", false, [](Ctx& c, const YAML::Node& n) { c.cfg.lambda_gev = axis(c, n, "lambda"); },
       "Lambda = F/S in GeV: list, or {from, to, step} / {from, to, count, log: true} (grids)"},
      {"tanb", false, [](Ctx& c, const YAML::Node& n) { c.cfg.tanb = axis(c, n, "tanb"); },
       "tan(beta) values (> 1): list or range (grids)"},
      {"mess", false, [](Ctx& c, const YAML::Node& n) { set_mess_axis(c, n, MessAxis::kGeV); },
       "messenger scale M in GeV: list or range (every M above every Lambda); or one of:"},
      {"mess_over_lambda", false, [](Ctx& c, const YAML::Node& n) { set_mess_axis(c, n, MessAxis::kMessOverLambda); },
       "M tied to Lambda: the ratios r = M/Lambda (> 1), list or range (M = 2 Lambda: SPS8-like lines)"},
      {"x", false, [](Ctx& c, const YAML::Node& n) { set_mess_axis(c, n, MessAxis::kX); },
       "M tied to Lambda: x = Lambda/M in (0, 1), list or range"},
      {"points", false, [](Ctx& c, const YAML::Node& n) { parse_points(c, n, c.cfg); c.cfg.shape = ScanShape::kPoints; },
       "instead of the grid: a list of points {model, lambda, mess | mess_over_lambda | x, tanb, sign_mu} or {csv: FILE}"},
      {"samples", false,
       [](Ctx& c, const YAML::Node& n) {
         c.cfg.samples = parse_samples(c, n);
         c.cfg.shape = ScanShape::kSamples;
       },
       "instead of the grid: random samples {count, seed, method: uniform|latin_hypercube, lambda, tanb, "
       "mess | mess_over_lambda | x: {from, to, log}}"},
      {"sign_mu", false,
       [](Ctx& c, const YAML::Node& n) {
         const double s = number(c, n, "sign_mu");
         if (s != 1 && s != -1) c.bad_value(n, "sign_mu", "must be +1 or -1, got " + n.Scalar());
         c.cfg.sign_mu = int(s);
       },
       "+1 (default) or -1"},
      {"c_grav", false,
       [](Ctx& c, const YAML::Node& n) {
         const double g = number(c, n, "c_grav");
         if (!std::isfinite(g) || !(g > 0)) c.bad_value(n, "c_grav", "must be a positive number, got " + n.Scalar());
         c.cfg.c_grav = g;
       },
       "gravitino mass factor, m_3/2 = c_grav F/(sqrt(3) Mbar_Pl), F = Lambda M (SLHA MINPAR 6; default 1)"},
      {"method", false,
       [](Ctx& c, const YAML::Node& n) {
         c.physics["method"] = scalar(c, n, "method");
         c.physics_nodes["method"] = n;
       },
       "kn99 (default) or modern"},
      {"settings", false, parse_settings,
       "map: preset default|paper, mt_higgs msbar|pole|running|<GeV>, loops 1|2, eps6, higgs_eft on|off, include_stau_tadpole, "
       "check_perturbativity (flag alpha_a > 0.2 below 2e16 GeV), mh_uncertainty (modern: estimate the M_h uncertainty, default true)"},
      {"sm_inputs", false, parse_sm_inputs,
       "kn99 | pdg2024 | map {base: kn99|pdg2024, mz, gf, alpha_em_inv, sin2w, alpha_s, mt_pole, mb_mb, mtau_pole}"},
      {"output", false, [](Ctx& c, const YAML::Node& n) { c.cfg.output = scalar(c, n, "output"); },
       "output HDF5 path (the -o option overrides it)"},
  };
  return table;
}

void finish_grid(Ctx& c);
void finish_one_dimensional(Ctx& c);
void check_shape_keys(Ctx& c);

/// Resolves the physics options and checks the grid, list or samples as a whole.
void finish(Ctx& c) {
  check_shape_keys(c);
  const bool stau_tadpole = c.cfg.settings.include_stau_tadpole;
  const bool check_perturbativity = c.cfg.settings.check_perturbativity_to_gut;
  const bool mh_uncertainty = c.cfg.settings.mh_uncertainty;
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
    c.bad_value(it == c.physics_nodes.end() ? c.root : it->second, shown.count(e.option) ? shown.at(e.option) : e.option,
           e.what());
  }
  c.cfg.settings.include_stau_tadpole = stau_tadpole;
  c.cfg.settings.check_perturbativity_to_gut = check_perturbativity;
  c.cfg.settings.mh_uncertainty = mh_uncertainty;
  try {
    c.cfg.settings.validate();
  } catch (const InputError& e) {
    c.bad_value(c.root["settings"] ? c.root["settings"] : c.root, "settings", e.what());
  }
  for (const auto& kv : c.sm_overrides) c.cfg.sm.*(sm_fields().at(kv.first)) = kv.second.first;

  if (c.cfg.one_dimensional())
    finish_one_dimensional(c);
  else
    finish_grid(c);
}

/// The keys a shape needs and forbids.
void check_shape_keys(Ctx& c) {
  const auto& r = c.root;
  const char* shape = shape_name(c.cfg.shape);
  if (r["points"] && r["samples"]) c.fail(r["samples"], "samples", "give either points or samples, not both");
  const bool grid = !c.cfg.one_dimensional();
  for (const char* k : {"lambda", "tanb", "mess", "mess_over_lambda", "x"})
    if (!grid && r[k]) c.fail(r[k], k, std::string("not used with `") + shape + "` (each point has its own values)");
  if (grid || c.cfg.shape == ScanShape::kSamples)
    if (!r["models"]) c.fail(r, "models", "required key is missing");
  if (!grid) return;
  for (const char* k : {"lambda", "tanb"})
    if (!r[k]) c.fail(r, k, "required key is missing");
  if (!r["mess"] && !r["mess_over_lambda"] && !r["x"])
    c.fail(r, "mess", "required key is missing (or give mess_over_lambda or x)");
}

/// Checks the grid as a whole (M axis independent or tied to Lambda).
void finish_grid(Ctx& c) {
  const auto& r = c.root;
  for (double l : c.cfg.lambda_gev) {
    if (!(l > 0)) c.bad_value(r["lambda"], "lambda", "Lambda must be positive, got " + fmt(l) + " GeV");
    if (l < kMinLambdaGev || l > kMaxLambdaGev)
      c.bad_value(r["lambda"], "lambda", "Lambda = " + fmt(l) + " GeV is outside the range [" + fmt(kMinLambdaGev) + ", " +
                                             fmt(kMaxLambdaGev) + "] GeV (docs/physics.md §2.1)");
  }
  for (double t : c.cfg.tanb) {
    if (t < 1) c.bad_value(r["tanb"], "tanb", "tan(beta) must be >= 1, got " + fmt(t));
    if (t == 1) c.bad_value(r["tanb"], "tanb", "tan(beta) = 1 makes the EWSB conditions singular; use values > 1");
  }
  const double lmax = c.cfg.lambda_gev.back();
  const char* mk = mess_axis_name(c.cfg.mess_axis);
  for (double m : c.cfg.mess_gev) {
    if (c.cfg.mess_axis == MessAxis::kGeV && !(m > lmax))
      c.bad_value(r["mess"], "mess",
                  "M = " + fmt(m) + " GeV is not above Lambda = " + fmt(lmax) + " GeV (every point needs M > Lambda)");
    if (c.cfg.mess_axis == MessAxis::kMessOverLambda && !(m > 1))
      c.bad_value(r[mk], mk, "the ratio M/Lambda must be > 1 (every point needs M > Lambda), got " + fmt(m));
    if (c.cfg.mess_axis == MessAxis::kX && !(m > 0 && m < 1))
      c.bad_value(r[mk], mk, "x = Lambda/M must be in (0, 1) (every point needs M > Lambda), got " + fmt(m));
  }
  const double mmax = c.cfg.mess_axis == MessAxis::kX ? lmax / c.cfg.mess_gev.front() : c.cfg.mess_at(c.cfg.mess_gev.size() - 1, lmax);
  if (mmax > kMaxMessGev)
    c.bad_value(r[mk], mk, "M = " + fmt(mmax) + " GeV is above the maximum " + fmt(kMaxMessGev) +
                               " GeV (docs/physics.md §2.1)" + (c.cfg.mess_axis == MessAxis::kGeV ? "" : " at the largest Lambda"));
  for (std::size_t i = 0; i < c.cfg.models.size(); ++i) {
    try {
      if (c.cfg.mess_axis == MessAxis::kGeV) {
        validate_scan_model(c.cfg.models[i], c.cfg.lambda_gev, c.cfg.mess_gev, c.cfg.tanb.front(), c.cfg.sign_mu);
        continue;
      }
      for (std::size_t k = 0; k < c.cfg.mess_gev.size(); ++k)
        for (double l : c.cfg.lambda_gev)
          validate_scan_model(c.cfg.models[i], {l}, {c.cfg.mess_at(k, l)}, c.cfg.tanb.front(), c.cfg.sign_mu);
    } catch (const InputError& e) {
      c.bad_value(c.model_where[i].first, c.model_where[i].second, c.cfg.models[i].name + ": " + e.what());
    }
  }
  if (double(c.cfg.models.size()) * c.cfg.mess_gev.size() * c.cfg.lambda_gev.size() * c.cfg.tanb.size() > kMaxPoints)
    c.bad_value(r, "grid", "more than " + fmt(kMaxPoints) + " points; split the scan");
}

/// Point lists (validated as read) and samples (drawn here, checked for the variant models).
void finish_one_dimensional(Ctx& c) {
  ScanConfig& cfg = c.cfg;
  if (cfg.shape == ScanShape::kSamples) {
    if (double(cfg.samples.count) * cfg.models.size() > kMaxListPoints)
      c.bad_value(c.root["samples"], "samples.count", "more than 1e8 points (samples x models); split the scan");
    draw_config_samples(cfg);
    for (const auto& p : cfg.point_list) {  // every sample within the library's ranges (PointInput::validate)
      try {
        PointInput in = cfg.models[p.model].input(p.lambda_gev, p.mess_gev, p.tanb, p.sign_mu);
        in.c_grav = cfg.c_grav;
        in.validate();
      } catch (const InputError& e) {
        c.bad_value(c.model_where[p.model].first, c.model_where[p.model].second, cfg.models[p.model].name + ": " + e.what());
      }
    }
  }
  for (auto& p : cfg.point_list)
    if (p.sign_mu == 0) p.sign_mu = cfg.sign_mu;
}

}  // namespace

namespace {
ScanConfig parse_scan_config_text(const std::string& text, const std::string& path) {
  Ctx c;
  c.path = path;
  try {
    c.root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    throw ConfigError(path + ":" + std::to_string(e.mark.line + 1) + ": yaml: " + e.msg);
  }
  if (c.root.IsNull() || !c.root.IsDefined())
    throw ConfigError(path + ":1: config: the file has no keys (it is empty or only comments); expected models, lambda, "
                             "tanb, mess, ...");
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
}  // namespace

ScanConfig parse_scan_config(const std::string& text, const std::string& path) {
  if (text.size() > kMaxConfigBytes)
    throw IoError(path + ": the config has " + std::to_string(text.size()) + " bytes, more than the limit of 1 MiB");
  if (const auto nul = text.find('\0'); nul != std::string::npos)
    throw ConfigError(path + ":" + std::to_string(1 + std::count(text.begin(), text.begin() + long(nul), '\n')) +
                      ": config: the file contains a NUL byte (it is not a text file)");
  try {
    return parse_scan_config_text(text, path);
  } catch (const YAML::Exception& e) {  // yaml-cpp's own (an alias or a node it cannot convert): located
    throw ConfigError(path + ":" + std::to_string(e.mark.line + 1) + ": yaml: " + e.msg);
  }
}

ScanConfig load_scan_config(const std::string& path) {
  // Only a regular file of bounded size is read: a FIFO or /dev/urandom would block or never end.
  std::error_code ec;
  const auto st = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(st)) throw IoError(path + ": cannot read the config file (it does not exist)");
  if (!std::filesystem::is_regular_file(st))
    throw IoError(path + ": the config is not a regular file (a directory, FIFO or device cannot be a config)");
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw IoError(path + ": cannot read the config file (" + ec.message() + ")");
  if (size > kMaxConfigBytes)
    throw IoError(path + ": the config file has " + std::to_string(size) + " bytes, more than the limit of " +
                  std::to_string(kMaxConfigBytes) + " (1 MiB)");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path + ": cannot read the config file");
  std::string text(kMaxConfigBytes + 1, '\0');
  in.read(&text[0], std::streamsize(text.size()));
  if (in.bad()) throw IoError(path + ": cannot read the config file");
  text.resize(std::size_t(in.gcount()));
  if (text.size() > kMaxConfigBytes) throw IoError(path + ": the config file grew beyond 1 MiB while being read");
  return parse_scan_config(text, path);
}

std::vector<std::pair<std::string, std::string>> config_keys_help() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& s : key_table()) out.emplace_back(std::string(s.name) + (s.required ? " (required)" : ""), s.help);
  return out;
}

std::string settings_json(const Settings& s) {
  json::Json o;
  o["method"] = method_name(s.method);
  o["rge_loops"] = s.rge_loops;
  o["mt_higgs"] = top_mass_choice_name(s.mt_higgs);
  o["mt_higgs_fixed_gev"] = json::number(s.mt_higgs_fixed_gev);
  o["eps6"] = json::number(s.eps6);
  o["modern_higgs_eft"] = s.modern_higgs_eft ? 1 : 0;
  o["include_stau_tadpole"] = s.include_stau_tadpole ? 1 : 0;
  o["check_perturbativity_to_gut"] = s.check_perturbativity_to_gut ? 1 : 0;
  o["msusy_rel_tol"] = json::number(s.msusy_rel_tol);
  o["max_iterations"] = s.max_iterations;
  o["ode_rel_tol"] = json::number(s.ode_rel_tol);
  o["perturbative_limit"] = json::number(s.perturbative_limit);
  o["mh_uncertainty"] = s.mh_uncertainty ? 1 : 0;
  return o.dump();
}

std::string sm_inputs_json(const SMInputs& sm) {
  json::Json o = json::Json::object();
  for (const auto& f : sm_fields()) o[f.first] = json::number(sm.*(f.second));
  return o.dump();
}

}  // namespace gmsb::scan
