#pragma once
/// \file sector_maxima.hpp
/// The largest allowed M_h of every messenger sector in a scan file (input of `gmsb table` and
/// `gmsb fit`).

#include <string>
#include <vector>

#include "gmsb/messengers.hpp"
#include "analysis/higgs_maximum.hpp"
#include "io/scan_file_reader.hpp"

namespace gmsb::analysis {

/// One sector of a scan file with its maximum.
struct SectorMaximum {
  MessengerIndices n;
  std::string name;  ///< content name stored in the file
  json::Json variant;  ///< /models/variant_json parsed: an empty object for the minimal model of KN99
  /// True for a minimal-model sector (the seed's tables apply to it).
  bool minimal() const { return variant.empty(); }
  HiggsMaximum max;
};

/// find_higgs_maximum() for every model of the file at messenger scale mess_gev and
/// Lambda <= lambda_max_gev, in the file's model order. Throws std::invalid_argument when the
/// messenger scale is not in the file or no Lambda of the file is <= lambda_max_gev.
std::vector<SectorMaximum> sector_maxima(const scanfile::ScanFileReader& file, double mess_gev,
                                         double lambda_max_gev);

/// The messenger scale to analyse when the user gave none: the file's only one, else the seed's
/// 1e8 GeV if the file has it (note says so), else std::invalid_argument listing the choices.
double default_mess(const scanfile::ScanFileInfo& info, std::string& note);

/// Parses a comma-separated list of positive numbers ("5e4,1e5,2e5"); throws std::invalid_argument
/// naming `what`.
std::vector<double> parse_number_list(const std::string& text, const std::string& what);

}  // namespace gmsb::analysis
