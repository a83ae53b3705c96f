#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/cli_app.hpp"
#include "cli/commands.hpp"
#include "gmsb/error.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "io/scan_file_physics.hpp"
#include "io/scan_file_reader.hpp"
#include "io/slha/slha_document.hpp"
#include "io/slha/slha_writer.hpp"

namespace gmsb::commands {

namespace {

const char* kFooter =
    "\nWrites one SLHA file per selected point of a scan file into DIR, each point recomputed with the\n"
    "file's stored settings, SM inputs and model variants; says whether the recomputed M_h equals the\n"
    "stored one. Selection (terms separated by spaces, all must hold; docs/slha.md):\n"
    "  model=1,3,4 | model=NAME   lambda=1e5,2e5   mess=1e8   tanb=29   (grid values; a key given\n"
    "  twice with '=' adds values)   lambda>=5e4  tanb<30   status=ok | status=BITNAME | status=any\n"
    "  QUANTITY>VALUE, QUANTITY<=VALUE, ... for any /results quantity (mh>120, mgluino<3000)\n"
    "Example:\n"
    "  gmsb export-slha results/table1.h5 --select \"model=1,3,4 tanb=29 status=ok mh>110\" -o slha/\n"
    "--points FILE: one point per line, 'i_model i_mess i_lambda i_tanb' (0-based, as /results).";

struct ExportOptions {
  std::string file, select, points, output;
  int max_points = 1000;
  bool force = false;
};

/// The grid index of a point, [model, M, Lambda, tan(beta)].
struct Index {
  std::size_t model, mess, lambda, tanb;
};

struct Term {
  std::string key, op, value;
};

Term split_term(const std::string& t) {
  const std::size_t p = t.find_first_of("=<>");
  if (p == std::string::npos || p == 0)
    throw InputError("--select: '" + t + "' is not KEY=VALUE, KEY<VALUE, KEY>VALUE, KEY<=VALUE or KEY>=VALUE");
  Term r{t.substr(0, p), t.substr(p, 1), t.substr(p + 1)};
  if ((r.op == "<" || r.op == ">") && !r.value.empty() && r.value[0] == '=') {
    r.op += "=";
    r.value = r.value.substr(1);
  }
  if (r.value.empty()) throw InputError("--select: '" + t + "' has no value");
  return r;
}

double select_number(const std::string& term, const std::string& text) {
  const std::optional<double> v = slha::to_number(text);
  if (!v) throw InputError("--select: in '" + term + "': '" + text + "' is not a number");
  return *v;
}

bool compare(double x, const std::string& op, double v) {
  if (op == "=") return std::fabs(x - v) <= 1e-6 * std::fabs(v);
  if (op == "<") return x < v;
  if (op == ">") return x > v;
  if (op == "<=") return x <= v;
  return x >= v;
}

/// Which values of one axis are allowed: the union of the '=' terms, intersected with the comparisons.
class AxisFilter {
 public:
  AxisFilter(std::string name, std::vector<double> values) : name_(std::move(name)), values_(std::move(values)) {
    cmp_.assign(values_.size(), true);
  }
  void add(const Term& t, const std::string& text) {
    if (t.op == "=") {
      if (eq_.empty()) eq_.assign(values_.size(), false);
      std::stringstream ss(t.value);
      for (std::string item; std::getline(ss, item, ',');) {
        const double v = select_number(text, item);
        bool found = false;
        for (std::size_t i = 0; i < values_.size(); ++i)
          if (compare(values_[i], "=", v)) eq_[i] = found = true;
        if (!found) throw InputError("--select: " + name_ + "=" + item + " is not on the file's " + name_ + " axis (" + list() + ")");
      }
    } else {
      const double v = select_number(text, t.value);
      for (std::size_t i = 0; i < values_.size(); ++i) cmp_[i] = cmp_[i] && compare(values_[i], t.op, v);
    }
  }
  bool allows(std::size_t i) const { return cmp_[i] && (eq_.empty() || eq_[i]); }

 private:
  std::string list() const {
    std::string s;
    for (std::size_t i = 0; i < values_.size() && i < 12; ++i) {
      char b[32];
      std::snprintf(b, sizeof b, "%g", values_[i]);
      s += (s.empty() ? "" : ", ") + std::string(b);
    }
    return values_.size() > 12 ? s + ", ..." : s;
  }
  std::string name_;
  std::vector<double> values_;
  std::vector<bool> eq_, cmp_;
};

std::vector<Index> select_points(const scanfile::ScanFileReader& f, const std::string& select) {
  const scanfile::ScanFileInfo& info = f.info();
  AxisFilter lambda("lambda", info.lambda_gev), tanb("tanb", info.tanb), mess("mess", info.mess_gev);
  std::vector<bool> models(info.models.size(), true);
  bool model_given = false;
  std::string status = "any";
  std::vector<std::pair<Term, std::vector<double>>> quantities;
  std::stringstream ss(select);
  for (std::string text; ss >> text;) {
    const Term t = split_term(text);
    if (t.key == "lambda") lambda.add(t, text);
    else if (t.key == "tanb") tanb.add(t, text);
    else if (t.key == "mess") mess.add(t, text);
    else if (t.key == "model") {
      if (t.op != "=") throw InputError("--select: '" + text + "': model takes '=' (a triple N1,N2,N3 or a model name)");
      if (!model_given) models.assign(models.size(), false);
      model_given = true;
      bool found = false;
      for (std::size_t k = 0; k < info.models.size(); ++k)
        if ((k < info.model_names.size() && info.model_names[k] == t.value) || info.models[k].to_string() == t.value ||
            (t.value.find(',') != std::string::npos && [&] {
              try {
                return parse_indices(t.value) == info.models[k];
              } catch (const InputError&) {
                return false;
              }
            }()))
          models[k] = found = true;
      if (!found) throw InputError("--select: '" + text + "': the file has no such model (gmsb table lists them)");
    } else if (t.key == "status") {
      if (t.op != "=") throw InputError("--select: '" + text + "': status takes '=' (ok, any or a status bit name)");
      bool known = t.value == "ok" || t.value == "any";
      for (StatusBit b : all_status_bits()) known = known || t.value == status_bit_name(b);
      if (!known) throw InputError("--select: '" + text + "': status must be ok, any or a status bit name (docs/hdf5-layout.md)");
      status = t.value;
    } else {
      if (t.op == "=") throw InputError("--select: '" + text + "': quantities take <, >, <= or >=; unknown key '" + t.key + "'");
      std::vector<double> values;
      try {
        values = f.array(t.key);
      } catch (const std::invalid_argument&) {
        throw InputError("--select: '" + text + "': unknown key or quantity '" + t.key +
                         "' (keys: model lambda tanb mess status, or a /results quantity)");
      }
      select_number(text, t.value);
      quantities.push_back({t, std::move(values)});
    }
  }
  const std::vector<std::uint32_t> st = f.status_array();
  const std::size_t nm = info.mess_gev.size(), nl = info.lambda_gev.size(), nt = info.tanb.size();
  std::vector<Index> out;
  for (std::size_t k = 0; k < models.size(); ++k)
    for (std::size_t m = 0; m < nm; ++m)
      for (std::size_t l = 0; l < nl; ++l)
        for (std::size_t t = 0; t < nt; ++t) {
          if (!models[k] || !mess.allows(m) || !lambda.allows(l) || !tanb.allows(t)) continue;
          const std::size_t flat = ((k * nm + m) * nl + l) * nt + t;
          if (status == "ok" && st[flat] != 0) continue;
          if (status != "ok" && status != "any") {
            bool set = false;
            for (StatusBit b : all_status_bits()) set = set || (status == status_bit_name(b) && has(st[flat], b));
            if (!set) continue;
          }
          bool ok = true;
          for (const auto& q : quantities)
            ok = ok && std::isfinite(q.second[flat]) && compare(q.second[flat], q.first.op, *slha::to_number(q.first.value));
          if (ok) out.push_back({k, m, l, t});
        }
  return out;
}

std::vector<Index> read_points(const scanfile::ScanFileReader& f, const std::string& path) {
  std::ifstream in(path);
  if (!in) throw IoError(path + ": cannot read the point list");
  const scanfile::ScanFileInfo& info = f.info();
  const std::size_t size[4] = {info.models.size(), info.mess_gev.size(), info.lambda_gev.size(), info.tanb.size()};
  const char* names[4] = {"i_model", "i_mess", "i_lambda", "i_tanb"};
  std::vector<Index> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    line = line.substr(0, line.find('#'));
    std::stringstream ss(line);
    std::vector<std::string> tok;
    for (std::string t; ss >> t;) tok.push_back(t);
    if (tok.empty()) continue;
    const std::string where = path + ":" + std::to_string(n) + ": ";
    if (tok.size() != 4) throw InputError(where + "expected 'i_model i_mess i_lambda i_tanb', got " + std::to_string(tok.size()) + " fields");
    std::size_t v[4];
    for (int i = 0; i < 4; ++i) {
      const std::optional<int> x = slha::to_integer(tok[i]);
      if (!x || *x < 0 || std::size_t(*x) >= size[i])
        throw InputError(where + names[i] + " must be an integer in 0.." + std::to_string(size[i] - 1) + ", got '" + tok[i] + "'");
      v[i] = std::size_t(*x);
    }
    out.push_back({v[0], v[1], v[2], v[3]});
  }
  return out;
}

std::string file_name(const scanfile::ScanFileInfo& info, const Index& p) {
  const MessengerIndices& n = info.models[p.model];
  char buf[200];
  // %.10g: distinct grid values give distinct names.
  std::snprintf(buf, sizeof buf, "model%zu_N%g-%d-%d_lambda%.10g_mess%.10g_tanb%.10g.slha", p.model, n.n1(), n.n2, n.n3,
                info.lambda_gev[p.lambda], info.mess_gev[p.mess], info.tanb[p.tanb]);
  return buf;
}

bool same_mh(double stored, double recomputed) {
  if (std::isnan(stored) && std::isnan(recomputed)) return true;
  return std::fabs(stored - recomputed) <= 1e-6 * std::fabs(stored);
}

int run_export(const ExportOptions& o, const CLI::App& app) {
  if (cli::given(app, "--select") == cli::given(app, "--points")) throw UsageError("give one of --select or --points");
  if (o.max_points < 1) throw InputError("--max must be at least 1, got " + std::to_string(o.max_points));
  const scanfile::ScanFileReader f(o.file);
  const scanfile::ScanFileInfo& info = f.info();
  const std::vector<Index> points = cli::given(app, "--select") ? select_points(f, o.select) : read_points(f, o.points);
  if (points.empty()) throw InputError("no point of " + o.file + " is selected");
  if (int(points.size()) > o.max_points)
    throw InputError(std::to_string(points.size()) + " points are selected, more than --max " +
                     std::to_string(o.max_points) + " (raise --max to write them all)");
  const Settings settings = scanfile::stored_settings(info);
  const SMInputs sm = scanfile::stored_sm_inputs(info);
  const std::vector<scan::ScanModel> models = scanfile::stored_models(info);
  std::error_code ec;
  std::filesystem::create_directories(o.output, ec);
  if (ec || !std::filesystem::is_directory(o.output)) throw IoError(o.output + ": cannot create the output directory");
  for (const Index& p : points) {
    const std::string path = (std::filesystem::path(o.output) / file_name(info, p)).string();
    if (!o.force && std::filesystem::exists(path)) throw IoError(path + ": exists (use --force to overwrite)");
  }
  const std::vector<double> mh = f.array("mh");
  const SpectrumCalculator calc(sm, settings);
  std::size_t differ = 0;
  const std::size_t nm = info.mess_gev.size(), nl = info.lambda_gev.size(), nt = info.tanb.size();
  for (const Index& p : points) {
    const PointInput in = models[p.model].input(info.lambda_gev[p.lambda], info.mess_gev[p.mess], info.tanb[p.tanb], info.sign_mu);
    const PointResult r = calc.compute(in);
    const double stored = mh[((p.model * nm + p.mess) * nl + p.lambda) * nt + p.tanb];
    std::vector<std::string> notes{"recomputed from " + std::filesystem::path(o.file).filename().string() + " point [" +
                                   std::to_string(p.model) + "," + std::to_string(p.mess) + "," +
                                   std::to_string(p.lambda) + "," + std::to_string(p.tanb) + "], model " +
                                   (p.model < info.model_names.size() ? info.model_names[p.model] : info.models[p.model].to_string())};
    const std::string path = (std::filesystem::path(o.output) / file_name(info, p)).string();
    if (!same_mh(stored, r.mh)) {
      ++differ;
      char buf[200];
      std::snprintf(buf, sizeof buf, "recomputed M_h = %.6f GeV differs from the scan file's %.6f GeV", r.mh, stored);
      notes.push_back(buf);
      std::fprintf(stderr, "gmsb export-slha: warning: %s: %s\n", path.c_str(), buf);
    }
    slha::write_file(path, slha::write(in, r, calc.sm_inputs(), calc.settings(), notes));
  }
  std::printf("wrote %zu SLHA files into %s; the recomputed M_h equals the stored one (relative 1e-6) at %zu of %zu points\n",
              points.size(), o.output.c_str(), points.size() - differ, points.size());
  return 0;
}

}  // namespace

cli::Runner add_export_slha(CLI::App& parent) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* app = parent.add_subcommand("export-slha", "SLHA files of selected points of a scan file, recomputed");
  app->footer(kFooter);
  app->add_option("file", o->file, "scan file (HDF5, gmsb scan -o)")->type_name("SCAN.h5")->required();
  app->add_option("--select", o->select, "which points: terms as below")->type_name("TEXT");
  app->add_option("--points", o->points, "or a file of grid indices")->type_name("FILE");
  app->add_option("-o,--output", o->output, "output directory (created if missing)")->type_name("DIR")->required();
  app->add_option("--max", o->max_points, "refuse to write more files than this (default 1000)")->type_name("N");
  app->add_flag("--force", o->force, "overwrite existing files");
  return [o, app] { return run_export(*o, *app); };
}

}  // namespace gmsb::commands
