#include "matching/tanb_running.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "rge/beta_functions.hpp"
#include "rge/fixed_step_rk4.hpp"

namespace gmsb::matching {

using namespace gmsb::rge;

namespace {
constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);
/// Largest RK4 step in t: the couplings and ln(tan beta) vary by O(k) ~ 0.006 per unit of t, so
/// the RK4 error at this step is far below 1e-10 (tests/matching/test_tanb_running.cpp).
constexpr double kMaxStep = 0.5;
}  // namespace

double tanb_log_beta(const MssmState& y, int loops) {
  const double G1 = y[kG1] * y[kG1], G3 = y[kG3] * y[kG3];
  const double Yt = y[kYt] * y[kYt], Yb = y[kYb] * y[kYb], Ytau = y[kYtau] * y[kYtau];
  // Martin & Vaughn PRD 50 (1994) 2282: gamma_Hd - gamma_Hu at one loop.
  double d = kLoop * (3.0 * Yb + Ytau - 3.0 * Yt);
  if (loops >= 2)  // the same at two loops (the y_t^2 y_b^2 and pure gauge terms cancel)
    d += kLoop * kLoop *
         (9.0 * Yt * Yt - 9.0 * Yb * Yb - 3.0 * Ytau * Ytau + (16.0 * G3 - 0.4 * G1) * Yb + 1.2 * G1 * Ytau -
          (16.0 * G3 + 0.8 * G1) * Yt);
  return d;
}

double run_tanb(double tanb, MssmState& y, double t_from, double t_to, int loops) {
  // The state: the MSSM couplings (soft terms zero) and ln(tan beta) at the end.
  std::array<double, kMssmSize + 1> s{};
  for (int i : {kG1, kG2, kG3, kYt, kYb, kYtau}) s[i] = y[i];
  s[kMssmSize] = std::log(tanb);
  RgeOptions opt;
  opt.loops = loops;
  auto rhs = [&](const std::array<double, kMssmSize + 1>& v, std::array<double, kMssmSize + 1>& dv) {
    MssmState c{}, dc{};
    std::copy(v.begin(), v.begin() + kMssmSize, c.begin());
    mssm_gauge_yukawa_beta(c, dc, opt);
    std::copy(dc.begin(), dc.end(), dv.begin());
    dv[kMssmSize] = tanb_log_beta(c, loops);
  };
  const int n = std::max(2, int(std::ceil(std::fabs(t_to - t_from) / kMaxStep)));
  rk4_fixed_steps(s, t_from, t_to, n, rhs);
  for (double v : s)
    if (!std::isfinite(v)) return std::numeric_limits<double>::quiet_NaN();
  y.fill(0.0);
  for (int i : {kG1, kG2, kG3, kYt, kYb, kYtau}) y[i] = s[i];
  return std::exp(s[kMssmSize]);
}

}  // namespace gmsb::matching
