#pragma once
/// \file scan_shape_io.hpp
/// The parts of the scan file that depend on the scan's shape (docs/hdf5-layout.md, "Scan
/// shapes"): the axes of a grid (M independent or tied to Lambda) or the /points datasets of a
/// 1-D scan, the shape attributes, the dataspace of the /results arrays, and the growth of a
/// samples file when --resume asks for more samples. Used by ScanFileWriter (scan_file.cpp).

#include <hdf5.h>

#include <cstddef>
#include <string>
#include <vector>

#include "config/scan_config.hpp"

namespace gmsb::scanfile {

/// Writes the root attributes `shape`, `mess_axis` (grids) and the samples' attributes, and the
/// axes (grid) or /points (1-D) of `cfg`.
void write_shape(hid_t file, const scan::ScanConfig& cfg);

/// Rank, dimensions and chunks of every /results array: [models, M, Lambda, tan(beta)] with the
/// grid's chunks, or [points] (extendible) with chunks of kPointChunk points for the 1-D shapes.
struct ResultSpace {
  int rank = 4;
  std::vector<hsize_t> dims, maxdims, chunk;
};
constexpr hsize_t kPointChunk = 1024;
ResultSpace result_space(const scan::ScanConfig& cfg);

/// Grows a samples file to the points of `cfg` (same samples, larger count; see
/// same_samples_but_more): extends /points and every /results array (new entries: the fill
/// values, i.e. not computed), writes the new points, and updates config_yaml, config_path,
/// points_total, the sample attributes and complete = 0.
void grow_samples(hid_t file, const scan::ScanConfig& cfg);

/// The Latin-hypercube batches stored in a samples file's `sample_batches` ("" for none).
std::vector<std::size_t> parse_batches(const std::string& text);

}  // namespace gmsb::scanfile
