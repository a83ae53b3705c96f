// Reader of the "gmsb-scan/1" HDF5 layout (HDF5 C API); names from scan_file_layout.hpp.
#include "io/scan_file_reader.hpp"

#include "gmsb/error.hpp"

#include <cmath>
#include <cstdio>
#include <algorithm>
#include <cstring>
#include <limits>
#include <filesystem>
#include <stdexcept>
#include <type_traits>

#include "io/hdf5_handles.hpp"

namespace gmsb::scanfile {

static_assert(std::is_same<hid_t, long long>::value || sizeof(hid_t) == sizeof(long long),
              "hid_t is stored as long long");

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw IoError(path + ": " + what);
}

/// Opens a dataset, failing with a clear message if it is missing.
hid_t open_dataset(hid_t file, const std::string& name, const std::string& path) {
  if (!h5::exists(file, name)) fail(path, "missing dataset '" + name + "'");
  hid_t d = H5Dopen2(file, name.c_str(), H5P_DEFAULT);
  if (d < 0) fail(path, "cannot open dataset '" + name + "'");
  return d;
}

template <class T>
std::vector<T> read_1d(hid_t file, const std::string& name, hid_t mem_type, const std::string& path) {
  h5::Id d(open_dataset(file, name, path), H5Dclose, "open " + name);
  if (h5::dims_of(d).size() != 1) fail(path, "dataset '" + name + "' is not one-dimensional");
  return h5::read_dataset<T>(d, mem_type, name);
}

std::string format_list(const std::vector<double>& v) {
  std::string s;
  char b[32];
  for (double x : v) {
    std::snprintf(b, sizeof b, "%g", x);
    s += (s.empty() ? "" : ", ") + std::string(b);
  }
  return s;
}

/// Root attributes, axes and models of an open file.
void read_info(hid_t f, ScanFileInfo& info) {
  namespace L = layout;
  const std::string& path = info.path;
  info.attributes = h5::read_attributes(f);
  const Attributes& a = info.attributes;
  if (!a.strings.count(L::kAttrFormat)) fail(path, std::string("missing attribute '") + L::kAttrFormat + "'");
  info.format = a.strings.at(L::kAttrFormat);
  if (info.format != kFormat)
    fail(path, "format '" + info.format + "' is not '" + kFormat + "' (not a gmsb scan file?)");
  info.program_version = a.string_or(L::kAttrProgramVersion, "");
  info.method = a.string_or(L::kAttrMethod, "");
  info.config_path = a.string_or(L::kAttrConfigPath, "");
  info.config_yaml = a.string_or(L::kAttrConfigYaml, "");
  info.settings_json = a.string_or(L::kAttrSettingsJson, "");
  info.sm_inputs_json = a.string_or(L::kAttrSmInputsJson, "");
  // The provenance JSON, parsed: a file whose JSON does not parse is damaged.
  auto parse_attr = [&](const std::string& text, const char* name) {
    return text.empty() ? json::Json::object()
                        : json::parse(text, path + ": root attribute '" + std::string(name) + "'");
  };
  info.settings = parse_attr(info.settings_json, L::kAttrSettingsJson);
  info.sm_inputs = parse_attr(info.sm_inputs_json, L::kAttrSmInputsJson);
  info.start_time = a.string_or(L::kAttrStartTime, "");
  info.end_time = a.string_or(L::kAttrEndTime, "");
  info.sign_mu = static_cast<int>(a.int_or(L::kAttrSignMu, 1));
  info.complete = a.int_or(L::kAttrComplete, 0) != 0;
  info.points_total = a.int_or(L::kAttrPointsTotal, 0);
  info.points_done = a.int_or(L::kAttrPointsDone, 0);

  info.shape = a.string_or(L::kAttrShape, "grid");
  if (info.shape != "grid" && info.shape != "points" && info.shape != "samples")
    fail(path, "root attribute 'shape' is '" + info.shape + "' (expected grid, points or samples)");
  if (info.one_dimensional()) {
    auto& p = info.points;
    p.model = read_1d<int>(f, L::kPointsModel, H5T_NATIVE_INT, path);
    p.lambda_gev = read_1d<double>(f, L::kPointsLambda, H5T_NATIVE_DOUBLE, path);
    p.mess_gev = read_1d<double>(f, L::kPointsMess, H5T_NATIVE_DOUBLE, path);
    p.tanb = read_1d<double>(f, L::kPointsTanb, H5T_NATIVE_DOUBLE, path);
    p.sign_mu = read_1d<int>(f, L::kPointsSignMu, H5T_NATIVE_INT, path);
    const std::size_t n = p.model.size();
    if (n == 0 || p.lambda_gev.size() != n || p.mess_gev.size() != n || p.tanb.size() != n || p.sign_mu.size() != n)
      fail(path, "the /points datasets are empty or differ in length");
  } else {
    info.mess_axis = a.string_or(L::kAttrMessAxis, "mess");
    if (info.mess_axis != "mess" && info.mess_axis != "mess_over_lambda" && info.mess_axis != "x")
      fail(path, "root attribute 'mess_axis' is '" + info.mess_axis + "' (expected mess, mess_over_lambda or x)");
    info.lambda_gev = read_1d<double>(f, L::kAxisLambda, H5T_NATIVE_DOUBLE, path);
    info.tanb = read_1d<double>(f, L::kAxisTanb, H5T_NATIVE_DOUBLE, path);
    info.mess_gev = read_1d<double>(f, L::axis_path(info.mess_axis), H5T_NATIVE_DOUBLE, path);
  }
  info.models_n1_fifths = read_1d<int>(f, L::kModelsN1Fifths, H5T_NATIVE_INT, path);
  const std::size_t n_models = info.models_n1_fifths.size();
  {
    h5::Id d(open_dataset(f, L::kModelsName, path), H5Dclose, std::string("open ") + L::kModelsName);
    info.model_names = h5::read_strings(d, L::kModelsName);
  }
  std::vector<double> nflat;
  {
    h5::Id d(open_dataset(f, L::kModelsN, path), H5Dclose, std::string("open ") + L::kModelsN);
    const auto dims = h5::dims_of(d);
    if (dims.size() != 2 || dims[1] != 3 || dims[0] != n_models)
      fail(path, std::string(L::kModelsN) + " must be [n_models, 3] matching " + L::kModelsN1Fifths);
    nflat = h5::read_dataset<double>(d, H5T_NATIVE_DOUBLE, L::kModelsN);
  }
  if (info.model_names.size() != n_models)
    fail(path, std::string(L::kModelsName) + " and " + L::kModelsN1Fifths + " differ in length");
  if (H5Lexists(f, L::kModelsVariantJson, H5P_DEFAULT) > 0) {  // additive dataset: older files lack it
    h5::Id d(open_dataset(f, L::kModelsVariantJson, path), H5Dclose, std::string("open ") + L::kModelsVariantJson);
    info.model_variant_json = h5::read_strings(d, L::kModelsVariantJson);
    if (info.model_variant_json.size() != n_models)
      fail(path, std::string(L::kModelsVariantJson) + " and " + L::kModelsN1Fifths + " differ in length");
  } else {
    info.model_variant_json.assign(n_models, "");
  }
  for (std::size_t i = 0; i < n_models; ++i) {
    const std::string& v = info.model_variant_json[i];
    info.model_variants.push_back(v.empty() ? json::Json::object()
                                            : json::parse(v, path + ": " + L::kModelsVariantJson + "[" +
                                                                 std::to_string(i) + "]"));
    info.models_n.push_back({nflat[3 * i], nflat[3 * i + 1], nflat[3 * i + 2]});
    MessengerIndices n;
    n.n1_fifths = info.models_n1_fifths[i];
    n.n2 = static_cast<int>(std::lround(nflat[3 * i + 1]));
    n.n3 = static_cast<int>(std::lround(nflat[3 * i + 2]));
    info.models.push_back(n);
  }
  if (info.models.empty() || (!info.one_dimensional() && (info.lambda_gev.empty() || info.tanb.empty() || info.mess_gev.empty())))
    fail(path, "empty axis or model list");
  for (int m : info.points.model)
    if (m < 0 || std::size_t(m) >= n_models) fail(path, std::string(L::kPointsModel) + " has an index outside /models");
}

}  // namespace

std::string ScanFileInfo::mess_label(double v) const {
  char b[64];
  if (mess_axis == "mess_over_lambda") std::snprintf(b, sizeof b, "M = %g Lambda", v);
  else if (mess_axis == "x") std::snprintf(b, sizeof b, "x = Lambda/M = %g", v);
  else std::snprintf(b, sizeof b, "M = %g GeV", v);
  return b;
}

ScanFileReader::ScanFileReader(const std::string& path) {
  info_.path = path;
  h5::quiet_errors();
  std::error_code ec;  // a FIFO or a device would block fopen or never end (docs/reliability.md)
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec))
    fail(path, "not a regular file (a directory, FIFO or device cannot be a scan file)");
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
  } else {
    fail(path, "cannot open file");
  }
  if (H5Fis_hdf5(path.c_str()) <= 0) fail(path, "not an HDF5 file");
  file_ = h5::open_read_only(path);
  if (file_ < 0) fail(path, "cannot open HDF5 file");
  try {
    read_info(file_, info_);
    read_done_marks();
  } catch (const std::runtime_error& e) {
    H5Fclose(file_);
    file_ = -1;
    const std::string what = e.what();
    if (what.rfind(path + ": ", 0) == 0) throw;
    fail(path, what);  // an HDF5-level failure: say which file
  }
}

void ScanFileReader::read_done_marks() {
  if (!h5::exists(file_, layout::kLineDone)) return;  // an earlier version's file
  h5::Id d(open_dataset(file_, layout::kLineDone, info_.path), H5Dclose, std::string("open ") + layout::kLineDone);
  const auto g = grid_dims();
  const std::vector<hsize_t> want{g[0], g[1], g[3]};  // a 1-D file: [1, 1, points]
  if (h5::dims_of(d) != want) fail(info_.path, std::string(layout::kLineDone) + " does not have shape [models, mess, tanb]");
  done_ = h5::read_dataset<std::uint8_t>(d, H5T_NATIVE_UINT8, layout::kLineDone);
  std::size_t n_done = 0;
  for (auto x : done_) n_done += x != 0;
  lines_not_done_ = done_.size() - n_done;
  // The marks, not the attribute: that is set when a scan ends or stops, not while it runs or
  // after a kill (docs/hdf5-layout.md).
  info_.points_done = static_cast<long long>(n_done * g[2]);
  info_.attributes.ints[layout::kAttrPointsDone] = info_.points_done;
}

ScanFileReader::~ScanFileReader() {
  if (file_ >= 0) H5Fclose(file_);
}

std::size_t ScanFileReader::model_index(const MessengerIndices& n) const {
  for (size_t i = 0; i < info_.models.size(); ++i)
    if (info_.models[i] == n) return i;
  std::string list;
  for (const auto& m : info_.models) list += (list.empty() ? "" : " ") + ("(" + m.to_string() + ")");
  throw std::invalid_argument("model (" + n.to_string() + ") is not in " + info_.path + "; it has " + list);
}

std::size_t ScanFileReader::mess_index(double mess_gev) const {
  for (size_t i = 0; i < info_.mess_gev.size(); ++i)
    if (std::abs(info_.mess_gev[i] - mess_gev) <= 1e-6 * std::abs(mess_gev)) return i;
  throw std::invalid_argument("messenger scale " + format_list({mess_gev}) + " GeV is not in " + info_.path +
                              "; it has " + format_list(info_.mess_gev));
}

long long ScanFileReader::open_result(const std::string& dataset) const {
  const std::string name = layout::result_path(dataset);
  if (!h5::exists(file_, name)) throw std::invalid_argument("quantity '" + dataset + "' is not in " + info_.path);
  hid_t d = H5Dopen2(file_, name.c_str(), H5P_DEFAULT);
  if (d < 0) fail(info_.path, "cannot open dataset '" + name + "'");
  const std::vector<hsize_t> want = info_.one_dimensional()
                                        ? std::vector<hsize_t>{info_.points.model.size()}
                                        : std::vector<hsize_t>{info_.models.size(), info_.mess_gev.size(), n_lambda(), n_tanb()};
  if (h5::dims_of(d) != want) {
    H5Dclose(d);
    fail(info_.path, name + (info_.one_dimensional() ? " does not have shape [points]"
                                                     : " does not have shape [models, mess, lambda, tanb]"));
  }
  return d;
}

std::array<std::size_t, 4> ScanFileReader::grid_dims() const {
  if (info_.one_dimensional()) return {1, 1, 1, info_.points.model.size()};
  return {info_.models.size(), info_.mess_gev.size(), n_lambda(), n_tanb()};
}

void ScanFileReader::read_plane(const std::string& dataset, long long mem_type, std::size_t model, std::size_t mess,
                                void* out) const {
  const std::string name = layout::result_path(dataset);
  if (info_.one_dimensional()) {  // the one plane of a 1-D file: every point
    if (model != 0 || mess != 0)
      fail(info_.path, "is a 1-D scan (shape '" + info_.shape + "'): it has no (model, M) planes of Lambda x tan(beta)");
    h5::Id d(open_result(dataset), H5Dclose, "open " + name);
    if (H5Dread(d, static_cast<hid_t>(mem_type), H5S_ALL, H5S_ALL, H5P_DEFAULT, out) < 0)
      fail(info_.path, "cannot read " + name + ": a chunk fails its checksum or is damaged; `gmsb scan --resume --repair -o " +
                           info_.path + "` recomputes the damaged points");
    apply_done_marks(dataset, 0, 0, out);
    return;
  }
  if (model >= info_.models.size()) throw std::invalid_argument("model index out of range");
  if (mess >= info_.mess_gev.size()) throw std::invalid_argument("messenger-scale index out of range");
  h5::Id d(open_result(dataset), H5Dclose, "open " + name);
  h5::Id fs(H5Dget_space(d), H5Sclose, "get a dataspace");
  const hsize_t start[4] = {model, mess, 0, 0};
  const hsize_t count[4] = {1, 1, n_lambda(), n_tanb()};
  h5::check(H5Sselect_hyperslab(fs, H5S_SELECT_SET, start, nullptr, count, nullptr), "select a plane");
  const hsize_t mdims[1] = {n_lambda() * n_tanb()};
  h5::Id ms(H5Screate_simple(1, mdims, nullptr), H5Sclose, "make a dataspace");
  if (H5Dread(d, static_cast<hid_t>(mem_type), ms, fs, H5P_DEFAULT, out) < 0 &&
      !read_plane_by_blocks(d, static_cast<hid_t>(mem_type), model, mess, out))
    fail(info_.path, "cannot read " + name + " (model " + std::to_string(model) + ", M index " + std::to_string(mess) +
                         "): a chunk fails its checksum or is damaged; `gmsb scan --resume --repair -o " + info_.path +
                         "` recomputes the damaged lines");
  apply_done_marks(dataset, model, mess, out);
}

bool ScanFileReader::read_plane_by_blocks(long long dataset, long long mem_type, std::size_t model, std::size_t mess,
                                          void* out) const {
  // A chunk that cannot be read is harmless if none of its lines is marked done (a write that
  // failed midway): then those lines read as not computed (apply_done_marks).
  if (done_.empty()) return false;
  const std::size_t nl = n_lambda(), nt = n_tanb(), first = (model * info_.mess_gev.size() + mess) * nt;
  const std::size_t elem = H5Tget_size(static_cast<hid_t>(mem_type));
  h5::Id fs(H5Dget_space(static_cast<hid_t>(dataset)), H5Sclose, "get a dataspace");
  const hsize_t mdims[2] = {nl, nt};
  h5::Id ms(H5Screate_simple(2, mdims, nullptr), H5Sclose, "make a dataspace");
  for (std::size_t t0 = 0; t0 < nt; t0 += 16) {
    const std::size_t n = std::min<std::size_t>(16, nt - t0);
    const hsize_t start[4] = {model, mess, 0, t0}, count[4] = {1, 1, nl, n}, mstart[2] = {0, t0}, mcount[2] = {nl, n};
    h5::check(H5Sselect_hyperslab(fs, H5S_SELECT_SET, start, nullptr, count, nullptr), "select a block");
    h5::check(H5Sselect_hyperslab(ms, H5S_SELECT_SET, mstart, nullptr, mcount, nullptr), "select a block");
    if (H5Dread(static_cast<hid_t>(dataset), static_cast<hid_t>(mem_type), ms, fs, H5P_DEFAULT, out) >= 0) continue;
    for (std::size_t t = t0; t < t0 + n; ++t)
      if (done_[first + t]) return false;
    for (std::size_t l = 0; l < nl; ++l)  // defined bytes; apply_done_marks sets the values
      std::memset(static_cast<char*>(out) + (l * nt + t0) * elem, 0, n * elem);
  }
  return true;
}

void ScanFileReader::apply_done_marks(const std::string& dataset, std::size_t model, std::size_t mess,
                                      void* plane) const {
  if (done_.empty()) return;
  if (info_.complete && lines_not_done_ > 0)  // checked on reading, so that --resume can open and finish it
    fail(info_.path, "inconsistent bookkeeping: the file is marked complete but " + std::to_string(lines_not_done_) +
                         " lines are not marked done; `gmsb scan --resume -o " + info_.path + "` computes them");
  const std::size_t nl = n_lambda(), nt = n_tanb(), first = (model * info_.mess_gev.size() + mess) * nt;
  const bool is_status = dataset == layout::kStatus, is_warnings = dataset == layout::kWarnings;
  const std::uint32_t not_computed = 1u << 31;
  for (std::size_t t = 0; t < nt; ++t) {
    const bool done = done_[first + t] != 0;
    for (std::size_t l = 0; l < nl; ++l) {
      const std::size_t i = l * nt + t;
      if (is_status) {
        auto* st = static_cast<std::uint32_t*>(plane);
        if (done && (st[i] & not_computed))
          fail(info_.path, "inconsistent bookkeeping: " + layout::result_path(dataset) + " has a point not computed in a line "
                           "marked done (model " + std::to_string(model) + ", M index " + std::to_string(mess) +
                           ", tan(beta) index " + std::to_string(t) + "); `gmsb scan --resume --repair -o " + info_.path +
                           "` recomputes it");
        if (!done) st[i] = not_computed;
      } else if (!done) {
        if (is_warnings) static_cast<std::uint32_t*>(plane)[i] = 0;
        else static_cast<double*>(plane)[i] = std::numeric_limits<double>::quiet_NaN();
      }
    }
  }
}

std::vector<double> ScanFileReader::plane(const std::string& quantity, std::size_t model, std::size_t mess) const {
  if (quantity == layout::kStatus || quantity == layout::kWarnings)
    throw std::invalid_argument("use status_plane() or warnings_plane() for the bit masks");
  std::vector<double> v(n_lambda() * n_tanb());
  read_plane(quantity, H5T_NATIVE_DOUBLE, model, mess, v.data());
  return v;
}

std::vector<std::uint32_t> ScanFileReader::status_plane(std::size_t model, std::size_t mess) const {
  std::vector<std::uint32_t> v(n_lambda() * n_tanb());
  read_plane(layout::kStatus, H5T_NATIVE_UINT32, model, mess, v.data());
  return v;
}

bool ScanFileReader::has_warnings() const { return h5::exists(file_, layout::result_path(layout::kWarnings)); }

std::vector<std::uint32_t> ScanFileReader::warnings_plane(std::size_t model, std::size_t mess) const {
  std::vector<std::uint32_t> v(n_lambda() * n_tanb(), 0);
  if (has_warnings()) read_plane(layout::kWarnings, H5T_NATIVE_UINT32, model, mess, v.data());
  return v;
}

std::vector<double> ScanFileReader::array(const std::string& quantity) const {
  if (quantity == layout::kStatus || quantity == layout::kWarnings)
    throw std::invalid_argument("use status_array() or warnings_array() for the bit masks");
  const auto g = grid_dims();
  std::vector<double> v(g[0] * g[1] * g[2] * g[3]);
  for (std::size_t m = 0, p = 0; m < g[0]; ++m)
    for (std::size_t k = 0; k < g[1]; ++k, ++p)
      read_plane(quantity, H5T_NATIVE_DOUBLE, m, k, v.data() + p * n_lambda() * n_tanb());
  return v;
}

std::vector<std::uint32_t> ScanFileReader::status_array() const {
  const auto g = grid_dims();
  std::vector<std::uint32_t> v(g[0] * g[1] * g[2] * g[3]);
  for (std::size_t m = 0, p = 0; m < g[0]; ++m)
    for (std::size_t k = 0; k < g[1]; ++k, ++p)
      read_plane(layout::kStatus, H5T_NATIVE_UINT32, m, k, v.data() + p * n_lambda() * n_tanb());
  return v;
}

std::vector<std::uint32_t> ScanFileReader::warnings_array() const {
  if (!has_warnings()) throw std::invalid_argument("quantity 'warnings' is not in " + info_.path);
  const auto g = grid_dims();
  std::vector<std::uint32_t> v(g[0] * g[1] * g[2] * g[3]);
  for (std::size_t m = 0, p = 0; m < g[0]; ++m)
    for (std::size_t k = 0; k < g[1]; ++k, ++p)
      read_plane(layout::kWarnings, H5T_NATIVE_UINT32, m, k, v.data() + p * n_lambda() * n_tanb());
  return v;
}

Attributes ScanFileReader::result_attributes(const std::string& quantity) const {
  h5::Id d(open_result(quantity), H5Dclose, "open " + layout::result_path(quantity));
  return h5::read_attributes(d);
}

}  // namespace gmsb::scanfile
