#pragma once
/// \file lep_limits.hpp
/// LEP lower mass limits as warnings (docs/physics.md §11.4): a spectrum that LEP excludes keeps
/// its status, and gets a WarningBit 8-15 (status.hpp). The numbers and their sources are the one
/// table lep_limits(); docs/physics.md §11.4 shows the same table.

#include <vector>

#include "gmsb/point.hpp"
#include "gmsb/status.hpp"

namespace gmsb::exclusion {

/// The particle a limit is about.
enum class LepLimitTarget {
  kChargino1LargeDm,   ///< lighter chargino, m_chi1+ - m_chi10 >= 3 GeV
  kChargino1AnyDm,     ///< lighter chargino, any mass difference
  kStauNlsp,           ///< the NLSP when it is the stau (GMSB, any lifetime)
  kSleptonCoNlsp,      ///< the NLSP when sleptons are co-NLSP (GMSB, any lifetime)
  kNeutralinoNlsp,     ///< the NLSP when it is the lightest neutralino (GMSB, any lifetime)
  kSelectronR,         ///< e_R that is not the NLSP
  kSmuonR,             ///< mu_R that is not the NLSP (= e_R here)
  kStau1,              ///< stau1 that is not the NLSP
};

/// One lower limit: particles below limit_gev get `bit`.
struct LepLimit {
  LepLimitTarget target;
  WarningBit bit;
  double limit_gev;     ///< 95% CL lower mass limit
  const char* particle;
  const char* condition;
  const char* source;
};

/// The table (docs/physics.md §11.4).
const std::vector<LepLimit>& lep_limits();

/// The warning bits of the limits that r violates (needs r's chargino, neutralino, slepton
/// masses and nlsp_kind / m_nlsp; NaN masses violate nothing).
WarningMask lep_warnings(const PointResult& r);

}  // namespace gmsb::exclusion
