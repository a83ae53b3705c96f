// The lightest point of a sector whose M_h reaches a target within its uncertainty (issue 12).
#include "analysis/higgs_target.hpp"
#include "analysis/plane_neighbours.hpp"

#include <cmath>
#include <stdexcept>

namespace gmsb::analysis {

HiggsTarget find_lightest_reaching(const std::vector<double>& lambda_gev, const std::vector<double>& tanb,
                                   const std::vector<double>& mh, const std::vector<double>& dmh,
                                   const std::vector<std::uint32_t>& status, double target_gev) {
  const std::size_t nl = lambda_gev.size(), nt = tanb.size();
  if (mh.size() != nl * nt || status.size() != nl * nt || (!dmh.empty() && dmh.size() != nl * nt))
    throw std::invalid_argument("find_lightest_reaching: plane size does not match the Lambda and tan(beta) axes");
  auto at = [&](std::size_t il, std::size_t it) { return il * nt + it; };
  auto delta = [&](std::size_t k) { return dmh.empty() || !std::isfinite(dmh[k]) ? 0.0 : dmh[k]; };
  HiggsTarget best;
  for (std::size_t il = 0; il < nl; ++il) {
    for (std::size_t it = 0; it < nt; ++it) {
      const std::size_t k = at(il, it);
      if (status[k] != 0 || !std::isfinite(mh[k]) || mh[k] + delta(k) < target_gev) continue;
      ++best.n_reaching;
      // Lambda is the outer index: the first Lambda with a point is the smallest.
      if (!best.found || (il == best.i_lambda && mh[k] > best.mh_gev)) {
        best.found = true;
        best.i_lambda = il, best.i_tanb = it;
        best.mh_gev = mh[k], best.dmh_gev = delta(k);
      }
    }
  }
  if (!best.found) return best;
  best.lambda_gev = lambda_gev[best.i_lambda];
  best.tanb = tanb[best.i_tanb];
  best.boundary_status = neighbour_status(status, nl, nt, best.i_lambda, best.i_tanb);
  return best;
}

}  // namespace gmsb::analysis
