#include "scan/scan_lines.hpp"

namespace gmsb::scan {

std::vector<PointResult> compute_scan_line(const ScanConfig& cfg, const SpectrumCalculator& calc, std::size_t line) {
  if (cfg.one_dimensional()) {
    const ListPoint& p = cfg.point_list.at(line);
    PointInput in = cfg.models[p.model].input(p.lambda_gev, p.mess_gev, p.tanb, p.sign_mu);
    in.c_grav = cfg.c_grav;
    return {calc.compute(in)};
  }
  const std::size_t n_tanb = cfg.tanb.size(), n_mess = cfg.mess_gev.size();
  const std::size_t t = line % n_tanb, mk = line / n_tanb, m = mk / n_mess, k = mk % n_mess;
  if (cfg.mess_axis == MessAxis::kGeV) {
    PointInput base = cfg.models[m].input(cfg.lambda_gev.front(), cfg.mess_gev[k], cfg.tanb[t], cfg.sign_mu);
    base.c_grav = cfg.c_grav;
    return calc.compute_lambda_line(base, cfg.lambda_gev);
  }
  std::vector<PointInput> inputs;  // M tied to Lambda: a new M at every point of the line
  inputs.reserve(cfg.lambda_gev.size());
  for (double l : cfg.lambda_gev) {
    inputs.push_back(cfg.models[m].input(l, cfg.mess_at(k, l), cfg.tanb[t], cfg.sign_mu));
    inputs.back().c_grav = cfg.c_grav;
  }
  return calc.compute_line(inputs);
}

}  // namespace gmsb::scan
