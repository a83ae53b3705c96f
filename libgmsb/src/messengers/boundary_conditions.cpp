#include "messengers/boundary_conditions.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "messengers/messenger_loop_functions.hpp"
#include "gmsb/error.hpp"

namespace gmsb::messengers {

using namespace gmsb::rge;

namespace {
/// alpha_a/(4 pi) = g_a^2/(16 pi^2) from the state.
std::array<double, 3> loop_alphas(const MssmState& y) {
  std::array<double, 3> a;
  for (int i = 0; i < 3; ++i) a[i] = y[kG1 + i] * y[kG1 + i] / (16.0 * M_PI * M_PI);
  return a;
}
}  // namespace

void add_scalar_masses_from_weights(MssmState& y, const std::array<double, 3>& w) {
  const auto a = loop_alphas(y);
  // docs/physics.md §2.3: m_i^2 += 2 sum_a C_a(i) (alpha_a/4pi)^2 w_a.
  auto delta = [&](const Casimirs& c) {
    return 2.0 * (c.c1 * a[0] * a[0] * w[0] + c.c2 * a[1] * a[1] * w[1] + c.c3 * a[2] * a[2] * w[2]);
  };
  const double dq = delta(kCasimirQ), du = delta(kCasimirU), dd = delta(kCasimirD);
  const double dl = delta(kCasimirL), de = delta(kCasimirE), dh = delta(kCasimirH);
  y[kMQ3] += dq; y[kMQ1] += dq;
  y[kMU3] += du; y[kMU1] += du;
  y[kMD3] += dd; y[kMD1] += dd;
  y[kML3] += dl; y[kML1] += dl;
  y[kME3] += de; y[kME1] += de;
  y[kMHu2] += dh;
  y[kMHd2] += dh;
}

void add_gauge_mediated_masses(MssmState& y, const std::array<double, 3>& n, double lambda_gev,
                               double mess_gev) {
  if (!(lambda_gev > 0.0) || !std::isfinite(lambda_gev))
    throw InputError("Lambda must be positive, got " + std::to_string(lambda_gev) + " GeV");
  const double x = lambda_gev / mess_gev;
  if (!(x < 1.0))
    throw InputError("Lambda/M = " + std::to_string(x) +
                     " must be < 1 (x >= 1 gives a massless or tachyonic messenger scalar)");
  const double gx = messenger_g(x), fx = messenger_f(x);
  const auto a = loop_alphas(y);
  // KN99 eq. (9): M_a(M) = N_a g(x) (alpha_a(M)/4pi) Lambda.
  for (int i = 0; i < 3; ++i) y[kM1 + i] += n[i] * gx * a[i] * lambda_gev;
  // KN99 eq. (10), docs/physics.md §2.3: weights w_a = N_a f(x) Lambda^2.
  const double l2 = fx * lambda_gev * lambda_gev;
  add_scalar_masses_from_weights(y, {n[0] * l2, n[1] * l2, n[2] * l2});
}

}  // namespace gmsb::messengers
