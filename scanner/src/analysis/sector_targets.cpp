#include "analysis/sector_targets.hpp"

#include <cmath>
#include <stdexcept>

namespace gmsb::analysis {

namespace {
/// The plane of an optional dataset, empty if the file lacks it.
std::vector<double> optional_plane(const scanfile::ScanFileReader& file, const char* q, std::size_t m, std::size_t k) {
  try {
    return file.plane(q, m, k);
  } catch (const std::invalid_argument&) {
    return {};
  }
}
}  // namespace

std::vector<SectorTarget> sector_targets(const scanfile::ScanFileReader& file, double mess_gev, double target_gev,
                                         SectorTargetColumns& columns) {
  const auto& info = file.info();
  const std::size_t k = file.mess_index(mess_gev);
  std::vector<SectorTarget> out;
  columns = SectorTargetColumns{};
  for (std::size_t m = 0; m < info.models.size(); ++m) {
    SectorTarget s;
    s.n = info.models[m];
    s.name = info.model_names[m];
    const std::vector<double> dmh = optional_plane(file, "mh_uncertainty", m, k);
    const std::vector<double> nlsp = optional_plane(file, "m_nlsp", m, k);
    const std::vector<double> tanb_s = optional_plane(file, "tanb_msusy", m, k);
    columns.uncertainty = !dmh.empty(), columns.nlsp = !nlsp.empty(), columns.tanb_msusy = !tanb_s.empty();
    s.point = find_lightest_reaching(info.lambda_gev, info.tanb, file.plane("mh", m, k), dmh, file.status_plane(m, k),
                                     target_gev);
    const std::size_t i = s.point.i_lambda * info.tanb.size() + s.point.i_tanb;
    auto value = [&](const std::vector<double>& v) { return s.point.found && !v.empty() ? v[i] : NAN; };
    s.mgluino_gev = value(file.plane("mgluino", m, k));
    s.mstop1_gev = value(file.plane("mstop1", m, k));
    s.m_nlsp_gev = value(nlsp);
    s.nlsp_kind = value(optional_plane(file, "nlsp_kind", m, k));
    s.tanb_msusy = value(tanb_s);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace gmsb::analysis
