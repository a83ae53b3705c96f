#pragma once
/// \file status.hpp
/// Per-point physics status: a bitmask of failure reasons. Physics failures are status bits,
/// never exceptions or NaN returned silently.

#include <cstdint>
#include <string>
#include <vector>

namespace gmsb {

/// One reason a point failed or is excluded. Values are bit positions in a uint32 mask.
enum class StatusBit : unsigned {
  kStauTachyon = 0,        ///< lighter stau mass squared < 0 (KN99's exclusion)
  kSfermionTachyon = 1,    ///< another sfermion (stop, sbottom, first generations) tachyonic
  kNoEwsb = 2,             ///< |mu|^2 <= 0 or m_A^2 <= 0 at M_SUSY: no radiative EWSB
  kHiggsTachyon = 3,       ///< lightest CP-even m_h^2 <= 0
  kNonPerturbative = 4,    ///< a coupling left the perturbative range (Landau pole) in the running
  kNoConvergence = 5,      ///< the M_SUSY / mu iteration did not converge
  kNotComputed = 31,       ///< used by the scanner for points not yet computed
};

using StatusMask = std::uint32_t;

constexpr StatusMask bit(StatusBit b) { return StatusMask(1u) << static_cast<unsigned>(b); }
constexpr bool has(StatusMask m, StatusBit b) { return (m & bit(b)) != 0; }

/// Short machine name of a bit ("stau_tachyon", "no_ewsb", ...).
const char* status_bit_name(StatusBit b);
/// All bits in a stable order (for attributes, help texts).
const std::vector<StatusBit>& all_status_bits();
/// Names of the bits set in m, in bit order. Empty when the point is fine.
std::vector<std::string> status_names(StatusMask m);
/// Bits that mean the point has no usable M_h (as opposed to "excluded but computed").
constexpr StatusMask kFatalMask = bit(StatusBit::kNoEwsb) | bit(StatusBit::kHiggsTachyon) |
                                  bit(StatusBit::kNonPerturbative) |
                                  bit(StatusBit::kNoConvergence) | bit(StatusBit::kNotComputed);

/// One reason a computed result is doubtful: the point has a value, but something was done that a
/// user must know about (nothing falls back silently). Bit positions in a uint32 warning mask,
/// stored beside the status mask (HDF5 /results/warnings, `gmsb point`, SLHA SPINFO 3).
/// kMsusyUnderRelaxed and kEwsbLostInIteration describe the M_SUSY iteration that reached the
/// point. Both are method modern's, and method modern starts every point from the same estimate
/// in a scan (compute_lambda_line) and in `gmsb point`, so they are the same in both.
enum class WarningBit : unsigned {
  kMsusyUnderRelaxed = 0,   ///< method modern: the M_SUSY/threshold iteration oscillated and was under-relaxed (half steps)
  kHiggsEftFallback = 1,    ///< method modern: the resummed EFT M_h had no real solution; M_h is the two-loop leading-log one
  kThresholdTachyon = 2,    ///< method modern: a tachyonic sbottom or stau entered the SUSY thresholds with mass 0
  kEwsbLostInIteration = 3, ///< method modern: an intermediate M_SUSY iteration had no EWSB and kept the previous thresholds (set only when the point has EWSB in the end)
  // Bits 8-15: spectra that experiments exclude (docs/physics.md §11.4, the table in exclusion/lep_limits.cpp).
  kLepChargino = 8,         ///< the lighter chargino is below its LEP limit
  kLepSlepton = 9,          ///< a charged slepton (the stau or slepton NLSP, or e_R, mu_R, stau1) is below its LEP limit
  kLepNeutralinoNlsp = 10,  ///< the neutralino NLSP is below the LEP GMSB limit
};

using WarningMask = std::uint32_t;

constexpr WarningMask bit(WarningBit b) { return WarningMask(1u) << static_cast<unsigned>(b); }
/// Warning bits 8-15: the spectrum is excluded by an experiment (a LEP limit, docs/physics.md §11.4).
constexpr WarningMask kExclusionWarningMask = 0xFF00u;
constexpr bool has(WarningMask m, WarningBit b) { return (m & bit(b)) != 0; }

/// Short machine name of a warning bit ("msusy_under_relaxed", ...).
const char* warning_bit_name(WarningBit b);
/// All warning bits in a stable order.
const std::vector<WarningBit>& all_warning_bits();
/// Names of the warning bits set in m, in bit order. Empty when there is nothing to report.
std::vector<std::string> warning_names(WarningMask m);

}  // namespace gmsb
