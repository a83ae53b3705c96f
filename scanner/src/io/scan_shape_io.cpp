#include "io/scan_shape_io.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include "gmsb/error.hpp"
#include "io/hdf5_handles.hpp"
#include "gmsb/status.hpp"
#include "io/scan_file.hpp"
#include "io/scan_file_reader.hpp"

namespace gmsb::scanfile {

namespace {

namespace L = layout;
using h5::check;
using h5::Id;

std::string batches_text(const std::vector<std::size_t>& b) {
  std::string s;
  for (std::size_t n : b) s += (s.empty() ? "" : ",") + std::to_string(n);
  return s;
}

void write_sample_attrs(hid_t f, const scan::ScanConfig& cfg) {
  if (cfg.shape != scan::ScanShape::kSamples) return;
  h5::set_string_attr(f, L::kAttrSamplesMethod, scan::sample_method_name(cfg.samples.method));
  h5::set_string_attr(f, L::kAttrSamplesSeed, std::to_string(cfg.samples.seed));
  h5::set_int_attr(f, L::kAttrSamplesCount, static_cast<long long>(cfg.samples.count));
  h5::set_string_attr(f, L::kAttrSampleBatches, batches_text(cfg.samples.batches));
}

/// The per-point columns of the 1-D layout, entries [from, to) of the list.
struct Columns {
  std::vector<int> model, sign_mu;
  std::vector<double> lambda, mess, tanb;
};
Columns columns(const scan::ScanConfig& cfg, std::size_t from) {
  Columns c;
  for (std::size_t i = from; i < cfg.point_list.size(); ++i) {
    const scan::ListPoint& p = cfg.point_list[i];
    c.model.push_back(int(p.model));
    c.sign_mu.push_back(p.sign_mu);
    c.lambda.push_back(p.lambda_gev);
    c.mess.push_back(p.mess_gev);
    c.tanb.push_back(p.tanb);
  }
  return c;
}

/// Writes entries [from, from + n) of a 1-D /points dataset (created extendible when from == 0).
void write_column(hid_t f, const char* name, hid_t filetype, hid_t memtype, const void* data, std::size_t from,
                  std::size_t n, const char* units) {
  const hsize_t total = from + n, start = from, count = n;
  if (from == 0) {
    const hsize_t maxdims = H5S_UNLIMITED, chunk = scan::GridShape::kPointBlock;
    Id space(H5Screate_simple(1, &total, &maxdims), H5Sclose, "make a dataspace");
    Id dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose, "make a property list");
    check(H5Pset_chunk(dcpl, 1, &chunk), "set chunking");
    check(H5Pset_deflate(dcpl, 4), "set deflate");
    Id ds(H5Dcreate2(f, name, filetype, space, H5P_DEFAULT, dcpl, H5P_DEFAULT), H5Dclose, std::string("create ") + name);
    if (units) h5::set_string_attr(ds, L::kAttrUnits, units);
  }
  Id ds(H5Dopen2(f, name, H5P_DEFAULT), H5Dclose, std::string("open ") + name);
  check(H5Dset_extent(ds, &total), std::string("extend ") + name);
  if (n == 0) return;
  Id fspace(H5Dget_space(ds), H5Sclose, "get a dataspace");
  check(H5Sselect_hyperslab(fspace, H5S_SELECT_SET, &start, nullptr, &count, nullptr), "select points");
  Id mem(H5Screate_simple(1, &count, nullptr), H5Sclose, "make a dataspace");
  check(H5Dwrite(ds, memtype, mem, fspace, H5P_DEFAULT, data), std::string("write ") + name);
}

void write_points(hid_t f, const scan::ScanConfig& cfg, std::size_t from) {
  const Columns c = columns(cfg, from);
  const std::size_t n = c.model.size();
  write_column(f, L::kPointsModel, H5T_STD_I32LE, H5T_NATIVE_INT, c.model.data(), from, n, nullptr);
  write_column(f, L::kPointsLambda, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, c.lambda.data(), from, n, "GeV");
  write_column(f, L::kPointsMess, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, c.mess.data(), from, n, "GeV");
  write_column(f, L::kPointsTanb, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, c.tanb.data(), from, n, nullptr);
  write_column(f, L::kPointsSignMu, H5T_STD_I32LE, H5T_NATIVE_INT, c.sign_mu.data(), from, n, nullptr);
}

}  // namespace

void write_shape(hid_t f, const scan::ScanConfig& cfg) {
  h5::set_string_attr(f, L::kAttrShape, scan::shape_name(cfg.shape));
  if (cfg.one_dimensional()) {
    write_sample_attrs(f, cfg);
    Id g(H5Gcreate2(f, L::kPoints, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose, std::string("create ") + L::kPoints);
    write_points(f, cfg, 0);
    return;
  }
  const std::string mess = L::axis_path(scan::mess_axis_name(cfg.mess_axis));
  h5::set_string_attr(f, L::kAttrMessAxis, scan::mess_axis_name(cfg.mess_axis));
  Id axes(H5Gcreate2(f, L::kAxes, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose, std::string("create ") + L::kAxes);
  h5::write_1d(f, L::kAxisLambda, cfg.lambda_gev);
  h5::write_1d(f, L::kAxisTanb, cfg.tanb);
  h5::write_1d(f, mess.c_str(), cfg.mess_gev);
  std::vector<std::string> in_gev{L::kAxisLambda};
  if (cfg.mess_axis == scan::MessAxis::kGeV) in_gev.push_back(mess);
  for (const auto& name : in_gev) {
    Id ds(H5Dopen2(f, name.c_str(), H5P_DEFAULT), H5Dclose, "open axis");
    h5::set_string_attr(ds, L::kAttrUnits, "GeV");
  }
}

ResultSpace result_space(const scan::ScanConfig& cfg) {
  ResultSpace r;
  if (cfg.one_dimensional()) {
    r.rank = 1;
    r.dims = {cfg.points()};
    r.maxdims = r.dims;
    r.chunk = {scan::GridShape::of(cfg).tanb_block()};  // the write block: up to kPointBlock points
    return r;
  }
  const scan::GridShape s = scan::GridShape::of(cfg);
  // Chunks: all Lambda x tanb_block() tan(beta) of one (model, M) plane (the write block),
  // split along Lambda above 128 Ki values (1 MB).
  const hsize_t tb = s.tanb_block(), per_chunk = 131072;
  const hsize_t cl = std::max<hsize_t>(1, std::min<hsize_t>(s.lambda, per_chunk / tb));
  r.dims = {s.models, s.mess, s.lambda, s.tanb};
  r.maxdims = r.dims;
  r.chunk = {1, 1, cl, tb};
  return r;
}

void grow_samples_file(const std::string& path, const scan::ScanConfig& cfg, const scan::ScanMeta& meta) {
  const scan::ScanFileData old = scan::read_scan_file(path, true);  // lines not marked done read as not computed
  std::vector<std::uint8_t> done;
  {
    const ScanFileReader r(path);
    done = r.done_marks();
  }
  const std::size_t old_n = old.status.size();
  if (old_n > cfg.points() || done.size() != old_n) throw IoError(path + ": cannot grow: the file does not match the config");
  scan::ScanFileWriter w = scan::ScanFileWriter::create(path, cfg, meta);
  const scan::GridShape s = scan::GridShape::of(cfg);
  const auto& qs = scan::scan_quantities();
  std::vector<scan::BlockData> blocks;
  for (std::size_t b = 0; b < s.blocks() && s.first_line_of_block(b) < old_n; ++b) {
    scan::BlockData d;
    d.block = b;
    d.n_tanb = s.lines_in_block(b);
    d.fresh.assign(d.n_tanb, 0);
    d.values.assign(qs.size(), std::vector<double>(d.n_tanb, std::numeric_limits<double>::quiet_NaN()));
    d.status.assign(d.n_tanb, bit(StatusBit::kNotComputed));
    d.warnings.assign(d.n_tanb, 0);
    for (std::size_t j = 0; j < d.n_tanb; ++j) {
      const std::size_t p = s.first_line_of_block(b) + j;  // a line of a 1-D file is one point
      if (p >= old_n || !done[p]) continue;
      d.fresh[j] = 1;
      for (std::size_t q = 0; q < qs.size(); ++q) d.values[q][j] = old.quantity(qs[q].name)[p];
      d.status[j] = old.status[p];
      d.warnings[j] = old.warnings.at(p);
    }
    blocks.push_back(std::move(d));
  }
  w.write_blocks(blocks);
  w.publish();  // atomic: `path` is the old file or the grown one
  w.close();
}

std::vector<std::size_t> parse_batches(const std::string& text) {
  std::vector<std::size_t> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t comma = std::min(text.find(',', pos), text.size());
    out.push_back(std::strtoull(text.substr(pos, comma - pos).c_str(), nullptr, 10));
    pos = comma + 1;
  }
  return out;
}

}  // namespace gmsb::scanfile
