#include "gravitino/nlsp.hpp"

#include <cmath>
#include <initializer_list>
#include <limits>

namespace gmsb::gravitino {

namespace {
bool usable(double m) { return std::isfinite(m) && m > 0; }
}  // namespace

Nlsp identify_nlsp(const NlspCandidates& c) {
  // docs/physics.md §11.2: the lightest of chi1, the charged sleptons and the sneutrinos.
  Nlsp out;
  out.mass = std::numeric_limits<double>::quiet_NaN();
  for (double m : {c.neutralino1, c.stau1, c.selectron_r, c.sneutrino_e, c.sneutrino_tau})
    if (!usable(m)) return out;
  if (!(c.bino_fraction >= 0 && c.bino_fraction <= 1 + 1e-9)) return out;
  const double slepton = std::fmin(c.stau1, c.selectron_r);
  const double sneutrino = std::fmin(c.sneutrino_e, c.sneutrino_tau);
  if (c.neutralino1 <= slepton && c.neutralino1 <= sneutrino) {
    out.kind = c.bino_fraction >= 0.5 ? NlspKind::kBinoNeutralino : NlspKind::kNeutralino;
    out.pdg = 1000022;
    out.mass = c.neutralino1;
  } else if (sneutrino < slepton) {
    out.kind = NlspKind::kSneutrino;
    out.pdg = c.sneutrino_tau <= c.sneutrino_e ? 1000016 : 1000012;
    out.mass = sneutrino;
  } else {
    // Co-NLSP: e_R -> e tau stau1 is closed when m_eR - m_stau1 < m_tau, so e_R and mu_R decay
    // to the gravitino too; a stau more than m_tau lighter is the one NLSP.
    const bool stau_lightest = c.stau1 <= c.selectron_r;
    out.kind = (stau_lightest && c.selectron_r - c.stau1 >= c.mtau) ? NlspKind::kStau : NlspKind::kSleptonCoNlsp;
    out.pdg = stau_lightest ? 1000015 : 2000011;
    out.mass = slepton;
  }
  return out;
}

}  // namespace gmsb::gravitino

namespace gmsb {

const char* nlsp_kind_name(NlspKind k) {
  switch (k) {
    case NlspKind::kUndetermined: return "undetermined";
    case NlspKind::kBinoNeutralino: return "bino";
    case NlspKind::kNeutralino: return "neutralino";
    case NlspKind::kStau: return "stau";
    case NlspKind::kSleptonCoNlsp: return "slepton_co_nlsp";
    case NlspKind::kSneutrino: return "sneutrino";
  }
  return "unknown";
}

const char* nlsp_kind_name(int code) {
  if (code < 0 || code > static_cast<int>(NlspKind::kSneutrino)) return "unknown";
  return nlsp_kind_name(static_cast<NlspKind>(code));
}

}  // namespace gmsb
