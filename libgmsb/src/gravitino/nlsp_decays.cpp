#include "gravitino/nlsp_decays.hpp"

#include <cmath>
#include <limits>

#include "gmsb/nlsp.hpp"

namespace gmsb::gravitino {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr int kGravitinoPdg = 1000039;

/// (1 - a^2/m^2)^4, the phase space and coupling factor of a massless-gravitino two-body decay.
double threshold4(double m, double a) {
  const double r = 1.0 - a * a / (m * m);
  return r * r * r * r;
}
}  // namespace

double goldstino_width_unit(double m_gev, double m32_gev) {
  // Gamma = m^5/(16 pi F_0^2), F_0 = sqrt(3) m_3/2 Mbar_Pl (Martin, hep-ph/9709356, the goldstino
  // decay width; Giudice-Rattazzi Phys. Rept. 322 (1999) 419; docs/physics.md §11.3)
  const double mp = kReducedPlanckMassGeV;
  return std::pow(m_gev, 5) / (48.0 * kPi * mp * mp * m32_gev * m32_gev);
}

double width_neutralino_photon(double m, double m32, const std::array<double, 4>& n, double sin2w) {
  if (!(m > m32)) return 0.0;
  const double sw = std::sqrt(sin2w), cw = std::sqrt(1.0 - sin2w);
  const double k = n[0] * cw + n[1] * sw;  // photino component (Ambrosanio et al. PRD 54 (1996) 5395)
  const double x2 = (m32 / m) * (m32 / m);
  // docs/physics.md §11.3: exact in m_3/2 for the photon mode
  return k * k * goldstino_width_unit(m, m32) * (1 - x2) * (1 - x2) * (1 - x2) * (1 + 3 * x2);
}

double width_neutralino_z(double m, double m32, const std::array<double, 4>& n, double sin2w, double mz,
                          double beta) {
  if (!(m > mz + m32)) return 0.0;
  const double sw = std::sqrt(sin2w), cw = std::sqrt(1.0 - sin2w);
  const double kt = n[0] * sw - n[1] * cw;                            // zino (transverse Z)
  const double kl = n[2] * std::cos(beta) - n[3] * std::sin(beta);    // Goldstone higgsino (longitudinal Z)
  // Ambrosanio et al. PRD 54 (1996) 5395; docs/physics.md §11.3
  return (kt * kt + 0.5 * kl * kl) * goldstino_width_unit(m, m32) * threshold4(m, mz);
}

double width_neutralino_h(double m, double m32, const std::array<double, 4>& n, double alpha, double mh) {
  if (!(m > mh + m32)) return 0.0;
  const double k = n[2] * std::sin(alpha) - n[3] * std::cos(alpha);  // higgsino along h
  // Ambrosanio et al. PRD 54 (1996) 5395; docs/physics.md §11.3
  return 0.5 * k * k * goldstino_width_unit(m, m32) * threshold4(m, mh);
}

double width_sfermion(double m, double m32, double mf) {
  if (!(m > mf + m32)) return 0.0;
  // docs/physics.md §11.3: massless-fermion limit exact in m_3/2, (1 - mf^2/m^2)^4 for the fermion mass
  return goldstino_width_unit(m, m32) * threshold4(m, mf) * threshold4(m, m32);
}

void set_nlsp_decays(const Nlsp& nlsp, const NlspDecayInputs& in, PointResult& r) {
  constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
  r.nlsp_decays = {};
  r.n_nlsp_decays = 0;
  r.nlsp_width_gev = kNaN;
  r.nlsp_ctau_m = kNaN;
  if (nlsp.kind == NlspKind::kUndetermined || !(in.m32 > 0) || !(nlsp.mass > in.m32)) return;
  auto add = [&r](int pdg, double width) {
    if (width > 0) r.nlsp_decays[r.n_nlsp_decays++] = {pdg, kGravitinoPdg, width};
  };
  const double m = nlsp.mass;
  switch (nlsp.kind) {
    case NlspKind::kBinoNeutralino:
    case NlspKind::kNeutralino:
      add(22, width_neutralino_photon(m, in.m32, in.n_row, in.sin2w));
      add(23, width_neutralino_z(m, in.m32, in.n_row, in.sin2w, in.mz, in.beta));
      if (std::isfinite(in.mh)) add(25, width_neutralino_h(m, in.m32, in.n_row, in.alpha, in.mh));
      break;
    case NlspKind::kStau:
    case NlspKind::kSleptonCoNlsp:
      add(nlsp.pdg == 1000015 ? 15 : 11, width_sfermion(m, in.m32, nlsp.pdg == 1000015 ? in.mtau : 0.0));
      break;
    case NlspKind::kSneutrino:
      add(nlsp.pdg == 1000016 ? 16 : 12, width_sfermion(m, in.m32, 0.0));
      break;
    case NlspKind::kUndetermined: break;
  }
  double total = 0;
  for (int i = 0; i < r.n_nlsp_decays; ++i) total += r.nlsp_decays[i].width_gev;
  if (!(total > 0)) return;
  r.nlsp_width_gev = total;
  r.nlsp_ctau_m = kHbarCGeVMetre / total;  // c tau = hbar c / Gamma
}

}  // namespace gmsb::gravitino
