#pragma once
/// \file sector_targets.hpp
/// `gmsb table FILE --target-mh GEV`: for every messenger sector of a scan file, the lightest point
/// whose M_h reaches the target within its uncertainty (higgs_target.hpp), with the gluino, stop,
/// NLSP masses and tan(beta) there.

#include <string>
#include <vector>

#include "analysis/higgs_target.hpp"
#include "gmsb/messengers.hpp"
#include "io/scan_file_reader.hpp"

namespace gmsb::analysis {

struct SectorTarget {
  MessengerIndices n;
  std::string name;         ///< content name stored in the file
  HiggsTarget point;        ///< the lightest point reaching the target
  double mgluino_gev = 0;   ///< gluino pole mass there (NaN if not found)
  double mstop1_gev = 0;    ///< lighter stop there
  double m_nlsp_gev = 0;    ///< NLSP mass there (NaN if not found or the file has no m_nlsp)
  double nlsp_kind = 0;     ///< NLSP code there (gmsb/nlsp.hpp; NaN if not found or the file has no nlsp_kind)
  double tanb_msusy = 0;    ///< tan(beta) at M_SUSY there (NaN if the file has no tanb_msusy)
};

/// The files' optional datasets this table uses when present.
struct SectorTargetColumns {
  bool uncertainty = false;  ///< /results/mh_uncertainty (else Delta M_h = 0)
  bool nlsp = false;         ///< /results/m_nlsp
  bool tanb_msusy = false;   ///< /results/tanb_msusy
};

/// find_lightest_reaching() for every model of the file at messenger scale mess_gev, in the file's
/// model order; `columns` receives which optional datasets the file has.
std::vector<SectorTarget> sector_targets(const scanfile::ScanFileReader& file, double mess_gev, double target_gev,
                                         SectorTargetColumns& columns);

}  // namespace gmsb::analysis
