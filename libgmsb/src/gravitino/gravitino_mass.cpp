#include "gravitino/gravitino_mass.hpp"

#include <cmath>

#include "gmsb/nlsp.hpp"

namespace gmsb::gravitino {

double messenger_f_gev2(const PointInput& in) { return in.lambda_gev * in.mess_gev; }  // Lambda = F/M

double gravitino_mass_gev(double c_grav, double f_gev2) {
  // m_3/2 = F_0/(sqrt(3) Mbar_Pl), F_0 = c_grav F (Giudice-Rattazzi, Phys. Rept. 322 (1999) 419; docs/physics.md §11.1)
  return c_grav * f_gev2 / (std::sqrt(3.0) * kReducedPlanckMassGeV);
}

}  // namespace gmsb::gravitino
