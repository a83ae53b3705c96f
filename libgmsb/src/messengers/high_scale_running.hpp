#pragma once
/// \file high_scale_running.hpp
/// Boundary conditions above the electroweak scale for a general high-scale model
/// (docs/physics.md §8(b), 8(c)): running from the highest scale down through each messenger
/// threshold, with b_a + N_a (and Delta b_ab at two loops) of every set above its mass, and the
/// gauge-mediated boundary conditions of each set applied at its own mass M_i with the
/// couplings at M_i. For the minimal model (one set, empty variant) this performs exactly the
/// seed-001 sequence: GMSB boundary conditions at M, then one run M -> Q.

#include <vector>

#include "gmsb/messengers.hpp"
#include "gmsb/model_variants.hpp"
#include "rge/beta_functions.hpp"
#include "rge/integrators.hpp"

namespace gmsb::messengers {

/// Lowest scale at which the high-scale model does something (a messenger mass, the gravity
/// or the D-term scale). The couplings handed to run_high_scale_model() are taken there.
double lowest_high_scale(double primary_mess_gev, const ModelVariant& v);

/// All scales of the model (messenger masses, gravity and D-term scales), descending, unique.
std::vector<double> high_scale_events(double primary_mess_gev, const ModelVariant& v);

/// On entry, y holds the MSSM gauge and Yukawa couplings at Q = lowest_high_scale() (soft terms
/// zero). Runs them up to the highest scale, then down applying every boundary condition, and
/// finally down to q_to_gev with the pure MSSM RGEs. On return y is the state at q_to_gev and
/// at_primary_mess the state at the primary messenger scale right after its boundary conditions.
/// `loops` is the RGE order (1 or 2).
rge::RunStatus run_high_scale_model(const MessengerIndices& primary_n, double primary_lambda_gev,
                               double primary_mess_gev, const ModelVariant& v, int loops,
                               const rge::RunControl& control, double q_to_gev, MssmState& y,
                               MssmState& at_primary_mess);

/// RGE options above scale q: b_a + N_a and b_ab + Delta b_ab of every set with M_i <= q.
rge::RgeOptions rge_options_above(const std::vector<ResolvedSet>& sets, double q_gev, int loops);

/// Adds the U(1)_A D-term masses m_i^2 += (5/2) m^2 q_i of docs/physics.md §8(e) to every scalar.
void add_dterm_masses(MssmState& y, const DTerm& d);

/// Adds the leading-log supertrace contribution of docs/physics.md §8(a) for light messengers with indices
/// n at mass mess_gev: weights w_a = -N_a s ln(Lambda_UV^2/M^2) in the GMSB Casimir structure.
void add_supertrace_masses(MssmState& y, const std::array<double, 3>& n, double s_gev2, double lambda_uv_gev,
                           double mess_gev);

}  // namespace gmsb::messengers
