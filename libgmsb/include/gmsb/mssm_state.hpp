#pragma once
/// \file mssm_state.hpp
/// The running MSSM parameters as one state vector (the RG integrators' unknowns and the
/// PointResult's parameters at M_SUSY and at M). Units: GeV, GeV^2 for squared masses;
/// t = ln(Q/GeV); GUT-normalised g1; SLHA signs (a_t = A_t y_t, b = B mu).

#include <array>

namespace gmsb {

/// Index of each running MSSM parameter in an MssmState.
enum MssmIndex : int {
  kG1, kG2, kG3,             ///< gauge couplings (g1 GUT normalised)
  kYt, kYb, kYtau,           ///< third-generation Yukawas
  kM1, kM2, kM3,             ///< gaugino masses (GeV)
  kAt, kAb, kAtau,           ///< third-generation trilinears A (GeV), a = A y
  kMHu2, kMHd2,              ///< Higgs soft masses squared (GeV^2)
  kMQ3, kMU3, kMD3, kML3, kME3,  ///< third-generation soft masses squared (GeV^2)
  kMQ1, kMU1, kMD1, kML1, kME1,  ///< first (= second) generation soft masses squared (GeV^2)
  kMu,                       ///< superpotential mu (GeV)
  kBmu,                      ///< b = B mu (GeV^2)
  kMssmSize
};
using MssmState = std::array<double, kMssmSize>;

}  // namespace gmsb
