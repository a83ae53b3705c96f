#include "io/point_json.hpp"

#include <cstddef>
#include <vector>

namespace gmsb::json {

namespace {
std::vector<double> vec(const double* p, std::size_t n) { return std::vector<double>(p, p + n); }
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
  j["warnings"] = strings(warning_names(r.warnings));  // added after the golden files: the last key
  return j;
}

}  // namespace gmsb::json
