#pragma once
/// \file phenomenology.hpp
/// Stage 6 of a point (docs/architecture.md): the gravitino mass, the NLSP, its decays into the
/// gravitino, and the LEP-exclusion warnings (docs/physics.md §11).

#include "ewsb/beta_angles.hpp"
#include "gmsb/point.hpp"
#include "sparticles/sfermions.hpp"

namespace gmsb::point {

/// m_3/2 of the point into r.m_gravitino (needs only the inputs, so every point has it).
void set_gravitino_mass(const PointInput& in, PointResult& r);

/// The NLSP (nlsp_kind, nlsp_pdg, m_nlsp), its decays, width and c tau, and the LEP warning bits,
/// from the spectrum in r (needs r.m_gravitino, the neutralino mixing, the Higgs masses and alpha).
void set_nlsp_and_exclusions(const ewsb::BetaAngles& beta, const sparticles::ElectroweakConstants& ew, double mtau_gev,
                             PointResult& r);

}  // namespace gmsb::point
