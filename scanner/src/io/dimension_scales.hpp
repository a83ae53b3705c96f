#pragma once
/// \file dimension_scales.hpp
/// HDF5 dimension scales (hdf5_hl H5DS) on the scan file, so that netCDF-4 readers see named,
/// coordinate-labelled dimensions (docs/hdf5-layout.md "Dimension scales"): every
/// [model, M, Lambda, tan(beta)] dataset of /results gets the scales "model", "mess" (or the
/// grid's other M axis in /axes), "lambda", "tanb", which live in /results (netCDF coordinates are
/// found in the variable's own group): /results/mess, /results/lambda and /results/tanb are hard
/// links to /axes/mess, /axes/lambda and /axes/tanb (the same datasets), /results/model is a copy
/// of /models/name. Files without a grid (no /axes, or no rank-4 dataset) get none.
/// `xarray.open_dataset(path, engine="h5netcdf", group="results")` then reads the results with
/// their coordinates. Values of the datasets are not touched (attributes only).
///
/// \code
///   gmsb::scanfile::attach_dimension_scales(file);  // after /axes, /models and /results exist
/// \endcode

#include <hdf5.h>

namespace gmsb::scanfile {

/// Makes the scales and attaches them to every rank-4 dataset of /results. Throws gmsb::IoError
/// ("HDF5: cannot ...") on failure. Call once, when the file is created.
void attach_dimension_scales(hid_t file);

}  // namespace gmsb::scanfile
