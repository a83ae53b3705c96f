#pragma once
/// \file hdf5_handles.hpp
/// Small helpers over the HDF5 C API shared by the scan-file writer and reader: an owning
/// handle, error checks, scalar string/integer attributes, and whole-dataset reads. Failures
/// throw gmsb::IoError("HDF5: cannot <what>") (exit 5).
///
/// \code
///   gmsb::scanfile::h5::Id ds(H5Dopen2(file, "/axes/tanb", H5P_DEFAULT), H5Dclose, "open /axes/tanb");
///   std::vector<double> tanb = gmsb::scanfile::h5::read_dataset<double>(ds, H5T_NATIVE_DOUBLE, "/axes/tanb");
/// \endcode

#include <hdf5.h>

#include <string>
#include <vector>

#include "io/scan_file_layout.hpp"

namespace gmsb::scanfile::h5 {

/// Owns an HDF5 identifier and closes it with the matching function (H5Dclose, H5Gclose, ...).
/// Throws if the identifier is invalid (the call that made it failed).
class Id {
 public:
  Id(hid_t id, herr_t (*closer)(hid_t), const std::string& what);
  Id(const Id&) = delete;
  Id& operator=(const Id&) = delete;
  ~Id() {
    if (id_ >= 0) closer_(id_);
  }
  operator hid_t() const { return id_; }

 private:
  hid_t id_;
  herr_t (*closer_)(hid_t);
};

/// Throws "HDF5: cannot <what>" if e < 0.
void check(herr_t e, const std::string& what);

/// Turns off HDF5's own printing of its error stack (our exceptions say what failed instead).
void quiet_errors();

/// A new variable-length UTF-8 string type (caller closes it).
hid_t vl_string_type();

/// Creates or replaces a scalar string / 64-bit integer attribute.
void set_string_attr(hid_t obj, const char* name, const std::string& value);
void set_int_attr(hid_t obj, const char* name, long long value);

/// Every scalar string and integer attribute of obj (other classes are skipped).
Attributes read_attributes(hid_t obj);

/// The dimensions of a dataset.
std::vector<hsize_t> dims_of(hid_t dataset);

/// True if the link `name` exists below loc (each path component is checked).
bool exists(hid_t loc, const std::string& name);

/// Creates and writes a 1-D double dataset.
void write_1d(hid_t loc, const char* name, const std::vector<double>& v);

/// The whole dataset as a flat row-major vector of T read as memtype.
template <class T>
std::vector<T> read_dataset(hid_t dataset, hid_t memtype, const std::string& name) {
  std::size_t n = 1;
  for (auto x : dims_of(dataset)) n *= x;
  std::vector<T> v(n);
  if (n) check(H5Dread(dataset, memtype, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data()), "read " + name);
  return v;
}

/// A 1-D dataset of strings (variable or fixed length).
std::vector<std::string> read_strings(hid_t dataset, const std::string& name);

}  // namespace gmsb::scanfile::h5
