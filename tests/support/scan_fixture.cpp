#include "scan_fixture.hpp"

#include <hdf5.h>

#include <cmath>
#include <stdexcept>

#include "gmsb/spectrum_calculator.hpp"
#include "gmsb/status.hpp"
#include "internal_namespaces.hpp"

namespace gmsb::fixture {

const std::vector<std::string>& fixture_quantities() {
  static const std::vector<std::string> q{"mh",        "mH",        "mA",         "mHpm",        "mu",
                                          "B",         "mstau1_sq", "mstau1",     "mstop1",      "mstop2",
                                          "msbottom1", "msbottom2", "mgluino",    "M1",          "M2",
                                          "M3",        "msusy",     "mneutralino1", "mchargino1", "msquark_uL",
                                          "mselectron_R", "At"};
  return q;
}

namespace {

double quantity(const PointResult& r, const std::string& q) {
  if (q == "mh") return r.mh;
  if (q == "mH") return r.mH;
  if (q == "mA") return r.mA;
  if (q == "mHpm") return r.mHpm;
  if (q == "mu") return r.mu;
  if (q == "B") return r.B;
  if (q == "mstau1_sq") return r.mstau1_sq;
  if (q == "mstau1") return r.mstau1;
  if (q == "mstop1") return r.mstop1;
  if (q == "mstop2") return r.mstop2;
  if (q == "msbottom1") return r.msbottom1;
  if (q == "msbottom2") return r.msbottom2;
  if (q == "mgluino") return r.mgluino;
  if (q == "M1") return r.M1;
  if (q == "M2") return r.M2;
  if (q == "M3") return r.M3;
  if (q == "msusy") return r.msusy;
  if (q == "mneutralino1") return r.mneutralino[0];
  if (q == "mchargino1") return r.mchargino[0];
  if (q == "msquark_uL") return r.msquark_uL;
  if (q == "mselectron_R") return r.mselectron_R;
  if (q == "At") return r.at_msusy[kAt];
  throw std::invalid_argument("unknown quantity " + q);
}

void check(herr_t e, const char* what) {
  if (e < 0) throw std::runtime_error(std::string("HDF5: ") + what);
}

void string_attr(hid_t obj, const char* name, const std::string& value) {
  hid_t t = H5Tcopy(H5T_C_S1);
  H5Tset_size(t, H5T_VARIABLE);
  H5Tset_cset(t, H5T_CSET_UTF8);
  hid_t sp = H5Screate(H5S_SCALAR);
  hid_t a = H5Acreate2(obj, name, t, sp, H5P_DEFAULT, H5P_DEFAULT);
  const char* p = value.c_str();
  check(H5Awrite(a, t, &p), name);
  H5Aclose(a);
  H5Sclose(sp);
  H5Tclose(t);
}

void int_attr(hid_t obj, const char* name, long long v) {
  hid_t sp = H5Screate(H5S_SCALAR);
  hid_t a = H5Acreate2(obj, name, H5T_STD_I64LE, sp, H5P_DEFAULT, H5P_DEFAULT);
  check(H5Awrite(a, H5T_NATIVE_LLONG, &v), name);
  H5Aclose(a);
  H5Sclose(sp);
}

void dataset(hid_t loc, const char* name, hid_t file_type, hid_t mem_type, const std::vector<hsize_t>& dims,
             const void* data) {
  hid_t sp = H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr);
  hid_t d = H5Dcreate2(loc, name, file_type, sp, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  check(d, name);
  check(H5Dwrite(d, mem_type, H5S_ALL, H5S_ALL, H5P_DEFAULT, data), name);
  H5Dclose(d);
  H5Sclose(sp);
}

}  // namespace

FixtureData compute_fixture(const FixtureGrid& grid) {
  FixtureData data;
  data.grid = grid;
  const auto seeds = enumerate_seed_models();
  for (const auto& n : grid.models) {
    std::string name = n.to_string();
    for (const auto& s : seeds)
      if (s.indices == n) name = s.name();
    data.names.push_back(name);
  }
  const std::size_t nm = grid.models.size(), nk = grid.mess_gev.size(), nl = grid.lambda_gev.size(),
                    nt = grid.tanb.size();
  const std::size_t total = nm * nk * nl * nt;
  for (const auto& q : fixture_quantities()) data.results[q].assign(total, NAN);
  data.status.assign(total, bit(StatusBit::kNotComputed));
  const SpectrumCalculator calc(grid.sm, grid.settings);
  const long n_lines = static_cast<long>(nm * nk * nt);
#pragma omp parallel for schedule(dynamic)
  for (long line = 0; line < n_lines; ++line) {
    const std::size_t it = line % nt, k = (line / nt) % nk, m = line / (nt * nk);
    PointInput base{grid.models[m], grid.lambda_gev.front(), grid.mess_gev[k], grid.tanb[it], grid.sign_mu};
    const auto res = calc.compute_lambda_line(base, grid.lambda_gev);
    for (std::size_t il = 0; il < nl; ++il) {
      const std::size_t idx = data.index(m, k, il, it);
      data.status[idx] = res[il].status;
      for (const auto& q : fixture_quantities()) data.results[q][idx] = quantity(res[il], q);
    }
  }
  return data;
}

void write_fixture(const std::string& path, const FixtureData& data) {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  hid_t f = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
  if (f < 0) throw std::runtime_error("cannot create " + path);
  const auto& g = data.grid;
  string_attr(f, "format", data.format);
  string_attr(f, "program_version", "test-fixture");
  string_attr(f, "config_yaml", "# test fixture (tests/support/scan_fixture.cpp)\n");
  string_attr(f, "config_path", "");
  string_attr(f, "method", method_name(g.settings.method));
  string_attr(f, "settings_json", "{}");
  string_attr(f, "sm_inputs_json", "{}");
  string_attr(f, "start_time", "");
  string_attr(f, "end_time", "");
  int_attr(f, "sign_mu", g.sign_mu);
  int_attr(f, "complete", 1);
  int_attr(f, "points_total", static_cast<long long>(data.status.size()));
  int_attr(f, "points_done", static_cast<long long>(data.status.size()));

  hid_t axes = H5Gcreate2(f, "axes", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  dataset(axes, "lambda", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {g.lambda_gev.size()}, g.lambda_gev.data());
  dataset(axes, "tanb", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {g.tanb.size()}, g.tanb.data());
  dataset(axes, "mess", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {g.mess_gev.size()}, g.mess_gev.data());
  H5Gclose(axes);

  hid_t models = H5Gcreate2(f, "models", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  std::vector<double> n;
  std::vector<int> fifths;
  std::vector<const char*> names;
  for (std::size_t i = 0; i < g.models.size(); ++i) {
    n.insert(n.end(), {g.models[i].n1(), double(g.models[i].n2), double(g.models[i].n3)});
    fifths.push_back(g.models[i].n1_fifths);
    names.push_back(data.names[i].c_str());
  }
  dataset(models, "N", H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, {g.models.size(), 3}, n.data());
  dataset(models, "N1_fifths", H5T_STD_I32LE, H5T_NATIVE_INT, {g.models.size()}, fifths.data());
  hid_t st = H5Tcopy(H5T_C_S1);
  H5Tset_size(st, H5T_VARIABLE);
  H5Tset_cset(st, H5T_CSET_UTF8);
  dataset(models, "name", st, st, {g.models.size()}, names.data());
  if (!data.variant_json.empty()) {
    std::vector<const char*> variants;
    for (const auto& v : data.variant_json) variants.push_back(v.c_str());
    dataset(models, "variant_json", st, st, {variants.size()}, variants.data());
  }
  H5Tclose(st);
  H5Gclose(models);

  hid_t results = H5Gcreate2(f, "results", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
  const std::vector<hsize_t> dims{g.models.size(), g.mess_gev.size(), g.lambda_gev.size(), g.tanb.size()};
  for (const auto& [q, v] : data.results) {
    dataset(results, q.c_str(), H5T_IEEE_F64LE, H5T_NATIVE_DOUBLE, dims, v.data());
    hid_t d = H5Dopen2(results, q.c_str(), H5P_DEFAULT);
    string_attr(d, "units", q == "mstau1_sq" ? "GeV^2" : "GeV");
    H5Dclose(d);
  }
  dataset(results, "status", H5T_STD_U32LE, H5T_NATIVE_UINT32, dims, data.status.data());
  hid_t d = H5Dopen2(results, "status", H5P_DEFAULT);
  std::string all;  // `gmsb scan` also writes this summary attribute; readers must tolerate it
  for (StatusBit b : all_status_bits()) {
    string_attr(d, ("bit_" + std::to_string(static_cast<unsigned>(b))).c_str(), status_bit_name(b));
    all += (all.empty() ? "" : ",") + std::to_string(static_cast<unsigned>(b)) + ":" + status_bit_name(b);
  }
  string_attr(d, "bit_names", all);
  H5Dclose(d);
  H5Gclose(results);
  check(H5Fclose(f), "close");
}

}  // namespace gmsb::fixture
