#include "ewsb/beta_angles.hpp"
#include "gmsb/spectrum_calculator.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <string>

#include "messengers/boundary_conditions.hpp"
#include "ewsb/ewsb.hpp"
#include "sparticles/neutralino_chargino_pole.hpp"
#include "sparticles/neutralinos_charginos.hpp"
#include "messengers/high_scale_running.hpp"
#include "higgs/higgs_kn99.hpp"
#include "higgs/higgs_eft.hpp"
#include "higgs/higgs_modern.hpp"
#include "messengers/perturbativity.hpp"
#include "sparticles/slepton_pole.hpp"
#include "matching/susy_thresholds.hpp"
#include "sparticles/squark_pole.hpp"
#include "rge/integrators.hpp"
#include "messengers/messenger_loop_functions.hpp"

namespace gmsb {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// Method modern: M_SUSY iterations with the plain threshold update before oscillating ones are under-relaxed.
constexpr int kPlainThresholdIterations = 8;
/// Method modern: the thresholds must also have settled to this relative change (so that the
/// result does not depend on the starting M_SUSY, e.g. compute_lambda_line's warm start).
constexpr double kThresholdRelTol = 1e-7;

std::string num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

double signed_sqrt(double x) { return x >= 0 ? std::sqrt(x) : kNaN; }

void fill_nan(PointResult& r) {
  for (double* p : {&r.mh, &r.mH, &r.mA, &r.mHpm, &r.mh_sq, &r.alpha, &r.mu, &r.B, &r.bmu, &r.mstau1_sq,
                    &r.mstau1, &r.mstau2, &r.mstop1, &r.mstop2, &r.msbottom1, &r.msbottom2, &r.theta_stop,
                    &r.theta_sbottom, &r.theta_stau, &r.msquark_uL, &r.msquark_uR, &r.msquark_dL, &r.msquark_dR,
                    &r.mselectron_L, &r.mselectron_R, &r.msneutrino, &r.mgluino, &r.M1, &r.M2, &r.M3, &r.msusy,
                    &r.mt_higgs})
    *p = kNaN;
  r.mneutralino.fill(kNaN);
  r.mchargino.fill(kNaN);
}
/// Tree-level (DRbar) masses squared of the first-generation sfermions (GeV^2).
struct FirstGeneration {
  double uL2, uR2, dL2, dR2, eL2, eR2, nu2;
};

/// Method modern: the DRbar spectrum at q = M_SUSY that the one-loop self-energies use
/// (drbar_spectrum.hpp), with the tree-level Higgs sector.
DrbarSpectrum drbar_spectrum_at(const MssmState& y, const HiggsKn99Inputs& hin, const ElectroweakConstants& ew,
                                const FirstGeneration& first, const Mixing2x2& stop, const Mixing2x2& sbot,
                                const Mixing2x2& stau, double q, const PointResult& r) {
  DrbarSpectrum in;
  in.q = q;
  in.g = y[kG2];
  in.gp = std::sqrt(3.0 / 5.0) * y[kG1];
  in.vev = ew.vev;
  in.tanb = hin.tanb;
  in.mu = r.mu;
  in.ytau = y[kYtau];
  in.atau = y[kYtau] * y[kAtau];
  in.yb = y[kYb];
  in.yt = y[kYt];
  in.m2_uL = first.uL2;
  in.m2_uR = first.uR2;
  in.m2_dL = first.dL2;
  in.m2_dR = first.dR2;
  in.m2_eL = first.eL2;
  in.m2_eR = first.eR2;
  in.m2_snu_e = first.nu2;
  in.stop = stop;
  in.sbottom = sbot;
  in.stau = stau;
  in.m2_snu_tau = y[kML3] + dterm_sneutrino(ew.mz, BetaAngles::from_tanb(hin.tanb).cos2);
  // Loops use the tree-level (DRbar) Higgs sector.
  const HiggsKn99Result tree = diagonalise_cp_even(higgs_tree_matrix(hin));
  in.mh = std::sqrt(std::max(tree.mh_sq, 0.0));
  in.mH = std::sqrt(std::max(tree.mH_sq, 0.0));
  in.alpha = tree.alpha;
  in.mA = r.mA;
  in.mHpm = std::sqrt(r.mA * r.mA + 0.5 * y[kG2] * y[kG2] * ew.vev * ew.vev);  // tree: m_A^2 + m_W^2 (DRbar)
  in.neutralinos = neutralino_mixing(r.M1, r.M2, r.mu, hin.tanb, ew);
  in.charginos = chargino_mixing(r.M2, r.mu, hin.tanb, ew);
  return in;
}

/// Method modern: replaces the slepton masses of `r` by the one-loop pole masses
/// (slepton_pole.hpp). Returns kStauTachyon if the lighter stau's pole mass squared is negative.
StatusMask apply_slepton_pole_masses(const DrbarSpectrum& in, PointResult& r) {
  const SleptonPoleMasses pole = slepton_pole_masses(in);
  r.mselectron_L = pole.selectron_L;
  r.mselectron_R = pole.selectron_R;
  r.msneutrino = pole.sneutrino_e;
  r.mstau1 = pole.stau1;
  r.mstau2 = pole.stau2;
  return std::isfinite(pole.stau1) ? 0 : bit(StatusBit::kStauTachyon);
}
/// Method modern: the resummed decoupling-limit M_h (higgs_eft.hpp) from the MSSM DRbar state at
/// Q = M_SUSY; 0 when the EFT has no real mass (lambda(M_t) < 0), so that the quartics alone are used.
double resummed_higgs_mass(const SMInputs& sm, const SMCouplings& smc, const MssmState& y, double mu, double ma,
                           double tanb, double msusy) {
  HiggsEftInputs e = higgs_eft_inputs_from_sm(sm, smc);
  HiggsEftMatchingInputs& m = e.matching;
  const BetaAngles b = BetaAngles::from_tanb(tanb);
  m.q_gev = msusy;
  m.tanb = tanb;
  m.yb_cb = y[kYb] * b.cos;
  m.ytau_cb = y[kYtau] * b.cos;
  m.xt = y[kAt] - mu / tanb;
  m.xb = y[kAb] - mu * tanb;
  m.xtau = y[kAtau] - mu * tanb;
  m.ma = ma;
  m.mq2 = {y[kMQ1], y[kMQ1], y[kMQ3]};
  m.mu2 = {y[kMU1], y[kMU1], y[kMU3]};
  m.md2 = {y[kMD1], y[kMD1], y[kMD3]};
  m.ml2 = {y[kML1], y[kML1], y[kML3]};
  m.me2 = {y[kME1], y[kME1], y[kME3]};
  for (const auto* a : {&m.mq2, &m.mu2, &m.md2, &m.ml2, &m.me2})
    for (double v : *a)
      if (!(v > 0)) return 0.0;  // tachyons are flagged by the caller
  const double mh = higgs_mass_eft(e).mh;
  return std::isfinite(mh) ? mh : 0.0;
}


/// Method modern: replaces the neutralino and chargino masses of `r` by the one-loop pole masses
/// (gaugino_pole.hpp). The mixing matrices that SLHA output prints stay the tree-level DRbar ones.
void apply_gaugino_pole_masses(const DrbarSpectrum& in, PointResult& r) {
  const GauginoPoleMasses pole = gaugino_pole_masses(in);
  for (int i = 0; i < 4; ++i) r.mneutralino[i] = std::fabs(pole.neutralino[i]);
  r.mchargino = pole.chargino;
}
}  // namespace

void PointInput::validate() const {
  if (!std::isfinite(lambda_gev) || lambda_gev <= 0)
    throw std::invalid_argument("Lambda must be a positive number of GeV, got " + num(lambda_gev));
  if (!std::isfinite(mess_gev) || mess_gev <= lambda_gev)
    throw std::invalid_argument("the messenger scale M = " + num(mess_gev) + " GeV must exceed Lambda = " +
                                num(lambda_gev) + " GeV (x = Lambda/M < 1)");
  if (!std::isfinite(tanb) || tanb < 1.0)
    throw std::invalid_argument("tan(beta) must be >= 1, got " + num(tanb));
  if (tanb == 1.0)
    throw std::invalid_argument("tan(beta) = 1 makes the EWSB conditions singular; use tan(beta) > 1");
  if (n.n1_fifths < 0 || n.n2 < 0 || n.n3 < 0)
    throw std::invalid_argument("messenger indices must not be negative, got " + n.to_string());
  if (n.n1_fifths == 0 && n.n2 == 0 && n.n3 == 0)
    throw std::invalid_argument("messenger indices are all zero: no gauge mediation");
  if (sign_mu != 1 && sign_mu != -1)
    throw std::invalid_argument("sign(mu) must be +1 or -1, got " + std::to_string(sign_mu));
  validate_variant(variant, lambda_gev, mess_gev);
}

SpectrumCalculator::SpectrumCalculator(const SMInputs& sm, const Settings& settings)
    : sm_(sm), settings_(settings), smc_(sm_couplings(sm)), ew_{sm.mz, sm.vev(), sm.sin2w} {
  if (settings_.rge_loops != 1 && settings_.rge_loops != 2)
    throw std::invalid_argument("rge_loops must be 1 or 2, got " + std::to_string(settings_.rge_loops));
  // Method modern: two-loop RGEs always (docs/physics.md "Method modern").
  if (settings_.method == HiggsMethod::kModern) settings_.rge_loops = 2;
}

bool SpectrumCalculator::mssm_couplings(double msusy_gev, double tanb, double q_gev, MssmState& out) const {
  RunControl control{settings_.ode_rel_tol, settings_.perturbative_limit};
  if (settings_.method == HiggsMethod::kModern) {
    // Method modern without sparticle thresholds (see compute() for the threshold-corrected matching).
    const double q_match = std::max(msusy_gev, smc_.q_gev);
    if (!modern_mssm_couplings_at_msusy(smc_, q_match, tanb, SusyThresholdInputs{}, out)) return false;
    RgeOptions opt;
    opt.loops = settings_.rge_loops;
    return run_mssm(out, std::log(q_match), std::log(q_gev), opt, control) == RunStatus::kOk;
  }
  // Spec 4.4: SM running from m_t(m_t) to M_SUSY, continuous matching, MSSM above.
  const double q_match = std::max(msusy_gev, smc_.q_gev);
  SmState sm{smc_.g1, smc_.g2, smc_.g3, smc_.yt, smc_.yb, smc_.ytau};
  if (run_sm(sm, std::log(smc_.q_gev), std::log(q_match), settings_.rge_loops, control) != RunStatus::kOk)
    return false;
  const BetaAngles beta = BetaAngles::from_tanb(tanb);
  const double cb = beta.cos, sb = beta.sin;
  out.fill(0.0);
  out[kG1] = sm[kSmG1];
  out[kG2] = sm[kSmG2];
  out[kG3] = sm[kSmG3];
  out[kYt] = sm[kSmYt] / sb;  // spec 4.4 step 2
  out[kYb] = sm[kSmYb] / cb;
  out[kYtau] = sm[kSmYtau] / cb;
  RgeOptions opt;
  opt.loops = settings_.rge_loops;
  return run_mssm(out, std::log(q_match), std::log(q_gev), opt, control) == RunStatus::kOk;
}

PointResult SpectrumCalculator::compute(const PointInput& in, double msusy_guess_gev) const {
  in.validate();
  PointResult r;
  fill_nan(r);
  const double tb = in.tanb;
  const BetaAngles beta = BetaAngles::from_tanb(tb);
  const double cb = beta.cos, sb = beta.sin;
  const std::array<double, 3> n{in.n.n1(), double(in.n.n2), double(in.n.n3)};
  RunControl control{settings_.ode_rel_tol, settings_.perturbative_limit};
  RgeOptions opt;
  opt.loops = settings_.rge_loops;

  // Starting M_SUSY: the caller's guess, or a one-loop estimate of the stop masses from the
  // dominant SU(3) terms (first/second-generation solution of spec 9.1 with alpha_3 running).
  double msusy = msusy_guess_gev;
  if (!(msusy > 0)) {
    const double x = in.lambda_gev / in.mess_gev;
    const double inv_a3_mt = 4.0 * M_PI / (smc_.g3 * smc_.g3);
    const double inv_a3_tev = inv_a3_mt + 7.0 / (2.0 * M_PI) * std::log(1000.0 / smc_.q_gev);
    const double inv_a3_m = inv_a3_tev + 3.0 / (2.0 * M_PI) * std::log(in.mess_gev / 1000.0);
    const double m3_m = n[2] * messenger_g(x) / (4.0 * M_PI * inv_a3_m) * in.lambda_gev;
    const double m3_low = m3_m * inv_a3_m / inv_a3_tev;
    const double mq2_m = 2.0 * messenger_f(x) * in.lambda_gev * in.lambda_gev * (4.0 / 3.0) * n[2] /
                         std::pow(4.0 * M_PI * inv_a3_m, 2);
    const double est = std::sqrt(mq2_m + 8.0 / 9.0 * (m3_low * m3_low - m3_m * m3_m));
    msusy = std::max(0.85 * est, smc_.q_gev);
  }

  MssmState y{};
  EwsbResult ewsb;
  Mixing2x2 stop, sbot, stau;
  bool converged = false;
  StatusMask status = 0;
  double prev_msusy = 0, prev_resid = 0;
  const bool modern = settings_.method == HiggsMethod::kModern;
  SusyThresholdInputs thresholds;  // method modern: sparticle data of the previous iteration
  double delta_b_matched = 0.0;     // method modern: the Delta_b of the last matching (y_b)
  double threshold_change = 0.0;    // method modern: relative change of the thresholds in the last iteration
  double last_dstau = 0.0, last_dsbot = 0.0;  // method modern: last changes of m_stau1, m_sbottom1 (oscillation test)
  // Couplings are needed at the lowest high scale (M, or the lightest messenger set).
  const double q_high = lowest_high_scale(in.mess_gev, in.variant);
  for (int iter = 1; iter <= settings_.max_iterations; ++iter) {
    r.iterations = iter;
    bool matched = false;
    if (modern) {
      const double q_match = std::max(msusy, smc_.q_gev);
      matched = modern_mssm_couplings_at_msusy(smc_, q_match, tb, thresholds, y, &delta_b_matched) &&
                run_mssm(y, std::log(q_match), std::log(q_high), opt, control) == RunStatus::kOk;
    } else {
      matched = mssm_couplings(msusy, tb, q_high, y);
    }
    if (!matched) {
      r.status = bit(StatusBit::kNonPerturbative);
      return r;
    }
    // GMSB boundary conditions at M (and the variants of spec 8), then running to M_SUSY.
    if (run_high_scale_model(in.n, in.lambda_gev, in.mess_gev, in.variant, opt.loops, control, msusy, y,
                             r.at_mess) != RunStatus::kOk) {
      r.status = bit(StatusBit::kNonPerturbative);
      return r;
    }
    ewsb = solve_ewsb(y, tb, in.sign_mu, msusy, ew_, settings_.include_stau_tadpole);
    const double mu_for_stops = ewsb.ok ? ewsb.mu : 0.0;
    const double mt = y[kYt] * ew_.vev * sb;
    stop = sfermion_masses(SfermionKind::kUp, y[kMQ3], y[kMU3], mt, y[kAt] - mu_for_stops / tb, tb, ew_);
    if (!(stop.m1sq > 0)) {
      status |= bit(StatusBit::kSfermionTachyon);
      break;
    }
    if (modern) {
      const Mixing2x2 sb_i = sfermion_masses(SfermionKind::kDown, y[kMQ3], y[kMD3], y[kYb] * ew_.vev * cb,
                                             y[kAb] - mu_for_stops * tb, tb, ew_);
      const Mixing2x2 st_i = sfermion_masses(SfermionKind::kLepton, y[kML3], y[kME3], y[kYtau] * ew_.vev * cb,
                                             y[kAtau] - mu_for_stops * tb, tb, ew_);
      const SusyThresholdInputs previous = thresholds;
      thresholds.valid = true;
      thresholds.m1 = y[kM1];
      thresholds.m2 = y[kM2];
      thresholds.m3 = y[kM3];
      thresholds.mu = mu_for_stops;
      thresholds.at = y[kAt];
      thresholds.mstop1 = std::sqrt(stop.m1sq);
      thresholds.mstop2 = std::sqrt(stop.m2sq);
      thresholds.msbot1 = std::sqrt(std::max(sb_i.m1sq, 0.0));
      thresholds.msbot2 = std::sqrt(std::max(sb_i.m2sq, 0.0));
      thresholds.mstau1 = std::sqrt(std::max(st_i.m1sq, 0.0));
      thresholds.mstau2 = std::sqrt(std::max(st_i.m2sq, 0.0));
      // Delta_tau's higgsino loops: diagonal stau_L/R and the tau sneutrino (spec 6.5 D-terms).
      const SfermionDiagonal st_d =
          sfermion_diagonal(SfermionKind::kLepton, y[kML3], y[kME3], y[kYtau] * ew_.vev * cb, tb, ew_);
      thresholds.mstau_l = std::sqrt(std::max(st_d.ll, 0.0));
      thresholds.mstau_r = std::sqrt(std::max(st_d.rr, 0.0));
      thresholds.msnu_tau = std::sqrt(std::max(y[kML3] + dterm_sneutrino(ew_.mz, beta.cos2), 0.0));
      // Delta_b's wino/bino-higgsino loops: diagonal sbottom_L/R and the stop_L content of stop_1.
      const SfermionDiagonal sb_d =
          sfermion_diagonal(SfermionKind::kDown, y[kMQ3], y[kMD3], y[kYb] * ew_.vev * cb, tb, ew_);
      thresholds.msbot_l = std::sqrt(std::max(sb_d.ll, 0.0));
      thresholds.msbot_r = std::sqrt(std::max(sb_d.rr, 0.0));
      thresholds.stop1_left_fraction = stop.cos_theta * stop.cos_theta;
      // An iteration without EWSB keeps the previous iteration's thresholds. Dropping them
      // (Delta_b = 0) let the next iteration's EWSB succeed again: a period-2 cycle that never
      // converged (e.g. tan(beta) = 55, mu < 0, where Delta_b < 0 raises y_b until m_A^2 < 0).
      // A tachyonic sbottom/stau (an excluded but computed point) enters with mass 0, so that
      // the outputs stay continuous across the tachyon boundary (tests/test_modern_robustness.cpp).
      // Iterations beyond the usual 5-7 that oscillate (m_stau1 or m_sbottom1 changing direction)
      // are under-relaxed (half steps): they converge where the plain iteration cycles
      // (near-tachyonic stau at tan(beta) = 55); the fixed point is the same.
      if (!ewsb.ok)
        thresholds = previous;
      else if (previous.valid) {
        const double dstau = thresholds.mstau1 - previous.mstau1, dsbot = thresholds.msbot1 - previous.msbot1;
        const bool oscillating = dstau * last_dstau < 0 || dsbot * last_dsbot < 0;
        last_dstau = dstau, last_dsbot = dsbot;
        if (iter > kPlainThresholdIterations && oscillating) thresholds = blend_thresholds(previous, thresholds, 0.5);
      }
      threshold_change = threshold_relative_change(previous, thresholds);
    }
    // Fixed point M_SUSY = G(M_SUSY), G = sqrt(m_t1 m_t2) (spec 4.4 step 4), solved with secant
    // steps on F(m) = G(m) - m after the first plain iteration (deterministic, 3-5 evaluations).
    const double next = std::max(std::sqrt(std::sqrt(stop.m1sq * stop.m2sq)), smc_.q_gev);
    const double resid = next - msusy;
    // Method modern: the thresholds lag one iteration behind, so at least three are needed.
    if (std::fabs(resid) <= settings_.msusy_rel_tol * next && (!modern || (iter >= 3 && threshold_change <= kThresholdRelTol))) {
      converged = true;
      break;
    }
    double proposal = next;
    if (iter > 1 && resid != prev_resid) {
      const double secant = msusy - resid * (msusy - prev_msusy) / (resid - prev_resid);
      // Accept the secant step only when it stays within a factor 2 of the plain iterate.
      if (secant > 0.5 * next && secant < 2.0 * next) proposal = secant;
    }
    prev_msusy = msusy;
    prev_resid = resid;
    msusy = std::max(proposal, smc_.q_gev);
  }
  if (!converged && !has(status, StatusBit::kSfermionTachyon)) status |= bit(StatusBit::kNoConvergence);
  status |= perturbativity_status(in, msusy);  // optional, Settings::check_perturbativity_to_gut

  r.msusy = msusy;
  r.at_msusy = y;
  r.M1 = y[kM1];
  r.M2 = y[kM2];
  r.M3 = y[kM3];
  const double mt_run = y[kYt] * ew_.vev * sb, mb_run = y[kYb] * ew_.vev * cb, mtau_run = y[kYtau] * ew_.vev * cb;

  // First-generation sfermions with D-terms (spec 6.5, no mixing).
  const double c2b = beta.cos2;
  auto dl = [&](SfermionKind k) { return dterm_left(k, ew_.mz, ew_.sin2w, c2b); };
  auto dr = [&](SfermionKind k) { return dterm_right(k, ew_.mz, ew_.sin2w, c2b); };
  const double uL2 = y[kMQ1] + dl(SfermionKind::kUp), uR2 = y[kMU1] + dr(SfermionKind::kUp);
  const double dL2 = y[kMQ1] + dl(SfermionKind::kDown), dR2 = y[kMD1] + dr(SfermionKind::kDown);
  const double eL2 = y[kML1] + dl(SfermionKind::kLepton), eR2 = y[kME1] + dr(SfermionKind::kLepton);
  const double nu2 = y[kML1] + dterm_sneutrino(ew_.mz, c2b);
  r.msquark_uL = signed_sqrt(uL2);
  r.msquark_uR = signed_sqrt(uR2);
  r.msquark_dL = signed_sqrt(dL2);
  r.msquark_dR = signed_sqrt(dR2);
  r.mselectron_L = signed_sqrt(eL2);
  r.mselectron_R = signed_sqrt(eR2);
  r.msneutrino = signed_sqrt(nu2);
  for (double m2 : {uL2, uR2, dL2, dR2, eL2, eR2, nu2})
    if (!(m2 > 0)) status |= bit(StatusBit::kSfermionTachyon);
  if (modern) {
    // Method modern: first-generation squark pole masses with the one-loop SUSY-QCD correction.
    for (double* m : {&r.msquark_uL, &r.msquark_uR, &r.msquark_dL, &r.msquark_dR})
      if (*m > 0) *m = squark_pole_mass_qcd(*m, y[kM3], y[kG3], msusy);
  }

  if (!ewsb.ok) {
    status |= ewsb.tachyon ? bit(StatusBit::kSfermionTachyon) : bit(StatusBit::kNoEwsb);
    r.status = status;
    return r;
  }
  r.mu = ewsb.mu;
  r.bmu = ewsb.bmu;
  r.B = ewsb.bmu / ewsb.mu;
  r.mA = std::sqrt(ewsb.ma_sq);
  r.mHpm = std::sqrt(ewsb.ma_sq + ew_.mz * ew_.mz * (1.0 - ew_.sin2w));  // tree: m_A^2 + m_W^2

  // Third-generation sfermions with left-right mixing (spec 6.5).
  stop = sfermion_masses(SfermionKind::kUp, y[kMQ3], y[kMU3], mt_run, y[kAt] - r.mu / tb, tb, ew_);
  sbot = sfermion_masses(SfermionKind::kDown, y[kMQ3], y[kMD3], mb_run, y[kAb] - r.mu * tb, tb, ew_);
  stau = sfermion_masses(SfermionKind::kLepton, y[kML3], y[kME3], mtau_run, y[kAtau] - r.mu * tb, tb, ew_);
  r.mstop1 = signed_sqrt(stop.m1sq);
  r.mstop2 = signed_sqrt(stop.m2sq);
  r.msbottom1 = signed_sqrt(sbot.m1sq);
  r.msbottom2 = signed_sqrt(sbot.m2sq);
  r.mstau1_sq = stau.m1sq;
  r.mstau1 = signed_sqrt(stau.m1sq);
  r.mstau2 = signed_sqrt(stau.m2sq);
  r.theta_stop = std::atan2(stop.sin_theta, stop.cos_theta);
  r.theta_sbottom = std::atan2(sbot.sin_theta, sbot.cos_theta);
  r.theta_stau = std::atan2(stau.sin_theta, stau.cos_theta);
  if (!(stau.m1sq > 0)) status |= bit(StatusBit::kStauTachyon);  // seed 001 exclusion
  if (!(stop.m1sq > 0) || !(sbot.m1sq > 0) || !(stau.m2sq > 0)) status |= bit(StatusBit::kSfermionTachyon);

  r.mneutralino = neutralino_masses(r.M1, r.M2, r.mu, tb, ew_);
  r.mchargino = chargino_masses(r.M2, r.mu, tb, ew_);
  if (!has(status, StatusBit::kSfermionTachyon)) {
    const double s2t = 2.0 * stop.sin_theta * stop.cos_theta, s2b = 2.0 * sbot.sin_theta * sbot.cos_theta;
    const std::array<SquarkForGluino, 6> sq{{{r.msquark_uL, r.msquark_uR, 0.0, 0.0},
                                             {r.msquark_dL, r.msquark_dR, 0.0, 0.0},
                                             {r.msquark_uL, r.msquark_uR, 0.0, 0.0},
                                             {r.msquark_dL, r.msquark_dR, 0.0, 0.0},
                                             {r.mstop1, r.mstop2, mt_run, s2t},
                                             {r.msbottom1, r.msbottom2, mb_run, s2b}}};
    r.mgluino = gluino_pole_mass(r.M3, y[kG3], msusy, sq);
  }

  // Higgs mass, method kn99 (seed 001 section 3; spec 6).
  if (!(y[kMQ3] > 0 && y[kMU3] > 0 && y[kMD3] > 0)) {
    status |= bit(StatusBit::kSfermionTachyon);
    r.status = status;
    return r;
  }
  switch (settings_.mt_higgs) {
    case TopMassChoice::kMsbarMtMt: r.mt_higgs = smc_.mt_mt; break;
    case TopMassChoice::kPole: r.mt_higgs = sm_.mt_pole; break;
    case TopMassChoice::kRunning: r.mt_higgs = mt_run; break;
    case TopMassChoice::kFixed: r.mt_higgs = settings_.mt_higgs_fixed_gev; break;
  }
  if (modern) r.mt_higgs = higgs_mt_bar(sm_.mt_pole, smc_.alpha_s_mt);  // CHHHWW m_t-bar (spec 7.1)
  HiggsKn99Inputs hin;
  hin.tanb = tb;
  hin.ma = r.mA;
  hin.mz = ew_.mz;
  hin.vev = ew_.vev;
  hin.sin2w = ew_.sin2w;
  hin.mt = r.mt_higgs;
  hin.mb = mb_run;
  hin.mq = std::sqrt(y[kMQ3]);
  hin.mu3 = std::sqrt(y[kMU3]);
  hin.md3 = std::sqrt(y[kMD3]);
  hin.at = y[kAt];
  hin.ab = y[kAb];
  hin.mu = r.mu;
  hin.eps6 = settings_.eps6;
  HiggsKn99Result h;
  if (modern) {
    // Method modern: effective 2HDM quartics at two-loop leading log (higgs_modern.hpp).
    HiggsModernInputs min;
    min.base = hin;
    min.base.eps6 = 0.0;
    min.mt_pole = sm_.mt_pole;
    min.alpha_s_mt = smc_.alpha_s_mt;
    min.mstop1 = r.mstop1;
    min.mstop2 = r.mstop2;
    min.msbot1 = r.msbottom1;
    min.msbot2 = r.msbottom2;
    min.mb_mt = smc_.yb * ew_.vev;  // m_b(m_t) MSbar
    min.delta_b = delta_b_matched;  // h_b of the quartics uses the matching's Delta_b
    if (settings_.modern_higgs_eft) min.mh_eft = resummed_higgs_mass(sm_, smc_, y, r.mu, r.mA, tb, msusy);
    const HiggsModernResult hm = higgs_mass_modern(min);
    h = hm;
    r.mHpm = signed_sqrt(hm.mHpm_sq);  // with the quartics' loop terms
  } else {
    h = higgs_mass_kn99(hin);
  }
  if (modern) {
    const DrbarSpectrum drbar = drbar_spectrum_at(y, hin, ew_, {uL2, uR2, dL2, dR2, eL2, eR2, nu2}, stop, sbot, stau, msusy, r);
    status |= apply_slepton_pole_masses(drbar, r);
    apply_gaugino_pole_masses(drbar, r);
  }
  r.mh_sq = h.mh_sq;
  r.alpha = h.alpha;
  r.mH = signed_sqrt(h.mH_sq);
  if (h.mh_sq > 0)
    r.mh = std::sqrt(h.mh_sq);
  else
    status |= bit(StatusBit::kHiggsTachyon);
  r.status = status;
  return r;
}

StatusMask SpectrumCalculator::perturbativity_status(const PointInput& in, double msusy_gev) const {
  if (!settings_.check_perturbativity_to_gut || !(msusy_gev > 0)) return 0;
  PerturbativityOptions po;
  po.gut_scale_gev = settings_.gut_scale_gev;
  po.alpha_max = settings_.perturbativity_alpha_max;
  return point_perturbativity(*this, in, msusy_gev, po).perturbative ? 0 : bit(StatusBit::kNonPerturbative);
}

std::vector<PointResult> SpectrumCalculator::compute_lambda_line(const PointInput& base,
                                                                  const std::vector<double>& lambdas_gev) const {
  std::vector<PointResult> out;
  out.reserve(lambdas_gev.size());
  double prev_lambda = 0, prev_msusy = 0;
  for (double lambda : lambdas_gev) {
    PointInput in = base;
    in.lambda_gev = lambda;
    const double guess = (prev_msusy > 0 && std::isfinite(prev_msusy)) ? prev_msusy * lambda / prev_lambda : 0.0;
    out.push_back(compute(in, guess));
    const PointResult& r = out.back();
    const bool usable = std::isfinite(r.msusy) && !has(r.status, StatusBit::kNoConvergence) &&
                        !has(r.status, StatusBit::kNonPerturbative);
    prev_lambda = lambda;
    prev_msusy = usable ? r.msusy : 0.0;
  }
  return out;
}

PointResult compute_point(const PointInput& in, const SMInputs& sm, const Settings& settings) {
  return SpectrumCalculator(sm, settings).compute(in);
}

}  // namespace gmsb
