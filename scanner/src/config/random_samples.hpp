#pragma once
/// \file random_samples.hpp
/// Random samples of (Lambda, M, tan(beta)) for `samples:` configs (docs/configs.md, "Random
/// samples"), reproducible whatever the number of threads or ranks: sample i is a pure function
/// of (seed, i) (uniform) or of (seed, i, the Latin-hypercube batch holding i).
///
/// Generator: std::mt19937_64 (fully specified by the C++ standard) seeded per sample with
/// splitmix64(splitmix64(seed) ^ i); a uniform u in [0, 1) is the top 53 bits of one draw times
/// 2^-53; the three draws of a sample are Lambda, M, tan(beta) in this order.
/// Latin hypercube: a batch of n samples starting at s stratifies each parameter into n equal
/// cells; the cell of sample s + j for parameter d is perm_d[j], a Fisher-Yates permutation from
/// std::mt19937_64(splitmix64(splitmix64(seed) ^ splitmix64(s) ^ (d + 1))) with the index
/// floor(draw * (k + 1) / 2^64); within the cell the sample's own u places it. Extending a
/// Latin-hypercube scan appends a new batch: the first samples stay, and each batch is a Latin
/// hypercube on its own (their union is not one).
///
/// \code
///   std::vector<gmsb::scan::ListPoint> p = gmsb::scan::draw_samples(spec, n_models, sign_mu);
/// \endcode

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "config/scan_shape.hpp"

namespace gmsb::scan {

/// The splitmix64 finaliser (Steele, Lea, Flood 2014): a bijective 64-bit mix.
std::uint64_t splitmix64(std::uint64_t x);

/// The three uniforms in [0, 1) of sample i (Lambda, M, tan(beta)).
std::array<double, 3> sample_uniforms(std::uint64_t seed, std::uint64_t i);

/// Latin-hypercube cells of a batch of n samples starting at `start`, for parameter d: a
/// permutation of 0..n-1.
std::vector<std::uint32_t> lhs_permutation(std::uint64_t seed, std::uint64_t start, std::size_t n, unsigned d);

/// All samples of the spec, each for every model: point p = i * n_models + model for sample i.
std::vector<ListPoint> draw_samples(const SampleSpec& spec, std::size_t n_models, int sign_mu);

}  // namespace gmsb::scan
