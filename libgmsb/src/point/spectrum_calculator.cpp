// The point pipeline: SpectrumCalculator::compute() as the list of its stages
// (docs/architecture.md "The stages of a point").
#include "gmsb/spectrum_calculator.hpp"

#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "ewsb/beta_angles.hpp"
#include "ewsb/ewsb.hpp"
#include "gmsb/error.hpp"
#include "higgs/higgs_mass.hpp"
#include "matching/low_scale_matching.hpp"
#include "messengers/perturbativity.hpp"
#include "point/msusy_fixed_point.hpp"
#include "point/phenomenology.hpp"
#include "point/sparticle_spectrum.hpp"
#include "sparticles/third_generation.hpp"

namespace gmsb {

using namespace gmsb::ewsb;
using namespace gmsb::higgs;
using namespace gmsb::matching;
using namespace gmsb::messengers;
using namespace gmsb::point;
using namespace gmsb::rge;
using namespace gmsb::sparticles;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

/// A result whose every quantity is NaN until a stage computes it.
PointResult nan_result() {
  PointResult r;
  for (double* p : {&r.mh, &r.mH, &r.mA, &r.mHpm, &r.mh_sq, &r.alpha, &r.mu, &r.B, &r.bmu, &r.mstau1_sq,
                    &r.mstau1, &r.mstau2, &r.mstop1, &r.mstop2, &r.msbottom1, &r.msbottom2, &r.theta_stop,
                    &r.theta_sbottom, &r.theta_stau, &r.msquark_uL, &r.msquark_uR, &r.msquark_dL, &r.msquark_dR,
                    &r.mselectron_L, &r.mselectron_R, &r.msneutrino, &r.mgluino, &r.M1, &r.M2, &r.M3, &r.msusy,
                    &r.mt_higgs, &r.msneutrino_tau, &r.m_gravitino, &r.m_nlsp, &r.nlsp_width_gev, &r.nlsp_ctau_m,
                    &r.vev_msusy})
    *p = kNaN;
  r.mneutralino.fill(kNaN);
  r.mchargino.fill(kNaN);
  r.neutralino_tree_mass.fill(kNaN);
  for (auto& row : r.neutralino_mixing) row.fill(kNaN);
  for (auto* m : {&r.chargino_u, &r.chargino_v})
    for (auto& row : *m) row.fill(kNaN);
  return r;
}

/// Optional high-scale check (Settings::check_perturbativity_to_gut): kNonPerturbative if a gauge
/// coupling, run with the messengers up to Settings::gut_scale_gev, exceeds
/// Settings::perturbativity_alpha_max (docs/physics.md §1.2).
/// `tanb_msusy` is the point's tan(beta) at M_SUSY (modern: run from the input at M_Z).
StatusMask perturbativity_status(const LowScaleMatching& low, const PointInput& in, double msusy_gev,
                                 double tanb_msusy) {
  const Settings& s = low.settings();
  if (!s.check_perturbativity_to_gut || !(msusy_gev > 0)) return 0;
  PerturbativityOptions po;
  po.gut_scale_gev = s.gut_scale_gev;
  po.alpha_max = s.perturbativity_alpha_max;
  PointInput at_msusy = in;  // point_perturbativity matches with the tan(beta) of the input at M_SUSY
  at_msusy.tanb = tanb_msusy;
  return point_perturbativity(low, at_msusy, msusy_gev, po).perturbative ? 0 : bit(StatusBit::kNonPerturbative);
}
}  // namespace

void PointInput::validate() const {
  if (!std::isfinite(lambda_gev) || lambda_gev <= 0)
    throw InputError("Lambda must be a positive number of GeV, got " + num(lambda_gev));
  if (lambda_gev < kMinLambdaGev || lambda_gev > kMaxLambdaGev)
    throw InputError("Lambda = " + num(lambda_gev) + " GeV is outside the range [" + num(kMinLambdaGev) + ", " +
                     num(kMaxLambdaGev) + "] GeV (docs/physics.md §2.1)");
  if (!std::isfinite(mess_gev) || mess_gev <= lambda_gev)
    throw InputError("the messenger scale M = " + num(mess_gev) + " GeV must exceed Lambda = " + num(lambda_gev) +
                     " GeV (x = Lambda/M < 1)");
  if (mess_gev > kMaxMessGev)
    throw InputError("the messenger scale M = " + num(mess_gev) + " GeV is above the maximum " + num(kMaxMessGev) +
                     " GeV (docs/physics.md §2.1)");
  if (!std::isfinite(tanb) || tanb < 1.0) throw InputError("tan(beta) must be >= 1, got " + num(tanb));
  if (tanb == 1.0) throw InputError("tan(beta) = 1 makes the EWSB conditions singular; use tan(beta) > 1");
  if (n.n1_fifths < 0 || n.n2 < 0 || n.n3 < 0)
    throw InputError("messenger indices must not be negative, got " + n.to_string());
  if (n.n1_fifths == 0 && n.n2 == 0 && n.n3 == 0)
    throw InputError("messenger indices are all zero: no gauge mediation");
  check_index_maximum(n, "messenger indices");
  if (sign_mu != 1 && sign_mu != -1) throw InputError("sign(mu) must be +1 or -1, got " + std::to_string(sign_mu));
  if (!std::isfinite(c_grav) || c_grav <= 0)
    throw InputError("c_grav (m_3/2 = c_grav F/(sqrt(3) M_Pl)) must be a positive number, got " + num(c_grav));
  validate_variant(variant, lambda_gev, mess_gev);
}

SpectrumCalculator::SpectrumCalculator(const SMInputs& sm, const Settings& settings) {
  settings.validate();  // gmsb::InputError naming the setting, before any work
  sm.validate();        // ... or the SM input out of its range (docs/physics.md §4.1)
  matching_ = std::make_shared<const LowScaleMatching>(sm, effective_settings(settings));
}

const SMInputs& SpectrumCalculator::sm_inputs() const { return matching_->sm_inputs(); }
const Settings& SpectrumCalculator::settings() const { return matching_->settings(); }

bool SpectrumCalculator::mssm_couplings(double msusy_gev, double tanb, double q_gev, MssmState& out) const {
  return matching_->mssm_couplings(msusy_gev, BetaAngles::from_tanb(tanb), q_gev, out);  // public entry: tan(beta) -> angles once
}

PointResult SpectrumCalculator::compute(const PointInput& in, double msusy_guess_gev) const {
  in.validate();
  const LowScaleMatching& low = *matching_;
  const Settings& settings = low.settings();
  const ElectroweakConstants& ew = low.electroweak();
  const bool modern = settings.method == HiggsMethod::kModern;
  // The input tan(beta): at M_SUSY for kn99, the DRbar value at M_Z for modern (docs/physics.md §4.5).
  const BetaAngles input_beta = BetaAngles::from_tanb(in.tanb);
  PointResult r = nan_result();
  set_gravitino_mass(in, r);  // from the inputs alone (docs/physics.md §11.1)
  r.mh_uncertainty = kNaN;
  r.tanb_mz = in.tanb;  // kn99: tan(beta) does not run, the same at M_Z and M_SUSY
  r.tanb_msusy = modern ? kNaN : in.tanb;

  // Stages 1-3, iterated to M_SUSY = sqrt(m_t1 m_t2): low-scale matching, messenger boundary
  // conditions and running, EWSB.
  const double start = msusy_guess_gev > 0 ? msusy_guess_gev : initial_msusy_estimate(in, low.sm_couplings_at_mt());
  const MsusyFixedPoint fp = solve_msusy_fixed_point(low, in, input_beta, start);
  const BetaAngles& beta = fp.beta;  // the one tan(beta)(M_SUSY) -> angles of the point
  r.iterations = fp.iterations;
  r.at_mess = fp.at_mess;
  r.warnings = fp.warnings;
  if (fp.running_failed) {
    r.status = fp.status;
    return r;
  }
  r.tanb_msusy = beta.tanb;
  StatusMask status = fp.status | perturbativity_status(low, in, fp.msusy, beta.tanb);
  const MssmState& y = fp.y;
  r.msusy = fp.msusy;
  r.at_msusy = y;
  r.M1 = y[kM1];
  r.M2 = y[kM2];
  r.M3 = y[kM3];
  r.vev_msusy = drbar_vev(y, ew.mz);

  // Stage 4: the sparticle spectrum at M_SUSY.
  const FirstGenerationSfermions first = first_generation_sfermions(y, beta, ew);
  status |= set_first_generation(first, y, fp.msusy, modern, r);
  if (!fp.ewsb.ok) {
    r.status = status | (fp.ewsb.tachyon ? bit(StatusBit::kSfermionTachyon) : bit(StatusBit::kNoEwsb));
    return r;
  }
  set_ewsb_outputs(fp.ewsb, ew, r);
  const ThirdGenerationSfermions third = third_generation_sfermions(y, r.mu, beta, ew);
  status |= set_third_generation(third, r);
  const GauginoMixing inos = set_neutralinos_charginos(beta, ew, r);
  if (!has(status, StatusBit::kSfermionTachyon)) set_gluino(y, third, fp.msusy, r);

  // Stage 5: the Higgs masses (they need positive third-generation soft masses).
  if (!(y[kMQ3] > 0 && y[kMU3] > 0 && y[kMD3] > 0)) {
    r.status = status | bit(StatusBit::kSfermionTachyon);
    return r;
  }
  const HiggsStageInputs hin{&y, fp.msusy, r.mu, r.mA, third.fermions.mb,
                             r.mstop1, r.mstop2, r.msbottom1, r.msbottom2, fp.delta_b};
  const HiggsStageResult h = higgs_masses(hin, beta, settings, low.sm_inputs(), low.sm_couplings_at_mt(), ew);
  r.mt_higgs = h.mt_higgs;
  r.mh_uncertainty = h.mh_uncertainty;
  r.warnings |= h.warnings;
  if (h.has_mHpm_sq) r.mHpm = h.mHpm_sq >= 0 ? std::sqrt(h.mHpm_sq) : kNaN;  // with the quartics' loop terms
  // Stage 4, method modern: one-loop slepton, neutralino and chargino pole masses.
  if (modern) status |= modern_pole_masses(y, h.tree_inputs, ew, first, third, inos, fp.msusy, r);
  r.mh_sq = h.masses.mh_sq;
  r.alpha = h.masses.alpha;
  r.mH = h.masses.mH_sq >= 0 ? std::sqrt(h.masses.mH_sq) : kNaN;
  if (h.masses.mh_sq > 0)
    r.mh = std::sqrt(h.masses.mh_sq);
  else
    status |= bit(StatusBit::kHiggsTachyon);
  // Stage 6: the NLSP, its decays into the gravitino, the LEP warnings (docs/physics.md §11).
  set_nlsp_and_exclusions(beta, ew, low.sm_inputs().mtau_pole, r);
  r.status = status;
  return r;
}

std::vector<PointResult> SpectrumCalculator::compute_lambda_line(const PointInput& base,
                                                                  const std::vector<double>& lambdas_gev) const {
  std::vector<PointInput> inputs(lambdas_gev.size(), base);
  for (std::size_t i = 0; i < inputs.size(); ++i) inputs[i].lambda_gev = lambdas_gev[i];
  return compute_line(inputs);
}

std::vector<PointResult> SpectrumCalculator::compute_line(const std::vector<PointInput>& inputs) const {
  std::vector<PointResult> out;
  out.reserve(inputs.size());
  // Method modern starts every point cold, as compute() alone does: its M_SUSY/threshold
  // iteration can end in a different status from a different start (31 of the 18,096 bench
  // points did, e.g. ok warm and no_ewsb cold), so a scan equals `gmsb point` exactly, by
  // construction (docs/reliability.md "Determinism (warm vs cold)"). Method kn99 keeps the warm
  // start (bit-identical to earlier scans; warm and cold agree within Settings::msusy_rel_tol).
  const bool warm = matching_->settings().method != HiggsMethod::kModern;
  double prev_lambda = 0, prev_msusy = 0;
  for (const PointInput& in : inputs) {
    const double lambda = in.lambda_gev;
    const double guess =
        (warm && prev_msusy > 0 && std::isfinite(prev_msusy)) ? prev_msusy * lambda / prev_lambda : 0.0;
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
