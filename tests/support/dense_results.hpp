#pragma once
/// \file dense_results.hpp
/// Test support: the whole [model, M, Lambda, tan(beta)] arrays of a scan in memory, filled by
/// the driver's flush function from the blocks it hands over (the scanner itself keeps only
/// the blocks in flight, io/scan_store.hpp).

#include <cstdint>
#include <limits>
#include <vector>

#include "gmsb/status.hpp"
#include "io/scan_file.hpp"
#include "scan/scan_driver.hpp"

namespace gmsb::testing {

struct DenseResults {
  explicit DenseResults(const scan::GridShape& s)
      : shape(s),
        values(scan::scan_quantities().size(), std::vector<double>(s.points(), std::numeric_limits<double>::quiet_NaN())),
        status(s.points(), bit(StatusBit::kNotComputed)),
        warnings(s.points(), 0) {}
  scan::GridShape shape;
  std::vector<std::vector<double>> values;  ///< [quantity][point], order of scan_quantities()
  std::vector<std::uint32_t> status, warnings;
  std::size_t blocks_seen = 0;

  void add(const std::vector<scan::BlockData>& blocks) {
    const std::size_t bpp = shape.blocks_per_plane(), tb = shape.tanb_block();
    for (const auto& d : blocks) {
      ++blocks_seen;
      const std::size_t p = d.block / bpp, t0 = (d.block % bpp) * tb, m = p / shape.mess, k = p % shape.mess;
      for (std::size_t j = 0; j < d.n_tanb; ++j) {
        if (!d.fresh[j]) continue;
        for (std::size_t l = 0; l < shape.lambda; ++l) {
          const std::size_t i = shape.index(m, k, l, t0 + j), s = l * d.n_tanb + j;
          for (std::size_t q = 0; q < values.size(); ++q) values[q][i] = d.values[q][s];
          status[i] = d.status[s];
          warnings[i] = d.warnings[s];
        }
      }
    }
  }
  scan::FlushFn collector() {
    return [this](const std::vector<scan::BlockData>& b, std::size_t) { add(b); };
  }
};

}  // namespace gmsb::testing
