#pragma once
/// \file slha_writer.hpp
/// SUSY Les Houches Accord (SLHA1, Skands et al., JHEP 0407 (2004) 036) output of one point.

#include <string>

#include "gmsb/spectrum_calculator.hpp"

namespace gmsb::slha {

/// The SLHA text of one computed point: SPINFO (problems in entry 4), MODSEL, SMINPUTS, MINPAR
/// (GMSB inputs 1-6, the per-group indices N1, N2, N3 as 51-53), MASS, NMIX/UMIX/VMIX,
/// STOPMIX, SBOTMIX, STAUMIX, ALPHA, HMIX, GAUGE, YU/YD/YE, AU/AD/AE, MSOFT.
std::string write(const PointInput& in, const PointResult& r, const SMInputs& sm, const Settings& settings);

}  // namespace gmsb::slha
