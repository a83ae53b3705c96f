#include "io/point_json.hpp"

#include "gmsb/nlsp.hpp"

#include <cstddef>
#include <vector>

namespace gmsb::json {

namespace {
std::vector<double> vec(const double* p, std::size_t n) { return std::vector<double>(p, p + n); }

/// The NLSP's decays as [{"pdg": [a, b], "width": GeV, "br": fraction}, ...].
Json nlsp_decays_json(const PointResult& r) {
  Json a = Json::array();
  for (int i = 0; i < r.n_nlsp_decays; ++i) {
    const TwoBodyDecay& d = r.nlsp_decays[i];
    a.push_back({{"pdg", {d.pdg1, d.pdg2}}, {"width", number(d.width_gev)}, {"br", number(d.width_gev / r.nlsp_width_gev)}});
  }
  return a;
}
}  // namespace

Json point_json(const PointInput& in, HiggsMethod method, const PointResult& r) {
  Json j;
  j["N"] = in.n.to_string();
  j["lambda"] = number(in.lambda_gev);
  j["mess"] = number(in.mess_gev);
  j["tanb"] = number(in.tanb);
  j["sign_mu"] = in.sign_mu;
  j["method"] = method_name(method);
  j["mh"] = number(r.mh);
  j["mH"] = number(r.mH);
  j["mA"] = number(r.mA);
  j["mHpm"] = number(r.mHpm);
  j["mu"] = number(r.mu);
  j["B"] = number(r.B);
  j["mstau1_sq"] = number(r.mstau1_sq);
  j["mstau1"] = number(r.mstau1);
  j["mstau2"] = number(r.mstau2);
  j["mstop1"] = number(r.mstop1);
  j["mstop2"] = number(r.mstop2);
  j["msbottom1"] = number(r.msbottom1);
  j["msbottom2"] = number(r.msbottom2);
  j["mgluino"] = number(r.mgluino);
  j["M1"] = number(r.M1);
  j["M2"] = number(r.M2);
  j["M3"] = number(r.M3);
  j["msquark_uL"] = number(r.msquark_uL);
  j["msquark_dL"] = number(r.msquark_dL);
  j["mselectron_R"] = number(r.mselectron_R);
  j["mneutralino"] = numbers(vec(r.mneutralino.data(), 4));
  j["mchargino"] = numbers(vec(r.mchargino.data(), 2));
  j["At"] = number(r.at_msusy[kAt]);
  j["msusy"] = number(r.msusy);
  j["mt_higgs"] = number(r.mt_higgs);
  j["status"] = strings(status_names(r.status));
  j["warnings"] = strings(warning_names(r.warnings));  // added after the golden files
  // Added with the gravitino and NLSP (docs/physics.md §11); mneutralino and mchargino above have all four and both.
  j["msneutrino_tau"] = number(r.msneutrino_tau);
  j["c_grav"] = number(in.c_grav);
  j["m_gravitino"] = number(r.m_gravitino);
  j["nlsp_kind"] = nlsp_kind_name(r.nlsp_kind);
  j["nlsp_pdg"] = r.nlsp_pdg;
  j["m_nlsp"] = number(r.m_nlsp);
  j["nlsp_width"] = number(r.nlsp_width_gev);
  j["nlsp_ctau"] = number(r.nlsp_ctau_m);
  j["nlsp_decays"] = nlsp_decays_json(r);
  j["mh_uncertainty"] = number(r.mh_uncertainty);       // docs/physics.md §7.5 (null: not estimated)
  j["tanb_mz"] = number(r.tanb_mz);                     // docs/physics.md §4.5
  j["tanb_msusy"] = number(r.tanb_msusy);
  j["tanb_convention"] = tanb_convention_name(method);
  return j;
}

}  // namespace gmsb::json
