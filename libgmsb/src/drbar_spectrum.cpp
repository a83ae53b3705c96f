#include "gmsb/drbar_spectrum.hpp"

#include <cmath>

#include "gmsb/beta_angles.hpp"

namespace gmsb {

ElectroweakAtQ electroweak_at_q(const DrbarSpectrum& in) {
  ElectroweakAtQ ew;
  const double g2 = in.g * in.g, gp2 = in.gp * in.gp;
  ew.sw2 = gp2 / (g2 + gp2);
  ew.cw2 = 1.0 - ew.sw2;
  ew.cw = std::sqrt(ew.cw2);
  ew.e2 = g2 * ew.sw2;
  ew.mz = std::sqrt((g2 + gp2) / 2.0) * in.vev;  // DRbar m_Z, m_W at q (v = 174 GeV convention)
  ew.mw = in.g * in.vev / std::sqrt(2.0);
  const BetaAngles beta = BetaAngles::from_tanb(in.tanb);
  ew.cb = beta.cos;
  ew.sb = beta.sin;
  ew.c2b = beta.cos2;
  ew.s2b = 2.0 * beta.sin * beta.cos;
  ew.ca = std::cos(in.alpha);
  ew.sa = std::sin(in.alpha);
  ew.c2a = std::cos(2.0 * in.alpha);
  return ew;
}

}  // namespace gmsb
