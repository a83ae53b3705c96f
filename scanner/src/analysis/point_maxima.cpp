#include "analysis/point_maxima.hpp"

#include <cmath>

namespace gmsb::analysis {

std::vector<PointMaximum> point_maxima(const scanfile::ScanFileReader& file, double lambda_max_gev) {
  const scanfile::ScanFileInfo& info = file.info();
  std::vector<PointMaximum> out(info.models.size());
  for (std::size_t m = 0; m < out.size(); ++m) {
    out[m].n = info.models[m];
    out[m].name = info.model_names[m];
  }
  const std::vector<double> mh = file.array("mh");
  const std::vector<std::uint32_t> status = file.status_array();
  const auto& p = info.points;
  for (std::size_t i = 0; i < mh.size(); ++i) {
    if (!(p.lambda_gev[i] <= lambda_max_gev)) continue;
    PointMaximum& r = out[std::size_t(p.model[i])];
    ++r.n_points;
    if (status[i] != 0 || !std::isfinite(mh[i])) continue;
    ++r.n_allowed;
    if (r.found && !(mh[i] > r.mh_gev)) continue;  // the first point of the largest value
    r.found = true;
    r.mh_gev = mh[i];
    r.lambda_gev = p.lambda_gev[i];
    r.mess_gev = p.mess_gev[i];
    r.tanb = p.tanb[i];
  }
  return out;
}

}  // namespace gmsb::analysis
