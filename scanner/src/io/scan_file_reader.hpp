#pragma once
/// \file scan_file_reader.hpp
/// Reads the HDF5 files of `gmsb scan` (layout "gmsb-scan/1") for the analysis commands
/// (`gmsb table`, `gmsb fit`). Read-only; the writer lives with `gmsb scan`.
///
/// \code
///   gmsb::scanfile::ScanFileReader f("scan.h5");
///   std::size_t m = f.model_index(gmsb::parse_indices("1,1,1")), k = f.mess_index(1e8);
///   std::vector<double> mh = f.plane("mh", m, k);            // n_lambda * n_tanb, Lambda outer
///   std::vector<std::uint32_t> st = f.status_plane(m, k);
/// \endcode

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gmsb/messengers.hpp"
#include "io/json_values.hpp"
#include "io/scan_file_layout.hpp"

namespace gmsb::scanfile {

/// Root attributes, axes and model list of a scan file.
struct ScanFileInfo {
  std::string path;
  std::string format, program_version, method, config_path, config_yaml, settings_json, sm_inputs_json;
  /// settings_json and sm_inputs_json parsed (an empty object where the file has none).
  json::Json settings = json::Json::object(), sm_inputs = json::Json::object();
  std::string start_time, end_time;
  int sign_mu = 1;
  bool complete = false;
  long long points_total = 0, points_done = 0;
  std::vector<double> lambda_gev;  ///< /axes/lambda
  std::vector<double> tanb;        ///< /axes/tanb
  std::vector<double> mess_gev;    ///< /axes/mess, or the tied axis /axes/mess_over_lambda or /axes/x (mess_axis)
  std::string shape = "grid";      ///< root attribute `shape`: "grid", "points" or "samples" (older files: grid)
  std::string mess_axis = "mess";  ///< grids: root attribute `mess_axis` ("mess": M in GeV; or "mess_over_lambda", "x")
  /// The 1-D layout (point lists, samples): /points/*, one entry per point (empty for grids).
  struct Points {
    std::vector<int> model, sign_mu;
    std::vector<double> lambda_gev, mess_gev, tanb;
  } points;
  /// "M = 1e+08 GeV", or for a tied axis "M = 2 Lambda" / "x = Lambda/M = 0.5": the M-axis value v in words.
  std::string mess_label(double v) const;
  /// True for point lists and samples ([points] arrays instead of [model, M, Lambda, tan(beta)]).
  bool one_dimensional() const { return shape != "grid"; }
  std::vector<MessengerIndices> models;   ///< from /models/N1_fifths and /models/N
  std::vector<std::array<double, 3>> models_n;  ///< /models/N as stored
  std::vector<int> models_n1_fifths;      ///< /models/N1_fifths
  std::vector<std::string> model_names;   ///< /models/name
  std::vector<std::string> model_variant_json;  ///< /models/variant_json ("{}" minimal; "" if the file has none)
  std::vector<json::Json> model_variants;       ///< model_variant_json parsed (empty object: the minimal model)
  Attributes attributes;                  ///< every root string/integer attribute
};

/// An open scan file. Throws gmsb::IoError naming the file and the problem when the file
/// cannot be opened, is not "gmsb-scan/1", lacks a required dataset, or a stored JSON text
/// (attribute or dataset, named) is not valid JSON.
///
/// Files with done-marks (/bookkeeping/line_done): the planes and arrays read back give the
/// lines not marked done as not computed (NaN, status not_computed, no warnings), whatever
/// bytes the file holds there (a scan killed between writing data and marking them done); a
/// line marked done with a not_computed point, a file marked complete with lines not done, or
/// a chunk that fails its Fletcher32 checksum is an IoError naming the file and the dataset.
class ScanFileReader {
 public:
  explicit ScanFileReader(const std::string& path);
  ~ScanFileReader();
  ScanFileReader(const ScanFileReader&) = delete;
  ScanFileReader& operator=(const ScanFileReader&) = delete;

  const ScanFileInfo& info() const { return info_; }
  /// Lambda and tan(beta) values per (model, M) plane; a 1-D file is one plane of 1 x n_points
  /// (plane(q, 0, 0) and array(q) are then the points in file order).
  std::size_t n_lambda() const { return info_.one_dimensional() ? 1 : info_.lambda_gev.size(); }
  std::size_t n_tanb() const { return info_.one_dimensional() ? info_.points.model.size() : info_.tanb.size(); }
  /// The store's shape of the file: [models, M, Lambda, tan(beta)], or [1, 1, 1, points] for 1-D files.
  std::array<std::size_t, 4> grid_dims() const;

  /// Index of the model with these indices; throws std::invalid_argument listing the file's models.
  std::size_t model_index(const MessengerIndices& n) const;
  /// Index of the messenger scale equal to mess_gev (relative 1e-6); throws std::invalid_argument
  /// listing the file's values.
  std::size_t mess_index(double mess_gev) const;

  /// The Lambda-tan(beta) plane of /results/<quantity> for one model and messenger scale:
  /// n_lambda * n_tanb values, Lambda the outer index. Throws std::invalid_argument for an unknown
  /// quantity or out-of-range indices, gmsb::IoError for a 1-D file (no planes).
  std::vector<double> plane(const std::string& quantity, std::size_t model, std::size_t mess) const;
  /// The same plane of /results/status (bit masks, gmsb::StatusBit).
  std::vector<std::uint32_t> status_plane(std::size_t model, std::size_t mess) const;
  /// True if the file has /results/warnings (files of earlier versions do not).
  bool has_warnings() const;
  /// The same plane of /results/warnings (bit masks, gmsb::WarningBit); all 0 (no warnings
  /// known) for a file without the dataset.
  std::vector<std::uint32_t> warnings_plane(std::size_t model, std::size_t mess) const;

  /// The whole [model, M, Lambda, tan(beta)] array of /results/<quantity>, row-major (for
  /// resuming and tests; large files want plane()). Throws as plane().
  std::vector<double> array(const std::string& quantity) const;
  /// The whole array of /results/status.
  std::vector<std::uint32_t> status_array() const;
  /// The whole array of /results/warnings; throws std::invalid_argument if the file has none.
  std::vector<std::uint32_t> warnings_array() const;
  /// True if the file has /bookkeeping/line_done (files of earlier versions do not).
  bool has_done_marks() const { return !done_.empty(); }
  /// The done-marks per line ((model * n_mess + mess) * n_tanb + tanb), 1 = done; empty if none.
  const std::vector<std::uint8_t>& done_marks() const { return done_; }

  /// The attributes of /results/<quantity> (or status, warnings); throws as plane() and also checks the
  /// dataset's shape.
  Attributes result_attributes(const std::string& quantity) const;

 private:
  /// Opens /results/<dataset> (hid_t; the caller closes it) after checking that it exists and
  /// has the shape of the axes.
  long long open_result(const std::string& dataset) const;
  void read_done_marks();
  bool read_plane_by_blocks(long long dataset, long long mem_type, std::size_t model, std::size_t mess, void* out) const;
  void read_plane(const std::string& dataset, long long mem_type, std::size_t model, std::size_t mess, void* out) const;

  /// The bookkeeping rules above on one read plane (Lambda outer) of a dataset.
  void apply_done_marks(const std::string& dataset, std::size_t model, std::size_t mess, void* plane) const;

  long long file_ = -1;  // hid_t
  ScanFileInfo info_;
  std::vector<std::uint8_t> done_;  ///< /bookkeeping/line_done, empty if the file has none
  std::size_t lines_not_done_ = 0;
};

}  // namespace gmsb::scanfile
