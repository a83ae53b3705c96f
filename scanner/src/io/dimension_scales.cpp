#include "io/dimension_scales.hpp"

#include <hdf5_hl.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "gmsb/error.hpp"
#include "io/hdf5_handles.hpp"
#include "io/scan_file_layout.hpp"

namespace gmsb::scanfile {

namespace L = layout;
using h5::check;
using h5::Id;

namespace {

/// Names of the links of `group`, in name order (API calls that are the same in HDF5 1.8-1.14).
std::vector<std::string> members(hid_t group, const std::string& what) {
  H5G_info_t info;
  check(H5Gget_info(group, &info), "list " + what);
  std::vector<std::string> names;
  for (hsize_t i = 0; i < info.nlinks; ++i) {
    const ssize_t len = H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, i, nullptr, 0, H5P_DEFAULT);
    if (len < 0) check(-1, "list " + what);
    std::vector<char> name(static_cast<std::size_t>(len) + 1);
    check(H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, i, name.data(), name.size(), H5P_DEFAULT) < 0 ? -1 : 0,
          "list " + what);
    names.emplace_back(name.data());
  }
  return names;
}

/// Names of the datasets of rank `rank` in /results.
std::vector<std::string> result_datasets(hid_t file, int rank) {
  Id results(H5Gopen2(file, L::kResults, H5P_DEFAULT), H5Gclose, std::string("open ") + L::kResults);
  std::vector<std::string> out;
  for (const std::string& name : members(results, L::kResults)) {
    Id obj(H5Oopen(results, name.c_str(), H5P_DEFAULT), H5Oclose, "open " + L::result_path(name));
    if (H5Iget_type(obj) != H5I_DATASET) continue;
    Id space(H5Dget_space(obj), H5Sclose, "get the dataspace of " + L::result_path(name));
    if (H5Sget_simple_extent_ndims(space) == rank) out.push_back(name);
  }
  return out;
}

/// The M axis of a grid: the one dataset of /axes besides lambda and tanb (mess, or the tied axis).
std::string mess_axis(hid_t file) {
  Id axes(H5Gopen2(file, L::kAxes, H5P_DEFAULT), H5Gclose, std::string("open ") + L::kAxes);
  std::vector<std::string> others;
  for (const std::string& name : members(axes, L::kAxes))
    if (name != "lambda" && name != "tanb") others.push_back(name);
  return others.size() == 1 ? others[0] : "";
}

/// A second name `link` (a root path "/NAME") of the object at `target`: a hard link, no copy.
void link_at_root(hid_t file, const std::string& target, const std::string& link) {
  if (H5Lexists(file, link.c_str(), H5P_DEFAULT) != 0)  // the layout's names are fixed: a clash is a bug
    throw IoError("HDF5: cannot link " + link + " to " + target + ": the name is taken");
  check(H5Lcreate_hard(file, target.c_str(), file, link.c_str(), H5P_DEFAULT, H5P_DEFAULT), "link " + link);
}

/// Makes `path` the dimension scale `name` and attaches it as dimension `dim` of each dataset of `targets`.
void make_scale(hid_t file, const std::string& path, const char* name, const std::vector<std::string>& targets,
                unsigned dim) {
  Id scale(H5Dopen2(file, path.c_str(), H5P_DEFAULT), H5Dclose, "open " + path);
  check(H5DSset_scale(scale, name), "make " + path + " a dimension scale");
  for (const std::string& target : targets) {
    Id ds(H5Dopen2(file, target.c_str(), H5P_DEFAULT), H5Dclose, "open " + target);
    check(H5DSattach_scale(ds, scale, dim), "attach " + path + " to " + target);
  }
}

/// Copies /models/name to `path` (the model names as a scale: a second name of /models/name
/// would end in "name", and netCDF readers name a dimension after its scale's last path component).
void copy_model_names(hid_t file, const std::string& path) {
  check(H5Ocopy(file, L::kModelsName, file, path.c_str(), H5P_DEFAULT, H5P_DEFAULT), "copy " + path);
}

/// A grid: scales model, M axis, lambda, tanb in /results on every rank-4 dataset, and the root links.
void grid_scales(hid_t file) {
  const std::vector<std::string> datasets = result_datasets(file, 4);
  const std::string mess = mess_axis(file);
  if (datasets.empty() || mess.empty()) return;
  std::vector<std::string> targets;
  for (const std::string& name : datasets) targets.push_back(L::result_path(name));
  // The scales in the order of the dimensions [model, M, Lambda, tan(beta)]: name, source.
  const std::string names[4] = {"model", mess, "lambda", "tanb"};
  const std::string sources[4] = {L::kModelsName, L::axis_path(mess), L::kAxisLambda, L::kAxisTanb};
  for (int d = 0; d < 4; ++d) {
    const std::string path = L::result_path(names[d]);
    if (d == 0)
      copy_model_names(file, path);
    else
      check(H5Lcreate_hard(file, sources[d].c_str(), file, path.c_str(), H5P_DEFAULT, H5P_DEFAULT), "link " + path);
    make_scale(file, path, names[d].c_str(), targets, static_cast<unsigned>(d));
  }
  // The root group as a netCDF group too: every dataset and scale of /results under its own name.
  for (const std::string& name : datasets) link_at_root(file, L::result_path(name), "/" + name);
  for (const std::string& name : names) link_at_root(file, L::result_path(name), "/" + name);
}

/// The 1-D layout: the dimension /point (a netCDF dimension without a variable: a scale of no
/// stored values) on every /results and /points dataset, the model names /model, the CF
/// `coordinates` of the results, and the root links.
void point_scales(hid_t file) {
  const std::vector<std::string> datasets = result_datasets(file, 1);
  if (datasets.empty()) return;
  hsize_t n = 0;
  {
    Id ds(H5Dopen2(file, L::result_path(datasets.front()).c_str(), H5P_DEFAULT), H5Dclose,
          "open " + L::result_path(datasets.front()));
    n = h5::dims_of(ds).at(0);
  }
  if (n == 0) return;
  {  // chunked and never written: no storage (netCDF-4 makes such scales the same way)
    Id space(H5Screate_simple(1, &n, nullptr), H5Sclose, "make a dataspace");
    Id dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose, "make a property list");
    const hsize_t chunk = std::min<hsize_t>(n, 1024);
    check(H5Pset_chunk(dcpl, 1, &chunk), "set chunking");
    Id ds(H5Dcreate2(file, L::kPointDimension, H5T_IEEE_F32LE, space, H5P_DEFAULT, dcpl, H5P_DEFAULT), H5Dclose,
          std::string("create ") + L::kPointDimension);
  }
  // The (model, lambda, mess, tanb, sign_mu) of each point, under the names the root gives them.
  const std::pair<const char*, const char*> inputs[] = {{L::kPointsModel, "model_index"},
                                                        {L::kPointsLambda, "lambda"},
                                                        {L::kPointsMess, "mess"},
                                                        {L::kPointsTanb, "tanb"},
                                                        {L::kPointsSignMu, "sign_mu"}};
  std::vector<std::string> targets;
  for (const std::string& name : datasets) targets.push_back(L::result_path(name));
  std::string coordinates;
  for (const auto& [path, name] : inputs)
    if (H5Lexists(file, path, H5P_DEFAULT) > 0) {
      targets.push_back(path);
      coordinates += (coordinates.empty() ? "" : " ") + std::string(name);
    }
  char not_a_variable[96];  // netCDF-4's NAME of a dimension without a coordinate variable
  std::snprintf(not_a_variable, sizeof not_a_variable, "This is a netCDF dimension but not a netCDF variable.%10llu",
                static_cast<unsigned long long>(n));
  make_scale(file, L::kPointDimension, not_a_variable, targets, 0);
  copy_model_names(file, L::kModelDimension);
  make_scale(file, L::kModelDimension, "model", {}, 0);
  for (const std::string& name : datasets) {
    const std::string path = L::result_path(name);
    Id ds(H5Dopen2(file, path.c_str(), H5P_DEFAULT), H5Dclose, "open " + path);
    h5::set_string_attr(ds, L::kAttrCoordinates, coordinates);
    link_at_root(file, path, "/" + name);
  }
  for (const auto& [path, name] : inputs)
    if (H5Lexists(file, path, H5P_DEFAULT) > 0) link_at_root(file, path, std::string("/") + name);
}

}  // namespace

void attach_dimension_scales(hid_t file) {
  if (H5Lexists(file, L::kAxes, H5P_DEFAULT) > 0) return grid_scales(file);
  if (H5Lexists(file, L::kPoints, H5P_DEFAULT) > 0) return point_scales(file);
}

}  // namespace gmsb::scanfile
