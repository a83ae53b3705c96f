// gmsb_make_grid: test harness that writes a "gmsb-scan/1" file by calling SpectrumCalculator
// over a grid (tests/support/scan_fixture). Used to generate the validation numbers of
// docs/validation.md independently of `gmsb scan`. Not part of the program.
//
// usage: gmsb_make_grid OUT.h5 MODELS LAMBDAS TANB_LO:TANB_HI:STEP [MESS] [default|paper]
//   MODELS   "all" (the seed's 32) or "1,1,1;1,3,4"
//   LAMBDAS  comma-separated GeV values, or LO:HI:STEP in GeV
#include <cmath>
#include <cstdio>
#include <exception>
#include <stdexcept>
#include <string>
#include <vector>

#include "../support/scan_fixture.hpp"

namespace {

std::vector<double> range_or_list(const std::string& s) {
  std::vector<double> v;
  if (s.find(':') != std::string::npos) {
    double lo = 0, hi = 0, step = 0;
    if (std::sscanf(s.c_str(), "%lf:%lf:%lf", &lo, &hi, &step) != 3 || step <= 0) throw std::invalid_argument(s);
    for (int i = 0; lo + i * step <= hi * (1 + 1e-12); ++i) v.push_back(lo + i * step);
    return v;
  }
  size_t pos = 0;
  while (true) {
    const size_t c = s.find(',', pos);
    v.push_back(std::stod(s.substr(pos, c == std::string::npos ? std::string::npos : c - pos)));
    if (c == std::string::npos) break;
    pos = c + 1;
  }
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: %s OUT.h5 MODELS LAMBDAS TANB_LO:HI:STEP [MESS] [default|paper]\n", argv[0]);
    return 2;
  }
  try {
    gmsb::fixture::FixtureGrid g;
    const std::string models = argv[2];
    if (models == "all") {
      for (const auto& m : gmsb::enumerate_seed_models()) g.models.push_back(m.indices);
    } else {
      size_t pos = 0;
      while (true) {
        const size_t c = models.find(';', pos);
        g.models.push_back(gmsb::parse_indices(models.substr(pos, c == std::string::npos ? std::string::npos : c - pos)));
        if (c == std::string::npos) break;
        pos = c + 1;
      }
    }
    g.lambda_gev = range_or_list(argv[3]);
    g.tanb = range_or_list(argv[4]);
    g.mess_gev = {argc > 5 ? std::stod(argv[5]) : 1e8};
    const std::string preset = argc > 6 ? argv[6] : "default";
    if (preset == "paper")
      g.settings = gmsb::Settings::kn99_paper();
    else if (preset != "default")
      throw std::invalid_argument("preset must be default or paper");
    const auto data = gmsb::fixture::compute_fixture(g);
    gmsb::fixture::write_fixture(argv[1], data);
    std::printf("wrote %s: %zu models x %zu Lambda x %zu tan(beta), preset %s\n", argv[1], g.models.size(),
                g.lambda_gev.size(), g.tanb.size(), preset.c_str());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gmsb_make_grid: %s\n", e.what());
    return 2;
  }
  return 0;
}
