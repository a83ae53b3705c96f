#pragma once
/// \file nlsp_decays.hpp
/// Two-body decays of the NLSP into the gravitino (docs/physics.md §11.3): neutralino -> gamma G,
/// Z G, h G; slepton -> lepton G; sneutrino -> neutrino G. Widths in GeV, c tau in metres.

#include <array>

#include "gmsb/point.hpp"
#include "gravitino/nlsp.hpp"

namespace gmsb::gravitino {

/// Light-gravitino prefactor m^5/(48 pi Mbar_Pl^2 m_3/2^2) = m^5/(16 pi F_0^2) (GeV), the width of
/// a pure-photino (or a scalar into a massless fermion) in the limit m_3/2 << m.
double goldstino_width_unit(double m_gev, double m32_gev);

/// Gamma(chi -> gamma G): |N11 c_W + N12 s_W|^2 times the unit, times the exact massive-gravitino
/// factor (1 - x^2)^3 (1 + 3 x^2), x = m_3/2/m.
double width_neutralino_photon(double m, double m32, const std::array<double, 4>& n_row, double sin2w);
/// Gamma(chi -> Z G): (|N11 s_W - N12 c_W|^2 + |N13 c_b - N14 s_b|^2/2) times the unit times
/// (1 - m_Z^2/m^2)^4, the light-gravitino limit (docs/physics.md §11.3); 0 below threshold.
double width_neutralino_z(double m, double m32, const std::array<double, 4>& n_row, double sin2w, double mz,
                          double beta);
/// Gamma(chi -> h G): |N13 sin(alpha) - N14 cos(alpha)|^2/2 times the unit times (1 - m_h^2/m^2)^4
/// (SLHA alpha: h = -sin(alpha) H_d + cos(alpha) H_u); 0 below threshold.
double width_neutralino_h(double m, double m32, const std::array<double, 4>& n_row, double alpha, double mh);
/// Gamma(scalar -> fermion G) for a slepton or sneutrino of mass m into a fermion of mass mf:
/// the unit times (1 - mf^2/m^2)^4 (1 - x^2)^4; 0 below threshold.
double width_sfermion(double m, double m32, double mf);

/// What the decays need beyond the NLSP itself.
struct NlspDecayInputs {
  double m32 = 0;                       ///< gravitino mass (GeV)
  std::array<double, 4> n_row{};        ///< chi1's row of the neutralino mixing (SLHA, B W3 Hd Hu)
  double sin2w = 0.2312, mz = 91.187;   ///< electroweak constants
  double beta = 0, alpha = 0, mh = 0;   ///< angles (rad) and the light Higgs mass (GeV)
  double mtau = 1.777;                  ///< tau mass (GeV); e and mu are taken massless
};

/// The decays, their total width and c tau, written into r (nlsp_decays, n_nlsp_decays,
/// nlsp_width_gev, nlsp_ctau_m). Width and c tau are NaN if the NLSP is undetermined or not
/// heavier than the gravitino (then the NLSP is the LSP and no decay is listed).
void set_nlsp_decays(const Nlsp& nlsp, const NlspDecayInputs& in, PointResult& r);

}  // namespace gmsb::gravitino
