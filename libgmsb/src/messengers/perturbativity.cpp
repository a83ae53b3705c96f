#include "messengers/perturbativity.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "messengers/high_scale_running.hpp"
#include "messengers/messenger_beta.hpp"
#include "gmsb/error.hpp"

namespace gmsb {

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
    throw std::invalid_argument("perturbativity check: the start scale must be positive and below M_GUT");
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
  if (!low.mssm_couplings(msusy_gev, in.tanb, q0, y)) {
    PerturbativityResult r;
    r.perturbative = false;
    r.landau_pole_gev = q0;
    return r;
  }
  return check_gauge_perturbativity(sets, y, q0, options, control);
}

std::vector<RunningAllowedContent> enumerate_running_allowed(const SMInputs& sm, const Settings& settings,
                                                             double mess_gev,
                                                             double msusy_gev, double tanb,
                                                             const PerturbativityOptions& options,
                                                             bool allow_zero_index) {
  const LowScaleMatching low(sm, effective_settings(settings));
  MssmState y{};
  if (!low.mssm_couplings(msusy_gev, tanb, mess_gev, y))
    throw InputError("the MSSM couplings are non-perturbative below the messenger scale");
  const RunControl control = low.run_control();
  auto check = [&](const MessengerContent& c, PerturbativityResult& res) {
    if (c.total_pairs() == 0) return true;
    ResolvedSet s;
    const MessengerIndices n = c.indices();
    s.n = {n.n1(), double(n.n2), double(n.n3)};
    s.delta_b2 = messenger_two_loop_b(c);
    s.lambda_gev = 0;
    s.mess_gev = mess_gev;
    res = check_gauge_perturbativity({s}, y, mess_gev, options, control);
    return res.perturbative;
  };
  std::vector<RunningAllowedContent> out;
  MessengerContent c;
  PerturbativityResult res;
  // Each loop stops at the first failing multiplicity (alpha_a increase with every pair).
  for (c.nQ = 0; check(c, res); ++c.nQ) {
    for (c.nU = 0; check(c, res); ++c.nU) {
      for (c.nD = 0; check(c, res); ++c.nD) {
        for (c.nL = 0; check(c, res); ++c.nL) {
          for (c.nE = 0; check(c, res); ++c.nE) {
            const MessengerIndices n = c.indices();
            if (c.total_pairs() == 0) continue;
            if (!allow_zero_index && (n.n1_fifths == 0 || n.n2 == 0 || n.n3 == 0)) continue;
            out.push_back({c, res});
          }
          c.nE = 0;
        }
        c.nL = 0;
      }
      c.nD = 0;
    }
    c.nU = 0;
  }
  return out;
}

}  // namespace gmsb
