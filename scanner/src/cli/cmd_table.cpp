// gmsb table: the seed's Table 1 (largest allowed M_h per messenger sector) from a scan file.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <optional>

#include "analysis/analysis_input.hpp"
#include "gmsb/error.hpp"
#include "gmsb/nlsp.hpp"
#include "cli/cli_app.hpp"
#include "cli/commands.hpp"
#include "analysis/seed_results.hpp"
#include "io/json_values.hpp"
#include "io/scan_file_reader.hpp"
#include "analysis/sector_maxima.hpp"
#include "analysis/point_maxima.hpp"
#include "analysis/sector_targets.hpp"

namespace gmsb::commands {

namespace {

const char* kFooter =
    "\nThe seed's Table 1 from a scan file of `gmsb scan`: for every messenger sector, the largest\n"
    "allowed M_h (status 0) over tan(beta) and over Lambda <= --lambda, where it occurs, and a mark\n"
    "'*' when a grid neighbour (tan(beta) or Lambda) of the maximum is excluded, with the reason.\n"
    "--target-mh GEV instead lists, per sector, the lightest point (smallest Lambda) whose M_h reaches\n"
    "GEV within its theory uncertainty (M_h + dM_h >= GEV; docs/physics.md §7.5), e.g. --target-mh 125.25.";

struct TableOptions {
  std::string path;
  double lambda = seed::kTable1LambdaGev, mess = 0;
  double target_mh = 0;  ///< --target-mh (GeV); 0: the maxima table
  bool json = false, csv = false, compare = false;
};

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

std::string fmt(const char* f, double v) {
  if (!std::isfinite(v)) return "";
  char b[64];
  std::snprintf(b, sizeof b, f, v);
  return b;
}

/// The seed's Table 1 row of a minimal-model sector (none for a model variant).
std::optional<seed::Table1Row> paper_row(const analysis::SectorMaximum& r) {
  if (!r.minimal()) return std::nullopt;
  return seed::table1_row(r.n);
}

/// `--target-mh`: the lightest point of every sector reaching the target (analysis/sector_targets.hpp).
int target_table(const TableOptions& o, const scanfile::ScanFileReader& file, double mess) {
  const auto& info = file.info();
  analysis::SectorTargetColumns cols;
  const auto rows = analysis::sector_targets(file, mess, o.target_mh, cols);
  if (!cols.uncertainty)
    std::fprintf(stderr, "gmsb table: note: %s has no mh_uncertainty (method %s or an older file): dM_h = 0\n",
                 info.path.c_str(), info.method.c_str());
  auto num = [](double v) { return json::number(v); };
  if (o.json) {
    json::Json doc;
    doc["file"] = info.path;
    doc["method"] = info.method;
    doc["mess"] = num(mess);
    doc["target_mh"] = num(o.target_mh);
    doc["sign_mu"] = info.sign_mu;
    doc["complete"] = info.complete;
    json::Json& out_rows = doc["rows"] = json::Json::array();
    for (const auto& r : rows) {
      const auto& p = r.point;
      json::Json j;
      j["N"] = r.n.to_string();
      j["name"] = r.name;
      j["found"] = p.found;
      j["lambda"] = num(p.found ? p.lambda_gev : NAN);
      j["tanb"] = num(p.found ? p.tanb : NAN);
      j["tanb_msusy"] = num(r.tanb_msusy);
      j["mh"] = num(p.found ? p.mh_gev : NAN);
      j["mh_uncertainty"] = num(p.found && cols.uncertainty ? p.dmh_gev : NAN);
      j["mgluino"] = num(r.mgluino_gev);
      j["mstop1"] = num(r.mstop1_gev);
      j["m_nlsp"] = num(r.m_nlsp_gev);
      j["nlsp_kind"] = std::isfinite(r.nlsp_kind) ? json::Json(nlsp_kind_name(int(r.nlsp_kind))) : json::Json(nullptr);
      j["n_reaching"] = static_cast<int>(p.n_reaching);
      j["on_boundary"] = p.on_boundary();
      j["boundary_reasons"] = json::strings(p.boundary_reasons());
      out_rows.push_back(std::move(j));
    }
    std::cout << doc.dump() << "\n";
    return 0;
  }
  std::printf("Lightest point with M_h + dM_h >= %g GeV per messenger sector: %s\n", o.target_mh, info.path.c_str());
  std::printf("method %s, %s, sign(mu) = %+d, Lambda %g..%g TeV, tan(beta) %g..%g (%s)\n", info.method.c_str(),
              info.mess_label(mess).c_str(), info.sign_mu, info.lambda_gev.front() / 1e3, info.lambda_gev.back() / 1e3, info.tanb.front(),
              info.tanb.back(), info.attributes.string_or("tanb_convention", "input_at_msusy").c_str());
  int w = 14;
  for (const auto& r : rows) w = std::max(w, static_cast<int>(r.name.size()));
  std::printf("%-9s %-*s %8s %6s %7s %7s %8s %7s %6s %-8s  %s\n", "N", w, "content", "Lam/TeV", "tanb", "M_h", "dM_h",
              "gluino", "stop1", cols.nlsp ? "NLSP" : "", cols.nlsp ? "kind" : "", "boundary");
  for (const auto& r : rows) {
    const auto& p = r.point;
    if (!p.found) {
      std::printf("%-9s %-*s %8s  not reached on this grid (no allowed point with M_h + dM_h >= the target)\n", r.n.to_string().c_str(), w,
                  r.name.c_str(), "-");
      continue;
    }
    const std::string mark = p.on_boundary() ? "* " + join(p.boundary_reasons(), ",") : "";
    const char* kind = std::isfinite(r.nlsp_kind) ? nlsp_kind_name(int(r.nlsp_kind)) : "";
    std::printf("%-9s %-*s %8g %6g %7.2f %7.2f %8.0f %7.0f %6s %-8s  %s\n", r.n.to_string().c_str(), w, r.name.c_str(),
                p.lambda_gev / 1e3, p.tanb, p.mh_gev, p.dmh_gev, r.mgluino_gev, r.mstop1_gev,
                cols.nlsp ? fmt("%.0f", r.m_nlsp_gev).c_str() : "", kind, mark.c_str());
  }
  return 0;
}

/// Table 1 of a 1-D file (point list, samples): the largest allowed M_h per model over its points.
int table_points(const TableOptions& o, const CLI::App& app, const scanfile::ScanFileReader& file) {
  const auto& info = file.info();
  if (cli::given(app, "--mess")) throw InputError("--mess: " + info.path + " is a 1-D scan (each point has its own M)");
  if (o.compare) throw InputError("--compare-paper: the seed's Table 1 is a grid maximum; " + info.path + " is a 1-D scan");
  if (!info.complete)
    std::fprintf(stderr, "gmsb table: warning: %s is incomplete (%lld of %lld points); missing points are excluded\n",
                 info.path.c_str(), info.points_done, info.points_total);
  const auto rows = analysis::point_maxima(file, o.lambda);
  if (o.json) {
    json::Json doc;
    doc["file"] = info.path;
    doc["shape"] = info.shape;
    doc["method"] = info.method;
    doc["lambda_max"] = json::number(o.lambda);
    doc["complete"] = info.complete;
    json::Json& out = doc["rows"] = json::Json::array();
    for (const auto& r : rows) {
      json::Json j;
      j["N"] = r.n.to_string();
      j["name"] = r.name;
      j["mh_max"] = json::number(r.found ? r.mh_gev : NAN);
      j["lambda"] = json::number(r.found ? r.lambda_gev : NAN);
      j["mess"] = json::number(r.found ? r.mess_gev : NAN);
      j["tanb"] = json::number(r.found ? r.tanb : NAN);
      j["n_points"] = static_cast<int>(r.n_points);
      j["n_allowed"] = static_cast<int>(r.n_allowed);
      out.push_back(std::move(j));
    }
    std::cout << doc.dump() << "\n";
    return 0;
  }
  if (o.csv) {
    std::cout << "N,name,mh_max,lambda_gev,mess_gev,tanb,n_points,n_allowed\n";
    for (const auto& r : rows)
      std::cout << '"' << r.n.to_string() << "\",\"" << r.name << "\"," << (r.found ? fmt("%.3f", r.mh_gev) : "") << ','
                << (r.found ? fmt("%g", r.lambda_gev) : "") << ',' << (r.found ? fmt("%g", r.mess_gev) : "") << ','
                << (r.found ? fmt("%g", r.tanb) : "") << ',' << r.n_points << ',' << r.n_allowed << "\n";
    return 0;
  }
  std::printf("Largest allowed M_h per model over the points of %s (%s)\n", info.path.c_str(), info.shape.c_str());
  std::printf("method %s, Lambda <= %g TeV\n", info.method.c_str(), o.lambda / 1e3);
  int name_width = 18;
  for (const auto& r : rows) name_width = std::max(name_width, static_cast<int>(r.name.size()));
  std::printf("%-9s  %-*s %8s %8s %10s %6s %8s %8s\n", "N", name_width, "content", "M_h,max", "Lam/TeV", "M/GeV", "tanb",
              "points", "allowed");
  for (const auto& r : rows) {
    if (r.found)
      std::printf("%-9s  %-*s %8.2f %8g %10.4g %6.3g %8zu %8zu\n", r.n.to_string().c_str(), name_width, r.name.c_str(),
                  r.mh_gev, r.lambda_gev / 1e3, r.mess_gev, r.tanb, r.n_points, r.n_allowed);
    else
      std::printf("%-9s  %-*s %8s %8s %10s %6s %8zu %8zu\n", r.n.to_string().c_str(), name_width, r.name.c_str(), "none",
                  "-", "-", "-", r.n_points, r.n_allowed);
  }
  return 0;
}

int table_body(const TableOptions& o, const CLI::App& app) {
  const std::string& path = o.path;
  const double lambda_max = o.lambda;
  if (!(lambda_max > 0)) throw InputError("--lambda must be > 0");
  const bool compare = o.compare;

  scanfile::ScanFileReader file(path);
  const auto& info = file.info();
  if (info.one_dimensional()) return table_points(o, app, file);
  const double mess = analysis::messenger_scale(
      cli::given(app, "--mess") ? std::optional<double>(o.mess) : std::nullopt, info, "gmsb table");
  if (cli::given(app, "--target-mh")) {
    if (!(o.target_mh > 0)) throw InputError("--target-mh must be a positive mass in GeV");
    if (compare || o.csv) throw UsageError("--target-mh does not combine with --compare-paper or --csv");
    return target_table(o, file, mess);
  }
  if (compare && (std::abs(mess - seed::kTable1MessGev) > 1e-6 * mess ||
                  std::abs(lambda_max - seed::kTable1LambdaGev) > 1e-6 * lambda_max))
    std::fprintf(stderr, "gmsb table: note: the seed's Table 1 is for M = 1e8 GeV and Lambda <= 100 TeV; "
                         "this table is for M = %g GeV, Lambda <= %g GeV\n", mess, lambda_max);

  const auto rows = analysis::sector_maxima(file, mess, lambda_max);

  if (o.json) {
    json::Json doc;
    doc["file"] = info.path;
    doc["method"] = info.method;
    doc["mess"] = json::number(mess);
    doc["lambda_max"] = json::number(lambda_max);
    doc["sign_mu"] = info.sign_mu;
    doc["complete"] = info.complete;
    json::Json& out_rows = doc["rows"] = json::Json::array();
    for (size_t i = 0; i < rows.size(); ++i) {
      const auto& r = rows[i];
      const auto paper = paper_row(r);
      const double mh = r.max.found ? r.max.mh_gev : NAN;
      json::Json o;
      o["N"] = r.n.to_string();
      o["N1"] = json::number(r.n.n1());
      o["N2"] = r.n.n2;
      o["N3"] = r.n.n3;
      o["name"] = r.name;
      o["mh_max"] = json::number(mh);
      o["tanb"] = json::number(r.max.found ? r.max.tanb : NAN);
      o["lambda"] = json::number(r.max.found ? r.max.lambda_gev : NAN);
      o["n_allowed"] = static_cast<int>(r.max.n_allowed);
      o["on_boundary"] = r.max.on_boundary();
      o["boundary_reasons"] = json::strings(r.max.boundary_reasons());
      if (compare) {
        o["paper_mh_max"] = json::number(paper ? paper->mh_max_gev : NAN);
        o["paper_asterisk"] = paper ? json::Json(paper->asterisk) : json::Json(nullptr);
        o["diff"] = json::number(paper ? mh - paper->mh_max_gev : NAN);
      }
      out_rows.push_back(std::move(o));
    }
    std::cout << doc.dump() << "\n";
    return 0;
  }

  if (o.csv) {
    std::cout << "N,N1,N2,N3,name,mh_max,tanb,lambda_gev,on_boundary,boundary_reasons";
    if (compare) std::cout << ",paper_mh_max,paper_asterisk,diff";
    std::cout << "\n";
    for (const auto& r : rows) {
      const auto paper = paper_row(r);
      std::cout << '"' << r.n.to_string() << "\"," << fmt("%.1f", r.n.n1()) << ',' << r.n.n2 << ',' << r.n.n3 << ",\""
                << r.name << "\"," << (r.max.found ? fmt("%.3f", r.max.mh_gev) : "") << ','
                << (r.max.found ? fmt("%g", r.max.tanb) : "") << ','
                << (r.max.found ? fmt("%g", r.max.lambda_gev) : "") << ',' << (r.max.on_boundary() ? 1 : 0)
                << ',' << join(r.max.boundary_reasons(), ";");
      if (compare) {
        std::cout << ',' << (paper ? fmt("%.1f", paper->mh_max_gev) : "") << ','
                  << (paper ? (paper->asterisk ? "1" : "0") : "") << ','
                  << (paper && r.max.found ? fmt("%.3f", r.max.mh_gev - paper->mh_max_gev) : "");
      }
      std::cout << "\n";
    }
    return 0;
  }

  std::printf("Largest allowed M_h per messenger sector: %s\n", info.path.c_str());
  std::printf("method %s, %s, Lambda <= %g TeV, sign(mu) = %+d, tan(beta) %g..%g (%zu values)\n",
              info.method.c_str(), info.mess_label(mess).c_str(), lambda_max / 1e3, info.sign_mu, info.tanb.front(), info.tanb.back(),
              info.tanb.size());
  int name_width = 18;  // wider for the long names of model variants
  for (const auto& r : rows) name_width = std::max(name_width, static_cast<int>(r.name.size()));
  std::printf("%-9s %4s %2s %2s  %-*s %8s %6s %8s  %-26s", "N", "N1", "N2", "N3", name_width, "content", "M_h,max", "tanb",
              "Lam/TeV", "boundary");
  if (compare) std::printf(" %8s %7s", "paper", "diff");
  std::printf("\n");
  int n_cmp = 0;
  double sum = 0, sum2 = 0;
  for (const auto& r : rows) {
    const auto paper = paper_row(r);
    std::string mark = r.max.on_boundary() ? "* " + join(r.max.boundary_reasons(), ",") : "";
    if (r.max.found)
      std::printf("%-9s %4.1f %2d %2d  %-*s %8.2f %6g %8g  %-26s", r.n.to_string().c_str(), r.n.n1(), r.n.n2,
                  r.n.n3, name_width, r.name.c_str(), r.max.mh_gev, r.max.tanb, r.max.lambda_gev / 1e3, mark.c_str());
    else
      std::printf("%-9s %4.1f %2d %2d  %-*s %8s %6s %8s  %-26s", r.n.to_string().c_str(), r.n.n1(), r.n.n2, r.n.n3,
                  name_width, r.name.c_str(), "none", "-", "-", "no allowed point");
    if (compare) {
      if (paper) {
        std::printf(" %7.1f%s", paper->mh_max_gev, paper->asterisk ? "*" : " ");
        if (r.max.found) {
          const double d = r.max.mh_gev - paper->mh_max_gev;
          std::printf(" %+7.2f", d);
          if (!paper->asterisk) {
            ++n_cmp;
            sum += d;
            sum2 += d * d;
          }
        }
      } else {
        std::printf(" %8s", "-");
      }
    }
    std::printf("\n");
  }
  if (compare && n_cmp > 0) {
    const double mean = sum / n_cmp;
    const double sd = n_cmp > 1 ? std::sqrt(std::max(0.0, (sum2 - n_cmp * mean * mean) / (n_cmp - 1))) : 0;
    std::printf("ours - paper over %d sectors without the seed's '*': mean %+.2f GeV, standard deviation %.2f GeV\n",
                n_cmp, mean, sd);
  }
  return 0;
}

int run_table(const TableOptions& o, const CLI::App& app) {
  try {
    return table_body(o, app);
  } catch (const std::invalid_argument& e) {  // the reader's: a model, messenger scale or Lambda the file lacks
    throw InputError(e.what());
  }
}

}  // namespace

cli::Runner add_table(CLI::App& parent) {
  auto o = std::make_shared<TableOptions>();
  CLI::App* app =
      parent.add_subcommand("table", "largest allowed M_h per messenger sector from a scan file (seed Table 1)");
  app->footer(kFooter);
  app->add_option("file", o->path, "a scan file of `gmsb scan`")->required()->type_name("FILE.h5");
  cli::add_number(*app, "--lambda", o->lambda, "largest Lambda considered (default 1e5, the seed's Table 1)");
  cli::add_number(*app, "--mess", o->mess, "messenger scale (default: the file's only one, else 1e8 if present)");
  cli::add_number(*app, "--target-mh", o->target_mh,
                  "list per sector the lightest point with M_h + dM_h >= this mass (GeV), e.g. 125.25");
  app->add_flag("--compare-paper", o->compare, "add the seed's value (Kaeding & Nandi Table 1) and our difference");
  auto* json = app->add_flag("--json", o->json, "machine-readable output (JSON)");
  auto* csv = app->add_flag("--csv", o->csv, "machine-readable output (CSV)");
  json->excludes(csv);
  return [o, app] { return run_table(*o, *app); };
}

}  // namespace gmsb::commands
