#pragma once
/// \file messenger_fit.hpp
/// The seed's Table 2 fit: the largest Higgs mass of each messenger sector as
/// M_h,max = a + b N1 + c N2 + d ln N3 (Kaeding & Nandi (KN99), Table 2; docs/physics.md §1.4),
/// by linear least squares.
///
/// \code
///   std::vector<gmsb::MessengerFitRow> rows = {{1, 1, 1, 118.5}, {1, 3, 4, 131.5}, ...};
///   gmsb::MessengerFit f = gmsb::fit_messenger_law(rows);
///   std::printf("d = %.2f +- %.2f GeV\n", f.coef[3], f.std_error[3]);
/// \endcode

#include <array>
#include <cstddef>
#include <vector>

namespace gmsb {

/// One messenger sector: its indices and its largest allowed M_h (GeV).
struct MessengerFitRow {
  double n1 = 0;      ///< N1 (GUT-normalised, a multiple of 1/5)
  double n2 = 0;      ///< N2
  double n3 = 0;      ///< N3 (> 0: the law has ln N3)
  double mh_max = 0;  ///< largest allowed M_h of the sector (GeV)
};

/// Result of the fit. Coefficients in GeV (b, c per unit index, d per unit of ln N3).
struct MessengerFit {
  std::array<double, 4> coef{};       ///< a, b, c, d
  std::array<double, 4> std_error{};  ///< standard errors: sqrt(diag(s^2 (X^T X)^-1)), s^2 = RSS/(n-4)
  double rms = 0;                     ///< sqrt(RSS / n): residual root mean square (GeV)
  std::vector<double> residuals;      ///< data - fit, in row order (GeV)
  std::size_t worst_row = 0;          ///< index of the row with the largest |residual|
  std::size_t n_rows = 0;

  double a() const { return coef[0]; }
  double b() const { return coef[1]; }
  double c() const { return coef[2]; }
  double d() const { return coef[3]; }
  /// The fitted law at (N1, N2, N3).
  double predict(double n1, double n2, double n3) const;
};

/// Least-squares fit of M_h,max = a + b N1 + c N2 + d ln N3 (column-pivoting Householder QR).
/// Throws std::invalid_argument with the reason when: fewer than 5 rows (no residual degree of
/// freedom for the errors), a row has N3 <= 0 (the caller skips those with a note) or a
/// non-finite value, or the rows do not determine the four coefficients (rank < 4, e.g. all N1
/// equal).
MessengerFit fit_messenger_law(const std::vector<MessengerFitRow>& rows);

}  // namespace gmsb
