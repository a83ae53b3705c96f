#include "exclusion/lep_limits.hpp"

#include <cmath>
#include <limits>

#include "gmsb/nlsp.hpp"

namespace gmsb::exclusion {

const std::vector<LepLimit>& lep_limits() {
  // docs/physics.md §11.4 (the same table). 95% CL lower limits.
  static const std::vector<LepLimit> table{
      {LepLimitTarget::kChargino1LargeDm, WarningBit::kLepChargino, 103.5, "chi1+-",
       "m(chi1+-) - m(chi10) >= 3 GeV (heavy sneutrino)", "LEPSUSYWG/01-03.1 (LEP2 combined, up to 208 GeV)"},
      {LepLimitTarget::kChargino1AnyDm, WarningBit::kLepChargino, 88.0, "chi1+-", "any m(chi1+-) - m(chi10)",
       "ALEPH, PLB 533 (2002) 223"},
      {LepLimitTarget::kStauNlsp, WarningBit::kLepSlepton, 87.4, "stau1 NLSP", "GMSB, all NLSP lifetimes",
       "OPAL, EPJC 46 (2006) 307 [hep-ex/0507048]"},
      {LepLimitTarget::kSleptonCoNlsp, WarningBit::kLepSlepton, 91.9, "slepton co-NLSP", "GMSB, all NLSP lifetimes",
       "OPAL, EPJC 46 (2006) 307 [hep-ex/0507048]"},
      {LepLimitTarget::kNeutralinoNlsp, WarningBit::kLepNeutralinoNlsp, 53.5, "chi10 NLSP", "GMSB, all NLSP lifetimes",
       "OPAL, EPJC 46 (2006) 307 [hep-ex/0507048]"},
      {LepLimitTarget::kSelectronR, WarningBit::kLepSlepton, 99.9, "e_R (not NLSP)",
       "decay to e chi10, m(e_R) - m(chi10) > 10 GeV", "LEPSUSYWG/04-01.1, as quoted by the PDG review"},
      {LepLimitTarget::kSmuonR, WarningBit::kLepSlepton, 94.6, "mu_R (not NLSP)",
       "decay to mu chi10, m(mu_R) - m(chi10) > 10 GeV", "LEPSUSYWG/04-01.1, as quoted by the PDG review"},
      {LepLimitTarget::kStau1, WarningBit::kLepSlepton, 81.9, "stau1 (not NLSP)",
       "decay to tau chi10, m(stau1) - m(chi10) > 15 GeV, any stau mixing", "LEPSUSYWG/04-01.1, as quoted by the PDG review"},
  };
  return table;
}

namespace {
/// The mass the limit is about, or NaN when the limit does not apply to r.
double mass_for(const LepLimit& l, const PointResult& r) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  const double mc = r.mchargino[0], mn = r.mneutralino[0];
  const auto kind = static_cast<NlspKind>(r.nlsp_kind);
  const bool neutralino_nlsp = kind == NlspKind::kBinoNeutralino || kind == NlspKind::kNeutralino;
  switch (l.target) {
    case LepLimitTarget::kChargino1LargeDm: return mc - mn >= 3.0 ? mc : kNaN;
    case LepLimitTarget::kChargino1AnyDm: return mc;
    case LepLimitTarget::kStauNlsp: return kind == NlspKind::kStau ? r.m_nlsp : kNaN;
    case LepLimitTarget::kSleptonCoNlsp: return kind == NlspKind::kSleptonCoNlsp ? r.m_nlsp : kNaN;
    case LepLimitTarget::kNeutralinoNlsp: return neutralino_nlsp ? r.m_nlsp : kNaN;
    case LepLimitTarget::kSelectronR:
    case LepLimitTarget::kSmuonR: return neutralino_nlsp && r.mselectron_R - mn > 10.0 ? r.mselectron_R : kNaN;
    case LepLimitTarget::kStau1: return neutralino_nlsp && r.mstau1 - mn > 15.0 ? r.mstau1 : kNaN;
  }
  return kNaN;
}
}  // namespace

WarningMask lep_warnings(const PointResult& r) {
  WarningMask w = 0;
  for (const LepLimit& l : lep_limits()) {
    const double m = mass_for(l, r);
    if (std::isfinite(m) && m < l.limit_gev) w |= bit(l.bit);
  }
  return w;
}

}  // namespace gmsb::exclusion
