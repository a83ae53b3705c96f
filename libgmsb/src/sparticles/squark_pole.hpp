#pragma once
/// \file squark_pole.hpp
/// Pole mass of a first/second-generation squark from its DRbar mass: the one-loop SUSY-QCD
/// (gluon + gluino) self-energy with the quark mass neglected (Pierce, Bagger, Matchev, Zhang,
/// NPB 491 (1997) 3, eq. (D.46) in that limit; Martin, PRD 71 (2005) 016012, eq. (2.4)):
///   m_pole^2 = m^2 [1 + (2 alpha_s/3pi)(1 + 3x + (x-1)^2 ln|x-1| - x^2 ln x + 2x ln(Q^2/m^2))],
///   x = M3^2/m^2, all at the scale Q.

namespace gmsb::sparticles {

/// m_sq_gev: DRbar squark mass (> 0), m3_gev: gluino mass, g3 at q_gev. Returns the pole mass (GeV).
double squark_pole_mass_qcd(double m_sq_gev, double m3_gev, double g3, double q_gev);

}  // namespace gmsb::sparticles
