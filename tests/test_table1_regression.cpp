// Regression against the seed's Table 1 (Kaeding & Nandi, OSU-HEP-99-02): the largest allowed
// M_h over tan(beta) at Lambda = 100 TeV, M = 1e8 GeV. Tolerances from physics-spec 9.3; the
// measured deviations are recorded in docs/validation.md.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <map>

#include "gmsb/spectrum.hpp"

using namespace gmsb;

namespace {

const std::map<std::string, double>& paper_table1() {
  // Seed 001, Table 1 (GeV); (14/5,4,1) is the row marked with an asterisk.
  static const std::map<std::string, double> t{
      {"1/5,3,2", 125.1},  {"3/5,3,3", 128.9},  {"4/5,4,2", 125.5},  {"1,1,1", 118.5},    {"1,3,4", 131.5},
      {"6/5,4,3", 129.1},  {"7/5,1,2", 124.8},  {"7/5,3,2", 125.3},  {"8/5,2,1", 119.0},  {"8/5,4,4", 131.7},
      {"9/5,1,3", 128.6},  {"9/5,3,3", 128.9},  {"2,2,2", 125.1},    {"2,4,2", 125.5},    {"11/5,1,1", 118.6},
      {"11/5,1,4", 131.3}, {"11/5,3,1", 119.3}, {"11/5,3,4", 131.6}, {"12/5,2,3", 128.8}, {"12/5,4,3", 129.1},
      {"13/5,1,2", 124.9}, {"13/5,3,2", 125.3}, {"14/5,2,4", 131.5}, {"14/5,4,1", 108.6}, {"14/5,4,4", 131.7},
      {"3,3,3", 129.0},    {"16/5,4,2", 125.6}, {"17/5,1,1", 118.7}, {"17/5,3,4", 131.6}, {"18/5,4,3", 129.1},
      {"19/5,1,2", 124.9}, {"4,4,4", 131.7}};
  return t;
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
  // Spec 9.3 suggested assertion: with m_t = 169 GeV in the Higgs formula ("paper" preset,
  // an empirical calibration of the seed's unstated top-mass prescription), every regular
  // entry within 1.0 GeV.
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99_paper());
  double worst = 0;
  for (const auto& m : enumerate_seed_models()) {
    const std::string key = m.indices.to_string();
    if (key == "14/5,4,1") continue;
    const Maximum best = max_over_tanb(calc, m.indices);
    const double diff = best.mh - paper_table1().at(key);
    std::printf("[paper preset] %-9s ours %7.2f paper %6.1f diff %+5.2f at tanb %5.2f\n", key.c_str(), best.mh,
                paper_table1().at(key), diff, best.tanb);
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
  // Spec 9.3: with m_t(m_t) (the default) the maxima are uniformly below the paper,
  // offset -2.6 +- 0.17 GeV in the prototype; assertion: mean offset within 1.5 GeV of -2.6
  // and a small spread (the N-dependence is reproduced).
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  double sum = 0, sum2 = 0;
  int n = 0;
  for (const auto& m : enumerate_seed_models()) {
    const std::string key = m.indices.to_string();
    if (key == "14/5,4,1") continue;
    const Maximum best = max_over_tanb(calc, m.indices);
    const double diff = best.mh - paper_table1().at(key);
    std::printf("[default preset] %-9s ours %7.2f paper %6.1f diff %+5.2f at tanb %5.2f\n", key.c_str(), best.mh,
                paper_table1().at(key), diff, best.tanb);
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
  // Spec 6.6 item 10, 9.3: (14/5,4,1) = 108.6*: within 3 GeV, maximum at tan(beta) < 5, on the
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
  // The SU(5) rows of Table 1: 5+5bar 118.5, 2x 125.1, 3x 129.0, 4x 131.7, 10+10bar 129.0, 5+10 131.7.
  const char* names[6] = {"5+5bar", "2(5+5bar)", "3(5+5bar)", "4(5+5bar)", "10+10bar", "5+5bar+10+10bar"};
  const char* triples[6] = {"1,1,1", "2,2,2", "3,3,3", "4,4,4", "3,3,3", "4,4,4"};
  for (int i = 0; i < 6; ++i) EXPECT_EQ(parse_content(names[i]).indices().to_string(), triples[i]) << names[i];
}
