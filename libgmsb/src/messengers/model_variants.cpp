#include "gmsb/model_variants.hpp"

#include <cmath>
#include <cstdio>
#include <stdexcept>
#include <string>

#include "messengers/messenger_beta.hpp"
#include "gmsb/error.hpp"
#include "gmsb/point.hpp"

namespace gmsb {

using namespace gmsb::messengers;

namespace {
std::string num(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}
bool positive(double v) { return std::isfinite(v) && v > 0; }
/// Highest scale of a variant (gravity mediation, D-term, supertrace cutoff): the Planck mass.
constexpr double kMaxHighScaleGev = 1e19;
}  // namespace

MessengerSet MessengerSet::from_content(const MessengerContent& c, double lambda_gev, double mess_gev) {
  MessengerSet s;
  s.n = c.indices();
  s.content = c;
  s.lambda_gev = lambda_gev;
  s.mess_gev = mess_gev;
  return s;
}

U1Charges U1Charges::flipped_su5(double q_z1, double q_z) {
  // docs/physics.md §8(e): flipped SU(5) with 10 = (Q, d^c, nu^c), 5bar = (u^c, L), 1 = e^c, H_d in phi, H_u in phibar.
  const double q10 = -1.0 - 0.5 * q_z1, q5 = -1.0 + 0.5 * q_z1 + q_z, q1 = -1.0 - 1.5 * q_z1 - q_z;
  U1Charges c;
  c.q = q10;
  c.d = q10;
  c.u = q5;
  c.l = q5;
  c.e = q1;
  c.hd = 2.0;
  c.hu = 2.0 - q_z;
  return c;
}

double U1Charges::hypercharge_trace() const {
  // docs/physics.md §3.4 weights of S, three families.
  return hu - hd + 3.0 * (q - l - 2.0 * u + d + e);
}

std::vector<ResolvedSet> resolve_messenger_sets(const MessengerIndices& primary_n, double primary_lambda_gev,
                                                double primary_mess_gev, const ModelVariant& v,
                                                bool two_loop_terms) {
  auto make = [two_loop_terms](const MessengerIndices& n, const std::optional<MessengerContent>& content, double lambda,
                 double mess) {
    ResolvedSet r;
    r.n = {n.n1(), double(n.n2), double(n.n3)};
    std::optional<MessengerContent> c;
    if (two_loop_terms) c = content ? content : simplest_content(n);
    r.delta_b2 = c ? messenger_two_loop_b(*c) : Matrix3{};
    r.lambda_gev = lambda;
    r.mess_gev = mess;
    return r;
  };
  std::vector<ResolvedSet> out;
  out.push_back(make(v.primary_content ? v.primary_content->indices() : primary_n, v.primary_content,
                     primary_lambda_gev, primary_mess_gev));
  for (const auto& s : v.extra_sets)
    out.push_back(make(s.content ? s.content->indices() : s.n, s.content, s.lambda_for(primary_lambda_gev), s.mess_gev));
  return out;
}

void validate_variant(const ModelVariant& v, double primary_lambda_gev, double primary_mess_gev) {
  double heaviest_extra = 0;
  for (size_t i = 0; i < v.extra_sets.size(); ++i) {
    const auto& s = v.extra_sets[i];
    const std::string which = "messenger set " + std::to_string(i + 2);
    const MessengerIndices n = s.content ? s.content->indices() : s.n;
    if (n.n1_fifths < 0 || n.n2 < 0 || n.n3 < 0 || (n.n1_fifths == 0 && n.n2 == 0 && n.n3 == 0))
      throw InputError(which + ": indices must be non-negative and not all zero, got " + n.to_string());
    check_index_maximum(n, which + ": indices");
    if ((s.lambda_gev > 0) == (s.lambda_ratio > 0))
      throw InputError(which + ": give exactly one of lambda_gev or lambda_ratio (> 0)");
    const double lambda = s.lambda_for(primary_lambda_gev);
    if (!positive(lambda) || !positive(s.mess_gev) || !(lambda < s.mess_gev))
      throw InputError(which + ": need 0 < Lambda < M, got Lambda = " + num(lambda) + " GeV, M = " +
                       num(s.mess_gev) + " GeV");
    if (s.mess_gev > kMaxMessGev)
      throw InputError(which + ": M = " + num(s.mess_gev) + " GeV is above the maximum " + num(kMaxMessGev) +
                       " GeV (docs/physics.md §2.1)");
    heaviest_extra = std::max(heaviest_extra, s.mess_gev);
  }
  if (v.primary_content && v.primary_content->total_pairs() == 0)
    throw InputError("the primary messenger content is empty");
  if (v.primary_content) check_index_maximum(v.primary_content->indices(), "the primary messenger content's indices");
  if (v.supertrace.active()) {
    const double s = v.supertrace.s_for(primary_lambda_gev);
    if (!std::isfinite(s)) throw InputError("the messenger supertrace must be finite");
    const double uv = v.supertrace.lambda_uv_gev > 0 ? v.supertrace.lambda_uv_gev : heaviest_extra;
    if (uv > kMaxHighScaleGev)
      throw InputError("the supertrace cutoff Lambda_UV = " + num(uv) + " GeV is above the Planck scale 1e19 GeV");
    if (!(uv > primary_mess_gev) || !std::isfinite(uv))
      throw InputError("the supertrace cutoff Lambda_UV = " + num(uv) +
                       " GeV must exceed the light messenger mass M = " + num(primary_mess_gev) +
                       " GeV (give lambda_uv or a heavier messenger set)");
  }
  if (v.gravity.enabled) {
    if (!positive(v.gravity.scale_gev) || v.gravity.scale_gev > kMaxHighScaleGev)
      throw InputError("the gravity-mediation scale must be in (0, 1e19] GeV, got " + num(v.gravity.scale_gev));
    if (!std::isfinite(v.gravity.m0_sq_gev2) || !std::isfinite(v.gravity.a0_gev) || !std::isfinite(v.gravity.m12_gev))
      throw InputError("gravity-mediation m0^2, A0 and M1/2 must be finite");
  }
  if (v.dterm.enabled) {
    if (!positive(v.dterm.scale_gev) || v.dterm.scale_gev > kMaxHighScaleGev)
      throw InputError("the D-term scale must be in (0, 1e19] GeV, got " + num(v.dterm.scale_gev));
    if (!std::isfinite(v.dterm.m_gev) || v.dterm.m_gev < 0) throw InputError("the D-term m must be >= 0");
  }
  if (v.seed002_literal_m1) {
    bool ok = v.extra_sets.size() == 1;
    if (ok) {
      const auto& s = v.extra_sets[0];
      const MessengerIndices n = s.content ? s.content->indices() : s.n;
      ok = n == MessengerIndices{3, 1, 0} && s.mess_gev == primary_mess_gev &&
           std::fabs(s.lambda_for(primary_lambda_gev) - 1.5 * primary_lambda_gev) <= 1e-12 * primary_lambda_gev;
    }
    if (!ok)
      throw InputError("the seed-002 literal M1 needs seed 002 case 1: one doublet pair at M_X with "
                       "Lambda_D = 1.5 Lambda_T (use seed002_model)");
  }
}

Seed002Model seed002_model(Seed002Case c, double m_gev, double mx_gev, double md_gev, Seed002M1 m1) {
  if (!positive(m_gev) || !positive(mx_gev))
    throw InputError("seed 002: m and M_X must be positive, got m = " + num(m_gev) + ", M_X = " + num(mx_gev));
  Seed002Model out;
  MessengerContent triplets;
  triplets.nD = 2;  // docs/physics.md §8(d): two D-type triplet pairs, Lambda_T = F/M = 2m each
  out.n = triplets.indices();
  out.lambda_gev = 2.0 * m_gev;
  out.mess_gev = mx_gev;
  out.variant.primary_content = triplets;
  if (c == Seed002Case::kTripletsDoublets) {
    MessengerContent doublet;
    doublet.nL = 1;  // docs/physics.md §8(d) case 1: Higgs doublets as messengers, Lambda_D = 3m
    MessengerSet s = MessengerSet::from_content(doublet, 0.0, md_gev > 0 ? md_gev : mx_gev);
    s.lambda_ratio = 1.5;  // 3m = 1.5 Lambda_T
    out.variant.extra_sets.push_back(s);
    out.variant.seed002_literal_m1 = m1 == Seed002M1::kSeedLiteral;
  } else if (m1 == Seed002M1::kSeedLiteral) {
    throw InputError("seed 002: the literal 43/30 M1 belongs to case 1 (triplets + doublets)");
  }
  validate_variant(out.variant, out.lambda_gev, out.mess_gev);
  return out;
}

}  // namespace gmsb
