// Regression against the seed's Table 1 (Kaeding & Nandi, OSU-HEP-99-02): the largest allowed
// M_h over tan(beta) at Lambda = 100 TeV, M = 1e8 GeV. Tolerances from docs/physics.md §9.3; the
// measured deviations are recorded in docs/validation.md.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>

#include "analysis/seed_results.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;

namespace {

/// The seed's Table 1 value for a triple (the project's single copy: gmsb/seed_results.hpp).
double paper_value(const MessengerIndices& n) {
  const auto row = seed::table1_row(n);
  EXPECT_TRUE(row.has_value()) << n.to_string();
  return row ? row->mh_max_gev : 0.0;
}

struct Maximum {
  double mh = -1, tanb = 0;
  StatusMask next_status = 0;  // status of the grid point just above the maximum in tan(beta)
};

/// Largest M_h over allowed points (status == 0), tan(beta) = 1.5 ... 60 in steps of 0.25.
Maximum max_over_tanb(const SpectrumCalculator& calc, const MessengerIndices& n) {
  Maximum best;
  std::vector<PointResult> all;
  std::vector<double> tanbs;
  for (double tb = 1.5; tb <= 60.0 + 1e-9; tb += 0.25) {
    tanbs.push_back(tb);
    all.push_back(calc.compute({n, 1e5, 1e8, tb, +1}));
  }
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i].status == 0 && all[i].mh > best.mh) {
      best.mh = all[i].mh;
      best.tanb = tanbs[i];
      best.next_status = i + 1 < all.size() ? all[i + 1].status : 0;
    }
  return best;
}

}  // namespace

TEST(SeedTable1, PaperPresetReproducesEveryRegularRowWithin1GeV) {
  // docs/physics.md §9.3 suggested assertion: with m_t = 169 GeV in the Higgs formula ("paper" preset,
  // an empirical calibration of the seed's unstated top-mass prescription), every regular
  // entry within 1.0 GeV.
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99_paper());
  double worst = 0;
  for (const auto& m : enumerate_seed_models()) {
    const std::string key = m.indices.to_string();
    if (key == "14/5,4,1") continue;
    const Maximum best = max_over_tanb(calc, m.indices);
    const double diff = best.mh - paper_value(m.indices);
    std::printf("[paper preset] %-9s ours %7.2f paper %6.1f diff %+5.2f at tanb %5.2f\n", key.c_str(), best.mh,
                paper_value(m.indices), diff, best.tanb);
    EXPECT_NEAR(diff, 0.0, 1.0) << key;
    // "typically near tan(beta) = 29"; otherwise the maximum must sit on the stau boundary
    // (Q-only messengers, N1 = 1/5: the light right-handed stau excludes tan(beta) > ~20).
    if (std::fabs(best.tanb - 29) > 3.0) {
      EXPECT_TRUE(has(best.next_status, StatusBit::kStauTachyon)) << key << " max at tanb " << best.tanb;
    }
    worst = std::max(worst, std::fabs(diff));
  }
  std::printf("[paper preset] worst |difference| = %.2f GeV\n", worst);
}

TEST(SeedTable1, DefaultPresetHasTheExpectedUniformOffset) {
  // docs/physics.md §9.3: with m_t(m_t) (the default) the maxima are uniformly below the paper,
  // offset -2.6 +- 0.17 GeV in the prototype; assertion: mean offset within 1.5 GeV of -2.6
  // and a small spread (the N-dependence is reproduced).
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  double sum = 0, sum2 = 0;
  int n = 0;
  for (const auto& m : enumerate_seed_models()) {
    const std::string key = m.indices.to_string();
    if (key == "14/5,4,1") continue;
    const Maximum best = max_over_tanb(calc, m.indices);
    const double diff = best.mh - paper_value(m.indices);
    std::printf("[default preset] %-9s ours %7.2f paper %6.1f diff %+5.2f at tanb %5.2f\n", key.c_str(), best.mh,
                paper_value(m.indices), diff, best.tanb);
    sum += diff;
    sum2 += diff * diff;
    ++n;
  }
  const double mean = sum / n, rms = std::sqrt(sum2 / n - mean * mean);
  std::printf("[default preset] mean offset %.2f GeV, spread %.2f GeV over %d rows\n", mean, rms, n);
  EXPECT_NEAR(mean, -2.6, 1.5);
  EXPECT_LT(rms, 0.5);
}

TEST(SeedTable1, StarredRowSitsOnTheNoEwsbBoundary) {
  // docs/physics.md §6.6 item 10, 9.3: (14/5,4,1) = 108.6*: within 3 GeV, maximum at tan(beta) < 5, on the
  // boundary of the no-EWSB region (not the stau region).
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  const Maximum best = max_over_tanb(calc, parse_indices("14/5,4,1"));
  std::printf("[default preset] 14/5,4,1 ours %.2f paper 108.6* at tanb %.2f\n", best.mh, best.tanb);
  EXPECT_NEAR(best.mh, 108.6, 3.0);
  EXPECT_LT(best.tanb, 5.0);
  EXPECT_TRUE(has(best.next_status, StatusBit::kNoEwsb));
  EXPECT_FALSE(has(best.next_status, StatusBit::kStauTachyon));
}

TEST(SeedTable1, Su5RowsAreTheSameTriples) {
  // The SU(5) rows of Table 1 are triples of the enumeration with the same paper value.
  for (const auto& row : seed::kTable1Su5) {
    const MessengerIndices n = parse_content(row.content).indices();
    EXPECT_EQ(n, (MessengerIndices{row.n1_fifths, row.n2, row.n3})) << row.content;
    EXPECT_DOUBLE_EQ(paper_value(n), row.mh_max_gev) << row.content;
  }
}
