#include "sparticles/drbar_spectrum.hpp"

#include <algorithm>
#include <cmath>

#include "ewsb/beta_angles.hpp"

namespace gmsb::sparticles {

using namespace gmsb::ewsb;

ElectroweakAtQ electroweak_at_q(const DrbarSpectrum& in) {
  ElectroweakAtQ ew;
  const double g2 = in.g * in.g, gp2 = in.gp * in.gp;
  ew.sw2 = gp2 / (g2 + gp2);
  ew.cw2 = 1.0 - ew.sw2;
  ew.cw = std::sqrt(ew.cw2);
  ew.e2 = g2 * ew.sw2;
  ew.mz = std::sqrt((g2 + gp2) / 2.0) * in.vev;  // DRbar m_Z, m_W at q (v = 174 GeV convention)
  ew.mw = in.g * in.vev / std::sqrt(2.0);
  const BetaAngles& beta = in.beta;
  ew.cb = beta.cos;
  ew.sb = beta.sin;
  ew.c2b = beta.cos2;
  ew.s2b = 2.0 * beta.sin * beta.cos;
  ew.ca = std::cos(in.alpha);
  ew.sa = std::sin(in.alpha);
  ew.c2a = std::cos(2.0 * in.alpha);
  return ew;
}

SfermionPair sfermion_pair(const Mixing2x2& x) {
  SfermionPair s;
  s.m[0] = std::sqrt(std::max(x.m1sq, 0.0));
  s.m[1] = std::sqrt(std::max(x.m2sq, 0.0));
  s.rot << x.cos_theta, x.sin_theta, -x.sin_theta, x.cos_theta;
  return s;
}

SfermionPair unmixed_sfermion_pair(double m2_left, double m2_right) {
  return sfermion_pair(Mixing2x2{m2_left, m2_right, 1.0, 0.0});
}

}  // namespace gmsb::sparticles
