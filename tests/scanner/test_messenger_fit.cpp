// The seed's Table 2 fit M_h,max = a + b N1 + c N2 + d ln N3 (KN99 Table 2; docs/physics.md §1.4).
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "analysis/messenger_fit.hpp"
#include "gmsb/messengers.hpp"
#include "analysis/seed_results.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;

TEST(MessengerFit, RecoversExactLawOnTheSeedsSectors) {
  // Synthetic data exactly on the law over the 32 seed sectors: the fit must return the coefficients.
  const double a = 118.3, b = 0.1, c = 0.2, d = 9.1;
  std::vector<MessengerFitRow> rows;
  for (const auto& m : enumerate_seed_models()) {
    const auto& n = m.indices;
    rows.push_back({n.n1(), double(n.n2), double(n.n3), a + b * n.n1() + c * n.n2 + d * std::log(double(n.n3))});
  }
  const MessengerFit f = fit_messenger_law(rows);
  EXPECT_NEAR(f.a(), a, 1e-10);
  EXPECT_NEAR(f.b(), b, 1e-10);
  EXPECT_NEAR(f.c(), c, 1e-10);
  EXPECT_NEAR(f.d(), d, 1e-10);
  EXPECT_LT(f.rms, 1e-10);
  for (double e : f.std_error) EXPECT_LT(e, 1e-9);
  EXPECT_EQ(f.n_rows, 32u);
  EXPECT_NEAR(f.predict(2, 2, 2), a + 2 * b + 2 * c + d * std::log(2.0), 1e-10);
}

TEST(MessengerFit, StandardErrorsOfAHandComputedCase) {
  // Design (x1, x2, ln N3) = (0,0,0), (1,0,0), (0,1,0), (0,0,1), (1,1,1) (N3 = 1 or e).
  // The residual space is spanned by v = (2,-1,-1,-1,1) (v is orthogonal to every column), so
  // y = X beta0 + t v gives beta = beta0, residuals t v, RSS = 8 t^2, s^2 = RSS/(5-4) = 8 t^2.
  // X^T X = [[5,u^T],[u,I+J]] with u = (2,2,2): Schur complement 5 - u^T (I - J/4) u = 2, so
  // (X^T X)^-1 has diagonal 1/2 (for a) and the diagonal of I - J/8, i.e. 7/8 (b, c, d).
  // Standard errors: sqrt(8 t^2 / 2) = 2|t| and sqrt(8 t^2 * 7/8) = sqrt(7)|t|.
  const double t = 0.5, e = std::exp(1.0);
  const double a = 110, b = 0.1, c = 0.2, d = 9;
  const double x[5][3] = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 1}};
  const double v[5] = {2, -1, -1, -1, 1};
  std::vector<MessengerFitRow> rows;
  for (int i = 0; i < 5; ++i)
    rows.push_back({x[i][0], x[i][1], std::pow(e, x[i][2]), a + b * x[i][0] + c * x[i][1] + d * x[i][2] + t * v[i]});
  const MessengerFit f = fit_messenger_law(rows);
  EXPECT_NEAR(f.a(), a, 1e-12);
  EXPECT_NEAR(f.b(), b, 1e-12);
  EXPECT_NEAR(f.c(), c, 1e-12);
  EXPECT_NEAR(f.d(), d, 1e-12);
  EXPECT_NEAR(f.std_error[0], 2 * t, 1e-12);
  EXPECT_NEAR(f.std_error[1], std::sqrt(7.0) * t, 1e-12);
  EXPECT_NEAR(f.std_error[2], std::sqrt(7.0) * t, 1e-12);
  EXPECT_NEAR(f.std_error[3], std::sqrt(7.0) * t, 1e-12);
  EXPECT_NEAR(f.rms, std::sqrt(8 * t * t / 5), 1e-12);
  EXPECT_EQ(f.worst_row, 0u);  // |residual| 2t
  EXPECT_NEAR(f.residuals[0], 2 * t, 1e-12);
}

TEST(MessengerFit, RejectsBadInputWithAReason) {
  std::vector<MessengerFitRow> rows{{1, 1, 1, 118}, {2, 2, 2, 125}, {3, 3, 3, 129}, {4, 4, 4, 131}, {1, 3, 4, 131}};
  EXPECT_NO_THROW(fit_messenger_law(rows));
  auto zero_n3 = rows;
  zero_n3[2].n3 = 0;  // ln 0: the caller must skip such sectors
  EXPECT_THROW(fit_messenger_law(zero_n3), std::invalid_argument);
  auto nan_mh = rows;
  nan_mh[1].mh_max = NAN;
  EXPECT_THROW(fit_messenger_law(nan_mh), std::invalid_argument);
  EXPECT_THROW(fit_messenger_law({rows.begin(), rows.begin() + 4}), std::invalid_argument);  // no dof
  std::vector<MessengerFitRow> same_n1{{1, 1, 1, 118}, {1, 2, 2, 125}, {1, 3, 3, 129}, {1, 4, 4, 131}, {1, 3, 4, 131}};
  EXPECT_THROW(fit_messenger_law(same_n1), std::invalid_argument);  // N1 collinear with the constant
}

TEST(SeedResults, Table1ListsExactlyTheSeedsSectorsAndOneAsterisk) {
  const auto models = enumerate_seed_models();
  ASSERT_EQ(models.size(), seed::kTable1.size());
  int asterisks = 0;
  for (const auto& m : models) {
    const auto row = seed::table1_row(m.indices);
    ASSERT_TRUE(row.has_value()) << m.indices.to_string();
    asterisks += row->asterisk;
  }
  EXPECT_EQ(asterisks, 1);
  EXPECT_TRUE(seed::table1_row(parse_indices("14/5,4,1"))->asterisk);
  // The SU(5) rows repeat the values of their triples where the seed's table does (N = (k,k,k)).
  for (const auto& s : seed::kTable1Su5) {
    const auto c = parse_content(s.content).indices();
    EXPECT_EQ(c.n1_fifths, s.n1_fifths) << s.content;
    EXPECT_EQ(c.n2, s.n2) << s.content;
    EXPECT_EQ(c.n3, s.n3) << s.content;
  }
  EXPECT_TRUE(seed::table2_row(1e5).has_value());
  EXPECT_FALSE(seed::table2_row(1.5e5).has_value());
}

TEST(SeedResults, PaperTable2IsConsistentWithPaperTable1) {
  // Independent check of the transcribed numbers: the seed's own Table 2 fit at 100 TeV should
  // describe its Table 1 (31 regular rows) to about the rounding of the coefficients.
  std::vector<MessengerFitRow> rows;
  for (const auto& r : seed::kTable1)
    if (!r.asterisk) rows.push_back({r.n1_fifths / 5.0, double(r.n2), double(r.n3), r.mh_max_gev});
  const MessengerFit f = fit_messenger_law(rows);
  const auto p = *seed::table2_row(1e5);
  EXPECT_NEAR(f.a(), p.a, 0.5);
  EXPECT_NEAR(f.d(), p.d, 0.3);
  EXPECT_LT(f.rms, 0.2);
}
