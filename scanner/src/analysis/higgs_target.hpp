#pragma once
/// \file higgs_target.hpp
/// The 125 GeV question of one messenger sector: the lightest point (smallest Lambda) of a
/// Lambda-tan(beta) plane whose M_h reaches a target within its theory uncertainty
/// (M_h + Delta M_h >= target; docs/physics.md §7.5), and whether it sits next to an excluded
/// region (the boundary marks of `gmsb table`). Pure functions on plain arrays.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gmsb/status.hpp"

namespace gmsb::analysis {

struct HiggsTarget {
  bool found = false;          ///< false: no allowed point reaches the target
  std::size_t i_lambda = 0, i_tanb = 0;
  double lambda_gev = 0, tanb = 0;
  double mh_gev = 0;           ///< M_h of the point
  double dmh_gev = 0;          ///< its uncertainty (0 where the plane has none)
  std::size_t n_reaching = 0;  ///< allowed points that reach the target
  /// Union of the status bits of the excluded grid neighbours (tan(beta) +-1, Lambda +-1).
  StatusMask boundary_status = 0;
  bool on_boundary() const { return boundary_status != 0; }
  std::vector<std::string> boundary_reasons() const { return status_names(boundary_status); }
};

/// Among the allowed points (status 0, finite M_h) with M_h + Delta M_h >= target_gev, the one
/// with the smallest Lambda; at that Lambda the tan(beta) with the largest M_h (ties: the first
/// in storage order). `dmh` may be empty (no uncertainty known: Delta M_h = 0); a NaN entry counts
/// as 0. Planes are stored Lambda-major (value(i_lambda, i_tanb) = v[i_lambda * n_tanb + i_tanb]).
/// Throws std::invalid_argument if the sizes do not match the axes.
HiggsTarget find_lightest_reaching(const std::vector<double>& lambda_gev, const std::vector<double>& tanb,
                                   const std::vector<double>& mh, const std::vector<double>& dmh,
                                   const std::vector<std::uint32_t>& status, double target_gev);

}  // namespace gmsb::analysis
