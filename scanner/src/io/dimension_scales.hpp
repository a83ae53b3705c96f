#pragma once
/// \file dimension_scales.hpp
/// HDF5 dimension scales (hdf5_hl H5DS) on the scan file, so that netCDF-4 readers (xarray with
/// h5netcdf) see named, coordinate-labelled dimensions, in the root group and in /results
/// (docs/hdf5-layout.md "Dimension scales"). Values of the datasets are not touched (attributes
/// and links only; nothing of the results is copied).
///
/// A grid: every [model, M, Lambda, tan(beta)] dataset of /results gets the scales "model",
/// "mess" (or the grid's other M axis in /axes), "lambda", "tanb", which live in /results
/// (netCDF coordinates are found in the variable's own group): /results/mess, /results/lambda and
/// /results/tanb are hard links to /axes/mess, /axes/lambda and /axes/tanb (the same datasets),
/// /results/model is a copy of /models/name. The root links every dataset of /results (the
/// quantities, status, warnings and the four scales) under its own name: /mh is /results/mh.
///
/// The 1-D layout (/points): the scale /point (a netCDF dimension without stored values) on every
/// /results and /points dataset, /model (a copy of /models/name, the dimension `model`), the CF
/// attribute `coordinates` = "model_index lambda mess tanb sign_mu" on every /results dataset, and
/// root links /<q> to /results/<q>, /model_index to /points/model, /lambda, /mess, /tanb,
/// /sign_mu to /points/*.
///
/// `xarray.open_dataset(path, engine="h5netcdf")` then reads the results with their coordinates
/// (grids also with group="results"). Files without /axes or /points get none.
///
/// \code
///   gmsb::scanfile::attach_dimension_scales(file);  // after /axes or /points, /models and /results exist
/// \endcode

#include <hdf5.h>

namespace gmsb::scanfile {

/// Makes the scales, attaches them and links the root names. Throws gmsb::IoError
/// ("HDF5: cannot ...") on failure. Call once, when the file is created.
void attach_dimension_scales(hid_t file);

}  // namespace gmsb::scanfile
