#pragma once
/// \file softsusy_drbar.hpp
/// The DRbar parameters of public SOFTSUSY 3.3.9 SLHA outputs (blocks GAUGE, YU/YD/YE, HMIX,
/// MSOFT, AU/AD/AE at their Q) with SOFTSUSY's pole masses (block MASS), and the DrbarSpectrum
/// built from them the way SOFTSUSY builds its tree-level spectrum. Header-only; tests only.

#include <cmath>

#include "ewsb/beta_angles.hpp"
#include "sparticles/drbar_spectrum.hpp"
#include "higgs/higgs_kn99.hpp"
#include "internal_namespaces.hpp"

namespace gmsb::testing {

struct SoftsusyDrbar {
  const char* name;
  double q, gp, g, yt, yb, ytau, mu, tanb, vev246, ma2;
  double m1, m2, meL, meR, mtauL, mtauR, mqL1, muR, mdR, mqL3, mtR, mbR, at, ab, atau;
  double pole_eL, pole_eR, pole_snu, pole_stau1, pole_stau2, pole_snutau;
  double pole_neutralino[4];  ///< signed (SLHA)
  double pole_chargino[2];
};

// softsusy-3.3.9 benchmarks/mgmsb2.1.4.spec and mgmsb2.1.1.spec (public files, repository
// wavewave/twoscale_softsusy, directory softsusy-3.3.9-iw20140627/benchmarks).
constexpr SoftsusyDrbar kSoftsusyPoints[] = {
    {"mgmsb2.1.4", 1021.85056, 0.363124134, 0.644443735, 0.863361230, 0.203794086, 0.151373897, 390.557709,
     14.4940069, 243.544491, 2.82980421e5, 167.043470, 314.505527, 342.029459, 163.434564, 341.561140, 161.443794,
     1093.49600, 1048.50241, 1044.18581, 1055.55482, 970.911551, 1039.88375, -247.133743, -273.629742, -26.7926198,
     348.546173, 173.903730, 339.098772, 168.048488, 349.570531, 338.418878,
     {160.375784, 294.943878, -399.213264, 431.731925}, {294.310416, 431.703746}},
    {"mgmsb2.1.1", 768.693772, 0.362512223, 0.646107290, 0.873707027, 0.206920368, 0.151625826, 295.114947,
     14.5437298, 243.902586, 1.54862133e5, 121.037430, 229.808731, 249.846918, 118.261004, 249.507369, 116.803614,
     815.912978, 783.708463, 780.682968, 787.292162, 725.286532, 777.420898, -187.348530, -207.802481, -19.4367941,
     256.424543, 129.436852, 243.498005, 122.808064, 258.355412, 242.995657,
     {114.265310, 206.540639, -304.618655, 338.714960}, {205.379261, 338.984218}},
};

/// The DRbar spectrum SOFTSUSY's loops use: tree-level sfermion, Higgs, neutralino and chargino
/// masses from its DRbar parameters, m_Z = sqrt((g^2 + g'^2)/2) v at Q. Fills `ew` with the
/// matching electroweak constants.
inline DrbarSpectrum drbar_spectrum_from(const SoftsusyDrbar& s, ElectroweakConstants& ew) {
  DrbarSpectrum in;
  in.q = s.q;
  in.g = s.g;
  in.gp = s.gp;
  in.vev = s.vev246 / std::sqrt(2.0);
  in.beta = BetaAngles::from_tanb(s.tanb);
  in.mu = s.mu;
  in.ytau = s.ytau;
  in.atau = s.ytau * s.atau;
  in.yb = s.yb;
  in.yt = s.yt;
  const double g2 = s.g * s.g, gp2 = s.gp * s.gp;
  ew.sin2w = gp2 / (g2 + gp2);
  ew.vev = in.vev;
  ew.mz = std::sqrt((g2 + gp2) / 2.0) * in.vev;  // DRbar m_Z at Q, as SOFTSUSY uses in its trees
  const BetaAngles beta = BetaAngles::from_tanb(s.tanb);
  auto dl = [&](SfermionKind k) { return dterm_left(k, ew.mz, ew.sin2w, beta.cos2); };
  auto dr = [&](SfermionKind k) { return dterm_right(k, ew.mz, ew.sin2w, beta.cos2); };
  in.m2_uL = s.mqL1 * s.mqL1 + dl(SfermionKind::kUp);
  in.m2_dL = s.mqL1 * s.mqL1 + dl(SfermionKind::kDown);
  in.m2_uR = s.muR * s.muR + dr(SfermionKind::kUp);
  in.m2_dR = s.mdR * s.mdR + dr(SfermionKind::kDown);
  in.m2_eL = s.meL * s.meL + dl(SfermionKind::kLepton);
  in.m2_eR = s.meR * s.meR + dr(SfermionKind::kLepton);
  in.m2_snu_e = s.meL * s.meL + dterm_sneutrino(ew.mz, beta.cos2);
  in.m2_snu_tau = s.mtauL * s.mtauL + dterm_sneutrino(ew.mz, beta.cos2);
  const double v = in.vev;
  in.stop = sfermion_masses(SfermionKind::kUp, s.mqL3 * s.mqL3, s.mtR * s.mtR, s.yt * v * beta.sin,
                            s.at - s.mu / s.tanb, BetaAngles::from_tanb(s.tanb), ew);
  in.sbottom = sfermion_masses(SfermionKind::kDown, s.mqL3 * s.mqL3, s.mbR * s.mbR, s.yb * v * beta.cos,
                               s.ab - s.mu * s.tanb, BetaAngles::from_tanb(s.tanb), ew);
  in.stau = sfermion_masses(SfermionKind::kLepton, s.mtauL * s.mtauL, s.mtauR * s.mtauR, s.ytau * v * beta.cos,
                            s.atau - s.mu * s.tanb, BetaAngles::from_tanb(s.tanb), ew);
  HiggsKn99Inputs h;
  h.beta = BetaAngles::from_tanb(s.tanb);
  h.ma = std::sqrt(s.ma2);
  h.mz = ew.mz;
  const HiggsKn99Result tree = diagonalise_cp_even(higgs_tree_matrix(h));
  in.mh = std::sqrt(tree.mh_sq);
  in.mH = std::sqrt(tree.mH_sq);
  in.alpha = tree.alpha;
  in.mA = h.ma;
  in.mHpm = std::sqrt(s.ma2 + g2 * v * v / 2.0);
  in.neutralinos = neutralino_mixing(s.m1, s.m2, s.mu, BetaAngles::from_tanb(s.tanb), ew);
  in.charginos = chargino_mixing(s.m2, s.mu, BetaAngles::from_tanb(s.tanb), ew);
  return in;
}

}  // namespace gmsb::testing
