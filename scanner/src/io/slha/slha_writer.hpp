#pragma once
/// \file slha_writer.hpp
/// SUSY Les Houches Accord output of one point (SLHA1: Skands et al., JHEP 0407 (2004) 036,
/// hep-ph/0311123; SLHA2: Allanach et al., CPC 180 (2009) 8, arXiv:0801.0045), in the format of
/// the field's spectrum generators, with the GMSB extension blocks of docs/slha.md so that
/// read_run() (slha_input.hpp) gives the same point back.
///
/// Every number is printed as `%16.8E` (inputs that need more digits to read back exactly as
/// `%.16E`); a quantity that was not computed (NaN, or 0 for the optional phenomenology fields)
/// is left out, never printed as nan/inf; SPINFO 4 names the problems of a failed point.

#include <string>
#include <vector>

#include "gmsb/spectrum_calculator.hpp"

namespace gmsb::slha {

/// The SLHA text of one computed point: SPINFO (1 program, 2 version, 3 warnings and notes, 4
/// problems), MODSEL, SMINPUTS, MINPAR (5 only when N1 = N2 = N3), GMSBINDICES, GMSBCONTENT,
/// GMSBSETS, GMSBVARIANT (when needed), GMSBSETTINGS, MASS, NMIX/UMIX/VMIX, STOPMIX, SBOTMIX,
/// STAUMIX, ALPHA, HMIX, GAUGE, YU/YD/YE, AU/AD/AE, MSOFT (at Q = M_SUSY), and the DECAY table of
/// the NLSP into the gravitino when it was computed. `notes` are extra SPINFO 3 lines (e.g. from
/// the input, slha_input.hpp). `settings` should be the calculator's (effective) settings.
std::string write(const PointInput& in, const PointResult& r, const SMInputs& sm, const Settings& settings,
                  const std::vector<std::string>& notes = {});

/// True when MINPAR 3 of `in` is tan(beta) at M_Z (the point's result says tan(beta)(M_Z) equals
/// the input); else the input is tan(beta) at M_SUSY (point.hpp) and SPINFO 3 says so.
bool input_tanb_is_at_mz(const PointInput& in, const PointResult& r);

}  // namespace gmsb::slha

namespace gmsb::slha {

/// Writes `text` to the file `path` ("-": stdout). Throws gmsb::IoError naming the file.
void write_file(const std::string& path, const std::string& text);

/// The text of the file `path` ("-": stdin). Throws gmsb::IoError naming the file.
std::string read_file(const std::string& path);

}  // namespace gmsb::slha
