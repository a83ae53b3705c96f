// gmsb fit: the seed's Table 2 fit M_h,max = a + b N1 + c N2 + d ln N3 from a scan file.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include "analysis/analysis_input.hpp"
#include "gmsb/error.hpp"
#include "cli/cli_app.hpp"
#include "cli/commands.hpp"
#include "analysis/messenger_fit.hpp"
#include "analysis/seed_results.hpp"
#include "io/json_values.hpp"
#include "io/scan_file_reader.hpp"
#include "analysis/sector_maxima.hpp"

namespace gmsb::commands {

namespace {

const char* kFooter =
    "\nLeast-squares fit of the seed's Table 2 law M_h,max = a + b N1 + c N2 + d ln N3 over the\n"
    "messenger sectors of a scan file. M_h,max of a sector is its largest allowed M_h (status 0)\n"
    "over tan(beta) and Lambda <= the given Lambda (as in `gmsb table`). One fit per Lambda.\n"
    "Sectors with N3 = 0 (ln N3 undefined) or without an allowed point are skipped with a note,\n"
    "and so are sectors whose maximum has a neighbour where M_h cannot be computed (no EWSB,\n"
    "Higgs tachyon, Landau pole, no convergence): there the maximum is set by the edge of the\n"
    "computable region, not by the law (the seed's '*' entry (14/5,4,1)). A neighbouring stau\n"
    "tachyon does not skip a sector: M_h is computed there and the cut is physical.\n"
    "Model variants (a non-default `variant`, /models/variant_json) are labelled '[variant]' with\n"
    "their name wherever a sector is named, and each fit lists the variants it includes (JSON:\n"
    "variant_sectors, worst_is_variant): the seed's law was fitted to the minimal models only.";

struct FitOptions {
  std::string path, lambda;
  double mess = 0;
  bool json = false, compare = false, keep_all = false;
};

/// One fit at one Lambda, with the sectors used and the notes about skipped sectors.
struct FitAtLambda {
  double lambda_gev = 0;
  std::vector<analysis::SectorMaximum> used;
  std::vector<std::string> notes;
  MessengerFit fit;
  /// Labels of the model variants among `used`.
  std::vector<std::string> variant_labels() const;
};

/// "(N1,N2,N3)" for a minimal-model sector, "(N1,N2,N3) NAME [variant]" for a model variant.
std::string sector_label(const analysis::SectorMaximum& s) {
  return "(" + s.n.to_string() + ")" + (s.minimal() ? "" : " " + s.name + " [variant]");
}

std::vector<std::string> FitAtLambda::variant_labels() const {
  std::vector<std::string> out;
  for (const auto& s : used)
    if (!s.minimal()) out.push_back(sector_label(s));
  return out;
}

FitAtLambda fit_at(const scanfile::ScanFileReader& file, double mess, double lambda, bool keep_all) {
  FitAtLambda out;
  out.lambda_gev = lambda;
  std::vector<MessengerFitRow> rows;
  for (auto& s : analysis::sector_maxima(file, mess, lambda)) {
    if (s.n.n3 == 0) {
      out.notes.push_back(sector_label(s) + " skipped: N3 = 0, ln N3 undefined");
    } else if (!s.max.found) {
      out.notes.push_back(sector_label(s) + " skipped: no allowed point");
    } else if (!keep_all && (s.max.boundary_status & kFatalMask) != 0) {
      std::string why;
      for (const auto& r : status_names(s.max.boundary_status & kFatalMask)) why += (why.empty() ? "" : ",") + r;
      char buf[200];
      std::snprintf(buf, sizeof buf, " skipped: its maximum (%.2f GeV at tan(beta) = %g) is cut by a %s region", s.max.mh_gev,
                    s.max.tanb, why.c_str());
      out.notes.push_back(sector_label(s) + buf + " (--keep-all to include)");
    } else {
      rows.push_back({s.n.n1(), double(s.n.n2), double(s.n.n3), s.max.mh_gev});
      out.used.push_back(std::move(s));
    }
  }
  out.fit = fit_messenger_law(rows);
  return out;
}

int fit_body(const FitOptions& o, const CLI::App& app) {
  const std::string& path = o.path;
  std::vector<double> lambdas{seed::kTable1LambdaGev};
  if (cli::given(app, "--lambda")) lambdas = analysis::parse_number_list(o.lambda, "--lambda");
  const bool compare = o.compare;
  scanfile::ScanFileReader file(path);
  const auto& info = file.info();
  const double mess = analysis::messenger_scale(
      cli::given(app, "--mess") ? std::optional<double>(o.mess) : std::nullopt, info, "gmsb fit");

  std::vector<FitAtLambda> fits;
  for (double l : lambdas) fits.push_back(fit_at(file, mess, l, o.keep_all));

  if (o.json) {
    json::Json doc;
    doc["file"] = info.path;
    doc["method"] = info.method;
    doc["mess"] = json::number(mess);
    json::Json& out_fits = doc["fits"] = json::Json::array();
    for (size_t i = 0; i < fits.size(); ++i) {
      const auto& f = fits[i];
      const auto& w = f.used[f.fit.worst_row];
      const std::vector<double> coef(f.fit.coef.begin(), f.fit.coef.end());
      const std::vector<double> se(f.fit.std_error.begin(), f.fit.std_error.end());
      json::Json o;
      o["lambda"] = json::number(f.lambda_gev);
      o["n_sectors"] = static_cast<int>(f.used.size());
      o["a"] = json::number(coef[0]);
      o["b"] = json::number(coef[1]);
      o["c"] = json::number(coef[2]);
      o["d"] = json::number(coef[3]);
      o["se_a"] = json::number(se[0]);
      o["se_b"] = json::number(se[1]);
      o["se_c"] = json::number(se[2]);
      o["se_d"] = json::number(se[3]);
      o["rms"] = json::number(f.fit.rms);
      o["worst_sector"] = w.n.to_string();
      o["worst_is_variant"] = w.minimal() ? 0 : 1;
      o["variant_sectors"] = json::strings(f.variant_labels());
      o["worst_residual"] = json::number(f.fit.residuals[f.fit.worst_row]);
      o["notes"] = json::strings(f.notes);
      if (compare) {
        const auto p = seed::table2_row(f.lambda_gev);
        o["paper"] = json::numbers(p ? std::vector<double>{p->a, p->b, p->c, p->d} : std::vector<double>{});
      }
      out_fits.push_back(std::move(o));
    }
    std::cout << doc.dump() << "\n";
    return 0;
  }

  std::printf("Fit M_h,max = a + b N1 + c N2 + d ln N3 (GeV): %s\n", info.path.c_str());
  std::printf("method %s, %s, M_h,max over tan(beta) and Lambda <= the given Lambda\n", info.method.c_str(),
              info.mess_label(mess).c_str());
  std::printf("%8s %3s %15s %13s %13s %13s %6s  %s\n", "Lam/TeV", "n", "a", "b", "c", "d", "rms", "worst sector (residual)");
  for (const auto& f : fits) {
    const auto& c = f.fit.coef;
    const auto& e = f.fit.std_error;
    std::printf("%8g %3zu %7.2f +- %4.2f %5.3f +- %4.3f %5.3f +- %4.3f %5.2f +- %4.2f %6.3f  %s %+.3f\n",
                f.lambda_gev / 1e3, f.used.size(), c[0], e[0], c[1], e[1], c[2], e[2], c[3], e[3], f.fit.rms,
                sector_label(f.used[f.fit.worst_row]).c_str(), f.fit.residuals[f.fit.worst_row]);
    if (compare) {
      if (const auto p = seed::table2_row(f.lambda_gev))
        std::printf("%8s %3s %7.2f %20.3f %13.3f %13.2f\n", "paper", "", p->a, p->b, p->c, p->d);
      else
        std::printf("%8s  (the seed gives no fit at this Lambda)\n", "paper");
    }
  }
  for (const auto& f : fits) {
    const auto variants = f.variant_labels();
    if (!variants.empty()) {
      std::string list;
      for (const auto& v : variants) list += (list.empty() ? "" : ", ") + v;
      std::printf("note (Lambda = %g TeV): %zu of the %zu fitted sectors are model variants: %s\n", f.lambda_gev / 1e3,
                  variants.size(), f.used.size(), list.c_str());
    }
    for (const auto& n : f.notes) std::printf("note (Lambda = %g TeV): %s\n", f.lambda_gev / 1e3, n.c_str());
  }
  return 0;
}

int run_fit(const FitOptions& o, const CLI::App& app) {
  try {
    return fit_body(o, app);
  } catch (const std::invalid_argument& e) {  // analysis/reader: bad --lambda list, scale not in file, too few sectors
    throw InputError(e.what());
  }
}

}  // namespace

cli::Runner add_fit(CLI::App& parent) {
  auto o = std::make_shared<FitOptions>();
  CLI::App* app =
      parent.add_subcommand("fit", "fit M_h,max = a + b N1 + c N2 + d ln N3 from a scan file (seed Table 2)");
  app->footer(kFooter);
  app->add_option("file", o->path, "a scan file of `gmsb scan`")->required()->type_name("FILE.h5");
  app->add_option("--lambda", o->lambda, "Lambda values in GeV, comma-separated (default 1e5)")->type_name("LIST");
  cli::add_number(*app, "--mess", o->mess, "messenger scale (default: the file's only one, else 1e8 if present)");
  app->add_flag("--compare-paper", o->compare, "add the seed's coefficients where it gives them (50, 100, 200 TeV)");
  app->add_flag("--keep-all", o->keep_all, "fit every sector with N3 > 0 and an allowed point");
  app->add_flag("--json", o->json, "machine-readable output");
  return [o, app] { return run_fit(*o, *app); };
}

}  // namespace gmsb::commands
