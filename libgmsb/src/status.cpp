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

namespace {
/// The names of the bits of `bits` set in m, in the order of `bits`.
template <class Bit>
std::vector<std::string> names_of_set_bits(std::uint32_t m, const std::vector<Bit>& bits, const char* (*name)(Bit)) {
  std::vector<std::string> out;
  for (Bit b : bits)
    if (has(m, b)) out.emplace_back(name(b));
  return out;
}
}  // namespace

std::vector<std::string> status_names(StatusMask m) { return names_of_set_bits(m, all_status_bits(), status_bit_name); }

const char* warning_bit_name(WarningBit b) {
  switch (b) {
    case WarningBit::kMsusyUnderRelaxed: return "msusy_under_relaxed";
    case WarningBit::kHiggsEftFallback: return "higgs_eft_fallback";
    case WarningBit::kThresholdTachyon: return "threshold_tachyon";
    case WarningBit::kEwsbLostInIteration: return "ewsb_lost_in_iteration";
    case WarningBit::kLepChargino: return "lep_chargino";
    case WarningBit::kLepSlepton: return "lep_slepton";
    case WarningBit::kLepNeutralinoNlsp: return "lep_neutralino_nlsp";
  }
  return "unknown";
}

const std::vector<WarningBit>& all_warning_bits() {
  static const std::vector<WarningBit> bits{WarningBit::kMsusyUnderRelaxed, WarningBit::kHiggsEftFallback,
                                            WarningBit::kThresholdTachyon, WarningBit::kEwsbLostInIteration,
                                            WarningBit::kLepChargino,       WarningBit::kLepSlepton,
                                            WarningBit::kLepNeutralinoNlsp};
  return bits;
}

std::vector<std::string> warning_names(WarningMask m) {
  return names_of_set_bits(m, all_warning_bits(), warning_bit_name);
}

}  // namespace gmsb
