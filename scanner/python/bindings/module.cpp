// gmsb._core: the compiled part of the Python package gmsb (docs/python.md), over the scanner's
// library: the same option parsing, checks, JSON and scan driver as the `gmsb` program.
#include <pybind11/pybind11.h>

#include <exception>
#include <string>

#include "bindings.hpp"
#include "gmsb/error.hpp"
#include "gmsb/version.hpp"

namespace py = pybind11;

namespace gmsb::python {

void add_errors(py::module_& m) {
  // gmsb.Error(Exception) and one subclass per gmsb::ErrorKind, with the natural builtin as a
  // second base; class attribute exit_code = the `gmsb` program's exit status (docs/errors.md).
  auto make = [&](const char* name, py::handle bases, int code, const char* doc) {
    PyObject* cls = PyErr_NewExceptionWithDoc((std::string("gmsb.") + name).c_str(), doc, bases.ptr(), nullptr);
    if (!cls) throw py::error_already_set();
    py::object c = py::reinterpret_steal<py::object>(cls);
    c.attr("exit_code") = code;
    m.attr(name) = c;
    return c;
  };
  py::object error = make("Error", py::handle(PyExc_Exception), 1, "Base of the errors of gmsb (a gmsb::Error).");
  auto sub = [&](const char* name, PyObject* builtin, int code, const char* doc) {
    return make(name, py::make_tuple(error, py::handle(builtin)), code, doc);
  };
  // Kept for the life of the process (never released: the translator may run until exit).
  static PyObject* const usage = sub("UsageError", PyExc_TypeError, 2, "Bad usage: unknown, missing or conflicting arguments.").release().ptr();
  static PyObject* const input = sub("InputError", PyExc_ValueError, 3, "A value out of its range or malformed.").release().ptr();
  static PyObject* const config = sub("ConfigError", PyExc_ValueError, 4, "A scan config with bad structure (FILE:LINE: KEY).").release().ptr();
  static PyObject* const io = sub("IoError", PyExc_OSError, 5, "A file that cannot be read or written, or has the wrong layout.").release().ptr();
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const Error& e) {
      PyObject* cls = e.kind() == ErrorKind::kUsage   ? usage
                              : e.kind() == ErrorKind::kInput ? input
                              : e.kind() == ErrorKind::kConfiguration ? config
                                                                       : io;
      PyErr_SetString(cls, e.what());
    }
  });
}

}  // namespace gmsb::python

PYBIND11_MODULE(_core, m) {
  m.doc() = "gmsb-scan's compiled module (use the package gmsb: docs/python.md)";
  m.attr("__version__") = GMSB_VERSION;
  gmsb::python::add_errors(m);
  gmsb::python::add_point(m);
  gmsb::python::add_scan(m);
}
