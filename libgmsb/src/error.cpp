#include "gmsb/error.hpp"

namespace gmsb {

const char* error_kind_name(ErrorKind k) {
  switch (k) {
    case ErrorKind::kUsage: return "usage";
    case ErrorKind::kInput: return "input";
    case ErrorKind::kConfiguration: return "configuration";
    case ErrorKind::kIo: return "i/o";
  }
  return "unknown";
}

}  // namespace gmsb
