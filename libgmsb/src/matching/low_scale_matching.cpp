#include "matching/low_scale_matching.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "ewsb/beta_angles.hpp"
#include "matching/tanb_running.hpp"

namespace gmsb::matching {

using namespace gmsb::ewsb;
using namespace gmsb::rge;
using namespace gmsb::sparticles;

LowScaleMatching::LowScaleMatching(const SMInputs& sm, const Settings& settings)
    : sm_(sm), settings_(settings), smc_(sm_couplings(sm)), ew_{sm.mz, sm.vev(), sm.sin2w} {}

bool LowScaleMatching::mssm_couplings(double msusy_gev, const BetaAngles& beta, double q_gev, MssmState& out) const {
  return mssm_couplings(msusy_gev, beta, q_gev, SusyThresholdInputs{}, out, nullptr);
}

bool LowScaleMatching::mssm_couplings(double msusy_gev, const BetaAngles& beta, double q_gev,
                                      const SusyThresholdInputs& thresholds, MssmState& out,
                                      double* delta_b_out) const {
  if (settings_.method != HiggsMethod::kModern) return kn99_couplings(msusy_gev, beta, q_gev, out);
  const double q_match = std::max(msusy_gev, smc_.q_gev);
  if (!modern_mssm_couplings_at_msusy(smc_, q_match, beta, thresholds, out, delta_b_out)) return false;
  return run_mssm(out, std::log(q_match), std::log(q_gev), rge_options(), run_control()) == RunStatus::kOk;
}

double LowScaleMatching::tanb_at_msusy(double tanb_mz, double msusy_gev, const SusyThresholdInputs& thresholds,
                                       double guess) const {
  // docs/physics.md §4.5: tan(beta)(M_SUSY) such that the couplings matched there with it, run
  // down to M_Z with tan(beta), give the input tan(beta)(M_Z). In x = ln tan(beta)(M_SUSY) the
  // residual r(x) = ln tan(beta)(M_Z)[x] - ln tanb_mz has slope ~1 (tan(beta) enters the running only
  // through y_t ~ 1/sin(beta), y_b ~ 1/cos(beta)): a first step with slope 1, then secant steps.
  const double q_match = std::max(msusy_gev, smc_.q_gev);
  const double t_match = std::log(q_match), t_mz = std::log(sm_.mz);
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const rge::SmState sm_at_match = modern_sm_couplings_at(smc_, q_match);  // the same for every tan(beta)
  auto residual = [&](double x) {
    MssmState y;
    if (!modern_mssm_couplings_from_sm(sm_at_match, q_match, BetaAngles::from_tanb(std::exp(x)), thresholds, y))
      return nan;
    return std::log(run_tanb(std::exp(x), y, t_match, t_mz, settings_.rge_loops) / tanb_mz);
  };
  double x = std::log(guess > 0 ? guess : tanb_mz), r = residual(x);
  double x_prev = x, r_prev = r, slope = 1.0;
  for (int i = 0; i < 20 && std::isfinite(r); ++i) {
    if (i > 0 && r != r_prev) slope = (r - r_prev) / (x - x_prev);
    if (!(slope > 0.5 && slope < 2.0)) slope = 1.0;  // a secant outside the expected range: slope 1
    const double step = -r / slope;
    x_prev = x, r_prev = r;
    x += step;
    if (std::fabs(step) <= 1e-12) break;  // relative change of tan(beta) below 1e-12
    r = residual(x);
  }
  return std::isfinite(r) ? std::exp(x) : nan;
}

bool LowScaleMatching::kn99_couplings(double msusy_gev, const BetaAngles& beta, double q_gev, MssmState& out) const {
  // docs/physics.md §4.4: SM running from m_t(m_t) to M_SUSY, continuous matching, MSSM above.
  const RunControl control = run_control();
  const double q_match = std::max(msusy_gev, smc_.q_gev);
  SmState sm{smc_.g1, smc_.g2, smc_.g3, smc_.yt, smc_.yb, smc_.ytau};
  if (run_sm(sm, std::log(smc_.q_gev), std::log(q_match), settings_.rge_loops, control) != RunStatus::kOk)
    return false;
  out.fill(0.0);
  out[kG1] = sm[kSmG1];
  out[kG2] = sm[kSmG2];
  out[kG3] = sm[kSmG3];
  out[kYt] = sm[kSmYt] / beta.sin;  // docs/physics.md §4.4 step 2
  out[kYb] = sm[kSmYb] / beta.cos;
  out[kYtau] = sm[kSmYtau] / beta.cos;
  return run_mssm(out, std::log(q_match), std::log(q_gev), rge_options(), control) == RunStatus::kOk;
}

}  // namespace gmsb::matching
