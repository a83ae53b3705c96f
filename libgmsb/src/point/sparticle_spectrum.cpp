#include "point/sparticle_spectrum.hpp"

#include <cmath>
#include <limits>

#include "sparticles/drbar_spectrum.hpp"
#include "sparticles/neutralino_chargino_pole.hpp"
#include "sparticles/neutralinos_charginos.hpp"
#include "sparticles/slepton_pole.hpp"
#include "sparticles/squark_pole.hpp"

namespace gmsb::point {

using namespace gmsb::ewsb;
using namespace gmsb::higgs;
using namespace gmsb::matching;
using namespace gmsb::rge;
using namespace gmsb::sparticles;

namespace {
double signed_sqrt(double x) { return x >= 0 ? std::sqrt(x) : std::numeric_limits<double>::quiet_NaN(); }
}  // namespace

StatusMask set_first_generation(const FirstGenerationSfermions& f, const MssmState& y, double msusy, bool modern,
                                PointResult& r) {
  r.msquark_uL = signed_sqrt(f.uL2);
  r.msquark_uR = signed_sqrt(f.uR2);
  r.msquark_dL = signed_sqrt(f.dL2);
  r.msquark_dR = signed_sqrt(f.dR2);
  r.mselectron_L = signed_sqrt(f.eL2);
  r.mselectron_R = signed_sqrt(f.eR2);
  r.msneutrino = signed_sqrt(f.nu2);
  StatusMask status = 0;
  for (double m2 : {f.uL2, f.uR2, f.dL2, f.dR2, f.eL2, f.eR2, f.nu2})
    if (!(m2 > 0)) status |= bit(StatusBit::kSfermionTachyon);
  if (modern) {
    // Method modern: first-generation squark pole masses with the one-loop SUSY-QCD correction.
    for (double* m : {&r.msquark_uL, &r.msquark_uR, &r.msquark_dL, &r.msquark_dR})
      if (*m > 0) *m = squark_pole_mass_qcd(*m, y[kM3], y[kG3], msusy);
  }
  return status;
}

void set_ewsb_outputs(const EwsbResult& ewsb, const ElectroweakConstants& ew, PointResult& r) {
  r.mu = ewsb.mu;
  r.bmu = ewsb.bmu;
  r.B = ewsb.bmu / ewsb.mu;
  r.mA = std::sqrt(ewsb.ma_sq);
  r.mHpm = std::sqrt(ewsb.ma_sq + ew.mz * ew.mz * (1.0 - ew.sin2w));  // tree: m_A^2 + m_W^2
}

StatusMask set_third_generation(const ThirdGenerationSfermions& g, PointResult& r) {
  r.mstop1 = signed_sqrt(g.stop.m1sq);
  r.mstop2 = signed_sqrt(g.stop.m2sq);
  r.msbottom1 = signed_sqrt(g.sbottom.m1sq);
  r.msbottom2 = signed_sqrt(g.sbottom.m2sq);
  r.mstau1_sq = g.stau.m1sq;
  r.mstau1 = signed_sqrt(g.stau.m1sq);
  r.mstau2 = signed_sqrt(g.stau.m2sq);
  r.msneutrino_tau = signed_sqrt(g.msnu_tau_sq);
  r.theta_stop = std::atan2(g.stop.sin_theta, g.stop.cos_theta);
  r.theta_sbottom = std::atan2(g.sbottom.sin_theta, g.sbottom.cos_theta);
  r.theta_stau = std::atan2(g.stau.sin_theta, g.stau.cos_theta);
  StatusMask status = 0;
  if (!(g.stau.m1sq > 0)) status |= bit(StatusBit::kStauTachyon);  // Kaeding & Nandi's exclusion
  if (!(g.stop.m1sq > 0) || !(g.sbottom.m1sq > 0) || !(g.stau.m2sq > 0)) status |= bit(StatusBit::kSfermionTachyon);
  return status;
}

GauginoMixing set_neutralinos_charginos(const BetaAngles& beta, const ElectroweakConstants& ew, PointResult& r) {
  const NeutralinoMixing n = neutralino_mixing(r.M1, r.M2, r.mu, beta, ew);
  for (int i = 0; i < 4; ++i) {
    r.mneutralino[i] = std::fabs(n.mass[i]);
    r.neutralino_tree_mass[i] = n.mass[i];
    for (int j = 0; j < 4; ++j) r.neutralino_mixing[i][j] = n.n(i, j);
  }
  const CharginoMixing c = chargino_mixing(r.M2, r.mu, beta, ew);
  r.mchargino = c.mass;
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 2; ++j) {
      r.chargino_u[i][j] = c.u(i, j);
      r.chargino_v[i][j] = c.v(i, j);
    }
  return {n, c};
}

void set_gluino(const MssmState& y, const ThirdGenerationSfermions& g, double msusy, PointResult& r) {
  const double s2t = 2.0 * g.stop.sin_theta * g.stop.cos_theta, s2b = 2.0 * g.sbottom.sin_theta * g.sbottom.cos_theta;
  const std::array<SquarkForGluino, 6> sq{{{r.msquark_uL, r.msquark_uR, 0.0, 0.0},
                                           {r.msquark_dL, r.msquark_dR, 0.0, 0.0},
                                           {r.msquark_uL, r.msquark_uR, 0.0, 0.0},
                                           {r.msquark_dL, r.msquark_dR, 0.0, 0.0},
                                           {r.mstop1, r.mstop2, g.fermions.mt, s2t},
                                           {r.msbottom1, r.msbottom2, g.fermions.mb, s2b}}};
  r.mgluino = gluino_pole_mass(r.M3, y[kG3], msusy, sq);
}

namespace {
/// The DRbar spectrum at q = M_SUSY that the one-loop self-energies use (drbar_spectrum.hpp),
/// with the tree-level Higgs sector.
DrbarSpectrum drbar_spectrum_at(const MssmState& y, const HiggsKn99Inputs& hin, const ElectroweakConstants& ew,
                                const FirstGenerationSfermions& first, const ThirdGenerationSfermions& third,
                                const GauginoMixing& inos, double q, const PointResult& r) {
  DrbarSpectrum in;
  in.q = q;
  in.g = y[kG2];
  in.gp = std::sqrt(3.0 / 5.0) * y[kG1];
  in.vev = ew.vev;
  in.beta = hin.beta;
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
  in.stop = third.stop;
  in.sbottom = third.sbottom;
  in.stau = third.stau;
  in.m2_snu_tau = third.msnu_tau_sq;
  // Loops use the tree-level (DRbar) Higgs sector.
  const HiggsKn99Result tree = diagonalise_cp_even(higgs_tree_matrix(hin));
  in.mh = std::sqrt(std::max(tree.mh_sq, 0.0));
  in.mH = std::sqrt(std::max(tree.mH_sq, 0.0));
  in.alpha = tree.alpha;
  in.mA = r.mA;
  in.mHpm = std::sqrt(r.mA * r.mA + 0.5 * y[kG2] * y[kG2] * ew.vev * ew.vev);  // tree: m_A^2 + m_W^2 (DRbar)
  in.neutralinos = inos.neutralinos;
  in.charginos = inos.charginos;
  return in;
}
}  // namespace

StatusMask modern_pole_masses(const MssmState& y, const HiggsKn99Inputs& higgs_tree, const ElectroweakConstants& ew,
                              const FirstGenerationSfermions& first, const ThirdGenerationSfermions& third,
                              const GauginoMixing& inos, double msusy, PointResult& r) {
  const DrbarSpectrum drbar = drbar_spectrum_at(y, higgs_tree, ew, first, third, inos, msusy, r);
  const SleptonPoleMasses sleptons = slepton_pole_masses(drbar);
  r.mselectron_L = sleptons.selectron_L;
  r.mselectron_R = sleptons.selectron_R;
  r.msneutrino = sleptons.sneutrino_e;
  r.mstau1 = sleptons.stau1;
  r.mstau2 = sleptons.stau2;
  r.msneutrino_tau = sleptons.sneutrino_tau;
  // The mixing matrices of r stay the tree-level DRbar ones.
  const GauginoPoleMasses poles = gaugino_pole_masses(drbar);
  for (int i = 0; i < 4; ++i) r.mneutralino[i] = std::fabs(poles.neutralino[i]);
  r.mchargino = poles.chargino;
  return std::isfinite(sleptons.stau1) ? 0 : bit(StatusBit::kStauTachyon);
}

}  // namespace gmsb::point
