#pragma once
/// \file sm_inputs.hpp
/// Standard-Model inputs (GeV) and their translation into couplings at the low scale.
/// Values: docs/physics.md §4.1. The 1999 set is the seed's era; the PDG 2024 set is
/// "Review of Particle Physics", S. Navas et al. (PDG), PRD 110 (2024) 030001.

#include <string>

namespace gmsb {

struct SMInputs {
  double mz = 91.187;            ///< Z pole mass (GeV)
  double gf = 1.16639e-5;        ///< Fermi constant (GeV^-2)
  double alpha_em_inv = 127.9;   ///< 1/alpha_em(M_Z), MSbar
  double sin2w = 0.2312;         ///< sin^2 theta_W(M_Z), MSbar
  double alpha_s = 0.118;        ///< alpha_s(M_Z), MSbar, 5 flavours
  double mt_pole = 175.0;        ///< top pole mass (GeV)
  double mb_mb = 4.2;            ///< m_b(m_b), MSbar (GeV)
  double mtau_pole = 1.777;      ///< tau pole mass (GeV)

  /// The 1999-era inputs used by the seed's calculation (docs/physics.md §4.1, left column).
  static SMInputs kn99();
  /// PDG 2024 central values (docs/physics.md §4.1, right column).
  static SMInputs pdg2024();

  /// v = (2 sqrt2 G_F)^(-1/2) = 174.1 GeV (docs/physics.md §0: the 246 GeV vev is sqrt2 v).
  double vev() const;

  /// Throws gmsb::InputError naming the first input outside its accepted range
  /// (docs/physics.md §4.1: a window around the measured value, e.g. alpha_s in [0.08, 0.16]).
  /// SpectrumCalculator's constructor calls it.
  void validate() const;
  /// The same check for one input by name ("mz", "gf", "alpha_em_inv", "sin2w", "alpha_s",
  /// "mt_pole", "mb_mb", "mtau_pole"); an unknown name is an InputError too.
  static void validate_input(const std::string& name, double value);
};

/// Couplings of the Standard Model (MSbar) derived from SMInputs, all at Q = m_t(m_t)
/// except where noted. g1 is GUT normalised.
struct SMCouplings {
  double q_gev = 0;      ///< scale of the couplings below (GeV): m_t(m_t) MSbar
  double g1 = 0, g2 = 0, g3 = 0;
  double yt = 0, yb = 0, ytau = 0;
  double mt_mt = 0;      ///< m_t(m_t) MSbar (GeV), two-loop QCD from the pole mass (docs/physics.md §4.3)
  double mb_mz = 0;      ///< m_b(M_Z) MSbar (GeV), two-loop QCD running
  double mtau_mz = 0;    ///< m_tau(M_Z) MSbar (GeV), one-loop QED
  double alpha_s_mt = 0; ///< alpha_s(m_t) (5 flavours)
};

/// Gauge couplings at M_Z from the inputs (docs/physics.md §4.2), then SM one-loop running to m_t(m_t)
/// with the fermion masses converted to Yukawas (docs/physics.md §4.3). Pure function.
SMCouplings sm_couplings(const SMInputs& in);

/// alpha_s at scale q_gev from alpha_s(M_Z), two-loop QCD with 5 flavours.
double alpha_s_running(const SMInputs& in, double q_gev);

}  // namespace gmsb
