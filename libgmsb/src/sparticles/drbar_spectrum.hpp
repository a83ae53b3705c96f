#pragma once
/// \file drbar_spectrum.hpp
/// The DRbar spectrum at the scale q = M_SUSY that the one-loop self-energies of Pierce, Bagger,
/// Matchev, Zhang, NPB 491 (1997) 3 [PBMZ], appendix D, need: couplings, tree-level sfermion,
/// Higgs, neutralino and chargino masses and mixings. Shared by the slepton (slepton_pole.hpp)
/// and the neutralino/chargino (sparticles/neutralino_chargino_pole.hpp) pole masses.
///
/// Conventions: SLHA signs (X_tau = A_tau - mu tan(beta)), v = 174 GeV (v^2 = v_u^2 + v_d^2),
/// g' = sqrt(3/5) g1, DRbar m_Z = sqrt((g^2 + g'^2)/2) v and m_W = g v / sqrt(2) at q.

#include <Eigen/Dense>

#include "ewsb/beta_angles.hpp"
#include "sparticles/neutralinos_charginos.hpp"
#include "sparticles/sfermions.hpp"

namespace gmsb::sparticles {

/// The DRbar spectrum at the scale `q`. GeV, GeV^2 for the squared masses in Mixing2x2.
struct DrbarSpectrum {
  double q = 1000;             ///< renormalisation scale (M_SUSY)
  double g = 0.65, gp = 0.36;  ///< SU(2) and U(1)_Y couplings at q (gp = sqrt(3/5) g1)
  double vev = 174.1;          ///< v (v^2 = v_u^2 + v_d^2)
  ewsb::BetaAngles beta = ewsb::BetaAngles::from_tanb(10);  ///< tan(beta) and its angles
  double mu = 0;               ///< SLHA sign
  double ytau = 0;             ///< tau Yukawa at q
  double atau = 0;             ///< trilinear a_tau = y_tau A_tau (GeV)
  double yb = 0;               ///< bottom Yukawa at q
  double yt = 0;               ///< top Yukawa at q

  /// First (and second) generation, tree-level masses squared with D-terms (GeV^2).
  double m2_uL = 0, m2_uR = 0, m2_dL = 0, m2_dR = 0, m2_eL = 0, m2_eR = 0, m2_snu_e = 0;
  /// Third generation: tree-level eigenvalues and mixing angles (sfermion_masses()).
  Mixing2x2 stop, sbottom, stau;
  double m2_snu_tau = 0;

  /// Higgs sector at tree level in the DRbar scheme (m_A from EWSB, m_H+^2 = m_A^2 + m_W^2),
  /// alpha in the SLHA convention (h = -sin(alpha) H_d^0 + cos(alpha) H_u^0).
  double mh = 91, mH = 1000, mA = 1000, mHpm = 1000, alpha = 0;

  NeutralinoMixing neutralinos;  ///< tree level (neutralino_mixing())
  CharginoMixing charginos;      ///< tree level (chargino_mixing())
};

/// Electroweak quantities at q derived from the running couplings of a DrbarSpectrum.
struct ElectroweakAtQ {
  double sw2, cw2, cw, e2, mz, mw;     ///< sin^2, cos^2, cos theta_W; e^2; DRbar m_Z, m_W (GeV)
  double cb, sb, c2b, s2b, ca, sa, c2a;  ///< beta and alpha (SLHA) angles
};

/// sin^2 theta_W = g'^2/(g^2 + g'^2), m_Z = sqrt((g^2 + g'^2)/2) v, m_W = g v/sqrt(2).
ElectroweakAtQ electroweak_at_q(const DrbarSpectrum& in);

/// A sfermion pair in mass eigenstates for the loops: masses m[k] (GeV; a negative mass squared
/// enters as 0) and rot(k, x) = component of eigenstate k along the interaction state x (0: L,
/// 1: R), Mixing2x2's convention f1 = c f_L + s f_R, f2 = -s f_L + c f_R.
struct SfermionPair {
  double m[2];
  Eigen::Matrix2d rot;
};

/// The SfermionPair of a 2x2 system.
SfermionPair sfermion_pair(const Mixing2x2& x);

/// An unmixed pair (first generations, sneutrinos) from the L and R masses squared (GeV^2).
SfermionPair unmixed_sfermion_pair(double m2_left, double m2_right);

}  // namespace gmsb::sparticles
