#pragma once
/// \file analysis_input.hpp
/// What `gmsb table` and `gmsb fit` share before their own work: the messenger scale to analyse
/// and the notes about the file on stderr.
///
/// \code
///   gmsb::scanfile::ScanFileReader file(path);
///   const double mess = gmsb::analysis::messenger_scale(std::nullopt, file.info(), "gmsb table");
/// \endcode

#include <optional>

#include "io/scan_file_reader.hpp"

namespace gmsb::analysis {

/// The messenger scale to analyse: `mess` (the --mess option) if given, else default_mess() (its
/// note goes to stderr prefixed by `command`). Also warns on stderr when the file is incomplete.
double messenger_scale(std::optional<double> mess, const scanfile::ScanFileInfo& info, const char* command);

}  // namespace gmsb::analysis
