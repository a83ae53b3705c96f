#pragma once
/// \file scan_fixture.hpp
/// Test support: small scan files in the "gmsb-scan/1" HDF5 layout, filled by calling
/// gmsb::SpectrumCalculator over a grid, so that the analysis commands (`gmsb table`, `gmsb fit`,
/// scripts/plot_contours.py) are tested on physically meaningful data without `gmsb scan`.
/// Not part of the program.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "gmsb/messengers.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"
#include "internal_namespaces.hpp"

namespace gmsb::fixture {

/// The grid of a fixture file.
struct FixtureGrid {
  std::vector<MessengerIndices> models;
  std::vector<double> lambda_gev, tanb, mess_gev;
  int sign_mu = +1;
  Settings settings = Settings::kn99();
  SMInputs sm = SMInputs::kn99();
};

/// Computed contents of a fixture file: /results/<q> flattened [model][mess][lambda][tanb].
struct FixtureData {
  FixtureGrid grid;
  std::vector<std::string> names;                        ///< content names of the models
  std::vector<std::string> variant_json;                 ///< /models/variant_json (written only if not empty)
  std::map<std::string, std::vector<double>> results;    ///< every quantity of "gmsb-scan/1"
  std::vector<std::uint32_t> status;
  std::string format = "gmsb-scan/1";

  std::size_t index(std::size_t m, std::size_t k, std::size_t il, std::size_t it) const {
    return ((m * grid.mess_gev.size() + k) * grid.lambda_gev.size() + il) * grid.tanb.size() + it;
  }
};

/// The quantities of "gmsb-scan/1" (/results/<q>, besides status).
const std::vector<std::string>& fixture_quantities();

/// Computes every point of the grid (OpenMP over Lambda lines).
FixtureData compute_fixture(const FixtureGrid& grid);

/// Writes the data as a "gmsb-scan/1" file (complete = 1). Throws std::runtime_error on failure.
void write_fixture(const std::string& path, const FixtureData& data);

}  // namespace gmsb::fixture
