#pragma once
/// \file bindings.hpp
/// The parts of the compiled module gmsb._core (module.cpp): the exceptions, gmsb.point's
/// result type, gmsb.scan's runner. Each add_*() defines its names on the module.

#include <pybind11/pybind11.h>

namespace gmsb::python {

void add_errors(pybind11::module_& m);  ///< Error, UsageError, InputError, ConfigError, IoError
void add_point(pybind11::module_& m);   ///< _point(args), _point_options(), Point
void add_scan(pybind11::module_& m);    ///< _scan(...), _models_json()

}  // namespace gmsb::python
