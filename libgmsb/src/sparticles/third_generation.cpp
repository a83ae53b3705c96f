#include "sparticles/third_generation.hpp"

namespace gmsb::sparticles {

using namespace gmsb::ewsb;

RunningFermionMasses running_fermion_masses(const MssmState& y, const BetaAngles& beta, const ElectroweakConstants& ew) {
  return {y[kYt] * ew.vev * beta.sin, y[kYb] * ew.vev * beta.cos, y[kYtau] * ew.vev * beta.cos};
}

Mixing2x2 stop_masses(const MssmState& y, double mu, const RunningFermionMasses& m, const BetaAngles& beta,
                      const ElectroweakConstants& ew) {
  return sfermion_masses(SfermionKind::kUp, y[kMQ3], y[kMU3], m.mt, y[kAt] - mu / beta.tanb, beta, ew);
}

Mixing2x2 sbottom_masses(const MssmState& y, double mu, const RunningFermionMasses& m, const BetaAngles& beta,
                         const ElectroweakConstants& ew) {
  return sfermion_masses(SfermionKind::kDown, y[kMQ3], y[kMD3], m.mb, y[kAb] - mu * beta.tanb, beta, ew);
}

Mixing2x2 stau_masses(const MssmState& y, double mu, const RunningFermionMasses& m, const BetaAngles& beta,
                      const ElectroweakConstants& ew) {
  return sfermion_masses(SfermionKind::kLepton, y[kML3], y[kME3], m.mtau, y[kAtau] - mu * beta.tanb, beta, ew);
}

ThirdGenerationSfermions third_generation_sfermions(const MssmState& y, double mu, const BetaAngles& beta,
                                                    const ElectroweakConstants& ew) {
  ThirdGenerationSfermions g;
  g.fermions = running_fermion_masses(y, beta, ew);
  g.stop = stop_masses(y, mu, g.fermions, beta, ew);
  g.sbottom = sbottom_masses(y, mu, g.fermions, beta, ew);
  g.stau = stau_masses(y, mu, g.fermions, beta, ew);
  g.sbottom_diagonal = sfermion_diagonal(SfermionKind::kDown, y[kMQ3], y[kMD3], g.fermions.mb, beta, ew);
  g.stau_diagonal = sfermion_diagonal(SfermionKind::kLepton, y[kML3], y[kME3], g.fermions.mtau, beta, ew);
  g.msnu_tau_sq = y[kML3] + dterm_sneutrino(ew.mz, beta.cos2);
  return g;
}

FirstGenerationSfermions first_generation_sfermions(const MssmState& y, const BetaAngles& beta,
                                                    const ElectroweakConstants& ew) {
  // docs/physics.md §6.5: m^2 = m_soft^2 + D-term; first-generation Yukawas neglected.
  auto dl = [&](SfermionKind k) { return dterm_left(k, ew.mz, ew.sin2w, beta.cos2); };
  auto dr = [&](SfermionKind k) { return dterm_right(k, ew.mz, ew.sin2w, beta.cos2); };
  FirstGenerationSfermions f;
  f.uL2 = y[kMQ1] + dl(SfermionKind::kUp);
  f.uR2 = y[kMU1] + dr(SfermionKind::kUp);
  f.dL2 = y[kMQ1] + dl(SfermionKind::kDown);
  f.dR2 = y[kMD1] + dr(SfermionKind::kDown);
  f.eL2 = y[kML1] + dl(SfermionKind::kLepton);
  f.eR2 = y[kME1] + dr(SfermionKind::kLepton);
  f.nu2 = y[kML1] + dterm_sneutrino(ew.mz, beta.cos2);
  return f;
}

}  // namespace gmsb::sparticles
