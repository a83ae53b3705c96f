#pragma once
/// \file analysis_input.hpp
/// What `gmsb table` and `gmsb fit` share before their own work: the one scan-file argument,
/// the messenger scale to analyse, and the notes about the file on stderr.
///
/// \code
///   const std::string path = gmsb::analysis::scan_file_argument(args);
///   gmsb::scanfile::ScanFileReader file(path);
///   const double mess = gmsb::analysis::messenger_scale(args, file.info(), "gmsb table");
/// \endcode

#include <string>

#include "cli/cli_args.hpp"
#include "io/scan_file_reader.hpp"

namespace gmsb::analysis {

/// The only positional argument (the scan file); cli::UsageError otherwise.
const std::string& scan_file_argument(const cli::Args& args);

/// The messenger scale to analyse: --mess if given, else default_mess() (its note goes to stderr
/// prefixed by `command`). Also warns on stderr when the file is incomplete.
double messenger_scale(const cli::Args& args, const scanfile::ScanFileInfo& info, const char* command);

}  // namespace gmsb::analysis
