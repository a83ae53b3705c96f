#include "scan_file.hpp"

#include <hdf5.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <limits>

namespace gmsb::scan {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::uint32_t kNotComputed = bit(StatusBit::kNotComputed);

/// Owns an HDF5 identifier and closes it with the matching function.
class Id {
 public:
  Id(hid_t id, herr_t (*closer)(hid_t), const std::string& what) : id_(id), closer_(closer) {
    if (id < 0) throw std::runtime_error("HDF5: cannot " + what);
  }
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

void check(herr_t e, const std::string& what) {
  if (e < 0) throw std::runtime_error("HDF5: cannot " + what);
}

/// HDF5 prints its own error stack by default; our exceptions say what failed instead.
void quiet_hdf5() {
  static const bool done = [] {
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    return true;
  }();
  (void)done;
}

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

std::string read_string_attr(hid_t attr, hid_t type) {
  if (H5Tis_variable_str(type) > 0) {
    Id mem(vl_string_type(), H5Tclose, "make a string type");
    char* p = nullptr;
    check(H5Aread(attr, mem, &p), "read a string attribute");
    std::string s = p ? p : "";
    H5free_memory(p);
    return s;
  }
  const size_t n = H5Tget_size(type);
  std::string s(n, '\0');
  Id mem(H5Tcopy(H5T_C_S1), H5Tclose, "make a string type");
  H5Tset_size(mem, n);
  check(H5Aread(attr, mem, s.data()), "read a string attribute");
  s.resize(s.find('\0') == std::string::npos ? n : s.find('\0'));
  return s;
}

/// Reads every scalar string / integer attribute of obj.
void read_attrs(hid_t obj, std::map<std::string, std::string>& strings, std::map<std::string, long long>* ints) {
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
      strings[name] = read_string_attr(attr, type);
    } else if (cls == H5T_INTEGER && ints) {
      long long v = 0;
      check(H5Aread(attr, H5T_NATIVE_LLONG, &v), std::string("read attribute ") + name);
      (*ints)[name] = v;
    }
  }
}

void write_1d(hid_t loc, const char* name, const std::vector<double>& v) {
  const hsize_t n = v.size();
  Id space(H5Screate_simple(1, &n, nullptr), H5Sclose, "make a dataspace");
  Id ds(H5Dcreate2(loc, name, H5T_IEEE_F64LE, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
        std::string("create ") + name);
  check(H5Dwrite(ds, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data()), std::string("write ") + name);
}

std::vector<hsize_t> dims_of(hid_t ds) {
  Id space(H5Dget_space(ds), H5Sclose, "get a dataspace");
  const int rank = H5Sget_simple_extent_ndims(space);
  std::vector<hsize_t> d(rank > 0 ? rank : 0);
  if (rank > 0) H5Sget_simple_extent_dims(space, d.data(), nullptr);
  return d;
}

template <class T>
std::vector<T> read_all(hid_t loc, const std::string& name, hid_t memtype, std::vector<hsize_t>* dims = nullptr) {
  if (H5Lexists(loc, name.c_str(), H5P_DEFAULT) <= 0) throw std::runtime_error("dataset " + name + " is missing");
  Id ds(H5Dopen2(loc, name.c_str(), H5P_DEFAULT), H5Dclose, "open " + name);
  const auto d = dims_of(ds);
  size_t n = 1;
  for (auto x : d) n *= x;
  std::vector<T> v(n);
  if (n) check(H5Dread(ds, memtype, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data()), "read " + name);
  if (dims) *dims = d;
  return v;
}

}  // namespace

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
  quiet_hdf5();
  namespace fs = std::filesystem;
  if (fs::exists(path) && !force)
    throw std::runtime_error("output " + path + " exists; use --force to overwrite it or --resume to continue it");
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty()) fs::create_directories(parent);

  ScanFileWriter w;
  w.shape_ = GridShape::of(cfg);
  const GridShape& s = w.shape_;
  w.file_ = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
  if (w.file_ < 0) throw std::runtime_error("cannot create " + path);
  const hid_t f = w.file_;

  set_string_attr(f, "format", kFormat);
  set_string_attr(f, "program_version", GMSB_VERSION);
  set_string_attr(f, "config_yaml", cfg.text);
  set_string_attr(f, "config_path", cfg.path);
  set_string_attr(f, "method", method_name(cfg.settings.method));
  set_string_attr(f, "settings_json", settings_json(cfg.settings));
  set_string_attr(f, "sm_inputs_json", sm_inputs_json(cfg.sm));
  set_int_attr(f, "sign_mu", cfg.sign_mu);
  set_string_attr(f, "start_time", meta.start_time);
  set_string_attr(f, "end_time", meta.end_time);
  set_int_attr(f, "complete", meta.complete ? 1 : 0);
  set_int_attr(f, "points_total", static_cast<long long>(s.points()));
  set_int_attr(f, "points_done", 0);

  {
    Id axes(H5Gcreate2(f, "axes", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose, "create /axes");
    write_1d(axes, "lambda", cfg.lambda_gev);
    write_1d(axes, "tanb", cfg.tanb);
    write_1d(axes, "mess", cfg.mess_gev);
    for (const char* name : {"lambda", "mess"}) {
      Id ds(H5Dopen2(axes, name, H5P_DEFAULT), H5Dclose, "open axis");
      set_string_attr(ds, "units", "GeV");
    }
  }
  {
    Id models(H5Gcreate2(f, "models", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose, "create /models");
    const hsize_t nm = s.models, dims[2] = {nm, 3};
    std::vector<double> n;
    std::vector<int> fifths;
    std::vector<const char*> names;
    for (const auto& m : cfg.models) {
      n.insert(n.end(), {m.n.n1(), double(m.n.n2), double(m.n.n3)});
      fifths.push_back(m.n.n1_fifths);
      names.push_back(m.name.c_str());
    }
    Id sp2(H5Screate_simple(2, dims, nullptr), H5Sclose, "make a dataspace");
    Id dn(H5Dcreate2(models, "N", H5T_IEEE_F64LE, sp2, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
          "create /models/N");
    check(H5Dwrite(dn, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, n.data()), "write /models/N");
    Id sp1(H5Screate_simple(1, &nm, nullptr), H5Sclose, "make a dataspace");
    Id df(H5Dcreate2(models, "N1_fifths", H5T_STD_I32LE, sp1, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
          "create /models/N1_fifths");
    check(H5Dwrite(df, H5T_NATIVE_INT, H5S_ALL, H5S_ALL, H5P_DEFAULT, fifths.data()), "write /models/N1_fifths");
    Id st(vl_string_type(), H5Tclose, "make a string type");
    Id dname(H5Dcreate2(models, "name", st, sp1, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
             "create /models/name");
    check(H5Dwrite(dname, st, H5S_ALL, H5S_ALL, H5P_DEFAULT, names.data()), "write /models/name");
    std::vector<const char*> variants;
    for (const auto& m : cfg.models) variants.push_back(m.variant_json.c_str());
    Id dvar(H5Dcreate2(models, "variant_json", st, sp1, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Dclose,
            "create /models/variant_json");
    check(H5Dwrite(dvar, st, H5S_ALL, H5S_ALL, H5P_DEFAULT, variants.data()), "write /models/variant_json");
  }
  {
    Id results(H5Gcreate2(f, "results", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose, "create /results");
    const hsize_t dims[4] = {s.models, s.mess, s.lambda, s.tanb};
    // Chunks: all Lambda x tanb_block() tan(beta) of one (model, M) plane (the write block),
    // split along Lambda above 128 Ki values (1 MB).
    const hsize_t tb = s.tanb_block(), per_chunk = 131072;
    const hsize_t cl = std::max<hsize_t>(1, std::min<hsize_t>(s.lambda, per_chunk / tb));
    const hsize_t chunk[4] = {1, 1, cl, tb};
    Id space(H5Screate_simple(4, dims, nullptr), H5Sclose, "make a dataspace");
    auto make = [&](const char* name, hid_t filetype, hid_t memtype, const void* fill, const char* units) {
      Id dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose, "make a property list");
      check(H5Pset_chunk(dcpl, 4, chunk), "set chunking");
      check(H5Pset_shuffle(dcpl), "set shuffle");
      check(H5Pset_deflate(dcpl, 4), "set deflate");
      check(H5Pset_fill_value(dcpl, memtype, fill), "set fill value");
      Id ds(H5Dcreate2(results, name, filetype, space, H5P_DEFAULT, dcpl, H5P_DEFAULT), H5Dclose,
            std::string("create /results/") + name);
      if (units) set_string_attr(ds, "units", units);
    };
    for (const auto& q : scan_quantities()) make(q.name, H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, &kNaN, q.units);
    make("status", H5T_STD_U32LE, H5T_NATIVE_UINT32, &kNotComputed, nullptr);
    Id ds(H5Dopen2(results, "status", H5P_DEFAULT), H5Dclose, "open /results/status");
    std::string names;
    for (StatusBit b : all_status_bits()) {
      const unsigned k = static_cast<unsigned>(b);
      set_string_attr(ds, ("bit_" + std::to_string(k)).c_str(), status_bit_name(b));
      names += (names.empty() ? "" : ",") + std::to_string(k) + ":" + status_bit_name(b);
    }
    set_string_attr(ds, "bit_names", names);
  }
  check(H5Fflush(f, H5F_SCOPE_GLOBAL), "flush " + path);
  return w;
}

ScanFileWriter ScanFileWriter::reopen(const std::string& path) {
  quiet_hdf5();
  const ScanFileData d = read_scan_file(path, false);  // checks the format
  ScanFileWriter w;
  w.shape_ = d.shape;
  w.file_ = H5Fopen(path.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  if (w.file_ < 0) throw std::runtime_error("cannot open " + path + " for writing");
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
    for (std::size_t l = 0; l < s.lambda; ++l)
      std::copy_n(store.status.data() + s.index(m, k, l, t0), nt, d.status.data() + l * nt);
  }
  return out;
}

void ScanFileWriter::write_blocks(const std::vector<BlockData>& blocks, std::size_t points_done) {
  const GridShape& s = shape_;
  Id results(H5Gopen2(file_, "results", H5P_DEFAULT), H5Gclose, "open /results");
  const std::size_t bpp = s.blocks_per_plane(), tb = s.tanb_block();
  auto write = [&](const char* name, hid_t memtype, auto data_of) {
    Id ds(H5Dopen2(results, name, H5P_DEFAULT), H5Dclose, std::string("open /results/") + name);
    Id fspace(H5Dget_space(ds), H5Sclose, "get a dataspace");
    for (const BlockData& d : blocks) {
      const std::size_t p = d.block / bpp, t0 = (d.block % bpp) * tb, nt = std::min(tb, s.tanb - t0);
      const hsize_t start[4] = {p / s.mess, p % s.mess, 0, t0}, count[4] = {1, 1, s.lambda, nt};
      const hsize_t n = s.lambda * nt;
      Id mem(H5Screate_simple(1, &n, nullptr), H5Sclose, "make a dataspace");
      check(H5Sselect_hyperslab(fspace, H5S_SELECT_SET, start, nullptr, count, nullptr), "select a block");
      check(H5Dwrite(ds, memtype, mem, fspace, H5P_DEFAULT, data_of(d)), std::string("write /results/") + name);
    }
  };
  const auto& qs = scan_quantities();
  for (std::size_t q = 0; q < qs.size(); ++q)
    write(qs[q].name, H5T_NATIVE_DOUBLE, [&](const BlockData& d) { return d.values[q].data(); });
  // Status last: a line counts as done only once its values are in the file.
  write("status", H5T_NATIVE_UINT32, [&](const BlockData& d) { return d.status.data(); });
  set_int_attr(file_, "points_done", static_cast<long long>(points_done));
  check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush the output file");
}

void ScanFileWriter::finish(const ScanMeta& meta, std::size_t points_done) {
  set_string_attr(file_, "end_time", meta.end_time);
  set_int_attr(file_, "complete", meta.complete ? 1 : 0);
  set_int_attr(file_, "points_done", static_cast<long long>(points_done));
  check(H5Fflush(file_, H5F_SCOPE_GLOBAL), "flush the output file");
}

// ---------------------------------------------------------------------------------------------
const std::vector<double>& ScanFileData::quantity(const std::string& name) const {
  auto it = results.find(name);
  if (it == results.end()) throw std::out_of_range("scan file has no /results/" + name);
  return it->second;
}

ScanFileData read_scan_file(const std::string& path, bool with_results) {
  quiet_hdf5();
  if (!std::filesystem::exists(path)) throw std::runtime_error(path + " does not exist");
  if (H5Fis_hdf5(path.c_str()) <= 0) throw std::runtime_error(path + " is not an HDF5 file (or is damaged)");
  Id f(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose, "open " + path);
  ScanFileData d;
  read_attrs(f, d.string_attrs, &d.int_attrs);
  if (d.string_attrs["format"] != kFormat)
    throw std::runtime_error(path + " is not a " + std::string(kFormat) + " scan file (format = '" +
                             d.string_attrs["format"] + "')");
  d.lambda_gev = read_all<double>(f, "axes/lambda", H5T_NATIVE_DOUBLE);
  d.tanb = read_all<double>(f, "axes/tanb", H5T_NATIVE_DOUBLE);
  d.mess_gev = read_all<double>(f, "axes/mess", H5T_NATIVE_DOUBLE);
  const auto n = read_all<double>(f, "models/N", H5T_NATIVE_DOUBLE);
  for (size_t i = 0; i + 2 < n.size(); i += 3) d.models_n.push_back({n[i], n[i + 1], n[i + 2]});
  d.models_n1_fifths = read_all<int>(f, "models/N1_fifths", H5T_NATIVE_INT);
  auto read_strings = [&](const char* name, std::vector<std::string>& out) {
    Id ds(H5Dopen2(f, name, H5P_DEFAULT), H5Dclose, std::string("open /") + name);
    Id st(vl_string_type(), H5Tclose, "make a string type");
    std::vector<char*> p(d.models_n.size(), nullptr);
    if (!p.empty()) check(H5Dread(ds, st, H5S_ALL, H5S_ALL, H5P_DEFAULT, p.data()), std::string("read /") + name);
    for (char* s : p) {
      out.emplace_back(s ? s : "");
      H5free_memory(s);
    }
  };
  read_strings("models/name", d.model_names);
  if (H5Lexists(f, "models/variant_json", H5P_DEFAULT) > 0)  // additive dataset: older files lack it
    read_strings("models/variant_json", d.model_variant_json);
  else
    d.model_variant_json.assign(d.models_n.size(), "");
  d.shape = {d.models_n.size(), d.mess_gev.size(), d.lambda_gev.size(), d.tanb.size()};
  {
    Id ds(H5Dopen2(f, "results/status", H5P_DEFAULT), H5Dclose, "open /results/status");
    read_attrs(ds, d.status_bit_attrs, nullptr);
  }
  for (const auto& q : scan_quantities()) {
    const std::string name = std::string("results/") + q.name;
    if (H5Lexists(f, name.c_str(), H5P_DEFAULT) <= 0) throw std::runtime_error(path + ": /" + name + " is missing");
    Id ds(H5Dopen2(f, name.c_str(), H5P_DEFAULT), H5Dclose, "open /" + name);
    std::map<std::string, std::string> attrs;
    read_attrs(ds, attrs, nullptr);
    d.units[q.name] = attrs["units"];
    const auto dims = dims_of(ds);
    if (dims != std::vector<hsize_t>{d.shape.models, d.shape.mess, d.shape.lambda, d.shape.tanb})
      throw std::runtime_error(path + ": /" + name + " does not have the shape of the axes");
  }
  if (with_results) {
    for (const auto& q : scan_quantities())
      d.results[q.name] = read_all<double>(f, std::string("results/") + q.name, H5T_NATIVE_DOUBLE);
    d.status = read_all<std::uint32_t>(f, "results/status", H5T_NATIVE_UINT32);
  }
  return d;
}

void load_store(ScanFileData&& data, ScanStore& store) {
  if (data.shape.points() != store.shape.points() || data.shape.lambda != store.shape.lambda ||
      data.shape.tanb != store.shape.tanb || data.shape.mess != store.shape.mess)
    throw std::runtime_error("the file's grid differs from the config's grid");
  const auto& qs = scan_quantities();
  for (std::size_t q = 0; q < qs.size(); ++q) {
    auto it = data.results.find(qs[q].name);
    if (it == data.results.end() || it->second.size() != store.shape.points())
      throw std::runtime_error(std::string("the file has no complete /results/") + qs[q].name);
    store.values[q] = std::move(it->second);
  }
  if (data.status.size() != store.shape.points()) throw std::runtime_error("the file has no complete /results/status");
  store.status = std::move(data.status);
  // A line is kept only if complete (lines are written whole, but be safe): reset the others.
  for (std::size_t line = 0; line < store.shape.lines(); ++line) {
    if (store.line_complete(line)) continue;
    const std::size_t t = line % store.shape.tanb, mk = line / store.shape.tanb;
    for (std::size_t l = 0; l < store.shape.lambda; ++l) {
      const std::size_t i = store.shape.index(mk / store.shape.mess, mk % store.shape.mess, l, t);
      for (auto& v : store.values) v[i] = kNaN;
      store.status[i] = kNotComputed;
    }
  }
}

}  // namespace gmsb::scan
