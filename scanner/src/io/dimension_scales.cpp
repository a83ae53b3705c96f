#include "io/dimension_scales.hpp"

#include <hdf5_hl.h>

#include <cstddef>

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

/// Names of the datasets of rank 4 in /results.
std::vector<std::string> rank4_datasets(hid_t file) {
  Id results(H5Gopen2(file, L::kResults, H5P_DEFAULT), H5Gclose, std::string("open ") + L::kResults);
  std::vector<std::string> out;
  for (const std::string& name : members(results, L::kResults)) {
    Id obj(H5Oopen(results, name.c_str(), H5P_DEFAULT), H5Oclose, "open " + L::result_path(name));
    if (H5Iget_type(obj) != H5I_DATASET) continue;
    Id space(H5Dget_space(obj), H5Sclose, "get the dataspace of " + L::result_path(name));
    if (H5Sget_simple_extent_ndims(space) == 4) out.push_back(name);
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

}  // namespace

void attach_dimension_scales(hid_t file) {
  if (H5Lexists(file, L::kAxes, H5P_DEFAULT) <= 0) return;  // a 1-D layout (/points): no grid dimensions
  const std::vector<std::string> datasets = rank4_datasets(file);
  const std::string mess = mess_axis(file);
  if (datasets.empty() || mess.empty()) return;
  // The scales in the order of the dimensions [model, M, Lambda, tan(beta)]: name, source.
  const std::string names[4] = {"model", mess, "lambda", "tanb"};
  const std::string sources[4] = {L::kModelsName, std::string(L::kAxes) + "/" + mess, L::kAxisLambda, L::kAxisTanb};
  for (int d = 0; d < 4; ++d) {
    const std::string path = L::result_path(names[d]);
    if (d == 0)  // a copy: a second name of /models/name would end in "name", not "model"
      check(H5Ocopy(file, sources[d].c_str(), file, path.c_str(), H5P_DEFAULT, H5P_DEFAULT), "copy " + path);
    else
      check(H5Lcreate_hard(file, sources[d].c_str(), file, path.c_str(), H5P_DEFAULT, H5P_DEFAULT), "link " + path);
    Id scale(H5Dopen2(file, path.c_str(), H5P_DEFAULT), H5Dclose, "open " + path);
    check(H5DSset_scale(scale, names[d].c_str()), "make " + path + " a dimension scale");
    for (const std::string& name : datasets) {
      const std::string target = L::result_path(name);
      Id ds(H5Dopen2(file, target.c_str(), H5P_DEFAULT), H5Dclose, "open " + target);
      check(H5DSattach_scale(ds, scale, static_cast<unsigned>(d)), "attach " + path + " to " + target);
    }
  }
}

}  // namespace gmsb::scanfile
