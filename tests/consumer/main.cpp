// Uses only the installed public headers of libgmsb: one point, prints M_h.
#include <cstdio>

#include "gmsb/spectrum_calculator.hpp"
#include "gmsb/version.hpp"

int main() {
  gmsb::SpectrumCalculator calc(gmsb::SMInputs::kn99(), gmsb::Settings::kn99());
  gmsb::PointInput in{gmsb::parse_indices("1,1,1"), 1e5, 1e8, 29.0, +1};
  auto r = calc.compute(in);
  std::printf("libgmsb %s: (1,1,1) Lambda = 1e5 GeV, M = 1e8 GeV, tan(beta) = 29: status %u, M_h = %.2f GeV\n",
              gmsb::kVersion, static_cast<unsigned>(r.status), r.mh);
  if (r.status != 0 || !(r.mh > 100 && r.mh < 140)) {
    std::fprintf(stderr, "gmsb_consumer: expected status 0 and 100 < M_h < 140 GeV\n");
    return 1;
  }
  return 0;
}
