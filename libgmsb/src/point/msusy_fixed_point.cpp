#include "point/msusy_fixed_point.hpp"

#include <algorithm>
#include <cmath>

#include "messengers/high_scale_running.hpp"
#include "messengers/messenger_loop_functions.hpp"
#include "sparticles/third_generation.hpp"

namespace gmsb::point {

using namespace gmsb::ewsb;
using namespace gmsb::matching;
using namespace gmsb::messengers;
using namespace gmsb::rge;
using namespace gmsb::sparticles;

namespace {
/// Method modern: M_SUSY iterations with the plain threshold update before oscillating ones are under-relaxed.
constexpr int kPlainThresholdIterations = 8;
/// Method modern: the thresholds must also have settled to this relative change (so that the
/// result does not depend on the starting M_SUSY, e.g. compute_lambda_line's warm start).
constexpr double kThresholdRelTol = 1e-7;

/// The sparticle data of one iteration that the next matching's thresholds use (method modern).
/// A tachyonic sbottom/stau (an excluded but computed point) enters with mass 0, so that the
/// outputs stay continuous across the tachyon boundary (tests/point/test_modern_robustness.cpp).
SusyThresholdInputs thresholds_of(const MssmState& y, double mu, const ThirdGenerationSfermions& g) {
  SusyThresholdInputs t;
  t.valid = true;
  t.m1 = y[kM1];
  t.m2 = y[kM2];
  t.m3 = y[kM3];
  t.mu = mu;
  t.at = y[kAt];
  t.mstop1 = std::sqrt(g.stop.m1sq);
  t.mstop2 = std::sqrt(g.stop.m2sq);
  t.msbot1 = std::sqrt(std::max(g.sbottom.m1sq, 0.0));
  t.msbot2 = std::sqrt(std::max(g.sbottom.m2sq, 0.0));
  t.mstau1 = std::sqrt(std::max(g.stau.m1sq, 0.0));
  t.mstau2 = std::sqrt(std::max(g.stau.m2sq, 0.0));
  // Delta_tau's higgsino loops: diagonal stau_L/R and the tau sneutrino (docs/physics.md §6.5 D-terms).
  t.mstau_l = std::sqrt(std::max(g.stau_diagonal.ll, 0.0));
  t.mstau_r = std::sqrt(std::max(g.stau_diagonal.rr, 0.0));
  t.msnu_tau = std::sqrt(std::max(g.msnu_tau_sq, 0.0));
  // Delta_b's wino/bino-higgsino loops: diagonal sbottom_L/R and the stop_L content of stop_1.
  t.msbot_l = std::sqrt(std::max(g.sbottom_diagonal.ll, 0.0));
  t.msbot_r = std::sqrt(std::max(g.sbottom_diagonal.rr, 0.0));
  t.stop1_left_fraction = g.stop.cos_theta * g.stop.cos_theta;
  return t;
}

/// The thresholds carried from one M_SUSY iteration to the next (method modern).
class ThresholdIteration {
 public:
  const SusyThresholdInputs& current() const { return current_; }
  double last_change() const { return change_; }

  /// Replaces the thresholds by those of this iteration. An iteration without EWSB keeps the
  /// previous ones: dropping them (Delta_b = 0) let the next iteration's EWSB succeed again, a
  /// period-2 cycle that never converged (e.g. tan(beta) = 55, mu < 0, where Delta_b < 0 raises
  /// y_b until m_A^2 < 0). Iterations beyond the usual 5-7 that oscillate (m_stau1 or m_sbottom1
  /// changing direction) are under-relaxed (half steps): they converge where the plain
  /// iteration cycles (near-tachyonic stau at tan(beta) = 55); the fixed point is the same.
  void update(int iter, bool ewsb_ok, const SusyThresholdInputs& next, WarningMask& warnings) {
    const SusyThresholdInputs previous = current_;
    current_ = next;
    if (!ewsb_ok) {
      current_ = previous;
      warnings |= bit(WarningBit::kEwsbLostInIteration);
    } else if (previous.valid) {
      const double dstau = current_.mstau1 - previous.mstau1, dsbot = current_.msbot1 - previous.msbot1;
      const bool oscillating = dstau * last_dstau_ < 0 || dsbot * last_dsbot_ < 0;
      last_dstau_ = dstau, last_dsbot_ = dsbot;
      if (iter > kPlainThresholdIterations && oscillating) {
        current_ = blend_thresholds(previous, current_, 0.5);
        warnings |= bit(WarningBit::kMsusyUnderRelaxed);
      }
    }
    change_ = threshold_relative_change(previous, current_);
  }

 private:
  SusyThresholdInputs current_;  // invalid before the first iteration: no thresholds
  double change_ = 0.0;
  double last_dstau_ = 0.0, last_dsbot_ = 0.0;
};

/// Secant steps on F(m) = G(m) - m for the fixed point m = G(m), G = sqrt(m_t1 m_t2), after the
/// first plain iteration (deterministic, 3-5 evaluations).
class SecantStep {
 public:
  /// The next M_SUSY from the current one and its image `next`.
  double propose(int iter, double msusy, double next, double floor_gev) {
    const double resid = next - msusy;
    double proposal = next;
    if (iter > 1 && resid != prev_resid_) {
      const double secant = msusy - resid * (msusy - prev_msusy_) / (resid - prev_resid_);
      // Accept the secant step only when it stays within a factor 2 of the plain iterate.
      if (secant > 0.5 * next && secant < 2.0 * next) proposal = secant;
    }
    prev_msusy_ = msusy;
    prev_resid_ = resid;
    return std::max(proposal, floor_gev);
  }

 private:
  double prev_msusy_ = 0, prev_resid_ = 0;
};
}  // namespace

double initial_msusy_estimate(const PointInput& in, const SMCouplings& smc) {
  const double n3 = double(in.n.n3);
  const double x = in.lambda_gev / in.mess_gev;
  const double inv_a3_mt = 4.0 * M_PI / (smc.g3 * smc.g3);
  const double inv_a3_tev = inv_a3_mt + 7.0 / (2.0 * M_PI) * std::log(1000.0 / smc.q_gev);
  const double inv_a3_m = inv_a3_tev + 3.0 / (2.0 * M_PI) * std::log(in.mess_gev / 1000.0);
  const double m3_m = n3 * messenger_g(x) / (4.0 * M_PI * inv_a3_m) * in.lambda_gev;
  const double m3_low = m3_m * inv_a3_m / inv_a3_tev;
  const double mq2_m = 2.0 * messenger_f(x) * in.lambda_gev * in.lambda_gev * (4.0 / 3.0) * n3 /
                       std::pow(4.0 * M_PI * inv_a3_m, 2);
  const double est = std::sqrt(mq2_m + 8.0 / 9.0 * (m3_low * m3_low - m3_m * m3_m));
  return std::max(0.85 * est, smc.q_gev);
}

MsusyFixedPoint solve_msusy_fixed_point(const LowScaleMatching& low, const PointInput& in,
                                        const BetaAngles& input_beta, double msusy_start_gev) {
  const Settings& settings = low.settings();
  const double q_floor = low.sm_couplings_at_mt().q_gev;
  const bool modern = settings.method == HiggsMethod::kModern;
  // Couplings are needed at the lowest high scale (M, or the lightest messenger set).
  const double q_high = lowest_high_scale(in.mess_gev, in.variant);
  MsusyFixedPoint fp;
  ThresholdIteration thresholds;
  SecantStep secant;
  fp.beta = input_beta;
  double msusy = msusy_start_gev;
  bool converged = false;
  for (int iter = 1; iter <= settings.max_iterations; ++iter) {
    fp.iterations = iter;
    // Method modern: tan(beta)(M_SUSY) from the input at M_Z (docs/physics.md §4.5).
    if (modern) {
      const double tb = low.tanb_at_msusy(input_beta.tanb, msusy, thresholds.current(), fp.beta.tanb);
      if (!std::isfinite(tb)) {
        fp.running_failed = true;
        fp.status = bit(StatusBit::kNonPerturbative);
        return fp;
      }
      fp.beta = BetaAngles::from_tanb(tb);
    }
    const BetaAngles& beta = fp.beta;
    if (!low.mssm_couplings(msusy, beta, q_high, thresholds.current(), fp.y, &fp.delta_b) ||
        run_high_scale_model(in.n, in.lambda_gev, in.mess_gev, in.variant, settings.rge_loops, low.run_control(),
                             msusy, fp.y, fp.at_mess) != RunStatus::kOk) {
      fp.running_failed = true;
      fp.status = bit(StatusBit::kNonPerturbative);
      return fp;
    }
    fp.ewsb = solve_ewsb(fp.y, beta, in.sign_mu, msusy, low.electroweak(), settings.include_stau_tadpole);
    const double mu = fp.ewsb.ok ? fp.ewsb.mu : 0.0;
    // Method kn99 needs only the stops here; method modern the whole third generation (thresholds).
    const ElectroweakConstants& ew = low.electroweak();
    ThirdGenerationSfermions third;
    if (modern)
      third = third_generation_sfermions(fp.y, mu, beta, ew);
    else
      third.stop = stop_masses(fp.y, mu, running_fermion_masses(fp.y, beta, ew), beta, ew);
    if (!(third.stop.m1sq > 0)) {
      fp.status |= bit(StatusBit::kSfermionTachyon);
      break;
    }
    if (modern) {
      thresholds.update(iter, fp.ewsb.ok, thresholds_of(fp.y, mu, third), fp.warnings);
      const bool clamped = third.sbottom.m1sq < 0 || third.stau.m1sq < 0;
      fp.warnings = clamped ? fp.warnings | bit(WarningBit::kThresholdTachyon)
                            : fp.warnings & ~bit(WarningBit::kThresholdTachyon);
    }
    const double next = std::max(std::sqrt(std::sqrt(third.stop.m1sq * third.stop.m2sq)), q_floor);
    // Method modern: the thresholds lag one iteration behind, so at least three are needed.
    if (std::fabs(next - msusy) <= settings.msusy_rel_tol * next &&
        (!modern || (iter >= 3 && thresholds.last_change() <= kThresholdRelTol))) {
      converged = true;
      break;
    }
    msusy = secant.propose(iter, msusy, next, q_floor);
  }
  fp.msusy = msusy;
  // "EWSB lost in an iteration" tells of a point that has EWSB in the end; without it, no_ewsb says all.
  if (!fp.ewsb.ok) fp.warnings &= ~bit(WarningBit::kEwsbLostInIteration);
  if (!converged && !has(fp.status, StatusBit::kSfermionTachyon)) fp.status |= bit(StatusBit::kNoConvergence);
  return fp;
}

}  // namespace gmsb::point
