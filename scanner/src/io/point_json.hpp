#pragma once
/// \file point_json.hpp
/// The JSON object of one point, as `gmsb point --json` prints it and the Python module's
/// `gmsb.point(...).to_dict()` returns it (one definition for both).
///
/// \code
///   std::cout << gmsb::json::point_json(in, settings.method, calc.compute(in)).dump() << "\n";
/// \endcode

#include "gmsb/point.hpp"
#include "gmsb/settings.hpp"
#include "io/json_values.hpp"

namespace gmsb::json {

/// Keys and their order are part of the interface (tests/data/golden/point); new keys go at the end.
Json point_json(const PointInput& in, HiggsMethod method, const PointResult& r);

}  // namespace gmsb::json
