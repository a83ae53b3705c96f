#pragma once
/// \file point_maxima.hpp
/// The largest allowed M_h of every model of a 1-D scan file (point list or random samples;
/// docs/hdf5-layout.md "Scan shapes"): `gmsb table` of such a file. Unlike a grid's maximum
/// (sector_maxima.hpp) there are no grid neighbours, so no boundary marks.

#include <cstddef>
#include <string>
#include <vector>

#include "gmsb/messengers.hpp"
#include "io/scan_file_reader.hpp"

namespace gmsb::analysis {

/// One model of a 1-D file with its largest allowed M_h and the point where it occurs.
struct PointMaximum {
  MessengerIndices n;
  std::string name;
  bool found = false;                                     ///< some point of the model is allowed (status 0)
  double mh_gev = 0, lambda_gev = 0, mess_gev = 0, tanb = 0;  ///< the maximum and its point
  std::size_t n_points = 0, n_allowed = 0;                ///< points of the model with Lambda <= the limit, and allowed ones
};

/// For every model of `file` (a 1-D file), the largest M_h over its points with status 0 and
/// Lambda <= lambda_max_gev, in the file's model order.
std::vector<PointMaximum> point_maxima(const scanfile::ScanFileReader& file, double lambda_max_gev);

}  // namespace gmsb::analysis
