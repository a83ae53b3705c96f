// The check of a scan file before resuming (scan_file_check.hpp).
#include "io/scan_file_check.hpp"

#include <hdf5.h>

#include "gmsb/error.hpp"
#include "gmsb/status.hpp"
#include "io/hdf5_handles.hpp"
#include "io/scan_file.hpp"
#include "io/scan_file_reader.hpp"

namespace gmsb::scan {

namespace L = scanfile::layout;
using scanfile::h5::Id;

namespace {

/// Reads block b of every /results dataset into d (the layout of BlockData, every line marked
/// fresh); "" or why it failed, naming the dataset and the block.
std::string read_block(hid_t file, const std::string& path, const GridShape& s, std::size_t b, BlockData& d) {
  const std::size_t p = b / s.blocks_per_plane(), t0 = (b % s.blocks_per_plane()) * s.tanb_block();
  const std::size_t nt = s.lines_in_block(b);
  const hsize_t start[4] = {p / s.mess, p % s.mess, 0, t0}, count[4] = {1, 1, s.lambda, nt};
  const hsize_t n = s.lambda * nt;
  const std::string where = " (model " + std::to_string(p / s.mess) + ", M index " + std::to_string(p % s.mess) +
                            ", tan(beta) indices " + std::to_string(t0) + ".." + std::to_string(t0 + nt - 1) + ")";
  const auto& qs = scan_quantities();
  d.block = b;
  d.n_tanb = nt;
  d.fresh.assign(nt, 1);
  d.values.assign(qs.size(), std::vector<double>(n));
  d.status.assign(n, 0);
  d.warnings.assign(n, 0);
  const std::vector<std::string>& names = dataset_names();
  for (std::size_t which = 0; which < names.size(); ++which) {
    const std::string full = L::result_path(names[which]);
    const hid_t ds_id = H5Dopen2(file, full.c_str(), H5P_DEFAULT);
    if (ds_id < 0) return path + ": cannot open " + full;
    Id ds(ds_id, H5Dclose, "open " + full);
    Id fspace(H5Dget_space(ds), H5Sclose, "get a dataspace");
    Id mem(H5Screate_simple(1, &n, nullptr), H5Sclose, "make a dataspace");
    const int skip = 4 - H5Sget_simple_extent_ndims(fspace);  // 1-D layout: [points] = the tan(beta) index
    H5Sselect_hyperslab(fspace, H5S_SELECT_SET, start + skip, nullptr, count + skip, nullptr);
    const bool is_status = names[which] == L::kStatus, is_warnings = names[which] == L::kWarnings;
    void* into = is_status ? static_cast<void*>(d.status.data())
               : is_warnings ? static_cast<void*>(d.warnings.data())
                             : static_cast<void*>(d.values[which].data());  // quantities come first, in order
    if (H5Dread(ds, is_status || is_warnings ? H5T_NATIVE_UINT32 : H5T_NATIVE_DOUBLE, mem, fspace, H5P_DEFAULT, into) < 0)
      return path + ": " + full + where + ": a chunk fails its Fletcher32 checksum or cannot be read (the file is damaged)";
  }
  return "";
}

/// "" if the lines of block b read back (every dataset) and the done ones are computed; else why.
std::string check_block(hid_t file, const std::string& path, const GridShape& s, std::size_t b,
                        const std::vector<std::uint8_t>& done) {
  BlockData d;
  const std::string problem = read_block(file, path, s, b, d);
  if (!problem.empty()) return problem;
  const std::size_t p = b / s.blocks_per_plane(), t0 = (b % s.blocks_per_plane()) * s.tanb_block();
  const std::size_t nt = d.n_tanb, first = s.first_line_of_block(b);
  for (std::size_t l = 0; l < s.lambda; ++l)
    for (std::size_t j = 0; j < nt; ++j)
      if (done[first + j] && (d.status[l * nt + j] & bit(StatusBit::kNotComputed)))
        return path + ": inconsistent bookkeeping: " + L::result_path(L::kStatus) + " (model " + std::to_string(p / s.mess) +
               ", M index " + std::to_string(p % s.mess) + ", tan(beta) indices " + std::to_string(t0) + ".." +
               std::to_string(t0 + nt - 1) + ") has a point not computed in a line marked done";
  return "";
}

/// True if some dataset has stored data for block b (else it reads as fill values: nothing to
/// check, and reading the fill values of a large file would take minutes).
bool block_stored(hid_t file, const GridShape& s, std::size_t b) {
  const std::size_t p = b / s.blocks_per_plane(), t0 = (b % s.blocks_per_plane()) * s.tanb_block();
  const hsize_t offset[4] = {p / s.mess, p % s.mess, 0, t0};
  for (const std::string& name : dataset_names()) {
    const hid_t d = H5Dopen2(file, L::result_path(name).c_str(), H5P_DEFAULT);
    if (d < 0) return true;  // let check_block report it
    unsigned mask = 0;
    haddr_t addr = HADDR_UNDEF;
    hsize_t size = 0;
    const hid_t space = H5Dget_space(d);
    const int skip = 4 - H5Sget_simple_extent_ndims(space);  // 1-D layout: [points]
    H5Sclose(space);
    const herr_t e = H5Dget_chunk_info_by_coord(d, offset + skip, &mask, &addr, &size);
    H5Dclose(d);
    if (e < 0 || addr != HADDR_UNDEF) return true;
  }
  return false;
}

}  // namespace

FileCheck check_scan_file(const std::string& path) {
  FileCheck c;
  {
    const scanfile::ScanFileReader r(path);
    if (!r.has_done_marks()) throw IoError(no_done_marks_message(path));
    c.shape = shape_of(r);
    c.done = r.done_marks();
  }
  const hid_t f = scanfile::h5::open_read_only(path);
  if (f < 0) throw IoError(path + ": cannot open HDF5 file");
  Id file(f, H5Fclose, "open " + path);
  const GridShape& s = c.shape;
  for (std::size_t b = 0; b < s.blocks(); ++b) {
    const std::size_t first = s.first_line_of_block(b), nt = s.lines_in_block(b);
    bool any = false;
    for (std::size_t j = 0; j < nt; ++j) any = any || c.done[first + j];
    if (!any && !block_stored(file, s, b)) continue;
    const std::string problem = check_block(file, path, s, b, c.done);
    if (problem.empty()) continue;
    c.bad_blocks.push_back(b);  // to be written whole: its chunks cannot be read and merged
    if (!any) continue;         // no done line: nothing lost (a write that failed midway)
    c.problems.push_back(problem);
    for (std::size_t j = 0; j < nt; ++j)
      if (c.done[first + j]) {
        c.bad_lines.push_back(first + j);
        c.done[first + j] = 0;
      }
  }
  return c;
}

ScanFileWriter rebuild_scan_file(const std::string& path, const ScanConfig& cfg, const ScanMeta& meta,
                                 const FileCheck& check) {
  const hid_t f = scanfile::h5::open_read_only(path);
  if (f < 0) throw IoError(path + ": cannot open HDF5 file");
  Id old(f, H5Fclose, "open " + path);
  ScanFileWriter w = ScanFileWriter::create(path, cfg, meta);
  const GridShape& s = check.shape;
  for (std::size_t b = 0; b < s.blocks(); ++b) {  // one block in memory at a time
    const std::size_t first = s.first_line_of_block(b), nt = s.lines_in_block(b);
    bool any = false;
    for (std::size_t j = 0; j < nt; ++j) any = any || check.done[first + j];
    if (!any) continue;
    BlockData d;
    const std::string problem = read_block(old, path, s, b, d);
    if (!problem.empty()) throw IoError(problem + " (it read when checked)");
    for (std::size_t j = 0; j < nt; ++j) d.fresh[j] = check.done[first + j];
    w.write_blocks({d});
  }
  w.publish();  // atomic: `path` is the damaged file or the rebuilt one
  return w;
}

}  // namespace gmsb::scan
