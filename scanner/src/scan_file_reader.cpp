// Reader of the "gmsb-scan/1" HDF5 layout (HDF5 C API).
#include "scan_file_reader.hpp"

#include <hdf5.h>

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <type_traits>

namespace gmsb::scanfile {

static_assert(std::is_same<hid_t, long long>::value || sizeof(hid_t) == sizeof(long long),
              "hid_t is stored as long long");

namespace {

/// Closes an HDF5 handle on scope exit.
struct Handle {
  hid_t id;
  herr_t (*close)(hid_t);
  Handle(hid_t i, herr_t (*c)(hid_t)) : id(i), close(c) {}
  ~Handle() {
    if (id >= 0) close(id);
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
};

[[noreturn]] void fail(const std::string& path, const std::string& what) {
  throw std::runtime_error(path + ": " + what);
}

bool has_attr(hid_t obj, const char* name) { return H5Aexists(obj, name) > 0; }

std::string read_string_attr(hid_t obj, const char* name, const std::string& path) {
  if (!has_attr(obj, name)) fail(path, std::string("missing attribute '") + name + "'");
  Handle a(H5Aopen(obj, name, H5P_DEFAULT), H5Aclose);
  Handle ft(H5Aget_type(a.id), H5Tclose);
  if (H5Tget_class(ft.id) != H5T_STRING) fail(path, std::string("attribute '") + name + "' is not a string");
  if (H5Tis_variable_str(ft.id) > 0) {
    Handle mt(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(mt.id, H5T_VARIABLE);
    H5Tset_cset(mt.id, H5Tget_cset(ft.id));
    char* s = nullptr;
    if (H5Aread(a.id, mt.id, &s) < 0) fail(path, std::string("cannot read attribute '") + name + "'");
    std::string out = s ? s : "";
    H5free_memory(s);
    return out;
  }
  const size_t n = H5Tget_size(ft.id);
  std::string buf(n, '\0');
  Handle mt(H5Tcopy(H5T_C_S1), H5Tclose);
  H5Tset_size(mt.id, n);
  if (H5Aread(a.id, mt.id, &buf[0]) < 0) fail(path, std::string("cannot read attribute '") + name + "'");
  const auto end = buf.find('\0');
  if (end != std::string::npos) buf.resize(end);
  return buf;
}

std::string read_string_attr_or(hid_t obj, const char* name, const std::string& path, const std::string& fallback) {
  return has_attr(obj, name) ? read_string_attr(obj, name, path) : fallback;
}

long long read_int_attr_or(hid_t obj, const char* name, long long fallback) {
  if (!has_attr(obj, name)) return fallback;
  Handle a(H5Aopen(obj, name, H5P_DEFAULT), H5Aclose);
  long long v = fallback;
  if (H5Aread(a.id, H5T_NATIVE_LLONG, &v) < 0) return fallback;
  return v;
}

/// Opens a dataset, failing with a clear message.
hid_t open_dataset(hid_t file, const std::string& name, const std::string& path) {
  if (H5Lexists(file, name.c_str(), H5P_DEFAULT) <= 0) fail(path, "missing dataset '" + name + "'");
  hid_t d = H5Dopen2(file, name.c_str(), H5P_DEFAULT);
  if (d < 0) fail(path, "cannot open dataset '" + name + "'");
  return d;
}

std::vector<hsize_t> dims_of(hid_t dset) {
  Handle sp(H5Dget_space(dset), H5Sclose);
  const int rank = H5Sget_simple_extent_ndims(sp.id);
  std::vector<hsize_t> d(rank > 0 ? rank : 0);
  if (rank > 0) H5Sget_simple_extent_dims(sp.id, d.data(), nullptr);
  return d;
}

template <class T>
std::vector<T> read_1d(hid_t file, const std::string& name, hid_t mem_type, const std::string& path) {
  Handle d(open_dataset(file, name, path), H5Dclose);
  const auto dims = dims_of(d.id);
  if (dims.size() != 1) fail(path, "dataset '" + name + "' is not one-dimensional");
  std::vector<T> v(dims[0]);
  if (!v.empty() && H5Dread(d.id, mem_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data()) < 0)
    fail(path, "cannot read dataset '" + name + "'");
  return v;
}

std::vector<std::string> read_strings(hid_t file, const std::string& name, const std::string& path) {
  Handle d(open_dataset(file, name, path), H5Dclose);
  const auto dims = dims_of(d.id);
  if (dims.size() != 1) fail(path, "dataset '" + name + "' is not one-dimensional");
  Handle ft(H5Dget_type(d.id), H5Tclose);
  if (H5Tget_class(ft.id) != H5T_STRING) fail(path, "dataset '" + name + "' does not hold strings");
  std::vector<std::string> out(dims[0]);
  if (out.empty()) return out;
  if (H5Tis_variable_str(ft.id) > 0) {
    Handle mt(H5Tcopy(H5T_C_S1), H5Tclose);
    H5Tset_size(mt.id, H5T_VARIABLE);
    H5Tset_cset(mt.id, H5Tget_cset(ft.id));
    std::vector<char*> raw(dims[0], nullptr);
    if (H5Dread(d.id, mt.id, H5S_ALL, H5S_ALL, H5P_DEFAULT, raw.data()) < 0)
      fail(path, "cannot read dataset '" + name + "'");
    for (size_t i = 0; i < raw.size(); ++i) out[i] = raw[i] ? raw[i] : "";
    Handle sp(H5Dget_space(d.id), H5Sclose);
    H5Dvlen_reclaim(mt.id, sp.id, H5P_DEFAULT, raw.data());
    return out;
  }
  const size_t n = H5Tget_size(ft.id);
  std::string buf(n * dims[0], '\0');
  Handle mt(H5Tcopy(H5T_C_S1), H5Tclose);
  H5Tset_size(mt.id, n);
  if (H5Dread(d.id, mt.id, H5S_ALL, H5S_ALL, H5P_DEFAULT, &buf[0]) < 0)
    fail(path, "cannot read dataset '" + name + "'");
  for (size_t i = 0; i < out.size(); ++i) {
    std::string s = buf.substr(i * n, n);
    const auto end = s.find('\0');
    out[i] = end == std::string::npos ? s : s.substr(0, end);
  }
  return out;
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

}  // namespace

ScanFileReader::ScanFileReader(const std::string& path) {
  info_.path = path;
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);  // errors are reported by our messages
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    std::fclose(f);
  } else {
    fail(path, "cannot open file");
  }
  if (H5Fis_hdf5(path.c_str()) <= 0) fail(path, "not an HDF5 file");
  file_ = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
  if (file_ < 0) fail(path, "cannot open HDF5 file");
  try {
    const hid_t f = file_;
    info_.format = read_string_attr(f, "format", path);
    if (info_.format != kFormat)
      fail(path, "format '" + info_.format + "' is not '" + kFormat + "' (not a gmsb scan file?)");
    info_.program_version = read_string_attr_or(f, "program_version", path, "");
    info_.method = read_string_attr_or(f, "method", path, "");
    info_.config_path = read_string_attr_or(f, "config_path", path, "");
    info_.config_yaml = read_string_attr_or(f, "config_yaml", path, "");
    info_.settings_json = read_string_attr_or(f, "settings_json", path, "");
    info_.sm_inputs_json = read_string_attr_or(f, "sm_inputs_json", path, "");
    info_.start_time = read_string_attr_or(f, "start_time", path, "");
    info_.end_time = read_string_attr_or(f, "end_time", path, "");
    info_.sign_mu = static_cast<int>(read_int_attr_or(f, "sign_mu", 1));
    info_.complete = read_int_attr_or(f, "complete", 0) != 0;
    info_.points_total = read_int_attr_or(f, "points_total", 0);
    info_.points_done = read_int_attr_or(f, "points_done", 0);

    info_.lambda_gev = read_1d<double>(f, "/axes/lambda", H5T_NATIVE_DOUBLE, path);
    info_.tanb = read_1d<double>(f, "/axes/tanb", H5T_NATIVE_DOUBLE, path);
    info_.mess_gev = read_1d<double>(f, "/axes/mess", H5T_NATIVE_DOUBLE, path);
    const auto fifths = read_1d<int>(f, "/models/N1_fifths", H5T_NATIVE_INT, path);
    info_.model_names = read_strings(f, "/models/name", path);
    std::vector<double> nflat;
    {
      Handle d(open_dataset(f, "/models/N", path), H5Dclose);
      const auto dims = dims_of(d.id);
      if (dims.size() != 2 || dims[1] != 3 || dims[0] != fifths.size())
        fail(path, "/models/N must be [n_models, 3] matching /models/N1_fifths");
      nflat.resize(dims[0] * 3);
      if (!nflat.empty() && H5Dread(d.id, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, nflat.data()) < 0)
        fail(path, "cannot read /models/N");
    }
    if (info_.model_names.size() != fifths.size()) fail(path, "/models/name and /models/N1_fifths differ in length");
    if (H5Lexists(f, "/models/variant_json", H5P_DEFAULT) > 0) {  // additive dataset: older files lack it
      info_.model_variant_json = read_strings(f, "/models/variant_json", path);
      if (info_.model_variant_json.size() != fifths.size())
        fail(path, "/models/variant_json and /models/N1_fifths differ in length");
    } else {
      info_.model_variant_json.assign(fifths.size(), "");
    }
    for (size_t i = 0; i < fifths.size(); ++i) {
      MessengerIndices n;
      n.n1_fifths = fifths[i];
      n.n2 = static_cast<int>(std::lround(nflat[3 * i + 1]));
      n.n3 = static_cast<int>(std::lround(nflat[3 * i + 2]));
      info_.models.push_back(n);
    }
    if (info_.lambda_gev.empty() || info_.tanb.empty() || info_.mess_gev.empty() || info_.models.empty())
      fail(path, "empty axis or model list");
  } catch (...) {
    H5Fclose(file_);
    file_ = -1;
    throw;
  }
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

void ScanFileReader::read_plane(const std::string& dataset, long long mem_type, std::size_t model, std::size_t mess,
                                void* out) const {
  if (model >= info_.models.size()) throw std::invalid_argument("model index out of range");
  if (mess >= info_.mess_gev.size()) throw std::invalid_argument("messenger-scale index out of range");
  const std::string name = "/results/" + dataset;
  if (H5Lexists(file_, "/results", H5P_DEFAULT) <= 0 || H5Lexists(file_, name.c_str(), H5P_DEFAULT) <= 0)
    throw std::invalid_argument("quantity '" + dataset + "' is not in " + info_.path);
  Handle d(H5Dopen2(file_, name.c_str(), H5P_DEFAULT), H5Dclose);
  const auto dims = dims_of(d.id);
  const std::vector<hsize_t> want{info_.models.size(), info_.mess_gev.size(), n_lambda(), n_tanb()};
  if (dims != want) fail(info_.path, name + " does not have shape [models, mess, lambda, tanb]");
  Handle fs(H5Dget_space(d.id), H5Sclose);
  const hsize_t start[4] = {model, mess, 0, 0};
  const hsize_t count[4] = {1, 1, n_lambda(), n_tanb()};
  H5Sselect_hyperslab(fs.id, H5S_SELECT_SET, start, nullptr, count, nullptr);
  const hsize_t mdims[1] = {n_lambda() * n_tanb()};
  Handle ms(H5Screate_simple(1, mdims, nullptr), H5Sclose);
  if (H5Dread(d.id, static_cast<hid_t>(mem_type), ms.id, fs.id, H5P_DEFAULT, out) < 0)
    fail(info_.path, "cannot read " + name);
}

std::vector<double> ScanFileReader::plane(const std::string& quantity, std::size_t model, std::size_t mess) const {
  if (quantity == "status") throw std::invalid_argument("use status_plane() for the status bits");
  std::vector<double> v(n_lambda() * n_tanb());
  read_plane(quantity, H5T_NATIVE_DOUBLE, model, mess, v.data());
  return v;
}

std::vector<std::uint32_t> ScanFileReader::status_plane(std::size_t model, std::size_t mess) const {
  std::vector<std::uint32_t> v(n_lambda() * n_tanb());
  read_plane("status", H5T_NATIVE_UINT32, model, mess, v.data());
  return v;
}

}  // namespace gmsb::scanfile
