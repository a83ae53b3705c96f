#include "config/scan_shape.hpp"

#include <cmath>

namespace gmsb::scan {

const char* shape_name(ScanShape s) {
  switch (s) {
    case ScanShape::kPoints: return "points";
    case ScanShape::kSamples: return "samples";
    default: return "grid";
  }
}

const char* mess_axis_name(MessAxis a) {
  switch (a) {
    case MessAxis::kMessOverLambda: return "mess_over_lambda";
    case MessAxis::kX: return "x";
    default: return "mess";
  }
}

double mess_of(MessAxis a, double v, double lambda_gev) {
  switch (a) {
    case MessAxis::kMessOverLambda: return v * lambda_gev;  // M = r Lambda
    case MessAxis::kX: return lambda_gev / v;               // x = Lambda / M
    default: return v;
  }
}

const char* sample_method_name(SampleMethod m) {
  return m == SampleMethod::kLatinHypercube ? "latin_hypercube" : "uniform";
}

double SampleRange::at(double u) const {
  if (!log) return from + u * (to - from);
  return std::exp(std::log(from) + u * (std::log(to) - std::log(from)));
}

}  // namespace gmsb::scan
