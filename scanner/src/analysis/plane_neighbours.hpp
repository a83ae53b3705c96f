#pragma once
/// \file plane_neighbours.hpp
/// The status bits of the four grid neighbours of a point in a (Lambda, tan(beta)) plane: what
/// marks a Table-1 maximum (higgs_maximum) or a 125 GeV point (higgs_target) as lying on the
/// boundary of an excluded region.
///
/// \code
///   StatusMask b = gmsb::analysis::neighbour_status(status, nl, nt, il, it);
/// \endcode

#include <cstddef>
#include <cstdint>
#include <vector>

#include "gmsb/status.hpp"

namespace gmsb::analysis {

/// OR of the status masks of the points next to (il, it) along Lambda and tan(beta) in a plane
/// stored Lambda-major (status[il * nt + it]); with `lambda_ok`, only neighbours at a Lambda
/// index it accepts count.
template <class LambdaOk>
StatusMask neighbour_status(const std::vector<std::uint32_t>& status, std::size_t nl, std::size_t nt, std::size_t il,
                            std::size_t it, LambdaOk lambda_ok) {
  StatusMask mask = 0;
  auto look = [&](std::size_t l, std::size_t t) {
    if (lambda_ok(l)) mask |= status[l * nt + t];
  };
  if (it > 0) look(il, it - 1);
  if (it + 1 < nt) look(il, it + 1);
  if (il > 0) look(il - 1, it);
  if (il + 1 < nl) look(il + 1, it);
  return mask;
}

inline StatusMask neighbour_status(const std::vector<std::uint32_t>& status, std::size_t nl, std::size_t nt,
                                   std::size_t il, std::size_t it) {
  return neighbour_status(status, nl, nt, il, it, [](std::size_t) { return true; });
}

}  // namespace gmsb::analysis
