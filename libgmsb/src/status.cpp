#include "gmsb/status.hpp"

namespace gmsb {

const char* status_bit_name(StatusBit b) {
  switch (b) {
    case StatusBit::kStauTachyon: return "stau_tachyon";
    case StatusBit::kSfermionTachyon: return "sfermion_tachyon";
    case StatusBit::kNoEwsb: return "no_ewsb";
    case StatusBit::kHiggsTachyon: return "higgs_tachyon";
    case StatusBit::kNonPerturbative: return "non_perturbative";
    case StatusBit::kNoConvergence: return "no_convergence";
    case StatusBit::kNotComputed: return "not_computed";
  }
  return "unknown";
}

const std::vector<StatusBit>& all_status_bits() {
  static const std::vector<StatusBit> bits{StatusBit::kStauTachyon,     StatusBit::kSfermionTachyon,
                                           StatusBit::kNoEwsb,          StatusBit::kHiggsTachyon,
                                           StatusBit::kNonPerturbative, StatusBit::kNoConvergence,
                                           StatusBit::kNotComputed};
  return bits;
}

std::vector<std::string> status_names(StatusMask m) {
  std::vector<std::string> out;
  for (StatusBit b : all_status_bits())
    if (has(m, b)) out.emplace_back(status_bit_name(b));
  return out;
}

const char* warning_bit_name(WarningBit b) {
  switch (b) {
    case WarningBit::kMsusyUnderRelaxed: return "msusy_under_relaxed";
    case WarningBit::kHiggsEftFallback: return "higgs_eft_fallback";
    case WarningBit::kThresholdTachyon: return "threshold_tachyon";
    case WarningBit::kEwsbLostInIteration: return "ewsb_lost_in_iteration";
  }
  return "unknown";
}

const std::vector<WarningBit>& all_warning_bits() {
  static const std::vector<WarningBit> bits{WarningBit::kMsusyUnderRelaxed, WarningBit::kHiggsEftFallback,
                                            WarningBit::kThresholdTachyon, WarningBit::kEwsbLostInIteration};
  return bits;
}

std::vector<std::string> warning_names(WarningMask m) {
  std::vector<std::string> out;
  for (WarningBit b : all_warning_bits())
    if (has(m, b)) out.emplace_back(warning_bit_name(b));
  return out;
}

}  // namespace gmsb
