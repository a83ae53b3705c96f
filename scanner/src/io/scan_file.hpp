#pragma once
/// \file scan_file.hpp
/// The scan's HDF5 file, layout "gmsb-scan/1" (docs/hdf5-layout.md): dense arrays
/// [model, M, Lambda, tan(beta)] per quantity plus a status bitmask, axes, models and the
/// provenance attributes, chunks checksummed (Fletcher32), and the per-line done-marks
/// /bookkeeping/line_done written after the data they vouch for (docs/reliability.md).
/// ScanStore (scan_store.hpp) holds the blocks being filled; ScanFileWriter creates or reopens
/// the file and writes finished lines; read_scan_file() reads a file back.
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
#include "io/scan_store.hpp"

namespace gmsb::scanfile {
class ScanFileReader;
}

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

/// Provenance written as root attributes.
struct ScanMeta {
  std::string start_time;  ///< ISO-8601 UTC
  std::string end_time;    ///< "" until complete
  bool complete = false;
};

/// The current time as ISO-8601 UTC ("2025-01-01T12:00:00Z").
std::string iso_time_now();

/// Creates or reopens a scan file and writes finished lines into it. Not thread-safe: the caller
/// serialises all calls; the caller also holds the OutputLock of the path. The file is valid
/// (readable, its done lines right) between calls and after a kill at any instant. After any
/// I/O failure the writer writes nothing more (the file keeps the state of its last complete
/// write) and every further call throws gmsb::IoError.
class ScanFileWriter {
 public:
  /// Creates a scan file for `cfg` (all points not computed) under a temporary name next to
  /// `path` (".NAME.tmp-PID"); publish() renames it to `path`. Until then `path` is untouched,
  /// and a writer destroyed unpublished removes its temporary file.
  static ScanFileWriter create(const std::string& path, const ScanConfig& cfg, const ScanMeta& meta);
  /// Reopens an existing scan file for resuming (read/write). Throws gmsb::IoError if it is not a
  /// gmsb-scan/1 file with /results/warnings and /bookkeeping/line_done (written by this version).
  static ScanFileWriter reopen(const std::string& path);
  ScanFileWriter(ScanFileWriter&& o) noexcept;
  ScanFileWriter& operator=(ScanFileWriter&&) = delete;
  ScanFileWriter(const ScanFileWriter&) = delete;
  ~ScanFileWriter();

  /// Makes the created file durable and renames it over `path` (atomic: `path` is either the
  /// old file or the new one).
  void publish();
  /// Writes the fresh lines of the blocks (every dataset, warnings and status last), flushes
  /// and syncs the file, then sets their done-marks, flushes and syncs again: a line counts as
  /// done in the file only once its data are on disk.
  void write_blocks(const std::vector<BlockData>& blocks);
  /// True if the file is written in HDF5's SWMR mode (every file of this version; not files of
  /// the HDF5 1.8 format of earlier versions, which a kill during a flush can damage).
  bool ordered() const { return ordered_; }
  /// Points of the lines marked done in the file.
  std::size_t points_done() const;
  /// Sets end_time, complete and points_done, and flushes.
  void finish(const ScanMeta& meta);
  void close();

 private:
  ScanFileWriter() = default;
  void sync(const char* what);  // H5Fflush and fsync, or fail
  void write_done();  // done_ to the file
  void reserve(const std::vector<BlockData>& blocks);  // disk space for writing them, or fail
  void open_datasets();
  void start_ordered_writing();  // SWMR writing mode, if the file's format allows it
  [[noreturn]] void fail(const std::string& what);
  long long file_ = -1;  // hid_t
  GridShape shape_;
  std::string path_, tmp_path_;        ///< tmp_path_: "" once published (or reopened)
  std::vector<std::uint8_t> done_;     ///< the done-marks as in the file
  std::vector<long long> datasets_;    ///< open /results datasets, order of dataset_names()
  bool failed_ = false;
  bool ordered_ = false;  ///< in SWMR writing mode (metadata written after what it points to)
};

/// The store's shape of an open file: its grid, or GridShape::one_dimensional for a 1-D file.
GridShape shape_of(const scanfile::ScanFileReader& r);

/// The /results datasets: every quantity of scan_quantities(), then warnings, then status.
const std::vector<std::string>& dataset_names();

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

/// Why a file without /bookkeeping/line_done (an earlier version's) cannot be resumed, naming it.
std::string no_done_marks_message(const std::string& path);

}  // namespace gmsb::scan
