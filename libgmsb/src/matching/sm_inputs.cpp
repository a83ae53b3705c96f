#include "gmsb/sm_inputs.hpp"

#include <cmath>
#include <cstdio>
#include <string>

#include "gmsb/error.hpp"

#include "rge/beta_functions.hpp"
#include "rge/integrators.hpp"

namespace gmsb {

using namespace gmsb::rge;

SMInputs SMInputs::kn99() { return SMInputs{}; }

SMInputs SMInputs::pdg2024() {
  // PDG 2024 (S. Navas et al., PRD 110 (2024) 030001), central values; docs/physics.md §4.1.
  SMInputs s;
  s.mz = 91.1880;
  s.gf = 1.1663788e-5;
  s.alpha_em_inv = 127.930;
  s.sin2w = 0.23129;
  s.alpha_s = 0.1180;
  s.mt_pole = 172.57;
  s.mb_mb = 4.183;
  s.mtau_pole = 1.77693;
  return s;
}

namespace {
/// docs/physics.md §4.1 "Accepted ranges": one row per input.
struct SmInputRange {
  const char* name;
  double SMInputs::*member;
  double lo, hi;
};
constexpr SmInputRange kSmInputRanges[] = {
    {"mz", &SMInputs::mz, 85.0, 97.0},          {"gf", &SMInputs::gf, 1.0e-5, 1.3e-5},
    {"alpha_em_inv", &SMInputs::alpha_em_inv, 120.0, 140.0}, {"sin2w", &SMInputs::sin2w, 0.20, 0.26},
    {"alpha_s", &SMInputs::alpha_s, 0.08, 0.16},  {"mt_pole", &SMInputs::mt_pole, 150.0, 200.0},
    {"mb_mb", &SMInputs::mb_mb, 3.5, 5.5},        {"mtau_pole", &SMInputs::mtau_pole, 1.5, 2.1},
};
}  // namespace

void SMInputs::validate_input(const std::string& name, double value) {
  for (const auto& r : kSmInputRanges) {
    if (name != r.name) continue;
    if (!(value >= r.lo && value <= r.hi)) {  // NaN fails too
      char buf[160];
      std::snprintf(buf, sizeof buf, "SM input %s = %g is outside its accepted range [%g, %g] (docs/physics.md §4.1)",
                    r.name, value, r.lo, r.hi);
      throw InputError(buf);
    }
    return;
  }
  throw InputError("unknown SM input '" + name + "'");
}

void SMInputs::validate() const {
  for (const auto& r : kSmInputRanges) validate_input(r.name, this->*(r.member));
}

double SMInputs::vev() const { return 1.0 / std::sqrt(2.0 * std::sqrt(2.0) * gf); }

namespace {

// Two-loop QCD beta function with 5 flavours: d alpha/d ln mu = -2 alpha^2 (b0 + b1 alpha),
// b0 = (33 - 2 nf)/(12 pi), b1 = (153 - 19 nf)/(24 pi^2).
double qcd_alpha_rhs(double a) {
  const double nf = 5;
  const double b0 = (33.0 - 2.0 * nf) / (12.0 * M_PI);
  const double b1 = (153.0 - 19.0 * nf) / (24.0 * M_PI * M_PI);
  return -2.0 * a * a * (b0 + b1 * a);
}

// Two-loop quark-mass running factor c(alpha_s) for nf = 5:
// m(mu) proportional to (alpha_s/pi)^(12/23) (1 + 1.1755 alpha_s/pi) (Chetyrkin; PDG QCD review).
double mass_running_factor(double as) {
  const double x = as / M_PI;
  return std::pow(x, 12.0 / 23.0) * (1.0 + 1.17549 * x);
}

}  // namespace

double alpha_s_running(const SMInputs& in, double q_gev) {
  // Fixed-step RK4 in ln(mu): 400 steps are accurate to 1e-12 over the ranges used.
  const int n = 400;
  const double h = std::log(q_gev / in.mz) / n;
  double a = in.alpha_s;
  for (int i = 0; i < n; ++i) {
    double k1 = qcd_alpha_rhs(a), k2 = qcd_alpha_rhs(a + 0.5 * h * k1);
    double k3 = qcd_alpha_rhs(a + 0.5 * h * k2), k4 = qcd_alpha_rhs(a + h * k3);
    a += h * (k1 + 2 * k2 + 2 * k3 + k4) / 6.0;
  }
  return a;
}

SMCouplings sm_couplings(const SMInputs& in) {
  SMCouplings c;
  const double v = in.vev();

  // Top: m_t(m_t) MSbar from the pole mass at two loops (docs/physics.md §4.3):
  // m_t(m_t) = M_t [1 - (4/3) a - 6.458 a^2], a = alpha_s(m_t)/pi. Iterate the scale.
  double mt = in.mt_pole;
  for (int i = 0; i < 5; ++i) {
    const double a = alpha_s_running(in, mt) / M_PI;
    mt = in.mt_pole * (1.0 - 4.0 / 3.0 * a - 6.458 * a * a);
  }
  c.mt_mt = mt;
  c.alpha_s_mt = alpha_s_running(in, mt);

  // Bottom: m_b(m_b) -> m_b(M_Z) with two-loop QCD (docs/physics.md §4.3 recommendation).
  const double as_mb = alpha_s_running(in, in.mb_mb);
  c.mb_mz = in.mb_mb * mass_running_factor(in.alpha_s) / mass_running_factor(as_mb);

  // Tau: pole -> MSbar at M_Z at one loop in QED: m(M_Z) = M [1 - a/pi - (3a/2pi) ln(M_Z/M)],
  // with a = 1/137.036 (the QED analogue of the QCD relation; docs/physics.md §4.3 quotes 1.746 GeV).
  const double aqed = 1.0 / 137.036;
  c.mtau_mz = in.mtau_pole * (1.0 - aqed / M_PI - 1.5 * aqed / M_PI * std::log(in.mz / in.mtau_pole));

  // Gauge couplings at M_Z (docs/physics.md §4.2): e = sqrt(4 pi alpha), g' = e/cos, g2 = e/sin, g1 = sqrt(5/3) g'.
  const double e = std::sqrt(4.0 * M_PI / in.alpha_em_inv);
  const double sw = std::sqrt(in.sin2w), cw = std::sqrt(1.0 - in.sin2w);
  SmState y{};
  y[kSmG1] = std::sqrt(5.0 / 3.0) * e / cw;
  y[kSmG2] = e / sw;
  y[kSmG3] = std::sqrt(4.0 * M_PI * in.alpha_s);
  y[kSmYt] = c.mt_mt / v;  // used only for the small feedback between M_Z and m_t
  y[kSmYb] = c.mb_mz / v;
  y[kSmYtau] = c.mtau_mz / v;

  // SM one-loop running M_Z -> m_t(m_t), then y_t = m_t(m_t)/v there (docs/physics.md §4.4 step 1).
  RunControl control;
  control.rel_tol = 1e-11;
  run_sm(y, std::log(in.mz), std::log(c.mt_mt), 1, control);
  y[kSmYt] = c.mt_mt / v;

  c.q_gev = c.mt_mt;
  c.g1 = y[kSmG1];
  c.g2 = y[kSmG2];
  c.g3 = y[kSmG3];
  c.yt = y[kSmYt];
  c.yb = y[kSmYb];
  c.ytau = y[kSmYtau];
  return c;
}

}  // namespace gmsb
