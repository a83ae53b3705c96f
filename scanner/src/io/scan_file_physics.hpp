#pragma once
/// \file scan_file_physics.hpp
/// The physics a scan file was computed with, to recompute its points (`gmsb export-slha`):
/// the Settings of the root attribute settings_json, the SMInputs of sm_inputs_json, and the
/// models with their variants (/models/variant_json; a variant is rebuilt from the stored
/// config_yaml and checked against variant_json). docs/hdf5-layout.md.

#include <cstddef>
#include <vector>

#include "config/scan_config.hpp"
#include "io/scan_file_reader.hpp"

namespace gmsb::scanfile {

/// Settings from settings_json (keys of scan::settings_json()); settings that the file does not
/// store keep their defaults. The file's numbers have 10 significant digits: a stored number that is
/// a default rounded (the perturbative limit sqrt(4 pi)) is taken as that default. Throws gmsb::IoError naming the file and the key when a key is missing or mistyped.
Settings stored_settings(const ScanFileInfo& info);
/// SMInputs from sm_inputs_json (a value that is a kn99 or PDG 2024 input rounded to 10 digits is
/// taken as that input); throws gmsb::IoError naming the file and the key.
SMInputs stored_sm_inputs(const ScanFileInfo& info);
/// One scan model per /models entry: the minimal model of its indices, or the variant rebuilt from
/// config_yaml (the model of the same name, whose variant JSON must equal the stored one).
/// Throws gmsb::IoError naming the file and the model when a variant cannot be rebuilt.
std::vector<scan::ScanModel> stored_models(const ScanFileInfo& info);

}  // namespace gmsb::scanfile
