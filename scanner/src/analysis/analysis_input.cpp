#include "analysis/analysis_input.hpp"

#include <cstdio>
#include <string>

#include "analysis/sector_maxima.hpp"
#include "gmsb/error.hpp"

namespace gmsb::analysis {

double messenger_scale(std::optional<double> given, const scanfile::ScanFileInfo& info, const char* command) {
  if (info.one_dimensional())
    throw IoError(info.path + ": is a 1-D scan (shape '" + info.shape + "', docs/hdf5-layout.md): " + command +
                  " needs a grid of Lambda x tan(beta) planes; read the points with h5py or gmsb.open");
  double mess = 0;
  if (given) {
    mess = *given;
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
