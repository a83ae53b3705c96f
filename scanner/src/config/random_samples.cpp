#include "config/random_samples.hpp"

#include <random>
#include <stdexcept>

namespace gmsb::scan {

std::uint64_t splitmix64(std::uint64_t x) {
  // Steele, Lea, Flood, "Fast splittable pseudorandom number generators" (OOPSLA 2014), mix64.
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

namespace {
double unit(std::mt19937_64& g) { return double(g() >> 11) * 0x1.0p-53; }  // [0, 1), 53 bits
}  // namespace

std::array<double, 3> sample_uniforms(std::uint64_t seed, std::uint64_t i) {
  std::mt19937_64 g(splitmix64(splitmix64(seed) ^ i));
  std::array<double, 3> u{};
  for (double& v : u) v = unit(g);
  return u;
}

std::vector<std::uint32_t> lhs_permutation(std::uint64_t seed, std::uint64_t start, std::size_t n, unsigned d) {
  if (n > 0xffffffffULL) throw std::length_error("lhs_permutation: batch too large");
  std::vector<std::uint32_t> p(n);
  for (std::size_t j = 0; j < n; ++j) p[j] = std::uint32_t(j);
  std::mt19937_64 g(splitmix64(splitmix64(seed) ^ splitmix64(start) ^ (d + 1)));
  for (std::size_t k = n; k-- > 1;) {  // Fisher-Yates: swap k with a uniform index in [0, k]
    const std::size_t r = std::size_t((static_cast<unsigned __int128>(g()) * (k + 1)) >> 64);
    std::swap(p[k], p[r]);
  }
  return p;
}

std::vector<ListPoint> draw_samples(const SampleSpec& spec, std::size_t n_models, int sign_mu) {
  std::vector<ListPoint> out;
  out.reserve(spec.count * n_models);
  const SampleRange* ranges[3] = {&spec.lambda, &spec.mess, &spec.tanb};
  auto add = [&](const std::array<double, 3>& u) {
    const double lambda = ranges[0]->at(u[0]);
    const double mess = mess_of(spec.mess_axis, ranges[1]->at(u[1]), lambda);
    const double tanb = ranges[2]->at(u[2]);
    for (std::size_t m = 0; m < n_models; ++m) out.push_back({m, lambda, mess, tanb, sign_mu});
  };
  if (spec.method == SampleMethod::kUniform) {
    for (std::size_t i = 0; i < spec.count; ++i) add(sample_uniforms(spec.seed, i));
    return out;
  }
  std::size_t start = 0;
  for (std::size_t n : spec.batches) {
    std::vector<std::uint32_t> perm[3];
    for (unsigned d = 0; d < 3; ++d) perm[d] = lhs_permutation(spec.seed, start, n, d);
    for (std::size_t j = 0; j < n; ++j) {
      std::array<double, 3> u = sample_uniforms(spec.seed, start + j);
      for (unsigned d = 0; d < 3; ++d) u[d] = (perm[d][j] + u[d]) / double(n);
      add(u);
    }
    start += n;
  }
  return out;
}

}  // namespace gmsb::scan
