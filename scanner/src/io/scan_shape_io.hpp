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
#include "io/scan_file.hpp"

namespace gmsb::scanfile {

/// Writes the root attributes `shape`, `mess_axis` (grids) and the samples' attributes, and the
/// axes (grid) or /points (1-D) of `cfg`.
void write_shape(hid_t file, const scan::ScanConfig& cfg);

/// Rank, dimensions and chunks of every /results array: [models, M, Lambda, tan(beta)] with the
/// grid's chunks, or [points] with chunks of the write block (GridShape::kPointBlock points) for the 1-D shapes.
struct ResultSpace {
  int rank = 4;
  std::vector<hsize_t> dims, maxdims, chunk;
};
ResultSpace result_space(const scan::ScanConfig& cfg);

/// Grows a samples file to the points of `cfg` (the same samples with a larger count:
/// same_samples_but_more): writes a new file for `cfg` under a temporary name with the points of
/// the old one that are marked done, and renames it over `path` (ScanFileWriter::publish). The
/// caller holds the OutputLock of `path`.
void grow_samples_file(const std::string& path, const scan::ScanConfig& cfg, const scan::ScanMeta& meta);

/// The Latin-hypercube batches stored in a samples file's `sample_batches` ("" for none).
std::vector<std::size_t> parse_batches(const std::string& text);

}  // namespace gmsb::scanfile
