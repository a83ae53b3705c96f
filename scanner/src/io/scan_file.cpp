#include "gmsb/version.hpp"
#include "io/scan_file.hpp"

#include "gmsb/error.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <limits>
#include <system_error>

#include "gmsb/error.hpp"
#include "io/hdf5_handles.hpp"
#include "io/scan_file_reader.hpp"
#include "io/scan_shape_io.hpp"

namespace gmsb::scan {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::uint32_t kNotComputed = bit(StatusBit::kNotComputed);

using scanfile::h5::check;
using scanfile::h5::Id;
using scanfile::h5::set_int_attr;
using scanfile::h5::set_string_attr;
using scanfile::h5::vl_string_type;
using scanfile::h5::write_1d;
namespace L = scanfile::layout;

}  // namespace

std::string no_warnings_message(const std::string& path) {
  return path + " has no /results/warnings: it was written by a gmsb before the per-point warning masks, "
                "so the warnings of its computed points are unknown and it cannot be resumed; read it with "
                "gmsb table or fit, or start the scan again with --force";
}

const std::vector<Quantity>& scan_quantities() {
  static const std::vector<Quantity> q{
      {"mh", "GeV", [](const PointResult& r) { return r.mh; }},
      {"mH", "GeV", [](const PointResult& r) { return r.mH; }},
      {"mA", "GeV", [](const PointResult& r) { return r.mA; }},
      {"mHpm", "GeV", [](const PointResult& r) { return r.mHpm; }},
      {"mu", "GeV", [](const PointResult& r) { return r.mu; }},
      {"B", "GeV", [](const PointResult& r) { return r.B; }},
      {"mstau1_sq", "GeV^2", [](const PointResult& r) { return r.mstau1_sq; }},
      {"mstau1", "GeV", [](const PointResult& r) { return r.mstau1; }},
      {"mstop1", "GeV", [](const PointResult& r) { return r.mstop1; }},
      {"mstop2", "GeV", [](const PointResult& r) { return r.mstop2; }},
      {"msbottom1", "GeV", [](const PointResult& r) { return r.msbottom1; }},
      {"msbottom2", "GeV", [](const PointResult& r) { return r.msbottom2; }},
      {"mgluino", "GeV", [](const PointResult& r) { return r.mgluino; }},
      {"M1", "GeV", [](const PointResult& r) { return r.M1; }},
      {"M2", "GeV", [](const PointResult& r) { return r.M2; }},
      {"M3", "GeV", [](const PointResult& r) { return r.M3; }},
      {"msusy", "GeV", [](const PointResult& r) { return r.msusy; }},
      {"mneutralino1", "GeV", [](const PointResult& r) { return r.mneutralino[0]; }},
      {"mchargino1", "GeV", [](const PointResult& r) { return r.mchargino[0]; }},
      {"msquark_uL", "GeV", [](const PointResult& r) { return r.msquark_uL; }},
      {"mselectron_R", "GeV", [](const PointResult& r) { return r.mselectron_R; }},
      // A_t at M_SUSY is only meaningful when the running to M_SUSY finished (not for Landau poles).
      {"At", "GeV", [](const PointResult& r) { return std::isfinite(r.msusy) ? r.at_msusy[kAt] : kNaN; }},
  };
  return q;
}

// ---------------------------------------------------------------------------------------------
ScanStore::ScanStore(const GridShape& s, bool allocate) : shape(s) {
  values.resize(scan_quantities().size());
  if (!allocate) return;
  status.assign(s.points(), kNotComputed);
  warnings.assign(s.points(), 0);
  for (auto& v : values) v.assign(s.points(), kNaN);
}

void ScanStore::put_line(std::size_t line, const std::vector<PointResult>& results) {
  if (results.size() != shape.lambda) throw std::logic_error("put_line: wrong number of Lambda values");
  const std::size_t t = line % shape.tanb, mk = line / shape.tanb;
  const std::size_t m = mk / shape.mess, k = mk % shape.mess;
  const auto& qs = scan_quantities();
  for (std::size_t l = 0; l < shape.lambda; ++l) {
    const std::size_t i = shape.index(m, k, l, t);
    for (std::size_t q = 0; q < qs.size(); ++q) values[q][i] = qs[q].get(results[l]);
    status[i] = results[l].status;
    warnings[i] = results[l].warnings;
  }
}

bool ScanStore::line_complete(std::size_t line) const {
  const std::size_t t = line % shape.tanb, mk = line / shape.tanb;
  const std::size_t m = mk / shape.mess, k = mk % shape.mess;
  for (std::size_t l = 0; l < shape.lambda; ++l)
    if (status[shape.index(m, k, l, t)] & kNotComputed) return false;
  return true;
}

std::size_t ScanStore::points_done() const {
  std::size_t n = 0;
  for (auto s : status) n += (s & kNotComputed) ? 0 : 1;
  return n;
}

std::string iso_time_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// ---------------------------------------------------------------------------------------------
ScanFileWriter ScanFileWriter::create(const std::string& path, const ScanConfig& cfg, const ScanMeta& meta,
                                      bool force) {
  scanfile::h5::quiet_errors();
  namespace fs = std::filesystem;
  if (fs::exists(path) && !force)
    throw IoError("output " + path + " exists; use --force to overwrite it or --resume to continue it");
  const fs::path parent = fs::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) throw IoError("cannot create the directory " + parent.string() + " of " + path + ": " + ec.message());

  ScanFileWriter w;
  w.shape_ = GridShape::of(cfg);
  const GridShape& s = w.shape_;
  w.file_ = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
  if (w.file_ < 0) throw IoError("cannot create " + path);
  const hid_t f = w.file_;

  set_string_attr(f, L::kAttrFormat, kFormat);
  set_string_attr(f, L::kAttrProgramVersion, GMSB_VERSION);
  set_string_attr(f, L::kAttrConfigYaml, cfg.text);
  set_string_attr(f, L::kAttrConfigPath, cfg.path);
  set_string_attr(f, L::kAttrMethod, method_name(cfg.settings.method));
  set_string_attr(f, L::kAttrSettingsJson, settings_json(cfg.settings));
  set_string_attr(f, L::kAttrSmInputsJson, sm_inputs_json(cfg.sm));
  set_int_attr(f, L::kAttrSignMu, cfg.sign_mu);
  set_string_attr(f, L::kAttrStartTime, meta.start_time);
  set_string_attr(f, L::kAttrEndTime, meta.end_time);
  set_int_attr(f, L::kAttrComplete, meta.complete ? 1 : 0);
  set_int_attr(f, L::kAttrPointsTotal, static_cast<long long>(s.points()));
  set_int_attr(f, L::kAttrPointsDone, 0);

  scanfile::write_shape(f, cfg);  // axes of a grid or /points of a 1-D scan, and the shape attributes
  {
    Id models(H5Gcreate2(f, L::kModels, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose, std::string("create ") + L::kModels);
    const hsize_t nm = cfg.models.size(), dims[2] = {nm, 3};
    std::vector<double> n;
    std::vector<int> fifths;
    std::vector<const char*> names;
    for (const auto& m : cfg.models) {
      n.insert(n.end(), {m.n.n1(), double(m.n.n2), double(m.n.n3)});
      fifths.push_back(m.n.n1_fifths);
      names.push_back(m.name.c_str());
    }
    Id sp2(H5Screate_simple(2, dims, nullptr), H5Sclose, "make a dataspace");
    Id dn(H5Dcreate2(f, L::kModelsN, H5T_IEEE_F64LE, sp2, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
          std::string("create ") + L::kModelsN);
    check(H5Dwrite(dn, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, n.data()), std::string("write ") + L::kModelsN);
    Id sp1(H5Screate_simple(1, &nm, nullptr), H5Sclose, "make a dataspace");
    Id df(H5Dcreate2(f, L::kModelsN1Fifths, H5T_STD_I32LE, sp1, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
          std::string("create ") + L::kModelsN1Fifths);
    check(H5Dwrite(df, H5T_NATIVE_INT, H5S_ALL, H5S_ALL, H5P_DEFAULT, fifths.data()),
          std::string("write ") + L::kModelsN1Fifths);
    Id st(vl_string_type(), H5Tclose, "make a string type");
    Id dname(H5Dcreate2(f, L::kModelsName, st, sp1, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
             std::string("create ") + L::kModelsName);
    check(H5Dwrite(dname, st, H5S_ALL, H5S_ALL, H5P_DEFAULT, names.data()), std::string("write ") + L::kModelsName);
    std::vector<const char*> variants;
    for (const auto& m : cfg.models) variants.push_back(m.variant_json.c_str());
    Id dvar(H5Dcreate2(f, L::kModelsVariantJson, st, sp1, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
            std::string("create ") + L::kModelsVariantJson);
    check(H5Dwrite(dvar, st, H5S_ALL, H5S_ALL, H5P_DEFAULT, variants.data()),
          std::string("write ") + L::kModelsVariantJson);
  }
  {
    Id results_group(H5Gcreate2(f, L::kResults, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose,
               std::string("create ") + L::kResults);
    const scanfile::ResultSpace rs = scanfile::result_space(cfg);
    Id space(H5Screate_simple(rs.rank, rs.dims.data(), rs.maxdims.data()), H5Sclose, "make a dataspace");
    auto make = [&](const char* name, hid_t filetype, hid_t memtype, const void* fill, const char* units) {
      Id dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose, "make a property list");
      check(H5Pset_chunk(dcpl, rs.rank, rs.chunk.data()), "set chunking");
      check(H5Pset_shuffle(dcpl), "set shuffle");
      check(H5Pset_deflate(dcpl, 4), "set deflate");
      check(H5Pset_fill_value(dcpl, memtype, fill), "set fill value");
      Id ds(H5Dcreate2(f, L::result_path(name).c_str(), filetype, space, H5P_DEFAULT, dcpl, H5P_DEFAULT), H5Dclose,
            "create " + L::result_path(name));
      if (units) set_string_attr(ds, L::kAttrUnits, units);
    };
    for (const auto& q : scan_quantities()) make(q.name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, &kNaN, q.units);
    make(L::kStatus, H5T_STD_U32LE, H5T_NATIVE_UINT32, &kNotComputed, nullptr);
    const std::uint32_t no_warnings = 0;
    make(L::kWarnings, H5T_STD_U32LE, H5T_NATIVE_UINT32, &no_warnings, nullptr);
    // Bit names on both masks: bit_<k> = name, bit_names = "k:name,...".
    auto name_bits = [&](const char* dataset, const auto& bits, auto name_of) {
      const std::string path = L::result_path(dataset);
      Id ds(H5Dopen2(f, path.c_str(), H5P_DEFAULT), H5Dclose, "open " + path);
      std::string names;
      for (auto b : bits) {
        const unsigned k = static_cast<unsigned>(b);
        set_string_attr(ds, L::bit_attr(k).c_str(), name_of(b));
        names += (names.empty() ? "" : ",") + std::to_string(k) + ":" + name_of(b);
      }
      set_string_attr(ds, L::kAttrBitNames, names);
    };
    name_bits(L::kStatus, all_status_bits(), status_bit_name);
    name_bits(L::kWarnings, all_warning_bits(), warning_bit_name);
  }
  check(H5Fflush(f, H5F_SCOPE_GLOBAL), "flush " + path);
  return w;
}

ScanFileWriter ScanFileWriter::reopen(const std::string& path) {
  scanfile::h5::quiet_errors();
  ScanFileWriter w;
  {
    const scanfile::ScanFileReader r(path);  // checks the format; closed before reopening
    if (!r.has_warnings()) throw IoError(no_warnings_message(path));
    const auto g = r.grid_dims();
    w.shape_ = {g[0], g[1], g[2], g[3]};
  }
  w.file_ = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  if (w.file_ < 0) throw IoError("cannot open " + path + " for writing");
  return w;
}

ScanFileWriter::ScanFileWriter(ScanFileWriter&& o) noexcept : file_(o.file_), shape_(o.shape_) { o.file_ = -1; }

ScanFileWriter::~ScanFileWriter() { close(); }

void ScanFileWriter::close() {
  if (file_ >= 0) H5Fclose(file_);
  file_ = -1;
}

std::vector<BlockData> snapshot_blocks(const ScanStore& store, const std::vector<std::size_t>& blocks) {
  const GridShape& s = store.shape;
  const std::size_t bpp = s.blocks_per_plane(), tb = s.tanb_block();
  std::vector<BlockData> out(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::size_t b = blocks[i], p = b / bpp, t0 = (b % bpp) * tb, nt = std::min(tb, s.tanb - t0);
    const std::size_t m = p / s.mess, k = p % s.mess;
    BlockData& d = out[i];
    d.block = b;
    d.values.resize(store.values.size());
    for (std::size_t q = 0; q < store.values.size(); ++q) {
      d.values[q].resize(s.lambda * nt);
      for (std::size_t l = 0; l < s.lambda; ++l)
        std::copy_n(store.values[q].data() + s.index(m, k, l, t0), nt, d.values[q].data() + l * nt);
    }
    d.status.resize(s.lambda * nt);
    d.warnings.resize(s.lambda * nt);
    for (std::size_t l = 0; l < s.lambda; ++l) {
      std::copy_n(store.status.data() + s.index(m, k, l, t0), nt, d.status.data() + l * nt);
      std::copy_n(store.warnings.data() + s.index(m, k, l, t0), nt, d.warnings.data() + l * nt);
    }
  }
  return out;
}

void ScanFileWriter::write_blocks(const std::vector<BlockData>& blocks, std::size_t points_done) {
  const GridShape& s = shape_;
  const std::size_t bpp = s.blocks_per_plane(), tb = s.tanb_block();
  auto write = [&](const char* name, hid_t memtype, auto data_of) {
    Id ds(H5Dopen2(file_, L::result_path(name).c_str(), H5P_DEFAULT), H5Dclose, "open " + L::result_path(name));
    Id fspace(H5Dget_space(ds), H5Sclose, "get a dataspace");
    const int skip = 4 - H5Sget_simple_extent_ndims(fspace);  // 1-D layout: [points] = the tan(beta) index
    for (const BlockData& d : blocks) {
      const std::size_t p = d.block / bpp, t0 = (d.block % bpp) * tb, nt = std::min(tb, s.tanb - t0);
      const hsize_t start[4] = {p / s.mess, p % s.mess, 0, t0}, count[4] = {1, 1, s.lambda, nt};
      const hsize_t n = s.lambda * nt;
      Id mem(H5Screate_simple(1, &n, nullptr), H5Sclose, "make a dataspace");
      check(H5Sselect_hyperslab(fspace, H5S_SELECT_SET, start + skip, nullptr, count + skip, nullptr), "select a block");
      check(H5Dwrite(ds, memtype, mem, fspace, H5P_DEFAULT, data_of(d)), "write " + L::result_path(name));
    }
  };
  const auto& qs = scan_quantities();
  for (std::size_t q = 0; q < qs.size(); ++q)
    write(qs[q].name, H5T_NATIVE_DOUBLE, [&](const BlockData& d) { return d.values[q].data(); });
  write(L::kWarnings, H5T_NATIVE_UINT32, [&](const BlockData& d) { return d.warnings.data(); });
  // Status last: a line counts as done only once its values are in the file.
  write(L::kStatus, H5T_NATIVE_UINT32, [&](const BlockData& d) { return d.status.data(); });
  set_int_attr(file_, L::kAttrPointsDone, static_cast<long long>(points_done));
  check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush the output file");
}

void ScanFileWriter::grow_samples(const ScanConfig& cfg) {
  scanfile::grow_samples(file_, cfg);
  shape_ = GridShape::of(cfg);
}

void ScanFileWriter::finish(const ScanMeta& meta, std::size_t points_done) {
  set_string_attr(file_, L::kAttrEndTime, meta.end_time);
  set_int_attr(file_, L::kAttrComplete, meta.complete ? 1 : 0);
  set_int_attr(file_, L::kAttrPointsDone, static_cast<long long>(points_done));
  check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush the output file");
}

// ---------------------------------------------------------------------------------------------
const std::vector<double>& ScanFileData::quantity(const std::string& name) const {
  auto it = results.find(name);
  if (it == results.end()) throw std::out_of_range("scan file has no /results/" + name);
  return it->second;
}

ScanFileData read_scan_file(const std::string& path, bool with_results) try {
  const scanfile::ScanFileReader r(path);
  const scanfile::ScanFileInfo& info = r.info();
  ScanFileData d;
  d.string_attrs = info.attributes.strings;
  d.int_attrs = info.attributes.ints;
  d.lambda_gev = info.lambda_gev;
  d.tanb = info.tanb;
  d.mess_gev = info.mess_gev;
  d.models_n = info.models_n;
  d.models_n1_fifths = info.models_n1_fifths;
  d.model_names = info.model_names;
  d.model_variant_json = info.model_variant_json;
  const auto g = r.grid_dims();
  d.shape = {g[0], g[1], g[2], g[3]};
  // Every quantity must be there with the shape of the axes, even if only the head is read.
  d.status_bit_attrs = r.result_attributes(L::kStatus).strings;
  d.has_warnings = r.has_warnings();
  if (d.has_warnings) d.warning_bit_attrs = r.result_attributes(L::kWarnings).strings;
  for (const auto& q : scan_quantities()) d.units[q.name] = r.result_attributes(q.name).string_or(L::kAttrUnits, "");
  if (with_results) {
    for (const auto& q : scan_quantities()) d.results[q.name] = r.array(q.name);
    d.status = r.status_array();
    if (d.has_warnings) d.warnings = r.warnings_array();
  }
  return d;
} catch (const std::invalid_argument& e) {
  throw IoError(e.what());  // a missing /results array: the file is damaged
}

void load_store(ScanFileData&& data, ScanStore& store) {
  if (data.shape.points() != store.shape.points() || data.shape.lambda != store.shape.lambda ||
      data.shape.tanb != store.shape.tanb || data.shape.mess != store.shape.mess)
    throw IoError("the file's grid differs from the config's grid");
  const auto& qs = scan_quantities();
  for (std::size_t q = 0; q < qs.size(); ++q) {
    auto it = data.results.find(qs[q].name);
    if (it == data.results.end() || it->second.size() != store.shape.points())
      throw IoError(std::string("the file has no complete /results/") + qs[q].name);
    store.values[q] = std::move(it->second);
  }
  if (data.status.size() != store.shape.points()) throw IoError("the file has no complete /results/status");
  store.status = std::move(data.status);
  if (!data.has_warnings || data.warnings.size() != store.shape.points())
    throw std::runtime_error("the file has no complete /results/warnings");
  store.warnings = std::move(data.warnings);
  // A line is kept only if complete (lines are written whole, but be safe): reset the others.
  for (std::size_t line = 0; line < store.shape.lines(); ++line) {
    if (store.line_complete(line)) continue;
    const std::size_t t = line % store.shape.tanb, mk = line / store.shape.tanb;
    for (std::size_t l = 0; l < store.shape.lambda; ++l) {
      const std::size_t i = store.shape.index(mk / store.shape.mess, mk % store.shape.mess, l, t);
      for (auto& v : store.values) v[i] = kNaN;
      store.status[i] = kNotComputed;
      store.warnings[i] = 0;
    }
  }
}

}  // namespace gmsb::scan
