#pragma once
/// \file model_variants.hpp
/// High-scale model variants beyond one minimal messenger set (docs/physics.md §8;
/// seeds 000 Poppitz-Trivedi and 002 Tavartkiladze). A default-constructed ModelVariant is the
/// minimal model of KN99: nothing is added and the results are bit-for-bit unchanged.
///
/// The point's own (N, Lambda, M) of PointInput is the "primary" messenger set. A variant adds
/// further sets (docs/physics.md §8(b)), a messenger supertrace on the primary set (8(a)), a universal
/// gravity-mediated boundary condition (8(c)), a U(1)_A D-term (8(e)), and the seed-002 literal
/// gaugino pattern (8(d)). All scales in GeV.

#include <array>
#include <optional>
#include <vector>

#include "gmsb/messengers.hpp"

namespace gmsb {

/// One messenger set: its indices (or content), its own Lambda_i = F_i/M_i and mass M_i.
struct MessengerSet {
  MessengerIndices n;                      ///< (N1, N2, N3) of the set; N_a = 0 allowed
  std::optional<MessengerContent> content; ///< if given, n = content.indices() and two-loop terms are known
  double lambda_gev = 0;    ///< Lambda_i (GeV); or
  double lambda_ratio = 0;  ///< Lambda_i = lambda_ratio * Lambda of the point (exactly one of the two > 0)
  double mess_gev = 0;      ///< messenger mass M_i (GeV)

  /// Lambda_i for a point whose primary Lambda is primary_lambda_gev.
  double lambda_for(double primary_lambda_gev) const {
    return lambda_ratio > 0 ? lambda_ratio * primary_lambda_gev : lambda_gev;
  }
  /// A set from a content (two-loop terms known).
  static MessengerSet from_content(const MessengerContent& c, double lambda_gev, double mess_gev);
};

/// Messenger supertrace of the primary set (docs/physics.md §8(a)):
/// delta m_i^2(M) = -2 sum_a N_a C_a(i) (alpha_a/4pi)^2 s ln(Lambda_UV^2/M^2).
struct Supertrace {
  double s_gev2 = 0;        ///< supertrace per messenger component s (GeV^2, signed); or
  double s_ratio = 0;       ///< s = s_ratio * Lambda^2 (signed) when s_gev2 == 0
  double lambda_uv_gev = 0; ///< ultraviolet cutoff; 0 = the heaviest extra messenger mass (docs/physics.md §8(a) default)
  bool active() const { return s_gev2 != 0 || s_ratio != 0; }
  double s_for(double primary_lambda_gev) const {
    return s_gev2 != 0 ? s_gev2 : s_ratio * primary_lambda_gev * primary_lambda_gev;
  }
};

/// Universal gravity-mediated soft terms at a high scale (docs/physics.md §8(c)).
struct GravityMediation {
  bool enabled = false;
  double m0_sq_gev2 = 0;   ///< m0^2 (GeV^2, signed) for every scalar, all generations and H_u, H_d
  double a0_gev = 0;       ///< A0 (GeV)
  double m12_gev = 0;      ///< M_1/2 (GeV)
  double scale_gev = 2.4e18;  ///< M_grav (reduced Planck mass by default)
};

/// U(1)_A charges of the superfields containing each MSSM field (docs/physics.md §8(e)).
struct U1Charges {
  double q = 0, u = 0, d = 0, l = 0, e = 0, hu = 0, hd = 0;
  /// Flipped SU(5) assignment of docs/physics.md §8(e) from (q_Z1, q_Z):
  /// q_10 = -1 - q_Z1/2 (Q, D^c), q_5bar = -1 + q_Z1/2 + q_Z (U^c, L), q_1 = -1 - 3 q_Z1/2 - q_Z (E^c),
  /// q(H_d) = 2, q(H_u) = 2 - q_Z.
  static U1Charges flipped_su5(double q_z1, double q_z);
  /// Tr(Y q) over one family and the Higgs doublets (the S that the D-term creates, per m^2 * 5/2).
  double hypercharge_trace() const;
};

/// D-term scalar masses m_i^2 += (5/2) m^2 q_i at scale_gev (docs/physics.md §8(e)).
struct DTerm {
  bool enabled = false;
  double m_gev = 0;          ///< m (GeV); D_A = 10 m^2/g_A^2
  double scale_gev = 1e16;   ///< M_D (default M_X)
  U1Charges charges;
};

/// The whole high-scale model beyond the primary set. Default: the minimal model.
struct ModelVariant {
  std::vector<MessengerSet> extra_sets;     ///< docs/physics.md §8(b), 8(d): further messenger sets
  std::optional<MessengerContent> primary_content;  ///< content of the primary set (two-loop terms)
  Supertrace supertrace;                    ///< docs/physics.md §8(a)
  GravityMediation gravity;                 ///< docs/physics.md §8(c)
  DTerm dterm;                              ///< docs/physics.md §8(e)
  /// docs/physics.md §8(d) "seed-002 literal": replace M1 from the messengers at the primary scale by the
  /// seed's (43/30)(alpha_1/4pi) m, m = Lambda/2 (T97 case 1; docs/physics.md §6.6 item 12).
  bool seed002_literal_m1 = false;

  bool empty() const {
    return extra_sets.empty() && !supertrace.active() && !gravity.enabled && !dterm.enabled && !seed002_literal_m1;
  }
};

/// A messenger set with its Lambda resolved for one point (used by the running).
struct ResolvedSet {
  std::array<double, 3> n;  ///< N_a
  std::array<std::array<double, 3>, 3> delta_b2;  ///< two-loop shift (zero if the content is unknown)
  double lambda_gev;
  double mess_gev;
};

/// The primary set followed by the extra sets, Lambdas resolved. With two_loop_terms, the
/// two-loop shifts come from the given content, else from simplest_content() of the indices,
/// else zero; without, they are zero.
std::vector<ResolvedSet> resolve_messenger_sets(const MessengerIndices& primary_n, double primary_lambda_gev,
                                                double primary_mess_gev, const ModelVariant& v,
                                                bool two_loop_terms = true);

/// Throws gmsb::InputError with the reason for an inconsistent variant (x_i >= 1,
/// non-positive scales, supertrace without a cutoff above M, ...).
void validate_variant(const ModelVariant& v, double primary_lambda_gev, double primary_mess_gev);

// ---- T97 (flipped SU(5)), docs/physics.md §8(d) ----

enum class Seed002Case {
  kTriplets,          ///< case 2: two D-type triplet pairs, Lambda = 2m each (M2 = 0 at one loop)
  kTripletsDoublets,  ///< case 1: plus one L-type doublet pair with Lambda = 3m
};
enum class Seed002M1 { kCorrected, kSeedLiteral };  ///< 17/5 (docs/physics.md §6.6 item 12) or the seed's 43/30

/// Fills n, lambda_gev and mess_gev of a point and its variant for the seed-002 messengers with
/// scale m (GeV) at M_X (GeV); the doublet pair of case 1 has mass md_gev (0 = M_X).
/// The seed-literal M1 requires md_gev == M_X (or 0).
struct Seed002Model {
  MessengerIndices n;
  double lambda_gev;
  double mess_gev;
  ModelVariant variant;
};
Seed002Model seed002_model(Seed002Case c, double m_gev, double mx_gev, double md_gev, Seed002M1 m1);

}  // namespace gmsb
