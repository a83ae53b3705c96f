// Messenger threshold functions g(x), f(x) (KN99 eqs. (9), (10); docs/physics.md §2.4 values).
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "messengers/messenger_loop_functions.hpp"
#include "internal_namespaces.hpp"

using namespace gmsb;

TEST(ThresholdFunctions, ValuesAtZero) {
  EXPECT_DOUBLE_EQ(messenger_g(0.0), 1.0);
  EXPECT_DOUBLE_EQ(messenger_f(0.0), 1.0);
}

TEST(ThresholdFunctions, ExactValuesAtOne) {
  EXPECT_NEAR(messenger_g(1.0), 2.0 * std::log(2.0), 1e-15);
  EXPECT_NEAR(messenger_f(1.0), 0.702266322108, 1e-11);
}

TEST(ThresholdFunctions, SpecTableValues) {
  EXPECT_NEAR(messenger_g(0.5), 1.0464962875, 1e-9);
  EXPECT_NEAR(messenger_f(0.5), 1.0048749541, 1e-9);
  EXPECT_NEAR(messenger_g(0.9), 1.2213134252, 1e-9);
  EXPECT_NEAR(messenger_f(0.9), 0.9584503477, 1e-9);
  EXPECT_NEAR(messenger_g(0.99), 1.3502053150, 1e-9);
  EXPECT_NEAR(messenger_f(0.99), 0.8068267605, 1e-9);
}

TEST(ThresholdFunctions, ContinuousToOne) {
  // x -> 1: the closed forms approach the exact constants.
  EXPECT_NEAR(messenger_g(1.0 - 1e-9), 2.0 * std::log(2.0), 1e-6);
  EXPECT_NEAR(messenger_f(1.0 - 1e-9), 0.702266322108, 1e-6);
}

TEST(ThresholdFunctions, SeriesAndClosedFormAgreeAtSwitch) {
  // docs/physics.md §9.1: the series and the closed form agree to 1e-12 at x = 0.01.
  const double below = std::nextafter(0.01, 0.0);
  EXPECT_NEAR(messenger_g(below), messenger_g(0.01), 1e-12);
  EXPECT_NEAR(messenger_f(below), messenger_f(0.01), 1e-12);
}

TEST(ThresholdFunctions, SmallXSeries) {
  // docs/physics.md §2.4: g = 1 + x^2/6 + ..., f = 1 + x^2/36 + ...; stable down to tiny x.
  for (double x : {1e-12, 1e-8, 1e-5, 1e-3}) {
    const double x2 = x * x;
    EXPECT_NEAR(messenger_g(x), 1.0 + x2 / 6.0 + x2 * x2 / 15.0, 1e-15);
    EXPECT_NEAR(messenger_f(x), 1.0 + x2 / 36.0 - 11.0 * x2 * x2 / 450.0, 1e-15);
  }
}

TEST(ThresholdFunctions, ShapeOfF) {
  // docs/physics.md §2.4: g rises monotonically; f stays within 0.9% of 1 for x <= 0.8, maximum ~1.0052.
  double prev = 1.0, fmax = 0.0;
  for (double x = 0.01; x < 1.0; x += 0.01) {
    EXPECT_GT(messenger_g(x), prev);
    prev = messenger_g(x);
    if (x <= 0.8) {
      EXPECT_NEAR(messenger_f(x), 1.0, 0.009);
    }
    fmax = std::max(fmax, messenger_f(x));
  }
  EXPECT_NEAR(fmax, 1.0052, 2e-4);
  EXPECT_NEAR(messenger_f(0.8), 0.9919, 1e-4);
}

TEST(ThresholdFunctions, RejectsOutsideDomain) {
  EXPECT_THROW(messenger_g(1.0001), std::domain_error);
  EXPECT_THROW(messenger_f(-0.1), std::domain_error);
  EXPECT_THROW(messenger_g(std::nan("")), std::domain_error);
}
