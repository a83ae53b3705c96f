#include "higgs/sm_eft.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "rge/fixed_step_rk4.hpp"
#include "rge/beta_functions.hpp"
#include "matching/susy_thresholds.hpp"
#include "gmsb/error.hpp"

namespace gmsb::higgs {

using namespace gmsb::matching;
using namespace gmsb::rge;

namespace {
constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);  // 1/(16 pi^2)

// Buttazzo et al. JHEP 12 (2013) 089, section 2: reference point of the fits.
constexpr double kFitMh = 125.15, kFitMt = 173.34;
constexpr double kFitLambda0 = 0.12604, kFitLambdaSlope = 0.00206, kFitLambdaMt = -0.00004;
}  // namespace

void sm_eft_beta(const SmEftState& y, SmEftState& dydt) {
  SmState sm{y[kEftG1], y[kEftG2], y[kEftG3], y[kEftYt], y[kEftYb], y[kEftYtau]};
  SmState dsm;
  sm_beta_modern(sm, dsm);
  for (int i = 0; i < kSmSize; ++i) dydt[i] = dsm[i];

  const double l = y[kEftLambda], l2 = l * l;
  const double G1 = y[kEftG1] * y[kEftG1], G2 = y[kEftG2] * y[kEftG2], G3 = y[kEftG3] * y[kEftG3];
  const double Yt = y[kEftYt] * y[kEftYt], Yb = y[kEftYb] * y[kEftYb], Ytau = y[kEftYtau] * y[kEftYtau];
  const double Yt2 = Yt * Yt;
  // Two-loop lambda terms of beta(y_t) (Machacek & Vaughn NPB 236 (1984) 221; V = lambda/2 |H|^4):
  // 16pi^2)^2 dy_t/dt += y_t (3/2 lambda^2 - 6 lambda y_t^2).
  dydt[kEftYt] += kLoop * kLoop * y[kEftYt] * (1.5 * l2 - 6.0 * l * Yt);

  // One loop (Machacek & Vaughn NPB 249 (1985) 70 in this normalisation):
  // 12 lambda^2 - (9/5 g1^2 + 9 g2^2) lambda + 27/100 g1^4 + 9/10 g1^2 g2^2 + 9/4 g2^4
  // + 4 lambda (3 y_t^2 + 3 y_b^2 + y_tau^2) - 4 (3 y_t^4 + 3 y_b^4 + y_tau^4).
  const double one = 12.0 * l2 - (1.8 * G1 + 9.0 * G2) * l + 0.27 * G1 * G1 + 0.9 * G1 * G2 + 2.25 * G2 * G2 +
                     4.0 * l * (3.0 * Yt + 3.0 * Yb + Ytau) - 4.0 * (3.0 * Yt2 + 3.0 * Yb * Yb + Ytau * Ytau);
  // Two loop, top Yukawa and gauge terms (Luo, Wang, Xiao PRD 67 (2003) 065019, translated to
  // lambda = 2 lambda_LWX and GUT-normalised g1).
  const double two = -78.0 * l2 * l + l2 * (10.8 * G1 + 54.0 * G2 - 72.0 * Yt) +
                     l * (9.435 * G1 * G1 + 5.85 * G1 * G2 - 9.125 * G2 * G2 + Yt * (8.5 * G1 + 22.5 * G2 + 80.0 * G3) -
                          3.0 * Yt2) +
                     60.0 * Yt2 * Yt - Yt2 * (3.2 * G1 + 64.0 * G3) + Yt * (-3.42 * G1 * G1 + 12.6 * G1 * G2 - 4.5 * G2 * G2) -
                     3.411 * G1 * G1 * G1 - 8.385 * G1 * G1 * G2 - 7.225 * G1 * G2 * G2 + 38.125 * G2 * G2 * G2;
  dydt[kEftLambda] = kLoop * one + kLoop * kLoop * two;
}

SmEftState run_sm_eft(SmEftState y, double q_from_gev, double q_to_gev) {
  if (!(q_from_gev > 0) || !(q_to_gev > 0))
    throw InputError("run_sm_eft: scales must be positive (got " + std::to_string(q_from_gev) + " and " +
                     std::to_string(q_to_gev) + " GeV)");
  const double t0 = std::log(q_from_gev), t1 = std::log(q_to_gev);
  const int n = std::max(4, int(std::ceil(std::fabs(t1 - t0) / 0.05)));
  rk4_fixed_steps(y, t0, t1, n, sm_eft_beta);
  return y;
}

double sm_top_yukawa_at_mt(double mt_pole_gev, double alpha_s_mz) {
  // Buttazzo et al. JHEP 12 (2013) 089, section 2 (NNLO fit).
  return 0.93690 + 0.00556 * (mt_pole_gev - kFitMt) - 0.00042 * (alpha_s_mz - 0.1184) / 0.0007;
}

namespace {
// lambda_B(M_t) as a function of M_h: value and slope of the fit at 125.15, curvature of M_h^2.
struct QuarticFit {
  double a, b, c;  // lambda_B = a x^2 + b x + c, x = M_h - 125.15
};
QuarticFit quartic_fit(double mt_pole_gev) {
  const double a = kFitLambda0 / (kFitMh * kFitMh);  // from lambda_B proportional to M_h^2
  return {a, kFitLambdaSlope, kFitLambda0 + kFitLambdaMt * (mt_pole_gev - kFitMt)};
}
}  // namespace

double sm_lambda_at_mt_from_mh(double mh_gev, double mt_pole_gev) {
  const QuarticFit f = quartic_fit(mt_pole_gev);
  const double x = mh_gev - kFitMh;
  return 2.0 * (f.a * x * x + f.b * x + f.c);  // lambda = 2 lambda_B
}

double sm_higgs_pole_mass_from_lambda(double lambda_mt, double mt_pole_gev) {
  const QuarticFit f = quartic_fit(mt_pole_gev);
  const double disc = f.b * f.b - 4.0 * f.a * (f.c - 0.5 * lambda_mt);
  if (!(disc >= 0)) return std::numeric_limits<double>::quiet_NaN();
  const double x = (-f.b + std::sqrt(disc)) / (2.0 * f.a);
  const double mh = kFitMh + x;
  return mh > 0 ? mh : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace gmsb::higgs
