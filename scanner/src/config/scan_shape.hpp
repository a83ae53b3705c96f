#pragma once
/// \file scan_shape.hpp
/// The shapes of a scan beyond the rectangular grid (docs/configs.md, "Scan shapes"):
///  - a grid whose M axis is tied to Lambda: `mess_over_lambda` (M = r Lambda) or `x`
///    (x = Lambda / M, so M = Lambda / x);
///  - an explicit list of points (`points:` inline or from a CSV file);
///  - random samples (`samples:` uniform / log-uniform per parameter or a Latin hypercube).
/// The grid shapes keep the [model, M, Lambda, tan(beta)] layout; lists and samples are 1-D
/// (docs/hdf5-layout.md, "1-D layout").
///
/// \code
///   double m = gmsb::scan::mess_of(gmsb::scan::MessAxis::kMessOverLambda, 2.0, 1e5);  // 2e5 GeV
/// \endcode

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace gmsb::scan {

/// Grid (the default, M axis independent or tied), point list, or random samples.
enum class ScanShape { kGrid, kPoints, kSamples };
/// What the values of the grid's M axis are: M in GeV, the ratio r = M / Lambda, or x = Lambda / M.
enum class MessAxis { kGeV, kMessOverLambda, kX };

/// "grid", "points", "samples" (the root attribute `shape` of the file).
const char* shape_name(ScanShape s);
/// The config key and the /axes dataset of the M axis: "mess", "mess_over_lambda", "x".
const char* mess_axis_name(MessAxis a);

/// M in GeV at the M-axis value `v` and Lambda: v (kGeV), v Lambda (kMessOverLambda), Lambda / v (kX).
double mess_of(MessAxis a, double v, double lambda_gev);

/// One point of a list or of the samples; `model` indexes ScanConfig::models.
struct ListPoint {
  std::size_t model = 0;
  double lambda_gev = 0, mess_gev = 0, tanb = 0;
  int sign_mu = +1;
};

/// How random samples are drawn.
enum class SampleMethod { kUniform, kLatinHypercube };
/// "uniform" or "latin_hypercube".
const char* sample_method_name(SampleMethod m);

/// A sampled parameter: uniform in [from, to], or uniform in log when `log`.
struct SampleRange {
  double from = 0, to = 0;
  bool log = false;
  /// The value at u in [0, 1).
  double at(double u) const;
};

/// The `samples:` map of a config (docs/configs.md, "Random samples").
struct SampleSpec {
  std::size_t count = 0;  ///< parameter points; each is computed for every model
  std::uint64_t seed = 0;
  SampleMethod method = SampleMethod::kUniform;
  SampleRange lambda, mess, tanb;  ///< `mess` in the units of mess_axis
  MessAxis mess_axis = MessAxis::kGeV;
  /// Latin-hypercube batches: counts summing to `count`. One batch of `count` for a new scan;
  /// --resume with a larger count appends a batch of the new samples (random_samples.hpp).
  std::vector<std::size_t> batches;
};

}  // namespace gmsb::scan
