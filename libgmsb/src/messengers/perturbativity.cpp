#include "messengers/perturbativity.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "messengers/high_scale_running.hpp"
#include "messengers/messenger_beta.hpp"
#include "gmsb/error.hpp"

namespace gmsb::messengers {

using namespace gmsb::ewsb;
using namespace gmsb::matching;
using namespace gmsb::rge;
using namespace gmsb::sparticles;

namespace {
double alpha_of(const MssmState& y, int a) { return y[kG1 + a] * y[kG1 + a] / (4.0 * M_PI); }

void track_max(const MssmState& y, double q, PerturbativityResult& r) {
  for (int a = 0; a < 3; ++a)
    if (alpha_of(y, a) > r.max_alpha) {
      r.max_alpha = alpha_of(y, a);
      r.max_alpha_group = a;
      r.max_alpha_scale_gev = q;
    }
}
}  // namespace

PerturbativityResult check_gauge_perturbativity(const std::vector<ResolvedSet>& sets, MssmState y,
                                                double q_from_gev, const PerturbativityOptions& options,
                                                const RunControl& control) {
  // KN99 eq. (6), docs/physics.md §1.2: alpha_a <= 0.2 up to M_GUT, with b_a + N_a and the
  // two-loop Delta b_ab of docs/physics.md §1.3 above each messenger mass.
  if (!(q_from_gev > 0) || !(options.gut_scale_gev > q_from_gev))
    throw InputError("perturbativity check: the start scale must be positive and below M_GUT");
  for (int i = kM1; i < kMssmSize; ++i) y[i] = 0.0;  // gauge and Yukawa couplings only
  PerturbativityResult r;
  r.alpha_at_gut.fill(std::numeric_limits<double>::quiet_NaN());
  // Breakpoints: messenger masses inside the range, then uniform steps in t = ln Q.
  std::vector<double> t_points;
  const double t0 = std::log(q_from_gev), t1 = std::log(options.gut_scale_gev);
  for (double t = t0; t < t1; t += options.step_t) t_points.push_back(t);
  for (const auto& s : sets)
    if (s.mess_gev > q_from_gev && s.mess_gev < options.gut_scale_gev) t_points.push_back(std::log(s.mess_gev));
  t_points.push_back(t1);
  std::sort(t_points.begin(), t_points.end());
  track_max(y, q_from_gev, r);
  for (size_t i = 1; i < t_points.size(); ++i) {
    const double ta = t_points[i - 1], tb = t_points[i];
    if (tb <= ta) continue;
    // Sets with M_i <= Q at the lower end of the step are active (docs/physics.md §1.3).
    const RgeOptions opt = rge_options_above(sets, std::exp(ta) * (1 + 1e-12), options.loops);
    MssmState trial = y;
    const RunStatus st = run_mssm(trial, ta, tb, opt, control);
    if (st == RunStatus::kOk) {
      y = trial;
      track_max(y, std::exp(tb), r);
      continue;
    }
    // A coupling reached the limit inside [ta, tb]: bisect for the scale.
    double lo = ta, hi = tb;
    while (hi - lo > 1e-3) {
      const double mid = 0.5 * (lo + hi);
      MssmState probe = y;
      if (run_mssm(probe, ta, mid, opt, control) == RunStatus::kOk) {
        lo = mid;
        track_max(probe, std::exp(mid), r);
      } else {
        hi = mid;
      }
    }
    r.landau_pole_gev = std::exp(hi);
    r.perturbative = false;
    return r;
  }
  for (int a = 0; a < 3; ++a) r.alpha_at_gut[a] = alpha_of(y, a);
  r.perturbative = r.max_alpha <= options.alpha_max;
  return r;
}

PerturbativityResult point_perturbativity(const LowScaleMatching& low, const PointInput& in, double msusy_gev,
                                          const PerturbativityOptions& options) {
  const auto sets = resolve_messenger_sets(in.n, in.lambda_gev, in.mess_gev, in.variant, options.loops >= 2);
  double q0 = in.mess_gev;
  for (const auto& s : sets) q0 = std::min(q0, s.mess_gev);
  MssmState y{};
  const RunControl control = low.run_control();
  if (!low.mssm_couplings(msusy_gev, ewsb::BetaAngles::from_tanb(in.tanb), q0, y)) {
    PerturbativityResult r;
    r.perturbative = false;
    r.landau_pole_gev = q0;
    return r;
  }
  return check_gauge_perturbativity(sets, y, q0, options, control);
}

}  // namespace gmsb::messengers
