#include "point/phenomenology.hpp"

#include <cmath>

#include "exclusion/lep_limits.hpp"
#include "gravitino/gravitino_mass.hpp"
#include "gravitino/nlsp.hpp"
#include "gravitino/nlsp_decays.hpp"

namespace gmsb::point {

using namespace gmsb::gravitino;

void set_gravitino_mass(const PointInput& in, PointResult& r) {
  r.m_gravitino = gravitino_mass_gev(in.c_grav, messenger_f_gev2(in));  // docs/physics.md §11.1
}

void set_nlsp_and_exclusions(const ewsb::BetaAngles& beta, const sparticles::ElectroweakConstants& ew, double mtau_gev,
                             PointResult& r) {
  // docs/physics.md §11.2: the candidates (second-generation sleptons = first-generation ones)
  NlspCandidates c;
  c.neutralino1 = r.mneutralino[0];
  c.bino_fraction = r.neutralino_mixing[0][0] * r.neutralino_mixing[0][0];
  c.stau1 = r.mstau1;
  c.selectron_r = r.mselectron_R;
  c.sneutrino_e = r.msneutrino;
  c.sneutrino_tau = r.msneutrino_tau;
  c.mtau = mtau_gev;
  const Nlsp nlsp = identify_nlsp(c);
  r.nlsp_kind = static_cast<int>(nlsp.kind);
  r.nlsp_pdg = nlsp.pdg;
  r.m_nlsp = nlsp.mass;
  // docs/physics.md §11.3: the decays into the gravitino
  NlspDecayInputs d;
  d.m32 = r.m_gravitino;
  d.n_row = r.neutralino_mixing[0];
  d.sin2w = ew.sin2w;
  d.mz = ew.mz;
  d.beta = std::atan(beta.tanb);
  d.alpha = r.alpha;
  d.mh = r.mh;
  d.mtau = mtau_gev;
  set_nlsp_decays(nlsp, d, r);
  r.warnings |= exclusion::lep_warnings(r);  // docs/physics.md §11.4
}

}  // namespace gmsb::point
