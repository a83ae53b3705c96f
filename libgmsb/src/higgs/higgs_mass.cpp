#include "higgs/higgs_mass.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "higgs/higgs_eft.hpp"
#include "higgs/higgs_modern.hpp"
#include "matching/tanb_running.hpp"
#include "rge/integrators.hpp"

namespace gmsb::higgs {

using namespace gmsb::ewsb;
using namespace gmsb::rge;
using namespace gmsb::sparticles;

namespace {

double top_mass_for_higgs(const Settings& s, const SMInputs& sm, const SMCouplings& smc, double mt_run) {
  if (s.method == HiggsMethod::kModern) return higgs_mt_bar(sm.mt_pole, smc.alpha_s_mt);  // CHHHWW m_t-bar (docs/physics.md §7.1)
  switch (s.mt_higgs) {
    case TopMassChoice::kMsbarMtMt: return smc.mt_mt;
    case TopMassChoice::kPole: return sm.mt_pole;
    case TopMassChoice::kRunning: return mt_run;
    case TopMassChoice::kFixed: return s.mt_higgs_fixed_gev;
  }
  return smc.mt_mt;
}

}  // namespace

// docs/physics.md §7.4.4 (BGSS arXiv:1407.4081 matching, SM-EFT running).
double resummed_higgs_mass(const SMInputs& sm, const SMCouplings& smc, const MssmState& y, double mu, double ma,
                           const BetaAngles& b, double q_gev, double yt_shift) {
  HiggsEftInputs e = higgs_eft_inputs_from_sm(sm, smc);
  e.yt_mt_rel_shift = yt_shift;
  HiggsEftMatchingInputs& m = e.matching;
  const double tanb = b.tanb;
  m.q_gev = q_gev;
  m.beta = b;
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

// docs/physics.md §7.5: matching-scale variation and the order of y_t (SUSYHD, FlexibleEFTHiggs).
MhUncertainty resummed_mh_uncertainty(const SMInputs& sm, const SMCouplings& smc, const MssmState& y, double mu,
                                      double ma, const BetaAngles& b, double msusy, double mh_central,
                                      const Settings& s) {
  MhUncertainty u;
  RgeOptions opt;
  opt.loops = s.rge_loops;
  const RunControl control{s.ode_rel_tol, s.perturbative_limit};
  double d_match = 0.0;
  for (double factor : {0.5, 2.0}) {
    const double q = std::max(factor * msusy, sm.mt_pole);
    MssmState yq = y, couplings = y;
    if (run_mssm(yq, std::log(msusy), std::log(q), opt, control) != RunStatus::kOk) return u;
    const double tanb_q = matching::run_tanb(b.tanb, couplings, std::log(msusy), std::log(q), s.rge_loops);
    if (!(tanb_q > 0)) return u;
    const double mh = resummed_higgs_mass(sm, smc, yq, mu, ma, BetaAngles::from_tanb(tanb_q), q, 0.0);
    if (!(mh > 0)) return u;
    d_match = std::max(d_match, std::fabs(mh - mh_central));
  }
  const double mh_yt =
      resummed_higgs_mass(sm, smc, y, mu, ma, b, msusy, higgs_yt_three_loop_qcd_shift(smc.alpha_s_mt));
  if (!(mh_yt > 0)) return u;
  u.matching_scale = d_match;
  u.top_yukawa = std::fabs(mh_yt - mh_central);
  u.total = u.matching_scale + u.top_yukawa;  // linearly, as FlexibleEFTHiggs
  return u;
}

HiggsStageResult higgs_masses(const HiggsStageInputs& in, const BetaAngles& beta, const Settings& settings,
                              const SMInputs& sm, const SMCouplings& smc, const ElectroweakConstants& ew) {
  const MssmState& y = *in.y;
  HiggsStageResult out;
  out.mt_higgs = top_mass_for_higgs(settings, sm, smc, y[kYt] * ew.vev * beta.sin);
  HiggsKn99Inputs& hin = out.tree_inputs;
  hin.beta = beta;
  hin.ma = in.ma;
  hin.mz = ew.mz;
  hin.vev = ew.vev;
  hin.sin2w = ew.sin2w;
  hin.mt = out.mt_higgs;
  hin.mb = in.mb_run;
  hin.mq = std::sqrt(y[kMQ3]);
  hin.mu3 = std::sqrt(y[kMU3]);
  hin.md3 = std::sqrt(y[kMD3]);
  hin.at = y[kAt];
  hin.ab = y[kAb];
  hin.mu = in.mu;
  hin.eps6 = settings.eps6;
  if (settings.method != HiggsMethod::kModern) {
    out.masses = higgs_mass_kn99(hin);
    return out;
  }
  // Method modern: effective 2HDM quartics at two-loop leading log (higgs_modern.hpp).
  HiggsModernInputs min;
  min.base = hin;
  min.base.eps6 = 0.0;
  min.mt_pole = sm.mt_pole;
  min.alpha_s_mt = smc.alpha_s_mt;
  min.mstop1 = in.mstop1;
  min.mstop2 = in.mstop2;
  min.msbot1 = in.msbot1;
  min.msbot2 = in.msbot2;
  min.mb_mt = smc.yb * ew.vev;  // m_b(m_t) MSbar
  min.delta_b = in.delta_b;     // h_b of the quartics uses the matching's Delta_b
  if (settings.modern_higgs_eft) {
    min.mh_eft = resummed_higgs_mass(sm, smc, y, in.mu, in.ma, beta, in.msusy, 0.0);
    if (!(min.mh_eft > 0))
      out.warnings |= bit(WarningBit::kHiggsEftFallback);
    else if (settings.mh_uncertainty)
      out.mh_uncertainty = resummed_mh_uncertainty(sm, smc, y, in.mu, in.ma, beta, in.msusy, min.mh_eft, settings).total;
  }
  const HiggsModernResult hm = higgs_mass_modern(min);
  out.masses = hm;
  out.has_mHpm_sq = true;
  out.mHpm_sq = hm.mHpm_sq;
  return out;
}

}  // namespace gmsb::higgs
