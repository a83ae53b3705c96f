#include "rge/integrators.hpp"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_odeiv2.h>

#include <cmath>
#include <cstring>
#include <memory>

namespace gmsb::rge {

namespace {

/// Per-thread GSL workspace for a system of fixed dimension N (adaptive RK Prince-Dormand 8(9)).
template <size_t N>
class Workspace {
 public:
  Workspace() {
    step_ = gsl_odeiv2_step_alloc(gsl_odeiv2_step_rk8pd, N);
    control_ = gsl_odeiv2_control_y_new(0.0, 1e-9);
    evolve_ = gsl_odeiv2_evolve_alloc(N);
  }
  ~Workspace() {
    gsl_odeiv2_evolve_free(evolve_);
    gsl_odeiv2_control_free(control_);
    gsl_odeiv2_step_free(step_);
  }
  Workspace(const Workspace&) = delete;
  Workspace& operator=(const Workspace&) = delete;

  /// Integrates y from t0 to t1. Returns the GSL status of the last step.
  int integrate(gsl_odeiv2_system& sys, double* y, double t0, double t1, double rel_tol) {
    gsl_odeiv2_control_init(control_, 1e-12, rel_tol, 1.0, 0.0);
    gsl_odeiv2_evolve_reset(evolve_);
    gsl_odeiv2_step_reset(step_);
    double t = t0;
    double h = (t1 > t0 ? 1.0 : -1.0) * std::min(1.0, std::fabs(t1 - t0));
    if (t0 == t1) return GSL_SUCCESS;
    // Bounded time (docs/reliability.md): a run takes at most 16 adaptive steps over the whole
    // input range; 1000 is the cap, after which the run fails (the point gets a status).
    for (int n = 0; n < 1000; ++n) {
      int s = gsl_odeiv2_evolve_apply(evolve_, control_, step_, &sys, &t, t1, &h, y);
      if (s != GSL_SUCCESS) return s;
      if (t == t1) return GSL_SUCCESS;
    }
    return GSL_EMAXITER;
  }

 private:
  gsl_odeiv2_step* step_;
  gsl_odeiv2_control* control_;
  gsl_odeiv2_evolve* evolve_;
};

struct MssmParams {
  const RgeOptions* options;
  double limit;
};

int mssm_rhs(double, const double y[], double dydt[], void* params) {
  auto* p = static_cast<MssmParams*>(params);
  for (int i = kG1; i <= kYtau; ++i)
    if (!std::isfinite(y[i]) || std::fabs(y[i]) > p->limit) return GSL_EBADFUNC;
  MssmState in, out;
  std::memcpy(in.data(), y, sizeof(in));
  mssm_beta(in, out, *p->options);
  std::memcpy(dydt, out.data(), sizeof(out));
  return GSL_SUCCESS;
}

struct SmParams {
  int loops;
  double limit;
};

int sm_rhs(double, const double y[], double dydt[], void* params) {
  auto* p = static_cast<SmParams*>(params);
  for (int i = 0; i < kSmSize; ++i)
    if (!std::isfinite(y[i]) || std::fabs(y[i]) > p->limit) return GSL_EBADFUNC;
  SmState in, out;
  std::memcpy(in.data(), y, sizeof(in));
  sm_beta(in, out, p->loops);
  std::memcpy(dydt, out.data(), sizeof(out));
  return GSL_SUCCESS;
}

RunStatus to_status(int s) {
  if (s == GSL_SUCCESS) return RunStatus::kOk;
  if (s == GSL_EBADFUNC) return RunStatus::kNonPerturbative;
  return RunStatus::kFailed;
}

struct GslErrorHandlerOff {
  GslErrorHandlerOff() { gsl_set_error_handler_off(); }
};

}  // namespace

RunStatus run_mssm(MssmState& y, double t_from, double t_to, const RgeOptions& options,
                   const RunControl& control) {
  static GslErrorHandlerOff off;
  thread_local Workspace<kMssmSize> ws;
  MssmParams p{&options, control.perturbative_limit};
  gsl_odeiv2_system sys{mssm_rhs, nullptr, kMssmSize, &p};
  RunStatus st = to_status(ws.integrate(sys, y.data(), t_from, t_to, control.rel_tol));
  if (st == RunStatus::kOk)
    for (int i = kG1; i <= kYtau; ++i)
      if (std::fabs(y[i]) > control.perturbative_limit) st = RunStatus::kNonPerturbative;
  return st;
}

RunStatus run_sm(SmState& y, double t_from, double t_to, int loops, const RunControl& control) {
  static GslErrorHandlerOff off;
  thread_local Workspace<kSmSize> ws;
  SmParams p{loops, control.perturbative_limit};
  gsl_odeiv2_system sys{sm_rhs, nullptr, kSmSize, &p};
  return to_status(ws.integrate(sys, y.data(), t_from, t_to, control.rel_tol));
}

}  // namespace gmsb::rge
