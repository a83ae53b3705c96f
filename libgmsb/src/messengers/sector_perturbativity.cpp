// The public sector check of gmsb/sector_perturbativity.hpp (`gmsb models --criterion running`).
#include "gmsb/sector_perturbativity.hpp"

#include "gmsb/error.hpp"
#include "matching/low_scale_matching.hpp"
#include "messengers/messenger_beta.hpp"
#include "messengers/perturbativity.hpp"

namespace gmsb {

using namespace gmsb::ewsb;
using namespace gmsb::matching;
using namespace gmsb::messengers;
using namespace gmsb::rge;
using namespace gmsb::sparticles;

std::vector<RunningAllowedContent> enumerate_running_allowed(const SMInputs& sm, const Settings& settings,
                                                             double mess_gev,
                                                             double msusy_gev, double tanb,
                                                             const PerturbativityOptions& options,
                                                             bool allow_zero_index) {
  const LowScaleMatching low(sm, effective_settings(settings));
  MssmState y{};
  if (!low.mssm_couplings(msusy_gev, ewsb::BetaAngles::from_tanb(tanb), mess_gev, y))
    throw InputError("the MSSM couplings are non-perturbative below the messenger scale");
  const RunControl control = low.run_control();
  auto check = [&](const MessengerContent& c, PerturbativityResult& res) {
    if (c.total_pairs() == 0) return true;
    ResolvedSet s;
    const MessengerIndices n = c.indices();
    s.n = {n.n1(), double(n.n2), double(n.n3)};
    s.delta_b2 = messenger_two_loop_b(c);
    s.lambda_gev = 0;
    s.mess_gev = mess_gev;
    res = check_gauge_perturbativity({s}, y, mess_gev, options, control);
    return res.perturbative;
  };
  std::vector<RunningAllowedContent> out;
  MessengerContent c;
  PerturbativityResult res;
  // Each loop stops at the first failing multiplicity (alpha_a increase with every pair).
  for (c.nQ = 0; check(c, res); ++c.nQ) {
    for (c.nU = 0; check(c, res); ++c.nU) {
      for (c.nD = 0; check(c, res); ++c.nD) {
        for (c.nL = 0; check(c, res); ++c.nL) {
          for (c.nE = 0; check(c, res); ++c.nE) {
            const MessengerIndices n = c.indices();
            if (c.total_pairs() == 0) continue;
            if (!allow_zero_index && (n.n1_fifths == 0 || n.n2 == 0 || n.n3 == 0)) continue;
            out.push_back({c, res});
          }
          c.nE = 0;
        }
        c.nL = 0;
      }
      c.nD = 0;
    }
    c.nU = 0;
  }
  return out;
}

}  // namespace gmsb
