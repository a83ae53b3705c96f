#pragma once
/// \file slha_input.hpp
/// An SLHA input file (slha_document.hpp) as the inputs of one gmsb point: MODSEL, SMINPUTS,
/// MINPAR and the GMSB extension blocks GMSBINDICES, GMSBCONTENT, GMSBSETS, GMSBVARIANT and
/// GMSBSETTINGS (all documented in docs/slha.md). Other blocks and DECAY tables are ignored, as
/// SLHA says (hep-ph/0311123), except EXTPAR, which this program cannot honour.
///
/// \code
///   gmsb::slha::InputPoint run = gmsb::slha::read_run(gmsb::slha::parse(text, "in.slha"));
///   gmsb::SpectrumCalculator calc(run.sm, run.settings);
///   gmsb::PointResult r = calc.compute(run.input);
/// \endcode

#include <string>
#include <vector>

#include "gmsb/point.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"
#include "io/slha/slha_document.hpp"

namespace gmsb::slha {

/// The inputs of one point read from SLHA.
struct InputPoint {
  PointInput input;
  SMInputs sm;
  Settings settings;
  /// Notes for SPINFO 3 about the input: entries that were read but cannot be honoured.
  std::vector<std::string> notes;
};

/// Maps the document to a point. Throws gmsb::InputError "FILE:LINE: Block B entry I: reason" for
/// an unknown entry of a known block, a malformed entry (not `INDEX... VALUE`), a value out of
/// range, an entry given twice, inconsistent inputs (MINPAR 5 against GMSBINDICES or GMSBCONTENT),
/// and "FILE: ..." for a missing block or a missing required entry; then the library's checks
/// (PointInput::validate(), Settings::validate()) with the file's name.
InputPoint read_run(const Document& d);

}  // namespace gmsb::slha
