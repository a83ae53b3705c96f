#pragma once
/// \file point.hpp
/// The inputs and the result of one GMSB parameter point. Units: GeV, GeV^2 for squared masses.
/// tan(beta) = v_u/v_d at M_SUSY (docs/physics.md §0); mu sign and trilinears in the SLHA convention.

#include <array>
#include <utility>

#include "gmsb/messengers.hpp"
#include "gmsb/model_variants.hpp"
#include "gmsb/mssm_state.hpp"
#include "gmsb/status.hpp"

namespace gmsb {

/// Ranges of the inputs of a point (docs/physics.md §2.1; docs/errors.md "Input ranges"):
/// kMinLambdaGev <= Lambda <= kMaxLambdaGev, Lambda < M <= kMaxMessGev (every messenger set).
constexpr double kMinLambdaGev = 1e3;  ///< below, the sparticles lie below ~10 GeV (the matching assumes M_SUSY >= m_t)
constexpr double kMaxLambdaGev = 1e8;  ///< above, the sparticles lie above ~1e6 GeV
constexpr double kMaxMessGev = 1e16;   ///< above, gravity mediation (m_3/2 = Lambda M/(4.2e18 GeV)) rivals gauge mediation

/// Inputs of one point. All masses in GeV.
struct PointInput {
  MessengerIndices n;        ///< (N1, N2, N3)
  double lambda_gev = 1e5;   ///< Lambda = F/S
  double mess_gev = 1e8;     ///< messenger scale M
  double tanb = 10;          ///< tan(beta) at M_SUSY
  int sign_mu = +1;          ///< sign of mu (SLHA convention)
  double c_grav = 1.0;       ///< gravitino mass factor, m_3/2 = c_grav F/(sqrt(3) M_Pl) (SLHA MINPAR 6)
  ModelVariant variant;      ///< high-scale model beyond (N, Lambda, M); default: minimal (docs/models.md)

  PointInput() = default;
  PointInput(MessengerIndices n_, double lambda_gev_, double mess_gev_, double tanb_, int sign_mu_ = +1,
             ModelVariant variant_ = {})
      : n(n_), lambda_gev(lambda_gev_), mess_gev(mess_gev_), tanb(tanb_), sign_mu(sign_mu_),
        variant(std::move(variant_)) {}

  /// Throws gmsb::InputError (error.hpp) with the reason for impossible inputs: tan(beta) <= 1,
  /// Lambda outside [kMinLambdaGev, kMaxLambdaGev], M <= Lambda or M > kMaxMessGev, negative,
  /// all-zero or too large N (kMaxMessengerIndex), sign_mu not +-1, non-finite values.
  void validate() const;
};

/// Everything computed for one point. Masses in GeV, squared masses in GeV^2.
/// Quantities that could not be computed are NaN, and `status` says why; `warnings` marks
/// results that were computed but are doubtful (status.hpp).
/// One two-body decay of the NLSP (into the gravitino plus an SM particle), PDG codes as in
/// an SLHA DECAY block. width_gev 0 means closed.
struct TwoBodyDecay {
  int pdg1 = 0, pdg2 = 0;
  double width_gev = 0;
};

struct PointResult {
  StatusMask status = 0;
  WarningMask warnings = 0;                  ///< doubtful-but-computed marks (status.hpp WarningBit)
  double mh = 0, mH = 0, mA = 0, mHpm = 0;  ///< Higgs masses
  double mh_sq = 0;                          ///< lighter CP-even mass squared
  double alpha = 0;                          ///< CP-even Higgs mixing angle
  double mu = 0, B = 0, bmu = 0;             ///< mu (GeV), B (GeV), b = B mu (GeV^2) at M_SUSY
  double mstau1_sq = 0;                      ///< lighter stau mass squared (negative: excluded)
  double mstau1 = 0, mstau2 = 0;
  double mstop1 = 0, mstop2 = 0, msbottom1 = 0, msbottom2 = 0;
  double theta_stop = 0, theta_sbottom = 0, theta_stau = 0;  ///< mixing angles: f1 = cos f_L + sin f_R
  double msquark_uL = 0, msquark_uR = 0, msquark_dL = 0, msquark_dR = 0;  ///< 1st generation
  double mselectron_L = 0, mselectron_R = 0, msneutrino = 0;               ///< 1st generation
  double mgluino = 0;                        ///< gluino pole mass (one-loop QCD, PBMZ)
  double M1 = 0, M2 = 0, M3 = 0;             ///< running gaugino masses at M_SUSY
  std::array<double, 4> mneutralino{};       ///< |masses|, ascending (kn99: tree level; modern: one-loop pole)
  std::array<double, 2> mchargino{};         ///< ascending (kn99: tree level; modern: one-loop pole)
  /// Tree-level DRbar neutralino mixing in the SLHA1 convention: real N with N M N^T = diag(m_signed),
  /// row i = chi_i in the (B, W3, H_d, H_u) basis; m_signed ordered by |m|.
  std::array<std::array<double, 4>, 4> neutralino_mixing{};
  std::array<double, 4> neutralino_tree_mass{};  ///< the signed tree-level eigenvalues m_signed
  /// Tree-level chargino mixing U X V^T = diag(m), real orthogonal U (on psi^- = (W-, H_d-)) and
  /// V (on psi^+ = (W+, H_u+)), rows = mass eigenstates, ascending.
  std::array<std::array<double, 2>, 2> chargino_u{}, chargino_v{};
  double msneutrino_tau = 0;                 ///< tau sneutrino
  // Gravitino and NLSP (docs/physics.md, phenomenology). NaN/0 until computed.
  double m_gravitino = 0;                    ///< m_3/2 (GeV)
  int nlsp_kind = 0;                         ///< NLSP identity code (0: not determined)
  int nlsp_pdg = 0;                          ///< PDG code of the NLSP
  double m_nlsp = 0;                         ///< NLSP pole mass (GeV)
  std::array<TwoBodyDecay, 4> nlsp_decays{}; ///< the NLSP's decays into the gravitino, n_nlsp_decays used
  int n_nlsp_decays = 0;
  double nlsp_width_gev = 0;                 ///< NLSP total width (GeV)
  double nlsp_ctau_m = 0;                    ///< NLSP decay length c tau (metres)
  double mh_uncertainty = 0;                 ///< estimated theory uncertainty of mh (GeV; modern method)
  double tanb_mz = 0;                        ///< DR-bar tan(beta) at M_Z
  double tanb_msusy = 0;                     ///< DR-bar tan(beta) at M_SUSY
  double msusy = 0;                          ///< sqrt(m_stop1 m_stop2) (GeV)
  double mt_higgs = 0;                       ///< top mass used in the Higgs formula
  int iterations = 0;                        ///< M_SUSY iterations used
  MssmState at_msusy{};                      ///< running parameters at M_SUSY
  MssmState at_mess{};                       ///< running parameters at M (after the boundary conditions)

  bool ok() const { return status == 0; }
};

}  // namespace gmsb
