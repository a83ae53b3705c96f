#pragma once
/// \file scan_file_check.hpp
/// The check of a scan file before it is resumed (docs/reliability.md): every chunk holding a
/// line marked done is read (HDF5 verifies its Fletcher32 checksum) and the done lines must
/// have no point not_computed. Blocks that fail are reported naming the dataset; `--repair`
/// rebuilds the file without them (rebuild_scan_file) and recomputes exactly their lines.
///
/// \code
///   gmsb::scan::FileCheck c = gmsb::scan::check_scan_file("scan.h5");
///   if (!c.problems.empty()) std::puts(c.problems.front().c_str());
/// \endcode

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "config/scan_config.hpp"
#include "io/scan_file.hpp"
#include "io/scan_store.hpp"

namespace gmsb::scan {

struct FileCheck {
  GridShape shape;
  std::vector<std::uint8_t> done;       ///< done-marks of the lines that passed (per line)
  /// Write blocks (GridShape::block_of_line) whose chunks cannot be read (to be rewritten
  /// whole), with done lines or without (a write that failed midway: nothing lost).
  std::vector<std::size_t> bad_blocks;
  std::vector<std::size_t> bad_lines;   ///< lines marked done in those blocks
  std::vector<std::string> problems;    ///< one per bad block with done lines: file, dataset, where, what
};

/// Checks a gmsb-scan/1 file with done-marks (throws gmsb::IoError if it cannot be opened or
/// has no /bookkeeping/line_done).
FileCheck check_scan_file(const std::string& path);

/// Makes a new file for `cfg` at `path` (under a temporary name, renamed over the old file once
/// written) holding the lines of the old file that passed `check`, and returns its writer: how
/// a file with damaged blocks is resumed, since a damaged chunk index can be neither read nor
/// written. The lines of the damaged blocks are then computed again.
ScanFileWriter rebuild_scan_file(const std::string& path, const ScanConfig& cfg, const ScanMeta& meta,
                                 const FileCheck& check);

}  // namespace gmsb::scan
