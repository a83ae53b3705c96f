// The seed's Table 1 entry of one sector: largest allowed M_h in a scan plane (KN99 Table 1).
#include "analysis/higgs_maximum.hpp"
#include "analysis/plane_neighbours.hpp"

#include <cmath>
#include <stdexcept>

namespace gmsb::analysis {

HiggsMaximum find_higgs_maximum(const std::vector<double>& lambda_gev, const std::vector<double>& tanb,
                                const std::vector<double>& mh, const std::vector<std::uint32_t>& status,
                                double lambda_max_gev) {
  const std::size_t nl = lambda_gev.size(), nt = tanb.size();
  if (mh.size() != nl * nt || status.size() != nl * nt)
    throw std::invalid_argument("find_higgs_maximum: plane size does not match the Lambda and tan(beta) axes");
  if (!(lambda_max_gev > 0)) throw std::invalid_argument("find_higgs_maximum: the Lambda limit must be > 0");
  const double limit = lambda_max_gev * (1 + 1e-9);  // a grid value equal to the limit is included
  auto in_region = [&](std::size_t il) { return lambda_gev[il] <= limit; };
  auto at = [&](std::size_t il, std::size_t it) { return il * nt + it; };

  HiggsMaximum best;
  for (std::size_t il = 0; il < nl; ++il) {
    if (!in_region(il)) continue;
    for (std::size_t it = 0; it < nt; ++it) {
      const std::size_t k = at(il, it);
      if (status[k] != 0 || !std::isfinite(mh[k])) continue;
      ++best.n_allowed;
      if (!best.found || mh[k] > best.mh_gev) {
        best.found = true;
        best.mh_gev = mh[k];
        best.i_lambda = il;
        best.i_tanb = it;
      }
    }
  }
  if (!best.found) return best;
  best.lambda_gev = lambda_gev[best.i_lambda];
  best.tanb = tanb[best.i_tanb];
  best.boundary_status = neighbour_status(status, nl, nt, best.i_lambda, best.i_tanb, in_region);
  return best;
}

}  // namespace gmsb::analysis
