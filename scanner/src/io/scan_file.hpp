#pragma once
/// \file scan_file.hpp
/// The scan's HDF5 file, layout "gmsb-scan/1" (docs/hdf5-layout.md): dense arrays
/// [model, M, Lambda, tan(beta)] per quantity plus a status bitmask, axes, models and the
/// provenance attributes. ScanStore holds the arrays in memory; ScanFileWriter creates or
/// reopens the file and writes (model, M) planes; read_scan_file() reads a file back.
///
/// \code
///   gmsb::scan::ScanFileData d = gmsb::scan::read_scan_file("results/table1.h5");
///   double mh = d.quantity("mh")[d.index(model, 0, i_lambda, i_tanb)];
/// \endcode

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "gmsb/spectrum_calculator.hpp"
#include "config/scan_config.hpp"
#include "io/scan_file_layout.hpp"

namespace gmsb::scan {

/// The layout name stored in the root attribute `format` (names: scan_file_layout.hpp).
using scanfile::kFormat;

/// One stored quantity: dataset name under /results, units, and how to read it from a point.
struct Quantity {
  const char* name;
  const char* units;
  double (*get)(const PointResult&);
};
/// All stored quantities, in a fixed order.
const std::vector<Quantity>& scan_quantities();

/// Grid shape [n_models, n_mess, n_lambda, n_tanb].
struct GridShape {
  std::size_t models = 0, mess = 0, lambda = 0, tanb = 0;
  std::size_t points() const { return models * mess * lambda * tanb; }
  std::size_t lines() const { return models * mess * tanb; }
  std::size_t planes() const { return models * mess; }
  /// tan(beta) values per chunk (and per write block): small, so that a flush rewrites only
  /// the chunks holding newly finished lines, not whole (model, M) planes.
  std::size_t tanb_block() const { return tanb < kTanbBlock ? tanb : kTanbBlock; }
  std::size_t blocks_per_plane() const { return (tanb + tanb_block() - 1) / tanb_block(); }
  /// Write block of a line: (model * n_mess + mess) * blocks_per_plane + tanb / tanb_block.
  std::size_t block_of_line(std::size_t line) const {
    return (line / tanb) * blocks_per_plane() + (line % tanb) / tanb_block();
  }
  static constexpr std::size_t kTanbBlock = 16;
  /// Row-major index of [model, mess, lambda, tanb].
  std::size_t index(std::size_t m, std::size_t k, std::size_t l, std::size_t t) const {
    return ((m * mess + k) * lambda + l) * tanb + t;
  }
  static GridShape of(const ScanConfig& c) {
    if (c.one_dimensional()) return {1, 1, 1, c.points()};  // 1-D shapes: one point per line
    return {c.models.size(), c.mess_gev.size(), c.lambda_gev.size(), c.tanb.size()};
  }
};

/// The output arrays in memory: one vector per quantity, the status and the warnings, all of
/// GridShape. Not-yet-computed points are NaN with status bit not_computed and no warnings.
struct ScanStore {
  /// All points not computed (NaN, status not_computed); `allocate` false leaves the arrays
  /// empty (for load_store, which moves them in from a file).
  explicit ScanStore(const GridShape& s, bool allocate = true);
  GridShape shape;
  std::vector<std::vector<double>> values;  ///< [quantity][point], quantity order of scan_quantities()
  std::vector<std::uint32_t> status;
  std::vector<std::uint32_t> warnings;      ///< PointResult::warnings (gmsb::WarningBit masks)

  /// Line number of (model, mess, tanb) (the unit of work): (model * n_mess + mess) * n_tanb + tanb.
  std::size_t line_id(std::size_t m, std::size_t k, std::size_t t) const { return (m * shape.mess + k) * shape.tanb + t; }
  /// Stores one complete line (results over all Lambda, in axis order).
  void put_line(std::size_t line, const std::vector<PointResult>& results);
  /// True if no point of the line carries not_computed.
  bool line_complete(std::size_t line) const;
  /// Number of points without not_computed.
  std::size_t points_done() const;
};

/// A copy of one write block (all Lambda x tanb_block() tan(beta) of a (model, M) plane) of
/// every array, contiguous as [lambda][tanb in block]. The driver copies blocks under its lock
/// and writes them without it, so threads keep computing while the file is written.
struct BlockData {
  std::size_t block = 0;
  std::vector<std::vector<double>> values;  ///< [quantity][lambda * n_in_block + t]
  std::vector<std::uint32_t> status;
  std::vector<std::uint32_t> warnings;
};
/// Copies the given blocks out of the store.
std::vector<BlockData> snapshot_blocks(const ScanStore& store, const std::vector<std::size_t>& blocks);

/// Provenance written as root attributes.
struct ScanMeta {
  std::string start_time;  ///< ISO-8601 UTC
  std::string end_time;    ///< "" until complete
  bool complete = false;
};

/// The current time as ISO-8601 UTC ("2025-01-01T12:00:00Z").
std::string iso_time_now();

/// Creates or reopens a scan file and writes blocks of a ScanStore into it. Not thread-safe:
/// the caller serialises all calls. The file is valid (readable) between calls.
class ScanFileWriter {
 public:
  /// Creates `path` for `cfg` (all points not computed). Fails if it exists unless `force`.
  static ScanFileWriter create(const std::string& path, const ScanConfig& cfg, const ScanMeta& meta, bool force);
  /// Reopens an existing scan file for resuming (read/write). Throws if it is not a gmsb-scan/1
  /// file, or (gmsb::IoError) if it has no /results/warnings (written by an earlier version).
  static ScanFileWriter reopen(const std::string& path);
  ScanFileWriter(ScanFileWriter&& o) noexcept;
  ScanFileWriter& operator=(ScanFileWriter&&) = delete;
  ScanFileWriter(const ScanFileWriter&) = delete;
  ~ScanFileWriter();

  /// Writes the blocks (GridShape::block_of_line: all Lambda x tanb_block() tan(beta) values
  /// of one (model, M) plane, i.e. one chunk column) of every dataset, warnings, then status last, sets
  /// points_done and flushes the file to disk.
  void write_blocks(const std::vector<BlockData>& blocks, std::size_t points_done);
  /// Grows a samples file to the points of `cfg` (scanfile::grow_samples, scan_shape_io.hpp).
  void grow_samples(const ScanConfig& cfg);
  /// Sets end_time, complete and points_done, and flushes.
  void finish(const ScanMeta& meta, std::size_t points_done);
  void close();

 private:
  ScanFileWriter() = default;
  long long file_ = -1;  // hid_t
  GridShape shape_;
};

/// A scan file read back whole (for resume and tests; `gmsb table` and `gmsb fit` read planes
/// with scanfile::ScanFileReader, on which read_scan_file() is built).
struct ScanFileData {
  GridShape shape;
  std::map<std::string, std::string> string_attrs;  ///< root string attributes
  std::map<std::string, long long> int_attrs;       ///< root integer attributes
  std::vector<double> lambda_gev, tanb, mess_gev;
  std::vector<std::array<double, 3>> models_n;      ///< /models/N
  std::vector<int> models_n1_fifths;
  std::vector<std::string> model_names;
  std::vector<std::string> model_variant_json;      ///< /models/variant_json ("" where the file has none)
  std::map<std::string, std::vector<double>> results;  ///< /results/<q> (empty if not read)
  std::map<std::string, std::string> units;            ///< /results/<q> attribute units
  std::vector<std::uint32_t> status;
  std::map<std::string, std::string> status_bit_attrs;  ///< attributes of /results/status
  bool has_warnings = false;                 ///< the file has /results/warnings (earlier versions: no)
  std::vector<std::uint32_t> warnings;       ///< /results/warnings (empty if not read or absent)
  std::map<std::string, std::string> warning_bit_attrs;  ///< attributes of /results/warnings

  std::size_t index(std::size_t m, std::size_t k, std::size_t l, std::size_t t) const { return shape.index(m, k, l, t); }
  /// The array of quantity `name`; throws std::out_of_range naming it if absent.
  const std::vector<double>& quantity(const std::string& name) const;
};

/// Reads a gmsb-scan/1 file. With `with_results` false only attributes, axes and models are read
/// (and the presence and shape of every /results array checked).
/// Throws gmsb::IoError with the reason (not HDF5, wrong format, missing dataset).
ScanFileData read_scan_file(const std::string& path, bool with_results = true);

/// Why a file without /results/warnings (an earlier version's) cannot be resumed, naming it.
std::string no_warnings_message(const std::string& path);

/// Fills a ScanStore from a file's results (for resuming), moving the arrays out of `data`
/// (so memory stays at one copy). Throws if the shape differs or the file has no warnings.
void load_store(ScanFileData&& data, ScanStore& store);

}  // namespace gmsb::scan
