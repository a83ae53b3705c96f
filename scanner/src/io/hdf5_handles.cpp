#include "io/hdf5_handles.hpp"

#include <stdexcept>

#include "gmsb/error.hpp"

namespace gmsb::scanfile::h5 {

Id::Id(hid_t id, herr_t (*closer)(hid_t), const std::string& what) : id_(id), closer_(closer) {
  if (id < 0) throw IoError("HDF5: cannot " + what);
}

void check(herr_t e, const std::string& what) {
  if (e < 0) throw IoError("HDF5: cannot " + what);
}

namespace {

/// A file-access property list whose metadata checksum failures fail at once: in SWMR mode HDF5
/// would otherwise retry them, sleeping ever longer, as if a live writer were still at work,
/// and a damaged file would hang its reader instead of being reported.
hid_t no_retry_access() {
  const hid_t fapl = H5Pcreate(H5P_FILE_ACCESS);
  if (fapl >= 0 && H5Pset_metadata_read_attempts(fapl, 1) < 0) {
    H5Pclose(fapl);
    return -1;
  }
  return fapl;
}

/// Sets HDF5's h5clear switch on a file-access list (the library's own name of a registered
/// property of HDF5 1.10+): the open then ignores the mark of a writer that did not close the
/// file, and clears it if the file is opened for writing. False if this HDF5 lacks it.
bool ignore_writer_marks(hid_t fapl) {
  hbool_t on = 1;
  return H5Pexist(fapl, "clear_status_flags") > 0 && H5Pset(fapl, "clear_status_flags", &on) >= 0;
}

}  // namespace

hid_t latest_format_access() {
  const hid_t fapl = no_retry_access();
  if (fapl < 0) return fapl;
  if (H5Pset_libver_bounds(fapl, H5F_LIBVER_LATEST, H5F_LIBVER_LATEST) < 0) {
    H5Pclose(fapl);
    return -1;
  }
  return fapl;
}

hid_t open_read_only(const std::string& path) {
  const hid_t fapl = no_retry_access();
  if (fapl < 0) return fapl;
  hid_t f = H5Fopen(path.c_str(), H5F_ACC_RDONLY, fapl);
  if (f < 0) f = H5Fopen(path.c_str(), H5F_ACC_RDONLY | H5F_ACC_SWMR_READ, fapl);
  // A writer killed outside SWMR mode (while closing the file) leaves a plain "open for writing"
  // mark: the file is read as the last flush left it, the mark ignored (it stays on disk).
  if (f < 0 && ignore_writer_marks(fapl)) f = H5Fopen(path.c_str(), H5F_ACC_RDONLY, fapl);
  H5Pclose(fapl);
  return f;
}

bool opens_unmarked(const std::string& path) {
  const hid_t fapl = no_retry_access();
  const hid_t f = H5Fopen(path.c_str(), H5F_ACC_RDONLY, fapl < 0 ? H5P_DEFAULT : fapl);
  if (fapl >= 0) H5Pclose(fapl);
  if (f < 0) return false;
  H5Fclose(f);
  return true;
}

hid_t open_for_writing_again(const std::string& path) {
  const hid_t fapl = latest_format_access();
  if (fapl < 0) return fapl;
  hid_t f = -1;
  if (ignore_writer_marks(fapl)) f = H5Fopen(path.c_str(), H5F_ACC_RDWR, fapl);  // clears the marks
  H5Pclose(fapl);
  if (f < 0) f = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);  // the HDF5 1.8 format of earlier versions
  if (f < 0) return f;
  if (H5Fincrement_filesize(f, 0) < 0) {
    H5Fclose(f);
    return -1;
  }
  return f;
}

hid_t open_swmr_writer(const std::string& path) {
  const hid_t fapl = latest_format_access();
  if (fapl < 0) return fapl;
  const hid_t f = H5Fopen(path.c_str(), H5F_ACC_RDWR | H5F_ACC_SWMR_WRITE, fapl);
  H5Pclose(fapl);
  return f;
}

void quiet_errors() {
  // The error stack (and its printing) is per thread in a thread-safe HDF5: once per thread.
  thread_local const bool done = [] {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    return true;
  }();
  (void)done;
}

namespace {
// No HDF5 clean-up at exit: files are closed explicitly, and a file whose writing failed must
// not be flushed (nor closed: HDF5 1.10 crashes closing it) when the program ends.
const bool kNoCleanupAtExit = [] {
  H5dont_atexit();
  return true;
}();
}  // namespace

hid_t vl_string_type() {
  hid_t t = H5Tcopy(H5T_C_S1);
  H5Tset_size(t, H5T_VARIABLE);
  H5Tset_cset(t, H5T_CSET_UTF8);
  return t;
}

void set_string_attr(hid_t obj, const char* name, const std::string& value) {
  if (H5Aexists(obj, name) > 0) check(H5Adelete(obj, name), std::string("replace attribute ") + name);
  Id type(vl_string_type(), H5Tclose, "make a string type");
  Id space(H5Screate(H5S_SCALAR), H5Sclose, "make a scalar space");
  Id attr(H5Acreate2(obj, name, type, space, H5P_DEFAULT, H5P_DEFAULT), H5Aclose,
          std::string("create attribute ") + name);
  const char* p = value.c_str();
  check(H5Awrite(attr, type, &p), std::string("write attribute ") + name);
}

void set_int_attr(hid_t obj, const char* name, long long value) {
  if (H5Aexists(obj, name) > 0) {
    Id attr(H5Aopen(obj, name, H5P_DEFAULT), H5Aclose, std::string("open attribute ") + name);
    check(H5Awrite(attr, H5T_NATIVE_LLONG, &value), std::string("write attribute ") + name);
    return;
  }
  Id space(H5Screate(H5S_SCALAR), H5Sclose, "make a scalar space");
  Id attr(H5Acreate2(obj, name, H5T_STD_I64LE, space, H5P_DEFAULT, H5P_DEFAULT), H5Aclose,
          std::string("create attribute ") + name);
  check(H5Awrite(attr, H5T_NATIVE_LLONG, &value), std::string("write attribute ") + name);
}

namespace {

/// A memory string type matching a file string type: variable length with the same character
/// set, or fixed length of the same size.
hid_t memory_string_type(hid_t file_type) {
  hid_t t = H5Tcopy(H5T_C_S1);
  if (H5Tis_variable_str(file_type) > 0) {
    H5Tset_size(t, H5T_VARIABLE);
    H5Tset_cset(t, H5Tget_cset(file_type));
  } else {
    H5Tset_size(t, H5Tget_size(file_type));
  }
  return t;
}

/// A fixed-length string buffer cut at its first NUL.
std::string until_nul(std::string s) {
  const auto end = s.find('\0');
  if (end != std::string::npos) s.resize(end);
  return s;
}

std::string read_string_attr(hid_t attr, hid_t file_type, const std::string& name) {
  Id mem(memory_string_type(file_type), H5Tclose, "make a string type");
  if (H5Tis_variable_str(file_type) > 0) {
    char* p = nullptr;
    check(H5Aread(attr, mem, &p), "read attribute " + name);
    std::string s = p ? p : "";
    H5free_memory(p);
    return s;
  }
  std::string s(H5Tget_size(file_type), '\0');
  check(H5Aread(attr, mem, s.data()), "read attribute " + name);
  return until_nul(std::move(s));
}

}  // namespace

Attributes read_attributes(hid_t obj) {
  Attributes out;
  H5O_info_t info;
  check(H5Oget_info(obj, &info), "inspect attributes");
  for (hsize_t i = 0; i < info.num_attrs; ++i) {
    Id attr(H5Aopen_by_idx(obj, ".", H5_INDEX_NAME, H5_ITER_INC, i, H5P_DEFAULT, H5P_DEFAULT), H5Aclose,
            "open an attribute");
    char name[256];
    H5Aget_name(attr, sizeof name, name);
    Id type(H5Aget_type(attr), H5Tclose, "get an attribute type");
    const H5T_class_t cls = H5Tget_class(type);
    if (cls == H5T_STRING) {
      out.strings[name] = read_string_attr(attr, type, name);
    } else if (cls == H5T_INTEGER) {
      long long v = 0;
      check(H5Aread(attr, H5T_NATIVE_LLONG, &v), std::string("read attribute ") + name);
      out.ints[name] = v;
    }
  }
  return out;
}

std::vector<hsize_t> dims_of(hid_t dataset) {
  Id space(H5Dget_space(dataset), H5Sclose, "get a dataspace");
  const int rank = H5Sget_simple_extent_ndims(space);
  std::vector<hsize_t> d(rank > 0 ? rank : 0);
  if (rank > 0) H5Sget_simple_extent_dims(space, d.data(), nullptr);
  return d;
}

bool exists(hid_t loc, const std::string& name) {
  // H5Lexists fails (rather than returning false) when an intermediate group is missing.
  for (std::size_t slash = name.find('/', 1); slash != std::string::npos; slash = name.find('/', slash + 1))
    if (H5Lexists(loc, name.substr(0, slash).c_str(), H5P_DEFAULT) <= 0) return false;
  return H5Lexists(loc, name.c_str(), H5P_DEFAULT) > 0;
}

void write_1d(hid_t loc, const char* name, const std::vector<double>& v) {
  const hsize_t n = v.size();
  Id space(H5Screate_simple(1, &n, nullptr), H5Sclose, "make a dataspace");
  Id ds(H5Dcreate2(loc, name, H5T_IEEE_F64LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
        std::string("create ") + name);
  check(H5Dwrite(ds, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data()), std::string("write ") + name);
}

std::vector<std::string> read_strings(hid_t dataset, const std::string& name) {
  const auto dims = dims_of(dataset);
  if (dims.size() != 1) throw IoError("dataset '" + name + "' is not one-dimensional");
  Id file_type(H5Dget_type(dataset), H5Tclose, "get the type of " + name);
  if (H5Tget_class(file_type) != H5T_STRING) throw IoError("dataset '" + name + "' does not hold strings");
  std::vector<std::string> out(dims[0]);
  if (out.empty()) return out;
  Id mem(memory_string_type(file_type), H5Tclose, "make a string type");
  if (H5Tis_variable_str(file_type) > 0) {
    std::vector<char*> raw(dims[0], nullptr);
    check(H5Dread(dataset, mem, H5S_ALL, H5S_ALL, H5P_DEFAULT, raw.data()), "read " + name);
    for (std::size_t i = 0; i < raw.size(); ++i) out[i] = raw[i] ? raw[i] : "";
    Id space(H5Dget_space(dataset), H5Sclose, "get a dataspace");
    H5Dvlen_reclaim(mem, space, H5P_DEFAULT, raw.data());
    return out;
  }
  const std::size_t n = H5Tget_size(file_type);
  std::string buf(n * dims[0], '\0');
  check(H5Dread(dataset, mem, H5S_ALL, H5S_ALL, H5P_DEFAULT, buf.data()), "read " + name);
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = until_nul(buf.substr(i * n, n));
  return out;
}

}  // namespace gmsb::scanfile::h5
