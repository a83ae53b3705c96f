#pragma once
/// \file scan_file_layout.hpp
/// The names of the HDF5 layout "gmsb-scan/1" (docs/hdf5-layout.md): root attributes, groups and
/// datasets. The writer (scan_file.cpp) and the reader (scan_file_reader.cpp) both take every
/// name from here, so the layout is spelled out once.
///
/// \code
///   H5Dopen2(file, gmsb::scanfile::layout::kAxisLambda, H5P_DEFAULT);
///   std::string p = gmsb::scanfile::layout::result_path("mh");  // "/results/mh"
/// \endcode

#include <map>
#include <string>

namespace gmsb::scanfile {

/// The layout name stored in the root attribute `format`.
constexpr const char* kFormat = "gmsb-scan/1";

/// Scalar string and integer attributes of one HDF5 object, by name.
struct Attributes {
  std::map<std::string, std::string> strings;
  std::map<std::string, long long> ints;

  /// The string attribute `name`, or `fallback` if absent.
  std::string string_or(const std::string& name, const std::string& fallback) const {
    const auto it = strings.find(name);
    return it == strings.end() ? fallback : it->second;
  }
  /// The integer attribute `name`, or `fallback` if absent.
  long long int_or(const std::string& name, long long fallback) const {
    const auto it = ints.find(name);
    return it == ints.end() ? fallback : it->second;
  }
};

namespace layout {

// Root attributes.
constexpr const char* kAttrFormat = "format";
constexpr const char* kAttrProgramVersion = "program_version";
constexpr const char* kAttrConfigYaml = "config_yaml";
constexpr const char* kAttrConfigPath = "config_path";
constexpr const char* kAttrMethod = "method";
/// What the tan(beta) axis means: "drbar_mz" (modern) or "input_at_msusy" (kn99), docs/physics.md §4.5;
/// additive, older files lack it (then: input_at_msusy, the only convention before).
constexpr const char* kAttrTanbConvention = "tanb_convention";
constexpr const char* kAttrSettingsJson = "settings_json";
constexpr const char* kAttrSmInputsJson = "sm_inputs_json";
constexpr const char* kAttrSignMu = "sign_mu";
constexpr const char* kAttrStartTime = "start_time";
constexpr const char* kAttrEndTime = "end_time";
constexpr const char* kAttrComplete = "complete";
constexpr const char* kAttrPointsTotal = "points_total";
constexpr const char* kAttrPointsDone = "points_done";

// Scan shapes (docs/hdf5-layout.md, "Scan shapes"); files without them are grids with /axes/mess.
constexpr const char* kAttrShape = "shape";          ///< "grid" (default), "points" or "samples"
constexpr const char* kAttrMessAxis = "mess_axis";   ///< grids: "mess" (default), "mess_over_lambda" or "x"
constexpr const char* kAttrSamplesMethod = "samples_method";  ///< samples: "uniform" or "latin_hypercube"
constexpr const char* kAttrSamplesSeed = "samples_seed";      ///< samples: the seed as decimal text (uint64)
constexpr const char* kAttrSamplesCount = "samples_count";    ///< samples: parameter points (x models = points)
constexpr const char* kAttrSampleBatches = "sample_batches";  ///< samples: Latin-hypercube batch sizes "n1,n2,..."

// Groups and datasets. Axes and models are 1-D ([n]) except /models/N ([n_models, 3]).
constexpr const char* kAxes = "/axes";
constexpr const char* kAxisLambda = "/axes/lambda";  ///< GeV
constexpr const char* kAxisTanb = "/axes/tanb";
constexpr const char* kAxisMess = "/axes/mess";  ///< GeV
/// The M axis of a grid: /axes/mess (GeV), /axes/mess_over_lambda or /axes/x (mess_axis names it).
inline std::string axis_path(const std::string& mess_axis) { return std::string(kAxes) + "/" + mess_axis; }
// The 1-D layout (point lists, samples): one entry per point, [n_points].
constexpr const char* kPoints = "/points";
constexpr const char* kPointsModel = "/points/model";      ///< int32 index into /models
constexpr const char* kPointsLambda = "/points/lambda";    ///< GeV
constexpr const char* kPointsMess = "/points/mess";        ///< GeV (M itself, also when the config tied it)
constexpr const char* kPointsTanb = "/points/tanb";
constexpr const char* kPointsSignMu = "/points/sign_mu";   ///< int32 +1 or -1
constexpr const char* kModels = "/models";
constexpr const char* kModelsN = "/models/N";
constexpr const char* kModelsN1Fifths = "/models/N1_fifths";
constexpr const char* kModelsName = "/models/name";
/// Per-model variant parameters as JSON ("{}" for minimal models); additive, older files lack it.
constexpr const char* kModelsVariantJson = "/models/variant_json";
/// Group of the [model, M, Lambda, tan(beta)] arrays, one per quantity plus `status` and `warnings`.
constexpr const char* kResults = "/results";
constexpr const char* kStatus = "status";  ///< quantity name of the status bit masks
/// Quantity name of the warning bit masks (gmsb::WarningBit), uint32 like `status`; additive:
/// files of earlier versions lack it (they can be read, not resumed).
constexpr const char* kWarnings = "warnings";

/// Group of the file's own bookkeeping (not results; docs/hdf5-layout.md "Bookkeeping").
constexpr const char* kBookkeeping = "/bookkeeping";
/// uint8 [n_models, n_mess, n_tanb], contiguous (allocated at creation, updated in place):
/// 1 = the line (model, M, tan(beta)) over all Lambda is done, written only after its data are
/// on disk. Additive: files of earlier versions lack it (they can be read, not resumed).
constexpr const char* kLineDone = "/bookkeeping/line_done";

// Root-level names of the netCDF view (docs/hdf5-layout.md "Dimension scales"; written by
// dimension_scales.cpp): the root also links every /results dataset under its own name, and
// the scales. The 1-D layout has two datasets of its own there:
/// 1-D layout: the dimension `point`, a dimension scale without stored values (netCDF-4's
/// "dimension but not a variable").
constexpr const char* kPointDimension = "/point";
/// 1-D layout: a copy of /models/name, the dimension scale `model` (the index /points/model counts along it).
constexpr const char* kModelDimension = "/model";

// Dataset attributes.
constexpr const char* kAttrUnits = "units";          ///< on axes in GeV and on every quantity
constexpr const char* kAttrBitNames = "bit_names";   ///< on /results/status and /results/warnings: "0:name,1:name,..."
/// 1-D layout, on every /results dataset: the CF coordinates of a point, the root names of the
/// /points datasets ("model_index lambda mess tanb sign_mu").
constexpr const char* kAttrCoordinates = "coordinates";
/// On /results/status (and /results/warnings): the name of status (warning) bit k.
inline std::string bit_attr(unsigned k) { return "bit_" + std::to_string(k); }

/// Path of the array of one quantity (or kStatus): "/results/<quantity>".
inline std::string result_path(const std::string& quantity) { return std::string(kResults) + "/" + quantity; }

}  // namespace layout
}  // namespace gmsb::scanfile
