#pragma once
/// \file beta_angles.hpp
/// The trigonometric functions of the Higgs mixing angle beta (tan(beta) = v_u / v_d) that the
/// spectrum formulas use, computed once from tan(beta).
///
/// \code
///   const gmsb::BetaAngles b = gmsb::BetaAngles::from_tanb(10.0);
///   double mt = yt * vev * b.sin, dterm = mz * mz * b.cos2;
/// \endcode

#include <cmath>

namespace gmsb::ewsb {

/// sin(beta), cos(beta), cos(2 beta), sin(2 beta) for 0 < beta < pi/2 (tan(beta) > 0).
/// The expressions (and their floating-point operation order) are those the library used
/// before this type existed, so results are bit-for-bit unchanged.
struct BetaAngles {
  double tanb = 0;
  double sin = 0;   ///< tan(beta) / sqrt(1 + tan^2(beta)), as tan(beta) * cos(beta)
  double cos = 0;   ///< 1 / sqrt(1 + tan^2(beta))
  double cos2 = 0;  ///< cos(2 beta) = (1 - tan^2(beta)) / (1 + tan^2(beta))
  double sin2 = 0;  ///< sin(2 beta) = 2 tan(beta) / (1 + tan^2(beta))

  static BetaAngles from_tanb(double tanb) {
    BetaAngles b;
    b.tanb = tanb;
    b.cos = 1.0 / std::sqrt(1.0 + tanb * tanb);
    b.sin = tanb * b.cos;
    b.cos2 = (1.0 - tanb * tanb) / (1.0 + tanb * tanb);
    b.sin2 = 2.0 * tanb / (1.0 + tanb * tanb);
    return b;
  }
};

}  // namespace gmsb::ewsb
