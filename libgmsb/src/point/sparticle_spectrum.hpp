#pragma once
/// \file sparticle_spectrum.hpp
/// Stage 4 of a point, the sparticle spectrum at Q = M_SUSY from the converged running
/// parameters: first-generation sfermions with D-terms (method modern: squark pole masses with
/// SUSY-QCD), the EWSB outputs, third-generation sfermions with left-right mixing, neutralinos
/// and charginos with their mixing matrices, and the gluino pole mass. Method modern's one-loop
/// slepton, neutralino and chargino pole masses follow the Higgs stage (modern_pole_masses()),
/// whose tree-level Higgs sector their loops use.

#include "ewsb/beta_angles.hpp"
#include "ewsb/ewsb.hpp"
#include "gmsb/point.hpp"
#include "higgs/higgs_kn99.hpp"
#include "matching/low_scale_matching.hpp"
#include "sparticles/neutralinos_charginos.hpp"
#include "sparticles/third_generation.hpp"

namespace gmsb::point {

/// First-generation sfermions into r; returns kSfermionTachyon if one is tachyonic.
StatusMask set_first_generation(const sparticles::FirstGenerationSfermions& first, const MssmState& y, double msusy, bool modern,
                                PointResult& r);

/// mu, b, B, m_A and the tree-level m_H+ from a successful EWSB.
void set_ewsb_outputs(const ewsb::EwsbResult& ewsb, const sparticles::ElectroweakConstants& ew, PointResult& r);

/// Stops, sbottoms and staus (masses, angles, m_stau1^2); returns kStauTachyon (the seed's
/// exclusion) and kSfermionTachyon bits.
StatusMask set_third_generation(const sparticles::ThirdGenerationSfermions& third, PointResult& r);

/// The tree-level DRbar neutralino and chargino mixing of a point, computed once: the result and
/// method modern's self-energies share it.
struct GauginoMixing {
  sparticles::NeutralinoMixing neutralinos;
  sparticles::CharginoMixing charginos;
};

/// Tree-level neutralino and chargino masses and mixing matrices into r (needs r.M1, r.M2, r.mu).
GauginoMixing set_neutralinos_charginos(const ewsb::BetaAngles& beta, const sparticles::ElectroweakConstants& ew,
                                        PointResult& r);

/// The gluino pole mass from M3 with the squark loops (needs every squark mass in r).
void set_gluino(const MssmState& y, const sparticles::ThirdGenerationSfermions& third, double msusy, PointResult& r);

/// Method modern: one-loop slepton, neutralino and chargino pole masses (PBMZ) replace the tree
/// ones in r; `higgs_tree` gives the tree-level Higgs sector of the loops. Returns kStauTachyon
/// if the lighter stau's pole mass squared is negative.
StatusMask modern_pole_masses(const MssmState& y, const higgs::HiggsKn99Inputs& higgs_tree, const sparticles::ElectroweakConstants& ew,
                              const sparticles::FirstGenerationSfermions& first, const sparticles::ThirdGenerationSfermions& third,
                              const GauginoMixing& inos, double msusy, PointResult& r);

}  // namespace gmsb::point
