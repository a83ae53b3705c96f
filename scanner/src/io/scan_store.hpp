#pragma once
/// \file scan_store.hpp
/// The grid shape of a scan and the streaming store of its results: only the write blocks that
/// are being filled (all Lambda x up to 16 tan(beta) of one (model, M) plane) are in memory,
/// plus one done-mark per line. Finished lines are taken out as BlockData and written to the
/// file (ScanFileWriter), so memory is bounded by the work in flight, not by the grid.
///
/// \code
///   gmsb::scan::ScanStore store(gmsb::scan::GridShape::of(cfg));
///   store.put_line(line, results);                   // results over all Lambda
///   for (auto& b : store.take_blocks(/*partial=*/false)) writer.write_blocks({b}, store.points_done());
/// \endcode

#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

#include "gmsb/point.hpp"
#include "config/scan_config.hpp"

namespace gmsb::scan {

/// Grid shape [n_models, n_mess, n_lambda, n_tanb].
struct GridShape {
  std::size_t models = 0, mess = 0, lambda = 0, tanb = 0;
  /// Lines per write block (and chunk) at most: kTanbBlock for grids, kPointBlock for the 1-D
  /// shapes (point lists, samples: [1, 1, 1, n_points], a line is one point).
  std::size_t block_max = kTanbBlock;
  std::size_t points() const { return models * mess * lambda * tanb; }
  std::size_t lines() const { return models * mess * tanb; }
  std::size_t planes() const { return models * mess; }
  /// tan(beta) values per chunk (and per write block): small, so that a flush rewrites only
  /// the chunks holding newly finished lines, not whole (model, M) planes.
  std::size_t tanb_block() const { return tanb < block_max ? tanb : block_max; }
  std::size_t blocks_per_plane() const { return (tanb + tanb_block() - 1) / tanb_block(); }
  std::size_t blocks() const { return planes() * blocks_per_plane(); }
  /// Write block of a line: (model * n_mess + mess) * blocks_per_plane + tanb / tanb_block.
  std::size_t block_of_line(std::size_t line) const {
    return (line / tanb) * blocks_per_plane() + (line % tanb) / tanb_block();
  }
  /// The first line of block b and its number of lines (tan(beta) values).
  std::size_t first_line_of_block(std::size_t b) const {
    return (b / blocks_per_plane()) * tanb + (b % blocks_per_plane()) * tanb_block();
  }
  std::size_t lines_in_block(std::size_t b) const {
    const std::size_t t0 = (b % blocks_per_plane()) * tanb_block();
    return tanb - t0 < tanb_block() ? tanb - t0 : tanb_block();
  }
  static constexpr std::size_t kTanbBlock = 16;
  static constexpr std::size_t kPointBlock = 1024;
  /// Row-major index of [model, mess, lambda, tanb].
  std::size_t index(std::size_t m, std::size_t k, std::size_t l, std::size_t t) const {
    return ((m * mess + k) * lambda + l) * tanb + t;
  }
  static GridShape of(const ScanConfig& c) {
    if (c.one_dimensional()) return one_dimensional(c.points());
    return {c.models.size(), c.mess_gev.size(), c.lambda_gev.size(), c.tanb.size()};
  }
  /// The shape of a 1-D scan of n points: [1, 1, 1, n], blocks of kPointBlock points.
  static GridShape one_dimensional(std::size_t n) { return {1, 1, 1, n, kPointBlock}; }
};

/// One write block (all Lambda x lines_in_block() tan(beta) of a (model, M) plane), every array
/// contiguous as [lambda][tan(beta) in block]. `fresh[j]` marks the lines (tan(beta) j of the
/// block) that this write carries; the other columns are not written.
struct BlockData {
  std::size_t block = 0;
  std::size_t n_tanb = 0;                   ///< lines (tan(beta) values) in the block
  std::vector<std::uint8_t> fresh;          ///< [j] 1: line first_line_of_block + j is in this write
  std::vector<std::vector<double>> values;  ///< [quantity][lambda * n_tanb + j], order of scan_quantities()
  std::vector<std::uint32_t> status;
  std::vector<std::uint32_t> warnings;      ///< PointResult::warnings (gmsb::WarningBit masks)
};

/// The streaming store. Not thread-safe: the driver serialises calls.
class ScanStore {
 public:
  explicit ScanStore(const GridShape& s);
  GridShape shape;

  /// Line number of (model, mess, tanb) (the unit of work): (model * n_mess + mess) * n_tanb + tanb.
  std::size_t line_id(std::size_t m, std::size_t k, std::size_t t) const { return (m * shape.mess + k) * shape.tanb + t; }
  /// Marks a line done without data (it is in the file already: resume).
  void mark_done(std::size_t line);
  /// Stores one complete line (results over all Lambda, in axis order) in its block buffer and
  /// marks it done.
  void put_line(std::size_t line, const std::vector<PointResult>& results);
  /// True if the line is done (computed in this run or already in the file).
  bool line_complete(std::size_t line) const { return done_[line] != 0; }
  /// Number of points of done lines.
  std::size_t points_done() const { return lines_done_ * shape.lambda; }
  /// The lines put since they were last taken: blocks whose lines are all done always (their
  /// buffers are freed), blocks with lines still to compute only if `partial`. In block order.
  std::vector<BlockData> take_blocks(bool partial);
  /// Block b is written only whole, never as part (its chunks on disk are damaged: --repair,
  /// where a partial write would have to read them). Call before putting its lines.
  void require_whole(std::size_t b) { whole_only_.push_back(b); }
  /// Blocks with data in memory (for tests of the memory bound).
  std::size_t blocks_in_memory() const { return buffers_.size(); }

 private:
  bool block_complete(std::size_t b) const;
  std::vector<std::uint8_t> done_;  ///< per line
  std::size_t lines_done_ = 0;
  std::map<std::size_t, BlockData> buffers_;  ///< block -> data; fresh = put, not yet taken
  std::vector<std::size_t> whole_only_;
};

}  // namespace gmsb::scan
