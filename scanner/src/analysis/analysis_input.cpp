#include "analysis/analysis_input.hpp"

#include <cstdio>

#include "analysis/sector_maxima.hpp"

namespace gmsb::analysis {

const std::string& scan_file_argument(const cli::Args& args) {
  if (args.positional().size() != 1) throw cli::UsageError("give exactly one scan file (see --help)");
  return args.positional()[0];
}

double messenger_scale(const cli::Args& args, const scanfile::ScanFileInfo& info, const char* command) {
  double mess = 0;
  if (args.has("mess")) {
    mess = args.get_double("mess", 0);
  } else {
    std::string note;
    mess = default_mess(info, note);
    if (!note.empty()) std::fprintf(stderr, "%s: note: %s\n", command, note.c_str());
  }
  if (!info.complete)
    std::fprintf(stderr, "%s: warning: %s is incomplete (%lld of %lld points); missing points are excluded\n",
                 command, info.path.c_str(), info.points_done, info.points_total);
  return mess;
}

}  // namespace gmsb::analysis
