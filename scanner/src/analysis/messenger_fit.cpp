// Least-squares fit of the seed's Table 2 law M_h,max = a + b N1 + c N2 + d ln N3 (docs/physics.md §1.4).
#include "analysis/messenger_fit.hpp"

#include <Eigen/Dense>
#include <cmath>
#include <stdexcept>
#include <string>

namespace gmsb {

double MessengerFit::predict(double n1, double n2, double n3) const {
  return coef[0] + coef[1] * n1 + coef[2] * n2 + coef[3] * std::log(n3);
}

MessengerFit fit_messenger_law(const std::vector<MessengerFitRow>& rows) {
  constexpr int kParams = 4;
  const auto n = static_cast<Eigen::Index>(rows.size());
  if (n <= kParams)
    throw std::invalid_argument("the fit a + b N1 + c N2 + d ln N3 needs at least 5 sectors, got " +
                                std::to_string(rows.size()));
  Eigen::MatrixXd X(n, kParams);
  Eigen::VectorXd y(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    const MessengerFitRow& r = rows[static_cast<std::size_t>(i)];
    if (!std::isfinite(r.n1) || !std::isfinite(r.n2) || !std::isfinite(r.n3) || !std::isfinite(r.mh_max))
      throw std::invalid_argument("fit row " + std::to_string(i) + " has a non-finite value");
    if (r.n3 <= 0)
      throw std::invalid_argument("fit row " + std::to_string(i) + " has N3 = " + std::to_string(r.n3) +
                                  " <= 0: ln N3 is undefined (skip such sectors)");
    X(i, 0) = 1.0;
    X(i, 1) = r.n1;
    X(i, 2) = r.n2;
    X(i, 3) = std::log(r.n3);
    y(i) = r.mh_max;
  }
  const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(X);
  if (qr.rank() < kParams)
    throw std::invalid_argument("the sectors do not determine a, b, c, d (design matrix rank " +
                                std::to_string(qr.rank()) + " < 4; N1, N2 and ln N3 must vary independently)");
  const Eigen::VectorXd beta = qr.solve(y);
  const Eigen::VectorXd resid = y - X * beta;
  const double rss = resid.squaredNorm();
  // Covariance s^2 (X^T X)^-1 with s^2 = RSS / (n - p), the unbiased residual variance.
  const double s2 = rss / double(n - kParams);
  const Eigen::MatrixXd xtx_inv = (X.transpose() * X).ldlt().solve(Eigen::MatrixXd::Identity(kParams, kParams));

  MessengerFit fit;
  fit.n_rows = rows.size();
  for (int k = 0; k < kParams; ++k) {
    fit.coef[k] = beta(k);
    fit.std_error[k] = std::sqrt(s2 * xtx_inv(k, k));
  }
  fit.rms = std::sqrt(rss / double(n));
  fit.residuals.assign(resid.data(), resid.data() + n);
  Eigen::Index worst = 0;
  resid.cwiseAbs().maxCoeff(&worst);
  fit.worst_row = static_cast<std::size_t>(worst);
  return fit;
}

}  // namespace gmsb
