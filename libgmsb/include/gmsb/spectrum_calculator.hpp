#pragma once
/// \file spectrum_calculator.hpp
/// One GMSB parameter point -> spectrum, EWSB and Higgs mass. The main entry of libgmsb.
///
/// \code
///   gmsb::SpectrumCalculator calc(gmsb::SMInputs::kn99(), gmsb::Settings::kn99());
///   gmsb::PointInput in{gmsb::parse_indices("1,1,1"), 1e5, 1e8, 29.0, +1};
///   gmsb::PointResult r = calc.compute(in);
///   if (r.status == 0) std::printf("M_h = %.2f GeV\n", r.mh);
/// \endcode

#include <memory>
#include <vector>

#include "gmsb/mssm_state.hpp"
#include "gmsb/point.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"

namespace gmsb {

namespace matching {
class LowScaleMatching;  // private (libgmsb/src/matching/low_scale_matching.hpp)
}

/// Computes points for fixed SM inputs and settings. Construction validates the settings and
/// does the work shared by all points (SM couplings); compute() is const and thread-safe.
class SpectrumCalculator {
 public:
  /// Throws gmsb::InputError for invalid settings (Settings::validate()).
  SpectrumCalculator(const SMInputs& sm, const Settings& settings);

  /// Computes one point (docs/architecture.md, "The stages of a point"). Physics failures are
  /// status bits; invalid inputs throw gmsb::InputError. `msusy_guess_gev` (> 0) starts the
  /// M_SUSY iteration there: the scanner passes the previous point of a Lambda line; the
  /// converged result does not depend on it beyond Settings::msusy_rel_tol.
  PointResult compute(const PointInput& in, double msusy_guess_gev = 0) const;

  /// Computes a line of points that differ only in Lambda (same N, M, tan(beta), sign(mu)), in
  /// the given order: the unit of work the scanner shares between points. Method kn99 starts
  /// each M_SUSY iteration from the previous point's M_SUSY scaled by the Lambda ratio (M_SUSY
  /// grows about linearly with Lambda); results equal compute() within Settings::msusy_rel_tol,
  /// with the same status. Method modern starts every point cold: results equal compute() exactly.
  std::vector<PointResult> compute_lambda_line(const PointInput& base, const std::vector<double>& lambdas_gev) const;

  /// Computes a line of points given in full (e.g. M = r Lambda varying with Lambda along a tied
  /// axis), in order, with the warm start of compute_lambda_line: each M_SUSY iteration starts
  /// from the previous point's M_SUSY scaled by the Lambda ratio. compute_lambda_line(base, l) is
  /// compute_line of the inputs `base` with lambda_gev = l[i]. Results equal compute() within
  /// Settings::msusy_rel_tol; method modern starts every point cold (equal to compute() exactly).
  std::vector<PointResult> compute_line(const std::vector<PointInput>& inputs) const;

  const SMInputs& sm_inputs() const;
  /// The settings in use (method modern: rge_loops = 2).
  const Settings& settings() const;

  /// The MSSM gauge and Yukawa couplings at Q = q_gev for matching scale msusy_gev
  /// (SM running below M_SUSY, MSSM above; docs/physics.md §4.4). Soft terms are zero.
  /// Returns false if a coupling becomes non-perturbative on the way.
  bool mssm_couplings(double msusy_gev, double tanb, double q_gev, MssmState& out) const;

 private:
  std::shared_ptr<const matching::LowScaleMatching> matching_;
};

/// Convenience: a SpectrumCalculator for one point.
PointResult compute_point(const PointInput& in, const SMInputs& sm = SMInputs::kn99(),
                          const Settings& settings = Settings::kn99());

}  // namespace gmsb
