#include "messengers/high_scale_running.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "messengers/boundary_conditions.hpp"

namespace gmsb::messengers {

using namespace gmsb::rge;

std::vector<double> high_scale_events(double primary_mess_gev, const ModelVariant& v) {
  std::vector<double> s{primary_mess_gev};
  for (const auto& set : v.extra_sets) s.push_back(set.mess_gev);
  if (v.gravity.enabled) s.push_back(v.gravity.scale_gev);
  if (v.dterm.enabled) s.push_back(v.dterm.scale_gev);
  std::sort(s.begin(), s.end(), std::greater<double>());
  s.erase(std::unique(s.begin(), s.end()), s.end());
  return s;
}

double lowest_high_scale(double primary_mess_gev, const ModelVariant& v) {
  return high_scale_events(primary_mess_gev, v).back();
}

RgeOptions rge_options_above(const std::vector<ResolvedSet>& sets, double q_gev, int loops) {
  RgeOptions o;
  o.loops = loops;
  // docs/physics.md §1.3 / 8(b): each set adds N_a to b_a (and Delta b_ab at two loops) above its mass.
  for (const auto& s : sets) {
    if (!(s.mess_gev <= q_gev)) continue;
    for (int a = 0; a < 3; ++a) {
      o.extra_b[a] += s.n[a];
      if (loops >= 2)
        for (int b = 0; b < 3; ++b) o.extra_b2[a][b] += s.delta_b2[a][b];
    }
  }
  return o;
}

void add_dterm_masses(MssmState& y, const DTerm& d) {
  // docs/physics.md §8(e): m_i^2 += (5/2) m^2 q_i (from D_A = 10 m^2/g_A^2 and (g_A^2/8) D_A^2).
  const double k = 2.5 * d.m_gev * d.m_gev;
  const U1Charges& q = d.charges;
  y[kMQ3] += k * q.q; y[kMQ1] += k * q.q;
  y[kMU3] += k * q.u; y[kMU1] += k * q.u;
  y[kMD3] += k * q.d; y[kMD1] += k * q.d;
  y[kML3] += k * q.l; y[kML1] += k * q.l;
  y[kME3] += k * q.e; y[kME1] += k * q.e;
  y[kMHu2] += k * q.hu;
  y[kMHd2] += k * q.hd;
}

void add_supertrace_masses(MssmState& y, const std::array<double, 3>& n, double s_gev2, double lambda_uv_gev,
                           double mess_gev) {
  // docs/physics.md §8(a): delta m_i^2(M_l) = -2 sum_a N_a C_a(i) (alpha_a/4pi)^2 s ln(Lambda_UV^2/M_l^2),
  // i.e. the GMSB scalar formula with Lambda^2 f(x) -> -s ln(Lambda_UV^2/M_l^2).
  const double w = -s_gev2 * std::log(lambda_uv_gev * lambda_uv_gev / (mess_gev * mess_gev));
  add_scalar_masses_from_weights(y, {n[0] * w, n[1] * w, n[2] * w});
}

namespace {
void add_gravity(MssmState& y, const GravityMediation& g) {
  // docs/physics.md §8(c): universal m0^2 for every scalar, A = A0, M_a = M_1/2 at M_grav.
  for (int i : {kMHu2, kMHd2, kMQ3, kMU3, kMD3, kML3, kME3, kMQ1, kMU1, kMD1, kML1, kME1}) y[i] += g.m0_sq_gev2;
  for (int i : {kAt, kAb, kAtau}) y[i] += g.a0_gev;
  for (int i : {kM1, kM2, kM3}) y[i] += g.m12_gev;
}
}  // namespace

RunStatus run_high_scale_model(const MessengerIndices& primary_n, double primary_lambda_gev,
                               double primary_mess_gev, const ModelVariant& v, int loops,
                               const RunControl& control, double q_to_gev, MssmState& y,
                               MssmState& at_primary_mess) {
  const std::vector<ResolvedSet> sets =
      resolve_messenger_sets(primary_n, primary_lambda_gev, primary_mess_gev, v, loops >= 2);
  const std::vector<double> scales = high_scale_events(primary_mess_gev, v);
  const size_t last = scales.size() - 1;

  // Up: from the lowest scale to the highest, each set active above its mass.
  for (size_t i = last; i-- > 0;) {
    const RunStatus st =
        run_mssm(y, std::log(scales[i + 1]), std::log(scales[i]), rge_options_above(sets, scales[i + 1], loops), control);
    if (st != RunStatus::kOk) return st;
  }

  // Down: the boundary conditions of each scale, then the running to the next one.
  for (size_t i = 0; i <= last; ++i) {
    const double q = scales[i];
    if (i > 0) {
      const RunStatus st = run_mssm(y, std::log(scales[i - 1]), std::log(q), rge_options_above(sets, q, loops), control);
      if (st != RunStatus::kOk) return st;
    }
    if (v.gravity.enabled && v.gravity.scale_gev == q) add_gravity(y, v.gravity);
    if (v.dterm.enabled && v.dterm.scale_gev == q) add_dterm_masses(y, v.dterm);
    const double m1_before = y[kM1];
    for (const auto& s : sets)
      if (s.mess_gev == q) add_gauge_mediated_masses(y, s.n, s.lambda_gev, s.mess_gev);  // KN99, docs/physics.md §2.2-2.3
    if (q == primary_mess_gev) {
      if (v.seed002_literal_m1) {
        // docs/physics.md §8(d), 6.6 item 12: the seed's literal M1 = (43/30)(alpha_1/4pi) m with m = Lambda_T/2.
        const double a1 = y[kG1] * y[kG1] / (16.0 * M_PI * M_PI);
        y[kM1] = m1_before + 43.0 / 30.0 * a1 * 0.5 * primary_lambda_gev;
      }
      if (v.supertrace.active()) {
        double uv = v.supertrace.lambda_uv_gev;
        if (!(uv > 0))
          for (const auto& s : v.extra_sets) uv = std::max(uv, s.mess_gev);
        add_supertrace_masses(y, sets[0].n, v.supertrace.s_for(primary_lambda_gev), uv, primary_mess_gev);
      }
      at_primary_mess = y;
    }
  }

  // Below every threshold: pure MSSM.
  RgeOptions low;
  low.loops = loops;
  return run_mssm(y, std::log(scales[last]), std::log(q_to_gev), low, control);
}

}  // namespace gmsb::messengers
