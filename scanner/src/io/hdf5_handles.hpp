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

/// Opens a scan file read-only (caller closes it with H5Fclose), or returns a negative id. A file
/// whose writer was killed still carries the SWMR writer's marks (docs/reliability.md): it is
/// then opened for SWMR reading, which reads the consistent state of its last flush.
hid_t open_read_only(const std::string& path);

/// True if the file opens read-only in the plain way (no mark of a writer that did not close it).
bool opens_unmarked(const std::string& path);

/// Opens a scan file for writing after its writer ended in any way (the caller holds its
/// OutputLock, so no other process writes it): the marks a killed SWMR writer left are cleared
/// and the end-of-allocation address is raised to the end of the file (what `h5clear -s -i`
/// does), so that everything the last flush reached is addressable. Negative id if it fails.
hid_t open_for_writing_again(const std::string& path);

/// Opens a cleanly closed scan file of the latest format for SWMR writing (no read retries: a
/// damaged file fails at once), or returns a negative id (e.g. a file of the HDF5 1.8 format).
hid_t open_swmr_writer(const std::string& path);

/// A file-access property list of the latest file format (SWMR needs it; caller closes it).
hid_t latest_format_access();

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
