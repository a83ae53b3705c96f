#include "config/scan_shape_config.hpp"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "config/random_samples.hpp"
#include "config/scan_model_config.hpp"

namespace gmsb::scan {

namespace {

/// The index in cfg.models of the model named or described by `text`, adding it if new.
std::size_t resolve_model(ScanConfig& cfg, const std::string& text) {
  for (std::size_t i = 0; i < cfg.models.size(); ++i)
    if (cfg.models[i].name == text) return i;
  ScanModel m = model_from_text(text);  // throws InputError for a bad triple / content
  for (std::size_t i = 0; i < cfg.models.size(); ++i)
    if (cfg.models[i].n == m.n && cfg.models[i].variant_json == m.variant_json && cfg.models[i].minimal() == m.minimal())
      return i;
  for (const auto& other : cfg.models)  // "1,1,1" beside the content 5+5bar: names stay unique
    if (other.name == m.name) m.name = "N=(" + m.n.to_string() + ")";
  cfg.models.push_back(m);
  return cfg.models.size() - 1;
}

/// Raw values of one point before checking, from a YAML map or a CSV row.
struct RawPoint {
  std::string model;
  double lambda = NAN, mess = NAN, tanb = NAN, sign_mu = 0;
  MessAxis mess_axis = MessAxis::kGeV;
};

/// Makes a ListPoint of `p`, adding its model; throws InputError with the reason.
ListPoint make_point(ScanConfig& cfg, const RawPoint& p) {
  ListPoint out;
  out.model = resolve_model(cfg, p.model);
  if (p.sign_mu != 0 && p.sign_mu != 1 && p.sign_mu != -1) throw InputError("sign_mu must be +1 or -1");
  if (!(p.lambda > 0)) throw InputError("Lambda must be positive, got " + fmt(p.lambda) + " GeV");
  if (p.mess_axis == MessAxis::kMessOverLambda && !(p.mess > 1))
    throw InputError("mess_over_lambda must be > 1 (M > Lambda), got " + fmt(p.mess));
  if (p.mess_axis == MessAxis::kX && !(p.mess > 0 && p.mess < 1))
    throw InputError("x = Lambda/M must be in (0, 1), got " + fmt(p.mess));
  out.lambda_gev = p.lambda;
  out.mess_gev = mess_of(p.mess_axis, p.mess, p.lambda);
  out.tanb = p.tanb;
  out.sign_mu = int(p.sign_mu);
  cfg.models[out.model].input(out.lambda_gev, out.mess_gev, out.tanb, out.sign_mu ? out.sign_mu : 1).validate();
  return out;
}

const std::vector<std::string> kMessKeys{"mess", "mess_over_lambda", "x"};

MessAxis mess_axis_of(const std::string& k) {
  return k == "mess_over_lambda" ? MessAxis::kMessOverLambda : k == "x" ? MessAxis::kX : MessAxis::kGeV;
}

void parse_inline_point(const YamlContext& c, const YAML::Node& n, const std::string& key, ScanConfig& cfg) {
  if (!n.IsMap()) c.fail(n, key, "expected a map {model, lambda, mess | mess_over_lambda | x, tanb, sign_mu}, got " + kind(n));
  check_keys(c, n, key, {"model", "lambda", "mess", "mess_over_lambda", "x", "tanb", "sign_mu"});
  RawPoint p;
  for (const char* k : {"model", "lambda", "tanb"})
    if (!n[k]) c.fail(n, key + "." + k, "required key is missing");
  const YAML::Node& model = n["model"];
  if (model.IsSequence()) {
    if (model.size() != 3) c.fail(model, key + ".model", "a triple [N1, N2, N3] needs 3 entries");
    p.model = scalar(c, model[0], key + ".model") + "," + scalar(c, model[1], key + ".model") + "," +
              scalar(c, model[2], key + ".model");
  } else {
    p.model = scalar(c, model, key + ".model");
  }
  p.lambda = number(c, n["lambda"], key + ".lambda");
  p.tanb = number(c, n["tanb"], key + ".tanb");
  int given = 0;
  for (const auto& k : kMessKeys)
    if (n[k]) {
      ++given;
      p.mess = number(c, n[k], key + "." + k);
      p.mess_axis = mess_axis_of(k);
    }
  if (given != 1) c.fail(n, key, "give exactly one of mess, mess_over_lambda or x");
  if (n["sign_mu"]) p.sign_mu = number(c, n["sign_mu"], key + ".sign_mu");
  try {
    cfg.point_list.push_back(make_point(cfg, p));
  } catch (const InputError& e) {
    c.bad_value(n, key, e.what());
  }
}

/// Splits one CSV line at commas outside double quotes; quotes are removed.
std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (char ch : line) {
    if (ch == '"') quoted = !quoted;
    else if (ch == ',' && !quoted) out.emplace_back();
    else if (ch != '\r') out.back() += ch;
  }
  for (auto& f : out) {  // trim spaces
    const auto b = f.find_first_not_of(" \t"), e = f.find_last_not_of(" \t");
    f = b == std::string::npos ? "" : f.substr(b, e - b + 1);
  }
  return out;
}

void parse_csv_points(const YamlContext& c, const YAML::Node& n, ScanConfig& cfg) {
  check_keys(c, n, "points", {"csv"});
  if (!n["csv"]) c.fail(n, "points", "expected a list of points or a map {csv: FILE}");
  std::filesystem::path file = scalar(c, n["csv"], "points.csv");
  if (file.is_relative()) file = std::filesystem::path(c.path).parent_path() / file;  // next to the config
  std::ifstream in(file);
  if (!in) throw IoError(file.string() + ": cannot read the CSV file of points (" + c.path + ": points.csv)");
  const std::string where = file.string();
  std::string line;
  std::vector<std::string> header;
  std::map<std::string, std::size_t> col;
  std::size_t row = 0;
  while (std::getline(in, line)) {
    ++row;
    if (line.find_first_not_of(" \t\r") == std::string::npos || line[line.find_first_not_of(" \t")] == '#') continue;
    const std::vector<std::string> f = csv_fields(line);
    const std::string at = where + ":" + std::to_string(row) + ": ";
    if (header.empty()) {
      header = f;
      for (std::size_t i = 0; i < f.size(); ++i) {
        static const std::vector<std::string> known{"model", "n1", "n2", "n3", "lambda", "mess", "mess_over_lambda",
                                                    "x", "tanb", "sign_mu"};
        bool ok = false;
        for (const auto& k : known) ok = ok || k == f[i];
        if (!ok)
          throw ConfigError(at + f[i] + ": unknown column (expected model or n1,n2,n3; lambda; mess, mess_over_lambda "
                                 "or x; tanb; optional sign_mu)");
        if (!col.emplace(f[i], i).second) throw ConfigError(at + f[i] + ": column given twice");
      }
      int mess_cols = 0;
      for (const auto& k : kMessKeys) mess_cols += int(col.count(k));
      const bool by_n = col.count("n1") && col.count("n2") && col.count("n3");
      if (bool(col.count("model")) == by_n || (!by_n && (col.count("n1") || col.count("n2") || col.count("n3"))))
        throw ConfigError(at + "header: give the model as one column `model` or as three columns n1,n2,n3");
      if (!col.count("lambda") || !col.count("tanb") || mess_cols != 1)
        throw ConfigError(at + "header: needs the columns lambda, tanb and exactly one of mess, mess_over_lambda, x");
      continue;
    }
    if (f.size() != header.size())
      throw ConfigError(at + "expected " + std::to_string(header.size()) + " fields, got " + std::to_string(f.size()));
    auto num = [&](const std::string& k) {
      const std::string& s = f[col.at(k)];
      char* end = nullptr;
      const double v = std::strtod(s.c_str(), &end);
      if (s.empty() || *end != '\0' || !std::isfinite(v)) throw InputError(at + k + ": expected a number, got '" + s + "'");
      return v;
    };
    RawPoint p;
    p.model = col.count("model") ? f[col.at("model")] : f[col.at("n1")] + "," + f[col.at("n2")] + "," + f[col.at("n3")];
    p.lambda = num("lambda");
    p.tanb = num("tanb");
    for (const auto& k : kMessKeys)
      if (col.count(k)) {
        p.mess = num(k);
        p.mess_axis = mess_axis_of(k);
      }
    if (col.count("sign_mu")) p.sign_mu = num("sign_mu");
    try {
      cfg.point_list.push_back(make_point(cfg, p));
    } catch (const InputError& e) {
      const std::string msg = e.what();
      throw InputError(msg.rfind(where, 0) == 0 ? msg : at + msg);
    }
    if (double(cfg.point_list.size()) > kMaxListPoints) throw InputError(at + "more than 1e8 points; split the list");
  }
  if (cfg.point_list.empty()) throw InputError(where + ": no points (a header line and at least one row)");
}

SampleRange sample_range(const YamlContext& c, const YAML::Node& n, const std::string& key) {
  if (!n.IsMap()) c.fail(n, key, "expected a range {from, to[, log: true]}, got " + kind(n));
  check_keys(c, n, key, {"from", "to", "log"});
  if (!n["from"] || !n["to"]) c.fail(n, key, "a range needs both 'from' and 'to'");
  SampleRange r;
  r.from = number(c, n["from"], key + ".from");
  r.to = number(c, n["to"], key + ".to");
  r.log = n["log"] ? boolean(c, n["log"], key + ".log") : false;
  if (!(r.to >= r.from)) c.bad_value(n, key, "empty range: 'to' = " + fmt(r.to) + " is below 'from' = " + fmt(r.from));
  if (r.log && !(r.from > 0)) c.bad_value(n["from"], key + ".from", "a log range needs from > 0, got " + fmt(r.from));
  return r;
}

}  // namespace

void parse_points(const YamlContext& c, const YAML::Node& n, ScanConfig& cfg) {
  if (n.IsMap()) return parse_csv_points(c, n, cfg);
  if (!n.IsSequence()) c.fail(n, "points", "expected a list of points or a map {csv: FILE}, got " + kind(n));
  if (n.size() == 0) c.bad_value(n, "points", "the list of points is empty");
  if (double(n.size()) > kMaxListPoints) c.bad_value(n, "points", "more than 1e8 points; split the list");
  std::size_t i = 0;
  for (const auto& item : n) parse_inline_point(c, item, "points[" + std::to_string(i++) + "]", cfg);
}

SampleSpec parse_samples(const YamlContext& c, const YAML::Node& n) {
  const std::string key = "samples";
  if (!n.IsMap()) c.fail(n, key, "expected a map {count, seed, method, lambda, tanb, mess | mess_over_lambda | x}");
  check_keys(c, n, key, {"count", "seed", "method", "lambda", "tanb", "mess", "mess_over_lambda", "x"});
  for (const char* k : {"count", "seed", "lambda", "tanb"})
    if (!n[k]) c.fail(n, key + "." + k, "required key is missing");
  SampleSpec s;
  const double count = number(c, n["count"], key + ".count");
  if (!(count >= 1) || count != std::floor(count) || count > kMaxListPoints)
    c.bad_value(n["count"], key + ".count", "must be an integer from 1 to 1e8, got " + n["count"].Scalar());
  s.count = std::size_t(count);
  const std::string seed = scalar(c, n["seed"], key + ".seed");
  char* end = nullptr;
  errno = 0;
  const unsigned long long v = std::strtoull(seed.c_str(), &end, 10);
  if (seed.empty() || seed[0] == '-' || *end != '\0' || errno == ERANGE)
    c.bad_value(n["seed"], key + ".seed", "must be an integer from 0 to 2^64-1, got '" + seed + "'");
  s.seed = v;
  if (n["method"]) {
    const std::string m = scalar(c, n["method"], key + ".method");
    if (m == "latin_hypercube") s.method = SampleMethod::kLatinHypercube;
    else if (m != "uniform") c.bad_value(n["method"], key + ".method", "expected uniform or latin_hypercube, got '" + m + "'");
  }
  s.lambda = sample_range(c, n["lambda"], key + ".lambda");
  s.tanb = sample_range(c, n["tanb"], key + ".tanb");
  int given = 0;
  for (const auto& k : kMessKeys)
    if (n[k]) {
      ++given;
      s.mess = sample_range(c, n[k], key + "." + k);
      s.mess_axis = mess_axis_of(k);
    }
  if (given != 1) c.fail(n, key, "give exactly one range of mess, mess_over_lambda or x");
  if (!(s.lambda.from > 0)) c.bad_value(n["lambda"], key + ".lambda", "Lambda must be positive");
  if (!(s.tanb.from > 1)) c.bad_value(n["tanb"], key + ".tanb", "tan(beta) must be > 1, got from = " + fmt(s.tanb.from));
  const std::string mk = std::string(key) + "." + mess_axis_name(s.mess_axis);
  if (s.mess_axis == MessAxis::kGeV && !(s.mess.from > s.lambda.to))
    c.bad_value(n[mess_axis_name(s.mess_axis)], mk, "M from = " + fmt(s.mess.from) + " GeV must be above Lambda to = " +
                                                       fmt(s.lambda.to) + " GeV (every sample needs M > Lambda)");
  if (s.mess_axis == MessAxis::kMessOverLambda && !(s.mess.from > 1))
    c.bad_value(n["mess_over_lambda"], mk, "the ratio M/Lambda must be > 1, got from = " + fmt(s.mess.from));
  if (s.mess_axis == MessAxis::kX && !(s.mess.from > 0 && s.mess.to < 1))
    c.bad_value(n["x"], mk, "x = Lambda/M must be in (0, 1), got [" + fmt(s.mess.from) + ", " + fmt(s.mess.to) + "]");
  s.batches = {s.count};
  return s;
}

void draw_config_samples(ScanConfig& cfg) {
  cfg.point_list = draw_samples(cfg.samples, cfg.models.size(), cfg.sign_mu);
}

bool same_samples_but_more(const ScanConfig& a, const ScanConfig& b) {
  if (a.shape != ScanShape::kSamples || b.shape != ScanShape::kSamples) return false;
  const SampleSpec &x = a.samples, &y = b.samples;
  auto same_range = [](const SampleRange& p, const SampleRange& q) { return p.from == q.from && p.to == q.to && p.log == q.log; };
  if (!(y.count > x.count && x.seed == y.seed && x.method == y.method && x.mess_axis == y.mess_axis &&
        same_range(x.lambda, y.lambda) && same_range(x.mess, y.mess) && same_range(x.tanb, y.tanb)))
    return false;
  if (a.models.size() != b.models.size() || a.sign_mu != b.sign_mu || a.c_grav != b.c_grav) return false;
  for (std::size_t i = 0; i < a.models.size(); ++i)
    if (a.models[i].name != b.models[i].name || !(a.models[i].n == b.models[i].n) ||
        a.models[i].variant_json != b.models[i].variant_json)
      return false;
  return settings_json(a.settings) == settings_json(b.settings) && sm_inputs_json(a.sm) == sm_inputs_json(b.sm);
}

}  // namespace gmsb::scan
