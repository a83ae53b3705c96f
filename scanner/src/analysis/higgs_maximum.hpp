#pragma once
/// \file higgs_maximum.hpp
/// The largest allowed Higgs mass of one messenger sector in a Lambda-tan(beta) plane of a scan
/// (the seed's Table 1 entry), and whether that maximum sits on the edge of an excluded region
/// (the seed's asterisk). Pure functions on plain arrays.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gmsb/status.hpp"

namespace gmsb::analysis {

/// Where the largest allowed M_h of a plane is.
struct HiggsMaximum {
  bool found = false;          ///< false: no allowed point with Lambda <= the limit
  double mh_gev = 0;           ///< the largest allowed M_h
  std::size_t i_lambda = 0, i_tanb = 0;
  double lambda_gev = 0, tanb = 0;
  std::size_t n_allowed = 0;   ///< allowed points (status 0) in the searched region
  /// Union of the status bits of the excluded grid neighbours (tan(beta) +-1 and Lambda +-1 within
  /// the searched region). Non-zero means the maximum is on the boundary of an excluded region.
  StatusMask boundary_status = 0;

  bool on_boundary() const { return boundary_status != 0; }
  /// Names of the boundary reasons ("stau_tachyon", "no_ewsb", ...), empty when not on a boundary.
  std::vector<std::string> boundary_reasons() const { return status_names(boundary_status); }
};

/// Finds the largest M_h over all points with status == 0 ("allowed") and Lambda <= lambda_max_gev
/// in a plane stored Lambda-major: value(i_lambda, i_tanb) = mh[i_lambda * tanb.size() + i_tanb].
/// Ties keep the first point in storage order. Points with a non-finite M_h are never allowed.
/// The maximum is on a boundary when a grid neighbour in tan(beta) or Lambda that lies in the
/// searched region (Lambda <= lambda_max_gev) has a non-zero status: the maximum is then limited by
/// that exclusion rather than by the physics of M_h or by the Lambda limit.
/// Throws std::invalid_argument if the array sizes do not match the axes.
HiggsMaximum find_higgs_maximum(const std::vector<double>& lambda_gev, const std::vector<double>& tanb,
                                const std::vector<double>& mh, const std::vector<std::uint32_t>& status,
                                double lambda_max_gev);

}  // namespace gmsb::analysis
