#pragma once
/// \file higgs_kn99.hpp
/// The seed's Higgs-mass method ("kn99"): the CP-even 2x2 mass matrix with tree-level,
/// one-loop leading-log and squark-mixing terms of Haber, Hempfling & Hoang, as printed in
/// Kaeding & Nandi (KN99, section 3), with the typos corrected (docs/physics.md §6.2, 6.6).

#include "ewsb/beta_angles.hpp"

namespace gmsb::higgs {

/// Squark-mixing functions of KN99 eq. (17), (19) (renamed: docs/physics.md §6.6 item 2). Arguments
/// are squared masses (GeV^2). Near-degenerate arguments use the expansions of docs/physics.md §6.3.
namespace squark_mixing {
double h(double a, double b);
double g_hh(double a, double b);
double f_hh(double a, double b);
double b_hh(double a, double b);
double p_t(double a, double b, double sin2w);
double p_b(double a, double b, double sin2w);
}  // namespace squark_mixing

struct HiggsKn99Inputs {
  ewsb::BetaAngles beta = ewsb::BetaAngles::from_tanb(10);  ///< tan(beta) and its angles
  double ma = 500;        ///< CP-odd mass (GeV), loop corrected (docs/physics.md §5.2)
  double mz = 91.187;     ///< GeV
  double vev = 174.10;    ///< GeV
  double sin2w = 0.2312;
  double mt = 165.7;      ///< top mass in the formula (GeV): Settings::mt_higgs
  double mb = 2.9;        ///< bottom mass (GeV), y_b v cos(beta) at M_SUSY
  double mq = 1000, mu3 = 1000, md3 = 1000;  ///< third-generation soft MASSES (GeV), not squared
  double at = 0, ab = 0;  ///< trilinears A_t, A_b (GeV, SLHA sign)
  double mu = 500;        ///< mu (GeV, SLHA sign)
  double eps6 = 0;        ///< weight of the unverified 6 m_t^2/(m_Z^2 s^4) term (docs/physics.md §6.6 item 4)
};

/// Entries of the symmetric CP-even mass matrix in the (H_d, H_u) basis (GeV^2).
struct HiggsMassMatrix {
  double m11 = 0, m22 = 0, m12 = 0;
};

struct HiggsKn99Result {
  HiggsMassMatrix matrix;
  double mh_sq = 0;   ///< lighter eigenvalue (GeV^2); <= 0 flags a Higgs tachyon
  double mH_sq = 0;   ///< heavier eigenvalue (GeV^2)
  double alpha = 0;   ///< CP-even mixing angle (SLHA convention, -pi/2 <= alpha <= pi/2)
};

/// The three pieces of the matrix (for tests): tree, one-loop leading log, squark mixing.
HiggsMassMatrix higgs_tree_matrix(const HiggsKn99Inputs& in);
HiggsMassMatrix higgs_1ll_matrix(const HiggsKn99Inputs& in);
HiggsMassMatrix higgs_mixing_matrix(const HiggsKn99Inputs& in);

/// Eigenvalues and mixing angle of a CP-even mass matrix (Eigen, closed-form 2x2 solver).
/// Shared by every Higgs-mass method.
HiggsKn99Result diagonalise_cp_even(const HiggsMassMatrix& m);

/// M_h and M_H from the sum of the three pieces, diagonalised with Eigen.
HiggsKn99Result higgs_mass_kn99(const HiggsKn99Inputs& in);

}  // namespace gmsb::higgs
