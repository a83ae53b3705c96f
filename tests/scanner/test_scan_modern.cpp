// Method "modern" through `gmsb scan` (issue 6 item 3): the file records the method and the SM
// inputs, and the scanned values equal SpectrumCalculator with the same settings.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "gmsb/spectrum_calculator.hpp"
#include "io/scan_file.hpp"
#include "internal_namespaces.hpp"

namespace fs = std::filesystem;

TEST(ScanModern, FileRecordsMethodAndMatchesLibrary) {
  const fs::path dir = fs::temp_directory_path() / ("gmsb_scan_modern_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const fs::path cfg = dir / "modern.yaml", out = dir / "modern.h5";
  std::ofstream(cfg) << "models: [[1,1,1], \"5+5bar+10+10bar\"]\n"
                        "lambda: [50000, 150000]\n"
                        "tanb: [10, 30]\n"
                        "mess: [1.0e8]\n"
                        "method: modern\n";
  const std::string cmd = std::string(GMSB_BINARY) + " scan " + cfg.string() + " -o " + out.string() + " --force --quiet";
  ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;

  const gmsb::scan::ScanFileData d = gmsb::scan::read_scan_file(out.string());
  EXPECT_EQ(d.string_attrs.at("method"), "modern");
  // Method modern defaults to the PDG 2024 inputs (m_t = 172.57 GeV).
  EXPECT_NE(d.string_attrs.at("sm_inputs_json").find("172.57"), std::string::npos);

  gmsb::Settings settings;
  settings.method = gmsb::HiggsMethod::kModern;
  const gmsb::SpectrumCalculator calc(gmsb::SMInputs::pdg2024(), settings);
  const auto& mh = d.quantity("mh");
  for (std::size_t m = 0; m < 2; ++m)
    for (std::size_t l = 0; l < 2; ++l)
      for (std::size_t t = 0; t < 2; ++t) {
        const gmsb::MessengerIndices n = m == 0 ? gmsb::parse_indices("1,1,1") : gmsb::parse_indices("4,4,4");
        const gmsb::PointResult r = calc.compute({n, d.lambda_gev[l], 1e8, d.tanb[t], +1});
        ASSERT_EQ(r.status, 0u);
        EXPECT_NEAR(mh[d.index(m, 0, l, t)], r.mh, 1e-6) << m << " " << l << " " << t;
        // Present-day Higgs masses: well below the kn99 values, around 105-120 GeV here.
        EXPECT_GT(r.mh, 100.0);
        EXPECT_LT(r.mh, 122.0);
      }
  fs::remove_all(dir);
}
