#pragma once
/// \file nlsp.hpp
/// The gravitino and the next-to-lightest superpartner (NLSP) of a GMSB point: the NLSP identity
/// codes stored in PointResult::nlsp_kind (and the scan file's `nlsp_kind`), their names, and the
/// constants of docs/physics.md §11.

namespace gmsb {

/// NLSP identity (docs/physics.md §11.2). The values are stable: they are stored in scan files.
enum class NlspKind : int {
  kUndetermined = 0,  ///< the spectrum was not computed far enough (or a mass is NaN)
  kBinoNeutralino = 1,///< lightest neutralino with bino fraction |N11|^2 >= 1/2
  kNeutralino = 2,    ///< lightest neutralino, wino- or higgsino-like (|N11|^2 < 1/2)
  kStau = 3,          ///< lighter stau, more than m_tau below e_R and mu_R
  kSleptonCoNlsp = 4, ///< e_R, mu_R and stau_1 within m_tau of each other (or e_R/mu_R lightest)
  kSneutrino = 5,     ///< a sneutrino (tau or electron/muon flavour)
};

/// Short machine name: "undetermined", "bino", "neutralino", "stau", "slepton_co_nlsp", "sneutrino".
const char* nlsp_kind_name(NlspKind k);
/// The name of a stored code (PointResult::nlsp_kind); "unknown" for a value that is no NlspKind.
const char* nlsp_kind_name(int code);

/// Reduced Planck mass M_Pl/sqrt(8 pi) in GeV (PDG 2024), used for m_3/2 (docs/physics.md §11.1).
constexpr double kReducedPlanckMassGeV = 2.435e18;
/// hbar c in GeV m, for the decay length c tau = hbar c / Gamma (docs/physics.md §11.3).
constexpr double kHbarCGeVMetre = 1.97326980e-16;

}  // namespace gmsb
