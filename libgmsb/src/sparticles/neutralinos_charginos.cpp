#include "sparticles/neutralinos_charginos.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

#include "sparticles/passarino_veltman.hpp"

namespace gmsb::sparticles {

using namespace gmsb::ewsb;

Eigen::Matrix4d neutralino_mass_matrix(double m1, double m2, double mu, const BetaAngles& beta, const ElectroweakConstants& ew) {
  const double cb = beta.cos, sb = beta.sin;
  const double sw = std::sqrt(ew.sin2w), cw = std::sqrt(1.0 - ew.sin2w);
  const double mz = ew.mz;
  Eigen::Matrix4d m;
  // Martin, SUSY primer eq. (8.2.2), basis (B, W3, H_d, H_u).
  m << m1, 0, -mz * cb * sw, mz * sb * sw,
       0, m2, mz * cb * cw, -mz * sb * cw,
       -mz * cb * sw, mz * cb * cw, 0, -mu,
       mz * sb * sw, -mz * sb * cw, -mu, 0;
  return m;
}

NeutralinoMixing neutralino_mixing(double m1, double m2, double mu, const BetaAngles& beta, const ElectroweakConstants& ew) {
  Eigen::SelfAdjointEigenSolver<Eigen::Matrix4d> es(neutralino_mass_matrix(m1, m2, mu, beta, ew));
  std::array<int, 4> order{0, 1, 2, 3};
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    return std::fabs(es.eigenvalues()(a)) < std::fabs(es.eigenvalues()(b));
  });
  NeutralinoMixing out;
  for (int i = 0; i < 4; ++i) {
    out.mass[i] = es.eigenvalues()(order[i]);
    out.n.row(i) = es.eigenvectors().col(order[i]).transpose();
  }
  return out;
}

std::array<double, 4> neutralino_masses(double m1, double m2, double mu, const BetaAngles& beta, const ElectroweakConstants& ew) {
  const NeutralinoMixing mix = neutralino_mixing(m1, m2, mu, beta, ew);
  std::array<double, 4> out;
  for (int i = 0; i < 4; ++i) out[i] = std::fabs(mix.mass[i]);
  return out;
}

Eigen::Matrix2d chargino_mass_matrix(double m2, double mu, const BetaAngles& beta, const ElectroweakConstants& ew) {
  const double cb = beta.cos, sb = beta.sin;
  const double mw = ew.mz * std::sqrt(1.0 - ew.sin2w);
  Eigen::Matrix2d x;
  // Martin, SUSY primer eq. (8.2.5).
  x << m2, std::sqrt(2.0) * mw * sb, std::sqrt(2.0) * mw * cb, mu;
  return x;
}

CharginoMixing chargino_mixing(double m2, double mu, const BetaAngles& beta, const ElectroweakConstants& ew) {
  // X = L diag(s) R^T (JacobiSVD, s >= 0 descending), so U = L^T and V = R^T give U X V^T = diag.
  Eigen::JacobiSVD<Eigen::Matrix2d> svd(chargino_mass_matrix(m2, mu, beta, ew), Eigen::ComputeFullU | Eigen::ComputeFullV);
  CharginoMixing out;
  for (int i = 0; i < 2; ++i) {
    const int k = 1 - i;  // ascending
    out.mass[i] = svd.singularValues()(k);
    out.u.row(i) = svd.matrixU().col(k).transpose();
    out.v.row(i) = svd.matrixV().col(k).transpose();
  }
  return out;
}

std::array<double, 2> chargino_masses(double m2, double mu, const BetaAngles& beta, const ElectroweakConstants& ew) {
  return chargino_mixing(m2, mu, beta, ew).mass;
}

double gluino_pole_mass(double m3, double g3, double q_gev, const std::array<SquarkForGluino, 6>& squarks) {
  const double m3abs = std::fabs(m3);
  if (m3abs == 0.0) return 0.0;
  const double k = g3 * g3 / (16.0 * M_PI * M_PI);
  double sum_b1 = 0.0, mixing = 0.0;
  for (const auto& s : squarks) {
    sum_b1 += pv_b1(m3abs, s.mq, s.m1, q_gev) + pv_b1(m3abs, s.mq, s.m2, q_gev);
    if (s.mq != 0.0)
      mixing += s.mq * s.sin_2theta * (pv_b0(m3abs, s.mq, s.m1, q_gev) - pv_b0(m3abs, s.mq, s.m2, q_gev));
  }
  // PBMZ eq. (D.44).
  return m3abs * (1.0 + k * (15.0 + 9.0 * std::log(q_gev * q_gev / (m3abs * m3abs)) - sum_b1)) - k * mixing;
}

}  // namespace gmsb::sparticles
