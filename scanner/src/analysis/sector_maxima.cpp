#include "analysis/sector_maxima.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>

namespace gmsb::analysis {

std::vector<SectorMaximum> sector_maxima(const scanfile::ScanFileReader& file, double mess_gev,
                                         double lambda_max_gev) {
  const auto& info = file.info();
  const std::size_t k = file.mess_index(mess_gev);
  bool any = false;
  for (double l : info.lambda_gev) any = any || l <= lambda_max_gev * (1 + 1e-9);
  if (!any) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "no Lambda in %s is <= %g GeV (smallest: %g GeV)", info.path.c_str(),
                  lambda_max_gev, info.lambda_gev.front());
    throw std::invalid_argument(buf);
  }
  std::vector<SectorMaximum> out;
  for (std::size_t m = 0; m < info.models.size(); ++m) {
    SectorMaximum s;
    s.n = info.models[m];
    s.name = info.model_names[m];
    s.variant = info.model_variants[m];
    s.max = find_higgs_maximum(info.lambda_gev, info.tanb, file.plane("mh", m, k), file.status_plane(m, k),
                               lambda_max_gev);
    out.push_back(std::move(s));
  }
  return out;
}

double default_mess(const scanfile::ScanFileInfo& info, std::string& note) {
  note.clear();
  if (info.mess_gev.size() == 1) return info.mess_gev[0];
  std::string list;
  for (double m : info.mess_gev) {
    if (info.mess_axis == "mess" && std::abs(m - 1e8) <= 1e-6 * 1e8) {
      note = "the file has several messenger scales; using M = 1e8 GeV (the seed's; choose with --mess)";
      return m;
    }
    char b[32];
    std::snprintf(b, sizeof b, "%g", m);
    list += (list.empty() ? "" : ", ") + std::string(b);
  }
  throw std::invalid_argument("the file has several messenger scales (" + info.mess_axis + " = " + list +
                              (info.mess_axis == "mess" ? " GeV" : "") + "): choose one with --mess");
}

std::vector<double> parse_number_list(const std::string& text, const std::string& what) {
  std::vector<double> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const std::size_t comma = text.find(',', pos);
    const std::string item = text.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
    char* end = nullptr;
    const double v = std::strtod(item.c_str(), &end);
    if (item.empty() || *end != '\0' || !std::isfinite(v) || v <= 0)
      throw std::invalid_argument(what + ": '" + item + "' is not a positive number");
    out.push_back(v);
    if (comma == std::string::npos) break;
    pos = comma + 1;
  }
  return out;
}

}  // namespace gmsb::analysis
