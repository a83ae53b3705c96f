// gmsb.point(): one point computed as `gmsb point` computes it (the same options, checks and JSON).
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <vector>

#include "bindings.hpp"
#include "cli/commands.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "io/point_json.hpp"
#include "io/slha/slha_writer.hpp"

namespace py = pybind11;

namespace gmsb::python {

namespace {

/// A computed point with what it was computed from.
struct Point {
  PointInput input;
  Settings settings;  ///< as the calculation used them (effective_settings)
  SMInputs sm;
  PointResult r;
};

py::object json_loads(const std::string& text) { return py::module_::import("json").attr("loads")(text); }

template <std::size_t N>
py::tuple tuple_of(const std::array<double, N>& a) {
  py::tuple t(N);
  for (std::size_t i = 0; i < N; ++i) t[i] = a[i];
  return t;
}

}  // namespace

void add_point(py::module_& m) {
  py::class_<Point> c(m, "Point",
                      "One computed GMSB point (gmsb.point). Masses in GeV, squared masses in GeV^2; NaN where a "
                      "quantity could not be computed (status says why). to_dict() is `gmsb point --json`.");
#define GMSB_FIELD(name, doc) c.def_property_readonly(#name, [](const Point& p) { return p.r.name; }, doc)
  GMSB_FIELD(mh, "lighter CP-even Higgs mass");
  GMSB_FIELD(mH, "heavier CP-even Higgs mass");
  GMSB_FIELD(mA, "CP-odd Higgs mass");
  GMSB_FIELD(mHpm, "charged Higgs mass");
  GMSB_FIELD(mh_sq, "m_h^2 (GeV^2)");
  GMSB_FIELD(alpha, "CP-even Higgs mixing angle");
  GMSB_FIELD(mu, "mu at M_SUSY");
  GMSB_FIELD(B, "B = b/mu at M_SUSY");
  GMSB_FIELD(bmu, "b = B mu at M_SUSY (GeV^2)");
  GMSB_FIELD(mstau1_sq, "lighter stau mass squared (GeV^2; negative: excluded)");
  GMSB_FIELD(mstau1, "lighter stau");
  GMSB_FIELD(mstau2, "heavier stau");
  GMSB_FIELD(mstop1, "lighter stop");
  GMSB_FIELD(mstop2, "heavier stop");
  GMSB_FIELD(msbottom1, "lighter sbottom");
  GMSB_FIELD(msbottom2, "heavier sbottom");
  GMSB_FIELD(theta_stop, "stop mixing angle");
  GMSB_FIELD(theta_sbottom, "sbottom mixing angle");
  GMSB_FIELD(theta_stau, "stau mixing angle");
  GMSB_FIELD(msquark_uL, "first-generation up squark (L)");
  GMSB_FIELD(msquark_uR, "first-generation up squark (R)");
  GMSB_FIELD(msquark_dL, "first-generation down squark (L)");
  GMSB_FIELD(msquark_dR, "first-generation down squark (R)");
  GMSB_FIELD(mselectron_L, "selectron (L)");
  GMSB_FIELD(mselectron_R, "selectron (R)");
  GMSB_FIELD(msneutrino, "first-generation sneutrino");
  GMSB_FIELD(msneutrino_tau, "tau sneutrino");
  GMSB_FIELD(mgluino, "gluino pole mass");
  GMSB_FIELD(M1, "running bino mass at M_SUSY");
  GMSB_FIELD(M2, "running wino mass at M_SUSY");
  GMSB_FIELD(M3, "running gluino mass at M_SUSY");
  GMSB_FIELD(m_gravitino, "gravitino mass");
  GMSB_FIELD(nlsp_kind, "NLSP identity code (0: not determined)");
  GMSB_FIELD(nlsp_pdg, "PDG code of the NLSP");
  GMSB_FIELD(m_nlsp, "NLSP pole mass");
  GMSB_FIELD(nlsp_width_gev, "NLSP total width (GeV)");
  GMSB_FIELD(nlsp_ctau_m, "NLSP decay length c tau (m)");
  GMSB_FIELD(mh_uncertainty, "estimated theory uncertainty of mh (GeV)");
  GMSB_FIELD(tanb_mz, "DR-bar tan(beta) at M_Z");
  GMSB_FIELD(tanb_msusy, "DR-bar tan(beta) at M_SUSY");
  GMSB_FIELD(msusy, "M_SUSY = sqrt(m_stop1 m_stop2)");
  GMSB_FIELD(mt_higgs, "top mass used in the Higgs formula");
  GMSB_FIELD(iterations, "M_SUSY iterations used");
#undef GMSB_FIELD
  c.def_property_readonly("mneutralino", [](const Point& p) { return tuple_of(p.r.mneutralino); },
                          "neutralino masses |m|, ascending");
  c.def_property_readonly("mchargino", [](const Point& p) { return tuple_of(p.r.mchargino); },
                          "chargino masses, ascending");
  c.def_property_readonly("At", [](const Point& p) { return p.r.at_msusy[kAt]; }, "A_t at M_SUSY");
  c.def_property_readonly("nlsp_decays", [](const Point& p) {
    py::list out;
    for (int i = 0; i < p.r.n_nlsp_decays; ++i) {
      const TwoBodyDecay& d = p.r.nlsp_decays[i];
      out.append(py::make_tuple(d.pdg1, d.pdg2, d.width_gev));
    }
    return out;
  }, "the NLSP's decays into the gravitino: (pdg1, pdg2, width_gev)");
  c.def_property_readonly("status", [](const Point& p) { return status_names(p.r.status); },
                          "names of the status bits set (empty: the point is fine)");
  c.def_property_readonly("warnings", [](const Point& p) { return warning_names(p.r.warnings); },
                          "names of the warning bits set");
  c.def_property_readonly("status_mask", [](const Point& p) { return p.r.status; }, "the status bit mask");
  c.def_property_readonly("warning_mask", [](const Point& p) { return p.r.warnings; }, "the warning bit mask");
  c.def_property_readonly("ok", [](const Point& p) { return p.r.ok(); }, "True when no status bit is set");
  c.def_property_readonly("n", [](const Point& p) { return p.input.n.to_string(); }, "messenger indices N1,N2,N3");
  c.def_property_readonly("lam", [](const Point& p) { return p.input.lambda_gev; }, "Lambda (GeV)");
  c.def_property_readonly("mess", [](const Point& p) { return p.input.mess_gev; }, "messenger scale M (GeV)");
  c.def_property_readonly("tanb", [](const Point& p) { return p.input.tanb; }, "tan(beta) at M_SUSY");
  c.def_property_readonly("sign_mu", [](const Point& p) { return p.input.sign_mu; }, "sign of mu");
  c.def_property_readonly("method", [](const Point& p) { return std::string(method_name(p.settings.method)); },
                          "kn99 or modern");
  c.def("to_dict", [](const Point& p) { return json_loads(json::point_json(p.input, p.settings.method, p.r).dump()); },
        "The point as `gmsb point --json` prints it (same keys, order and values; NaN is None).");
  c.def("to_slha", [](const Point& p) { return slha::write(p.input, p.r, p.sm, p.settings); },
        "The point as `gmsb point --slha` prints it (SLHA1 text).");
  c.def("__repr__", [](const Point& p) {
    std::string s = "<gmsb.Point N=(" + p.input.n.to_string() + ") method=" + method_name(p.settings.method) +
                    " mh=" + std::to_string(p.r.mh) + " status=";
    const auto st = status_names(p.r.status);
    std::string names;
    for (const auto& x : st) names += (names.empty() ? "" : ",") + x;
    return s + (names.empty() ? "ok" : names) + ">";
  });

  m.def("_point", [](const std::vector<std::string>& args) {
    const commands::PointRequest q = commands::parse_point_arguments(args);
    Point p{q.input, q.settings, q.sm, {}};
    {
      py::gil_scoped_release nogil;
      const SpectrumCalculator calc(q.sm, q.settings);
      p.r = calc.compute(q.input);
      p.settings = calc.settings();
      p.sm = calc.sm_inputs();
    }
    return p;
  }, "Computes the point of `gmsb point ARGS` (use gmsb.point).");
  m.def("_point_options", &commands::point_option_names,
        "The options of `gmsb point`: (name without --, takes a value).");
}

}  // namespace gmsb::python
