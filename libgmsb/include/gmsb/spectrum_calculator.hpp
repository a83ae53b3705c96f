#pragma once
/// \file spectrum.hpp
/// One GMSB parameter point -> spectrum, EWSB and Higgs mass. The main entry of libgmsb.
///
/// \code
///   gmsb::SpectrumCalculator calc(gmsb::SMInputs::kn99(), gmsb::Settings::kn99());
///   gmsb::PointInput in{gmsb::parse_indices("1,1,1"), 1e5, 1e8, 29.0, +1};
///   gmsb::PointResult r = calc.compute(in);
///   if (r.status == 0) std::printf("M_h = %.2f GeV\n", r.mh);
/// \endcode

#include <array>
#include <utility>
#include <vector>

#include "gmsb/messengers.hpp"
#include "gmsb/model_variants.hpp"
#include "rge/beta_functions.hpp"
#include "gmsb/settings.hpp"
#include "sparticles/sfermions.hpp"
#include "gmsb/sm_inputs.hpp"
#include "gmsb/status.hpp"

namespace gmsb {

/// Inputs of one point. All masses in GeV.
struct PointInput {
  MessengerIndices n;        ///< (N1, N2, N3)
  double lambda_gev = 1e5;   ///< Lambda = F/S
  double mess_gev = 1e8;     ///< messenger scale M
  double tanb = 10;          ///< tan(beta) at M_SUSY
  int sign_mu = +1;          ///< sign of mu (SLHA convention)
  ModelVariant variant;      ///< high-scale model beyond (N, Lambda, M); default: minimal (spec 8)

  PointInput() = default;
  PointInput(MessengerIndices n_, double lambda_gev_, double mess_gev_, double tanb_, int sign_mu_ = +1,
             ModelVariant variant_ = {})
      : n(n_), lambda_gev(lambda_gev_), mess_gev(mess_gev_), tanb(tanb_), sign_mu(sign_mu_),
        variant(std::move(variant_)) {}

  /// Throws std::invalid_argument with the reason for impossible inputs: tan(beta) < 1,
  /// Lambda <= 0, M <= Lambda, negative or all-zero N, sign_mu not +-1, non-finite values.
  void validate() const;
};

/// Everything computed for one point. Masses in GeV, squared masses in GeV^2.
/// Quantities that could not be computed are NaN, and `status` says why.
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
  double theta_stop = 0, theta_sbottom = 0, theta_stau = 0;  ///< mixing angles
  double msquark_uL = 0, msquark_uR = 0, msquark_dL = 0, msquark_dR = 0;  ///< 1st generation
  double mselectron_L = 0, mselectron_R = 0, msneutrino = 0;               ///< 1st generation
  double mgluino = 0;                        ///< gluino pole mass (one-loop QCD, PBMZ)
  double M1 = 0, M2 = 0, M3 = 0;             ///< running gaugino masses at M_SUSY
  std::array<double, 4> mneutralino{};       ///< |eigenvalues|, ascending (tree level)
  std::array<double, 2> mchargino{};         ///< ascending (tree level)
  double msusy = 0;                          ///< sqrt(m_stop1 m_stop2) (GeV)
  double mt_higgs = 0;                       ///< top mass used in the Higgs formula
  int iterations = 0;                        ///< M_SUSY iterations used
  MssmState at_msusy{};                      ///< running parameters at M_SUSY
  MssmState at_mess{};                       ///< running parameters at M (after the boundary conditions)

  bool ok() const { return status == 0; }
};

/// Computes points for fixed SM inputs and settings. Construction does the work shared by all
/// points (SM couplings); compute() is const and thread-safe.
class SpectrumCalculator {
 public:
  SpectrumCalculator(const SMInputs& sm, const Settings& settings);

  /// Computes one point. Physics failures are status bits; invalid inputs throw
  /// std::invalid_argument. `msusy_guess_gev` (> 0) starts the M_SUSY iteration there: the
  /// scanner passes the previous point of a Lambda line; the converged result does not depend
  /// on it beyond Settings::msusy_rel_tol.
  PointResult compute(const PointInput& in, double msusy_guess_gev = 0) const;

  /// Computes a line of points that differ only in Lambda (same N, M, tan(beta), sign(mu)),
  /// in the given order, starting each M_SUSY iteration from the previous point's M_SUSY scaled
  /// by the Lambda ratio (M_SUSY grows about linearly with Lambda). This is the unit of work the
  /// scanner shares between points; results equal compute() within Settings::msusy_rel_tol.
  std::vector<PointResult> compute_lambda_line(const PointInput& base, const std::vector<double>& lambdas_gev) const;

  const SMInputs& sm_inputs() const { return sm_; }
  const Settings& settings() const { return settings_; }
  const SMCouplings& sm_couplings_at_mt() const { return smc_; }
  ElectroweakConstants electroweak() const { return ew_; }

  /// The MSSM gauge and Yukawa couplings at Q = q_gev for matching scale msusy_gev
  /// (SM running below M_SUSY, MSSM above; spec 4.4). Soft terms are zero.
  /// Returns false if a coupling becomes non-perturbative on the way.
  bool mssm_couplings(double msusy_gev, double tanb, double q_gev, MssmState& out) const;

 private:
  /// kNonPerturbative if Settings::check_perturbativity_to_gut and a gauge coupling exceeds
  /// Settings::perturbativity_alpha_max below Settings::gut_scale_gev (perturbativity.hpp).
  StatusMask perturbativity_status(const PointInput& in, double msusy_gev) const;

  SMInputs sm_;
  Settings settings_;
  SMCouplings smc_;
  ElectroweakConstants ew_;
};

/// Convenience: a SpectrumCalculator for one point.
PointResult compute_point(const PointInput& in, const SMInputs& sm = SMInputs::kn99(),
                          const Settings& settings = Settings::kn99());

}  // namespace gmsb
