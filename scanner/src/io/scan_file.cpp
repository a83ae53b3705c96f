#include "gmsb/version.hpp"
#include "io/scan_file.hpp"

#include "gmsb/error.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <limits>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "gmsb/error.hpp"
#include "io/dimension_scales.hpp"
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

/// The temporary name of a new output next to `path`: ".NAME.tmp-PID".
std::string temporary_name(const std::string& path) {
  const std::filesystem::path p(path);
  return (p.parent_path() / ("." + p.filename().string() + ".tmp-" + std::to_string(::getpid()))).string();
}

/// Removes the ".NAME.tmp-*" files that killed earlier runs left next to `path`.
void remove_stale_temporaries(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path p(path), dir = p.parent_path().empty() ? fs::path(".") : p.parent_path();
  const std::string prefix = "." + p.filename().string() + ".tmp-";
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().filename().string().rfind(prefix, 0) == 0) fs::remove(it->path(), ec);
}

}  // namespace

const std::vector<std::string>& dataset_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n;
    for (const auto& q : scan_quantities()) n.push_back(q.name);
    n.push_back(L::kWarnings);
    n.push_back(L::kStatus);
    return n;
  }();
  return names;
}

std::string no_done_marks_message(const std::string& path) {
  return path + " has no " + std::string(L::kLineDone) + ": it was written by a gmsb before the done-marks and "
                "checksums (docs/reliability.md), so which of its lines are complete and right cannot be told and it "
                "cannot be resumed; read it with gmsb table or fit, or start the scan again with --force";
}

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
      // The rest of the spectrum, the gravitino and the NLSP (docs/physics.md §11; docs/hdf5-layout.md).
      {"mneutralino2", "GeV", [](const PointResult& r) { return r.mneutralino[1]; }},
      {"mneutralino3", "GeV", [](const PointResult& r) { return r.mneutralino[2]; }},
      {"mneutralino4", "GeV", [](const PointResult& r) { return r.mneutralino[3]; }},
      {"mchargino2", "GeV", [](const PointResult& r) { return r.mchargino[1]; }},
      {"mstau2", "GeV", [](const PointResult& r) { return r.mstau2; }},
      {"msneutrino_tau", "GeV", [](const PointResult& r) { return r.msneutrino_tau; }},
      {"m_gravitino", "GeV", [](const PointResult& r) { return r.m_gravitino; }},
      {"m_nlsp", "GeV", [](const PointResult& r) { return r.m_nlsp; }},
      {"nlsp_kind", "code", [](const PointResult& r) { return double(r.nlsp_kind); }},
      {"nlsp_width", "GeV", [](const PointResult& r) { return r.nlsp_width_gev; }},
      {"nlsp_ctau", "m", [](const PointResult& r) { return r.nlsp_ctau_m; }},
      // docs/physics.md §7.5: the theory uncertainty of mh (modern with the resummed M_h; NaN otherwise).
      {"mh_uncertainty", "GeV", [](const PointResult& r) { return r.mh_uncertainty; }},
      // docs/physics.md §4.5: tan(beta) at M_SUSY (modern: run from the axis value at M_Z; kn99: the axis).
      {"tanb_msusy", "1", [](const PointResult& r) { return r.tanb_msusy; }},
  };
  return q;
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
ScanFileWriter ScanFileWriter::create(const std::string& path, const ScanConfig& cfg, const ScanMeta& meta) {
  scanfile::h5::quiet_errors();
  namespace fs = std::filesystem;
  const fs::path parent = fs::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty()) fs::create_directories(parent, ec);
  if (ec) throw IoError("cannot create the directory " + parent.string() + " of " + path + ": " + ec.message());

  ScanFileWriter w;
  w.shape_ = GridShape::of(cfg);
  w.path_ = path;
  remove_stale_temporaries(path);  // of killed earlier runs (the caller holds the lock of path)
  w.tmp_path_ = temporary_name(path);
  const GridShape& s = w.shape_;
  // Space freed in the file is never reused: a rewritten chunk goes to new space, so the
  // on-disk index of the last flush never points at bytes a later write overwrote.
  Id fcpl(H5Pcreate(H5P_FILE_CREATE), H5Pclose, "make a property list");
  check(H5Pset_file_space_strategy(fcpl, H5F_FSPACE_STRATEGY_NONE, 0, 1), "set the file space strategy");
  // The latest file format: checksummed metadata and chunk indices fit for SWMR writing.
  Id fapl(scanfile::h5::latest_format_access(), H5Pclose, "make a property list");
  w.file_ = H5Fcreate(w.tmp_path_.c_str(), H5F_ACC_TRUNC, fcpl, fapl);
  if (w.file_ < 0) throw IoError("cannot create " + w.tmp_path_ + " (the new " + path + ")");
  const hid_t f = w.file_;

  set_string_attr(f, L::kAttrFormat, kFormat);
  set_string_attr(f, L::kAttrProgramVersion, GMSB_VERSION);
  set_string_attr(f, L::kAttrConfigYaml, cfg.text);
  set_string_attr(f, L::kAttrConfigPath, cfg.path);
  set_string_attr(f, L::kAttrMethod, method_name(cfg.settings.method));
  set_string_attr(f, L::kAttrTanbConvention, tanb_convention_name(cfg.settings.method));
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
      check(H5Pset_fletcher32(dcpl), "set the Fletcher32 checksum");  // last: checksums the stored bytes
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
  scanfile::attach_dimension_scales(f);  // docs/hdf5-layout.md "Dimension scales"
  {
    // Done-marks: contiguous and allocated now, so that marking lines done later rewrites
    // bytes in place and never changes the file's structure.
    Id group(H5Gcreate2(f, L::kBookkeeping, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose,
             std::string("create ") + L::kBookkeeping);
    const hsize_t dims[3] = {s.models, s.mess, s.tanb};
    Id space(H5Screate_simple(3, dims, nullptr), H5Sclose, "make a dataspace");
    Id dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose, "make a property list");
    check(H5Pset_layout(dcpl, H5D_CONTIGUOUS), "set a contiguous layout");
    check(H5Pset_alloc_time(dcpl, H5D_ALLOC_TIME_EARLY), "set early allocation");
    const std::uint8_t not_done = 0;
    check(H5Pset_fill_value(dcpl, H5T_NATIVE_UINT8, &not_done), "set fill value");
    check(H5Pset_fill_time(dcpl, H5D_FILL_TIME_ALLOC), "set fill time");
    Id ds(H5Dcreate2(f, L::kLineDone, H5T_STD_U8LE, space, H5P_DEFAULT, dcpl, H5P_DEFAULT), H5Dclose,
          std::string("create ") + L::kLineDone);
  }
  w.done_.assign(s.lines(), 0);
  w.start_ordered_writing();
  w.open_datasets();
  w.sync("initialise the file");
  return w;
}

GridShape shape_of(const scanfile::ScanFileReader& r) {
  const auto g = r.grid_dims();
  if (r.info().one_dimensional()) return GridShape::one_dimensional(g[3]);
  return {g[0], g[1], g[2], g[3]};
}

ScanFileWriter ScanFileWriter::reopen(const std::string& path) {
  scanfile::h5::quiet_errors();
  ScanFileWriter w;
  {
    const scanfile::ScanFileReader r(path);  // checks the format; closed before reopening
    if (!r.has_warnings()) throw IoError(no_warnings_message(path));
    if (!r.has_done_marks()) throw IoError(no_done_marks_message(path));
    w.shape_ = shape_of(r);
    w.done_ = r.done_marks();
  }
  w.path_ = path;
  w.file_ = scanfile::h5::open_for_writing_again(path);
  if (w.file_ < 0) throw IoError("cannot open " + path + " for writing");
  w.start_ordered_writing();
  w.open_datasets();
  return w;
}

ScanFileWriter::ScanFileWriter(ScanFileWriter&& o) noexcept
    : file_(o.file_), shape_(o.shape_), path_(std::move(o.path_)), tmp_path_(std::move(o.tmp_path_)),
      done_(std::move(o.done_)), datasets_(std::move(o.datasets_)), failed_(o.failed_), ordered_(o.ordered_) {
  o.file_ = -1;
  o.tmp_path_.clear();
  o.datasets_.clear();
}

ScanFileWriter::~ScanFileWriter() {
  close();
  if (!tmp_path_.empty()) std::remove(tmp_path_.c_str());  // never published: not a result
}

void ScanFileWriter::start_ordered_writing() {
  // SWMR writing: HDF5 then writes metadata only after what it points to (flush dependencies),
  // so the file on disk is consistent after every write, and a kill at any instant leaves the
  // state of a complete flush (docs/reliability.md). No object or attribute may be created or
  // changed from here on; finish() ends this mode to set the closing attributes. The file is
  // closed and opened again in this mode (H5Fstart_swmr_write would turn on read retries that
  // hang on a damaged file). A file of an earlier version (HDF5 1.8 format) cannot be written
  // so: it is written in the old way.
  const std::string& on_disk = tmp_path_.empty() ? path_ : tmp_path_;
  if (H5Fclose(file_) < 0) {
    file_ = -1;
    throw IoError("cannot close " + on_disk + " to start writing it in SWMR mode");
  }
  file_ = scanfile::h5::open_swmr_writer(on_disk);
  ordered_ = file_ >= 0;
  if (!ordered_) file_ = H5Fopen(on_disk.c_str(), H5F_ACC_RDWR, H5P_DEFAULT);
  if (file_ < 0) throw IoError("cannot open " + on_disk + " for writing");
}

void ScanFileWriter::open_datasets() {
  // No chunk cache: every chunk is written within its H5Dwrite, so a failed write shows there,
  // before the flush that would write the metadata of the cycle.
  Id dapl(H5Pcreate(H5P_DATASET_ACCESS), H5Pclose, "make a property list");
  check(H5Pset_chunk_cache(dapl, 0, 0, 1.0), "set the chunk cache");
  for (const std::string& name : dataset_names()) {
    const hid_t d = H5Dopen2(file_, L::result_path(name).c_str(), dapl);
    if (d < 0) throw IoError("HDF5: cannot open " + L::result_path(name) + " of " + path_);
    datasets_.push_back(d);
  }
}

void ScanFileWriter::close() {
  if (failed_) {  // nothing more reaches the file; its handles are left to the process's end
    datasets_.clear();
    file_ = -1;
    return;
  }
  for (long long d : datasets_) H5Dclose(d);
  datasets_.clear();
  if (file_ < 0) return;
  haddr_t eoa = 0;
  const bool have_eoa = H5Fflush(file_, H5F_SCOPE_GLOBAL) >= 0 && H5Fget_eoa(file_, &eoa) >= 0;
  H5Fclose(file_);
  file_ = -1;
  // The space reserve() took beyond the end of the data is given back.
  const std::string& on_disk = tmp_path_.empty() ? path_ : tmp_path_;
  struct stat st {};
  if (have_eoa && ::stat(on_disk.c_str(), &st) == 0 && st.st_size > static_cast<off_t>(eoa))
    if (::truncate(on_disk.c_str(), static_cast<off_t>(eoa)) != 0) { /* a larger file reads the same */ }
}

void ScanFileWriter::fail(const std::string& what) {
  // Nothing more may reach the file: HDF5 would otherwise write its cached metadata at close
  // (e.g. an end-of-file address beyond what the full disk took), making it unreadable. The
  // descriptor is replaced by a read-only one, so every later write fails harmlessly.
  if (!failed_ && file_ >= 0) {
    void* handle = nullptr;
    if (H5Fget_vfd_handle(file_, H5P_DEFAULT, &handle) >= 0 && handle) {
      const int dead = ::open("/dev/null", O_RDONLY);
      if (dead >= 0) {
        ::dup2(dead, *static_cast<int*>(handle));
        ::close(dead);
      }
    }
  }
  failed_ = true;
  throw IoError(what);
}

void ScanFileWriter::sync(const char* what) {
  if (H5Fflush(file_, H5F_SCOPE_GLOBAL) < 0) fail(std::string("cannot ") + what + " in " + path_ + ": HDF5 flush failed");
  void* handle = nullptr;
  if (H5Fget_vfd_handle(file_, H5P_DEFAULT, &handle) < 0 || !handle)
    fail(std::string("cannot ") + what + " in " + path_ + ": no file descriptor");
  if (::fsync(*static_cast<int*>(handle)) != 0)
    fail(std::string("cannot ") + what + " in " + path_ + ": fsync: " + std::strerror(errno));
}

void ScanFileWriter::publish() {
  if (tmp_path_.empty()) return;
  if (failed_) throw IoError("cannot publish " + path_ + " after a write failure");
  sync("initialise the file");
  if (std::rename(tmp_path_.c_str(), path_.c_str()) != 0)
    fail("cannot rename " + tmp_path_ + " to " + path_ + ": " + std::strerror(errno));
  tmp_path_.clear();
  const std::filesystem::path dir = std::filesystem::path(path_).parent_path();
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd >= 0) {  // the rename itself durable
    ::fsync(fd);
    ::close(fd);
  }
}

void ScanFileWriter::reserve(const std::vector<BlockData>& blocks) {
  // The disk space of this write, taken before anything is written: a full disk (or a file-size
  // limit) then fails here, with the file untouched since the last complete write. Bound: every
  // chunk of the blocks uncompressed, twice (partial chunks are read, merged and rewritten),
  // plus the metadata.
  double bytes = 64 << 10;
  for (const BlockData& d : blocks) bytes += 2.0 * double(d.status.size()) * (8.0 * double(d.values.size()) + 8.0);
  void* handle = nullptr;
  if (H5Fget_vfd_handle(file_, H5P_DEFAULT, &handle) < 0 || !handle) fail("cannot write " + path_ + ": no file descriptor");
  const int fd = *static_cast<int*>(handle);
  haddr_t eoa = 0;  // where HDF5 puts new data
  if (H5Fget_eoa(file_, &eoa) < 0) fail("cannot write " + path_ + ": HDF5 has no end of file address");
  const int e = ::posix_fallocate(fd, static_cast<off_t>(eoa), static_cast<off_t>(bytes));
  if (e != 0 && e != EOPNOTSUPP && e != EINVAL)
    fail("cannot write " + path_ + ": no room for " + std::to_string(static_cast<long long>(bytes)) + " more bytes: " +
         std::strerror(e));
}

void ScanFileWriter::write_done() {
  Id ds(H5Dopen2(file_, L::kLineDone, H5P_DEFAULT), H5Dclose, std::string("open ") + L::kLineDone);
  check(H5Dwrite(ds, H5T_NATIVE_UINT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, done_.data()),
        std::string("write ") + L::kLineDone);
}

std::size_t ScanFileWriter::points_done() const {
  std::size_t n = 0;
  for (auto d : done_) n += d != 0;
  return n * shape_.lambda;
}

void ScanFileWriter::write_blocks(const std::vector<BlockData>& blocks) {
  if (failed_) throw IoError("cannot write " + path_ + ": an earlier write failed");
  if (blocks.empty()) return;
  const GridShape& s = shape_;
  const std::size_t bpp = s.blocks_per_plane(), tb = s.tanb_block();
  const auto& qs = scan_quantities();
  auto write = [&](std::size_t which, hid_t memtype, auto data_of) {
    const hid_t ds = datasets_[which];
    const std::string name = L::result_path(dataset_names()[which]);
    Id fspace(H5Dget_space(ds), H5Sclose, "get a dataspace");
    const int skip = 4 - H5Sget_simple_extent_ndims(fspace);  // 1-D layout: [points] = the tan(beta) index
    for (const BlockData& d : blocks) {
      const std::size_t p = d.block / bpp, t0 = (d.block % bpp) * tb, nt = d.n_tanb;
      const hsize_t mdims[2] = {s.lambda, nt};
      Id mem(H5Screate_simple(2, mdims, nullptr), H5Sclose, "make a dataspace");
      for (std::size_t j0 = 0; j0 < nt;) {  // each run of fresh columns: one write
        if (!d.fresh[j0]) {
          ++j0;
          continue;
        }
        std::size_t j1 = j0;
        while (j1 < nt && d.fresh[j1]) ++j1;
        const hsize_t start[4] = {p / s.mess, p % s.mess, 0, t0 + j0}, count[4] = {1, 1, s.lambda, j1 - j0};
        const hsize_t mstart[2] = {0, j0}, mcount[2] = {s.lambda, j1 - j0};
        check(H5Sselect_hyperslab(fspace, H5S_SELECT_SET, start + skip, nullptr, count + skip, nullptr), "select a block");
        check(H5Sselect_hyperslab(mem, H5S_SELECT_SET, mstart, nullptr, mcount, nullptr), "select a block");
        check(H5Dwrite(ds, memtype, mem, fspace, H5P_DEFAULT, data_of(d)), "write " + name);
        j0 = j1;
      }
    }
  };
  reserve(blocks);
  // A block with lines already done in the file has its chunks read, merged and rewritten, and
  // HDF5 may put the new chunk where the old one was before the index saying so is on disk:
  // those lines are unmarked first (and marked again below), so a kill in between costs their
  // recomputation, never wrong or unreadable data under a done-mark.
  std::vector<std::size_t> rewritten;
  for (const BlockData& d : blocks)
    for (std::size_t j = 0; j < d.n_tanb; ++j)
      if (!d.fresh[j] && done_[s.first_line_of_block(d.block) + j]) rewritten.push_back(s.first_line_of_block(d.block) + j);
  if (!rewritten.empty()) {
    for (std::size_t line : rewritten) done_[line] = 0;
    try {
      write_done();
    } catch (const IoError& e) {
      fail(std::string(e.what()) + " of " + path_);
    }
    sync("unmark lines to be rewritten");
  }
  try {
    for (std::size_t q = 0; q < qs.size(); ++q)
      write(q, H5T_NATIVE_DOUBLE, [&](const BlockData& d) { return d.values[q].data(); });
    write(qs.size(), H5T_NATIVE_UINT32, [&](const BlockData& d) { return d.warnings.data(); });
    write(qs.size() + 1, H5T_NATIVE_UINT32, [&](const BlockData& d) { return d.status.data(); });
  } catch (const IoError& e) {
    fail(std::string(e.what()) + " of " + path_);
  }
  sync("write the results");
  // Only now, with the data on disk, the lines count as done.
  for (const BlockData& d : blocks)
    for (std::size_t j = 0; j < d.n_tanb; ++j)
      if (d.fresh[j]) done_[s.first_line_of_block(d.block) + j] = 1;
  for (std::size_t line : rewritten) done_[line] = 1;
  try {
    write_done();  // (points_done, an attribute, is set by finish(): attributes stay fixed while writing)
  } catch (const IoError& e) {
    fail(std::string(e.what()) + " of " + path_);
  }
  sync("mark lines done");
}

void ScanFileWriter::finish(const ScanMeta& meta) {
  if (failed_) throw IoError("cannot write " + path_ + ": an earlier write failed");
  if (ordered_) {  // attributes cannot change in SWMR writing: close (ending it) and reopen
    sync("finish");
    for (long long d : datasets_) H5Dclose(d);
    datasets_.clear();
    const herr_t closed = H5Fclose(file_);
    file_ = -1;
    ordered_ = false;
    if (closed < 0) fail("cannot finish " + path_ + ": HDF5 close failed");
    file_ = scanfile::h5::open_for_writing_again(tmp_path_.empty() ? path_ : tmp_path_);
    if (file_ < 0) fail("cannot finish " + path_ + ": cannot open it again");
  }
  try {
    set_string_attr(file_, L::kAttrEndTime, meta.end_time);
    set_int_attr(file_, L::kAttrComplete, meta.complete ? 1 : 0);
    set_int_attr(file_, L::kAttrPointsDone, static_cast<long long>(points_done()));
  } catch (const IoError& e) {
    fail(std::string(e.what()) + " of " + path_);
  }
  sync("finish");
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
  d.shape = shape_of(r);
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

}  // namespace gmsb::scan
