#pragma once
/// \file gravitino_mass.hpp
/// The gravitino mass of a GMSB point (docs/physics.md §11.1).

#include "gmsb/point.hpp"

namespace gmsb::gravitino {

/// The F of the messenger spurion of the primary set, F = Lambda M (GeV^2): with W = lambda S Phi
/// Phibar and lambda = 1, Lambda = F/M (docs/physics.md §11.1). Extra messenger sets of a model
/// variant do not change it; c_grav absorbs F_0/F for a hidden sector with F_0 > F.
double messenger_f_gev2(const PointInput& in);

/// m_3/2 = c_grav F/(sqrt(3) Mbar_Pl) in GeV, Mbar_Pl = kReducedPlanckMassGeV (docs/physics.md §11.1).
double gravitino_mass_gev(double c_grav, double f_gev2);

}  // namespace gmsb::gravitino
