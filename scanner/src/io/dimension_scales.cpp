#include "io/dimension_scales.hpp"

#include <hdf5_hl.h>

#include <cstddef>

#include "io/hdf5_handles.hpp"
#include "io/scan_file_layout.hpp"

namespace gmsb::scanfile {

namespace L = layout;
using h5::check;
using h5::Id;

const std::vector<std::string>& dimension_names() {
  static const std::vector<std::string> names{"model", "mess", "lambda", "tanb"};
  return names;
}

namespace {

/// Names of the datasets of rank 4 in the group `group` (API calls that are the same in HDF5 1.8-1.14).
std::vector<std::string> rank4_datasets(hid_t group) {
  H5G_info_t info;
  check(H5Gget_info(group, &info), "list /results");
  std::vector<std::string> names;
  for (hsize_t i = 0; i < info.nlinks; ++i) {
    const ssize_t len = H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, i, nullptr, 0, H5P_DEFAULT);
    if (len < 0) check(-1, "list /results");
    std::vector<char> name(static_cast<std::size_t>(len) + 1);
    check(H5Lget_name_by_idx(group, ".", H5_INDEX_NAME, H5_ITER_INC, i, name.data(), name.size(), H5P_DEFAULT) < 0 ? -1 : 0,
          "list /results");
    Id obj(H5Oopen(group, name.data(), H5P_DEFAULT), H5Oclose, std::string("open /results/") + name.data());
    if (H5Iget_type(obj) != H5I_DATASET) continue;
    Id space(H5Dget_space(obj), H5Sclose, std::string("get the dataspace of /results/") + name.data());
    if (H5Sget_simple_extent_ndims(space) == 4) names.emplace_back(name.data());
  }
  return names;
}

}  // namespace

void attach_dimension_scales(hid_t file) {
  const std::vector<std::string> datasets = [&] {
    Id results(H5Gopen2(file, L::kResults, H5P_DEFAULT), H5Gclose, std::string("open ") + L::kResults);
    return rank4_datasets(results);
  }();
  // The scales, in the order of the dimensions: where each one comes from.
  const char* sources[4] = {L::kModelsName, L::kAxisMess, L::kAxisLambda, L::kAxisTanb};
  for (int d = 0; d < 4; ++d) {
    const std::string path = L::result_path(dimension_names()[d]);
    if (d == 0)  // a copy: a second name of /models/name would end in "name", not "model"
      check(H5Ocopy(file, sources[d], file, path.c_str(), H5P_DEFAULT, H5P_DEFAULT), "copy " + path);
    else
      check(H5Lcreate_hard(file, sources[d], file, path.c_str(), H5P_DEFAULT, H5P_DEFAULT), "link " + path);
    Id scale(H5Dopen2(file, path.c_str(), H5P_DEFAULT), H5Dclose, "open " + path);
    check(H5DSset_scale(scale, dimension_names()[d].c_str()), "make " + path + " a dimension scale");
    for (const std::string& name : datasets) {
      const std::string target = L::result_path(name);
      Id ds(H5Dopen2(file, target.c_str(), H5P_DEFAULT), H5Dclose, "open " + target);
      check(H5DSattach_scale(ds, scale, static_cast<unsigned>(d)), "attach " + path + " to " + target);
    }
  }
}

}  // namespace gmsb::scanfile
