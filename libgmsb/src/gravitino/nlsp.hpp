#pragma once
/// \file nlsp.hpp
/// Which superpartner is the NLSP (the lightest one above the gravitino), docs/physics.md §11.2.

#include "gmsb/nlsp.hpp"

namespace gmsb::gravitino {

/// The candidates' masses (GeV; pole masses where the method has them) and the bino fraction.
/// Second-generation sleptons equal the first-generation ones (no muon Yukawa in the running).
struct NlspCandidates {
  double neutralino1 = 0;       ///< |m_chi1|
  double bino_fraction = 0;     ///< |N11|^2 of chi1
  double stau1 = 0;
  double selectron_r = 0;       ///< = smuon_R
  double sneutrino_e = 0;       ///< = sneutrino_mu
  double sneutrino_tau = 0;
  double mtau = 1.777;          ///< tau mass: the co-NLSP window (GeV)
};

struct Nlsp {
  NlspKind kind = NlspKind::kUndetermined;
  int pdg = 0;          ///< SLHA/PDG code of the NLSP state
  double mass = 0;      ///< GeV (NaN when undetermined)
};

/// The lightest candidate and its kind: neutralino (bino-like if |N11|^2 >= 1/2), stau, slepton
/// co-NLSP (m_eR - m_stau1 < m_tau, or e_R lighter than stau1), sneutrino. Undetermined if a
/// candidate mass is not a positive finite number.
Nlsp identify_nlsp(const NlspCandidates& c);

}  // namespace gmsb::gravitino
