#pragma once
/// \file scan_lines.hpp
/// The unit of work of a scan, shared by the OpenMP driver and the MPI workers: line `line` of
/// the store (GridShape). A grid line is (model, M, tan(beta)) over all Lambda, computed with
/// the warm start along Lambda (SpectrumCalculator::compute_lambda_line; with M tied to Lambda,
/// compute_line with M = r Lambda or Lambda / x at each point). A line of a 1-D scan (point
/// list, samples) is one point, computed cold (SpectrumCalculator::compute without a guess), so
/// that every point is a function of its inputs alone.

#include <cstddef>
#include <vector>

#include "gmsb/spectrum_calculator.hpp"
#include "config/scan_config.hpp"
#include "io/scan_file.hpp"

namespace gmsb::scan {

/// The results of line `line` of a scan of shape GridShape::of(cfg), in the store's Lambda order.
std::vector<PointResult> compute_scan_line(const ScanConfig& cfg, const SpectrumCalculator& calc, std::size_t line);

}  // namespace gmsb::scan
