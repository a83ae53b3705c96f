#include "io/slha/slha_writer.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "gmsb/status.hpp"
#include "gmsb/version.hpp"

namespace gmsb::slha {

namespace {

/// `%16.8E`, or `%.16E` when `exact` and 9 digits would not read back to the same double.
std::string num(double v, bool exact = false) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%16.8E", v);
  if (exact && std::strtod(buf, nullptr) != v) std::snprintf(buf, sizeof buf, "%.16E", v);
  return buf;
}

/// Blocks built entry by entry; a block without entries is not written (nothing was computed).
class Writer {
 public:
  void block(const std::string& name, const std::string& comment, double q = 0) {
    flush();
    char buf[160];
    if (q > 0)
      std::snprintf(buf, sizeof buf, "Block %s Q= %s   # %s\n", name.c_str(), num(q).c_str(), comment.c_str());
    else
      std::snprintf(buf, sizeof buf, "Block %s   # %s\n", name.c_str(), comment.c_str());
    header_ = buf;
  }
  void text(int i, const std::string& value, const std::string& comment) {
    char buf[256];
    std::snprintf(buf, sizeof buf, "   %6d   %s   # %s\n", i, value.c_str(), comment.c_str());
    body_ += buf;
  }
  void integer(int i, int v, const std::string& comment) { text(i, std::to_string(v), comment); }
  void entry(int i, double v, const std::string& comment, bool exact = false) {
    if (std::isfinite(v)) text(i, num(v, exact), comment);
  }
  void entry2(int i, int j, double v, const std::string& comment, bool exact = false) {
    if (!std::isfinite(v)) return;
    char buf[160];
    std::snprintf(buf, sizeof buf, "  %2d %2d   %s   # %s\n", i, j, num(v, exact).c_str(), comment.c_str());
    body_ += buf;
  }
  void mass(int pdg, double v, const char* name) {
    if (!std::isfinite(v)) return;
    char buf[160];
    std::snprintf(buf, sizeof buf, "  %9d   %s   # %s\n", pdg, num(v).c_str(), name);
    body_ += buf;
  }
  void value(double v, const std::string& comment) {
    if (std::isfinite(v)) body_ += "         " + num(v) + "   # " + comment + "\n";
  }
  void raw(const std::string& s) {
    flush();
    out_ += s;
  }
  std::string str() {
    flush();
    return out_;
  }

 private:
  void flush() {
    if (!body_.empty()) out_ += header_ + body_;
    header_.clear();
    body_.clear();
  }
  std::string out_, header_, body_;
};

bool n5_like(const MessengerIndices& n) { return n.n1_fifths == 5 * n.n2 && n.n2 == n.n3; }
bool positive(double v) { return std::isfinite(v) && v > 0; }

void write_content(Writer& w, int set, const MessengerContent& c) {
  const int counts[] = {c.nQ, c.nU, c.nD, c.nL, c.nE, c.n5, c.n10};
  const char* names[] = {"Q+Qbar", "U+Ubar", "D+Dbar", "L+Lbar", "E+Ebar", "5+5bar", "10+10bar"};
  for (int k = 0; k < 7; ++k)
    if (counts[k] != 0) w.entry2(set, k + 1, counts[k], std::string("pairs ") + names[k] + " of set " + std::to_string(set));
}

void write_inputs(Writer& w, const PointInput& in, const SMInputs& sm, const Settings& s) {
  w.block("MODSEL", "Model selection");
  w.integer(1, 2, "GMSB");
  w.block("SMINPUTS", "Standard Model inputs");
  w.entry(1, sm.alpha_em_inv, "alpha_em^-1(M_Z) MSbar", true);
  w.entry(2, sm.gf, "G_Fermi", true);
  w.entry(3, sm.alpha_s, "alpha_s(M_Z) MSbar", true);
  w.entry(4, sm.mz, "M_Z pole mass", true);
  w.entry(5, sm.mb_mb, "m_b(m_b) MSbar", true);
  w.entry(6, sm.mt_pole, "m_top pole mass", true);
  w.entry(7, sm.mtau_pole, "m_tau pole mass", true);
  w.block("MINPAR", "Input parameters (GMSB)");
  w.entry(1, in.lambda_gev, "Lambda = F/M", true);
  w.entry(2, in.mess_gev, "M_mess", true);
  w.entry(3, in.tanb, "tan(beta)", true);
  w.entry(4, in.sign_mu, "sign(mu)", true);
  if (n5_like(in.n)) w.entry(5, in.n.n2, "N5: number of 5+5bar messenger pairs (N1 = N2 = N3)", true);
  w.entry(6, in.c_grav, "c_grav", true);
  if (!n5_like(in.n)) {
    w.block("GMSBINDICES", "messenger indices (N1, N2, N3): read these, not an N5 (docs/slha.md)");
    w.entry(1, in.n.n1(), "N1 (U(1)_Y, GUT normalised; a multiple of 1/5)", true);
    w.entry(2, in.n.n2, "N2 (SU(2)_L)", true);
    w.entry(3, in.n.n3, "N3 (SU(3)_c)", true);
  }
  const ModelVariant& v = in.variant;
  w.block("GMSBCONTENT", "messenger content: SET KIND pairs (KIND 1-7: Q U D L E 5 10)");
  if (v.primary_content) write_content(w, 1, *v.primary_content);
  for (std::size_t i = 0; i < v.extra_sets.size(); ++i)
    if (v.extra_sets[i].content) write_content(w, int(i) + 2, *v.extra_sets[i].content);
  w.block("GMSBSETS", "further messenger sets: SET FIELD value (1-3 N1 N2 N3, 4 Lambda, 5 Lambda/Lambda_1, 6 M)");
  for (std::size_t i = 0; i < v.extra_sets.size(); ++i) {
    const MessengerSet& m = v.extra_sets[i];
    const int k = int(i) + 2;
    if (!m.content) {
      w.entry2(k, 1, m.n.n1(), "N1", true);
      w.entry2(k, 2, m.n.n2, "N2", true);
      w.entry2(k, 3, m.n.n3, "N3", true);
    }
    if (m.lambda_ratio > 0)
      w.entry2(k, 5, m.lambda_ratio, "Lambda_i/Lambda", true);
    else
      w.entry2(k, 4, m.lambda_gev, "Lambda_i", true);
    w.entry2(k, 6, m.mess_gev, "M_i", true);
  }
  w.block("GMSBVARIANT", "model variant (docs/models.md)");
  if (v.supertrace.active()) {
    if (v.supertrace.s_gev2 != 0)
      w.entry(1, v.supertrace.s_gev2, "messenger supertrace s (GeV^2)", true);
    else
      w.entry(2, v.supertrace.s_ratio, "supertrace s/Lambda^2", true);
    w.entry(3, v.supertrace.lambda_uv_gev, "Lambda_UV (0: the heaviest messenger mass)", true);
  }
  if (v.gravity.enabled) {
    w.entry(11, v.gravity.m0_sq_gev2, "gravity: m0^2 (GeV^2)", true);
    w.entry(12, v.gravity.a0_gev, "gravity: A0", true);
    w.entry(13, v.gravity.m12_gev, "gravity: M_1/2", true);
    w.entry(14, v.gravity.scale_gev, "gravity: M_grav", true);
  }
  if (v.dterm.enabled) {
    const U1Charges& q = v.dterm.charges;
    w.entry(21, v.dterm.m_gev, "D-term m", true);
    w.entry(22, v.dterm.scale_gev, "D-term scale M_D", true);
    const double charges[] = {q.q, q.u, q.d, q.l, q.e, q.hu, q.hd};
    const char* names[] = {"q_Q", "q_U", "q_D", "q_L", "q_E", "q_Hu", "q_Hd"};
    for (int k = 0; k < 7; ++k) w.entry(23 + k, charges[k], std::string("U(1)_A charge ") + names[k], true);
  }
  if (v.seed002_literal_m1) w.integer(31, 1, "seed-002 literal M1");
  w.block("GMSBSETTINGS", "gmsb-scan method and settings (docs/slha.md)");
  w.integer(1, s.method == HiggsMethod::kModern ? 1 : 0, std::string("method: ") + method_name(s.method));
  w.integer(2, s.rge_loops, "RGE loops");
  const int mt = s.mt_higgs == TopMassChoice::kPole ? 1 : s.mt_higgs == TopMassChoice::kRunning ? 2
                 : s.mt_higgs == TopMassChoice::kFixed ? 3 : 0;
  w.integer(3, mt, std::string("top mass in the kn99 Higgs formula: ") + top_mass_choice_name(s.mt_higgs));
  if (s.mt_higgs == TopMassChoice::kFixed) w.entry(4, s.mt_higgs_fixed_gev, "fixed top mass", true);
  w.entry(5, s.eps6, "eps6", true);
  w.integer(6, s.modern_higgs_eft ? 1 : 0, "method modern: resummed EFT M_h");
  w.integer(7, s.include_stau_tadpole ? 1 : 0, "stau tadpole in EWSB");
  w.entry(9, sm.sin2w, "sin^2(theta_W)(M_Z) MSbar", true);
  w.entry(10, s.msusy_rel_tol, "M_SUSY tolerance", true);
  w.integer(11, s.max_iterations, "maximum M_SUSY iterations");
  w.entry(12, s.ode_rel_tol, "RGE tolerance", true);
  w.entry(13, s.perturbative_limit, "perturbative limit of couplings", true);
  w.integer(14, s.check_perturbativity_to_gut ? 1 : 0, "perturbativity check to M_GUT");
  w.entry(15, s.perturbativity_alpha_max, "alpha_max of the check", true);
  w.entry(16, s.gut_scale_gev, "M_GUT of the check", true);
}

void write_masses(Writer& w, const PointResult& r, const SMInputs& sm) {
  w.block("MASS", "Mass spectrum (GeV): pole masses");
  w.mass(24, sm.mw_tree(), "W+ (tree level: M_Z cos(theta_W), docs/physics.md 4.2)");
  w.mass(25, r.mh, "h0");
  w.mass(35, r.mH, "H0");
  w.mass(36, r.mA, "A0");
  w.mass(37, r.mHpm, "H+");
  w.mass(1000001, r.msquark_dL, "~d_L");
  w.mass(1000002, r.msquark_uL, "~u_L");
  w.mass(1000003, r.msquark_dL, "~s_L");
  w.mass(1000004, r.msquark_uL, "~c_L");
  w.mass(1000005, r.msbottom1, "~b_1");
  w.mass(1000006, r.mstop1, "~t_1");
  w.mass(1000011, r.mselectron_L, "~e_L");
  w.mass(1000012, r.msneutrino, "~nu_eL");
  w.mass(1000013, r.mselectron_L, "~mu_L");
  w.mass(1000014, r.msneutrino, "~nu_muL");
  w.mass(1000015, r.mstau1, "~tau_1");
  if (positive(r.msneutrino_tau)) w.mass(1000016, r.msneutrino_tau, "~nu_tauL");
  w.mass(1000021, r.mgluino, "~g");
  if (std::isfinite(r.mu)) {
    // |m| from the PointResult (modern: one-loop pole masses; kn99: tree level) with the sign of
    // the real-N tree eigenvalue (SLHA1 convention, NMIX real).
    const int pdg[4] = {1000022, 1000023, 1000025, 1000035};
    const char* nm[4] = {"~chi_10", "~chi_20", "~chi_30", "~chi_40"};
    for (int i = 0; i < 4; ++i)
      if (std::isfinite(r.neutralino_tree_mass[i]))
        w.mass(pdg[i], std::copysign(r.mneutralino[i], r.neutralino_tree_mass[i]), nm[i]);
  }
  w.mass(1000024, r.mchargino[0], "~chi_1+");
  w.mass(1000037, r.mchargino[1], "~chi_2+");
  if (positive(r.m_gravitino)) w.mass(1000039, r.m_gravitino, "~gravitino");
  w.mass(2000001, r.msquark_dR, "~d_R");
  w.mass(2000002, r.msquark_uR, "~u_R");
  w.mass(2000003, r.msquark_dR, "~s_R");
  w.mass(2000004, r.msquark_uR, "~c_R");
  w.mass(2000005, r.msbottom2, "~b_2");
  w.mass(2000006, r.mstop2, "~t_2");
  w.mass(2000011, r.mselectron_R, "~e_R");
  w.mass(2000013, r.mselectron_R, "~mu_R");
  w.mass(2000015, r.mstau2, "~tau_2");
}

/// Mixing matrix of a third-generation sfermion: rows (f1, f2) in the (f_L, f_R) basis.
void sfermion_mix(Writer& w, const char* name, double theta, const char* comment) {
  if (!std::isfinite(theta)) return;
  const double c = std::cos(theta), s = std::sin(theta);
  w.block(name, comment);
  w.entry2(1, 1, c, "F_11");
  w.entry2(1, 2, s, "F_12");
  w.entry2(2, 1, -s, "F_21");
  w.entry2(2, 2, c, "F_22");
}

void write_mixing(Writer& w, const PointResult& r) {
  if (std::isfinite(r.mu)) {
    w.block("NMIX", "neutralino mixing matrix (tree level, real: SLHA1)");
    for (int i = 0; i < 4; ++i)
      for (int j = 0; j < 4; ++j) w.entry2(i + 1, j + 1, r.neutralino_mixing[i][j], "N_ij");
    w.block("UMIX", "chargino U mixing matrix (tree level)");
    for (int i = 0; i < 2; ++i)
      for (int j = 0; j < 2; ++j) w.entry2(i + 1, j + 1, r.chargino_u[i][j], "U_ij");
    w.block("VMIX", "chargino V mixing matrix (tree level)");
    for (int i = 0; i < 2; ++i)
      for (int j = 0; j < 2; ++j) w.entry2(i + 1, j + 1, r.chargino_v[i][j], "V_ij");
  }
  sfermion_mix(w, "STOPMIX", r.theta_stop, "stop mixing matrix");
  sfermion_mix(w, "SBOTMIX", r.theta_sbottom, "sbottom mixing matrix");
  sfermion_mix(w, "STAUMIX", r.theta_stau, "stau mixing matrix");
  w.block("ALPHA", "Higgs mixing angle");
  w.value(r.alpha, "alpha");
}

void write_running(Writer& w, const PointInput& in, const PointResult& r) {
  const double q = r.msusy;
  if (!positive(q)) return;
  const MssmState& y = r.at_msusy;
  w.block("HMIX", "DRbar Higgs parameters", q);
  w.entry(1, r.mu, "mu(Q)");
  w.entry(2, positive(r.tanb_msusy) ? r.tanb_msusy : in.tanb, "tan(beta)(Q)");
  w.entry(3, r.vev_msusy, "v(Q) DRbar (docs/physics.md 5.4)");
  w.entry(4, r.mA * r.mA, "m_A^2(Q)");
  w.block("GAUGE", "DRbar gauge couplings", q);
  w.entry(1, y[kG1] * std::sqrt(3.0 / 5.0), "g'(Q)");
  w.entry(2, y[kG2], "g(Q)");
  w.entry(3, y[kG3], "g3(Q)");
  w.block("YU", "DRbar Yukawa couplings", q);
  w.entry2(3, 3, y[kYt], "y_t(Q)");
  w.block("YD", "DRbar Yukawa couplings", q);
  w.entry2(3, 3, y[kYb], "y_b(Q)");
  w.block("YE", "DRbar Yukawa couplings", q);
  w.entry2(3, 3, y[kYtau], "y_tau(Q)");
  w.block("AU", "DRbar trilinear couplings", q);
  w.entry2(3, 3, y[kAt], "A_t(Q)");
  w.block("AD", "DRbar trilinear couplings", q);
  w.entry2(3, 3, y[kAb], "A_b(Q)");
  w.block("AE", "DRbar trilinear couplings", q);
  w.entry2(3, 3, y[kAtau], "A_tau(Q)");
  auto sq = [](double m2) { return m2 >= 0 ? std::sqrt(m2) : -std::sqrt(-m2); };  // SLHA: signed root
  w.block("MSOFT", "DRbar soft SUSY-breaking parameters", q);
  w.entry(1, y[kM1], "M_1(Q)");
  w.entry(2, y[kM2], "M_2(Q)");
  w.entry(3, y[kM3], "M_3(Q)");
  w.entry(21, y[kMHd2], "m_Hd^2(Q)");
  w.entry(22, y[kMHu2], "m_Hu^2(Q)");
  const std::pair<int, double> soft[] = {{31, y[kML1]}, {32, y[kML1]}, {33, y[kML3]}, {34, y[kME1]}, {35, y[kME1]},
                                         {36, y[kME3]}, {41, y[kMQ1]}, {42, y[kMQ1]}, {43, y[kMQ3]}, {44, y[kMU1]},
                                         {45, y[kMU1]}, {46, y[kMU3]}, {47, y[kMD1]}, {48, y[kMD1]}, {49, y[kMD3]}};
  const char* names[] = {"m_eL", "m_muL", "m_tauL", "m_eR", "m_muR", "m_tauR", "m_qL1", "m_qL2",
                         "m_qL3", "m_uR", "m_cR", "m_tR", "m_dR", "m_sR", "m_bR"};
  for (int k = 0; k < 15; ++k) w.entry(soft[k].first, sq(soft[k].second), std::string(names[k]) + "(Q)");
}

void write_decays(Writer& w, const PointResult& r) {
  if (r.nlsp_pdg == 0 || !positive(r.nlsp_width_gev) || r.n_nlsp_decays < 1 || r.n_nlsp_decays > 4) return;
  // SLHA1: the decay calculator's DCINFO block precedes the DECAY tables.
  w.block("DCINFO", "Decay program information");
  w.text(1, "gmsb-scan", "NLSP decays into the gravitino");
  w.text(2, GMSB_VERSION, "version number");
  char buf[200];
  std::snprintf(buf, sizeof buf, "DECAY %9d   %s   # NLSP total width (GeV)\n", r.nlsp_pdg, num(r.nlsp_width_gev).c_str());
  std::string s = buf;
  s += "#          BR         NDA       ID1        ID2\n";
  for (int i = 0; i < r.n_nlsp_decays; ++i) {
    const TwoBodyDecay& d = r.nlsp_decays[i];
    if (!positive(d.width_gev)) continue;
    std::snprintf(buf, sizeof buf, "   %s   2   %9d  %9d   # BR(%d -> %d %d)\n", num(d.width_gev / r.nlsp_width_gev).c_str(),
                  d.pdg1, d.pdg2, r.nlsp_pdg, d.pdg1, d.pdg2);
    s += buf;
  }
  w.raw(s);
}

}  // namespace

bool input_tanb_is_at_mz(const PointInput& in, const PointResult& r) {
  return positive(r.tanb_mz) && std::fabs(r.tanb_mz - in.tanb) <= 1e-12 * in.tanb;
}

std::string write(const PointInput& in, const PointResult& r, const SMInputs& sm, const Settings& settings,
                  const std::vector<std::string>& notes) {
  Writer w;
  w.raw(std::string("# SUSY Les Houches Accord output of gmsb-scan ") + GMSB_VERSION + ", method " +
        method_name(settings.method) + " (SLHA1 blocks and the GMSB extension blocks of docs/slha.md)\n");
  w.block("SPINFO", "Program information");
  w.text(1, "gmsb-scan", "spectrum calculator");
  w.text(2, GMSB_VERSION, "version number");
  for (const std::string& n : notes) w.text(3, n, "note");
  for (const std::string& name : warning_names(r.warnings)) w.text(3, name, "warning (docs/hdf5-layout.md)");
  if (!n5_like(in.n))
    w.text(3, "N1,N2,N3 = " + in.n.to_string() + " is not an N5 model: read Block GMSBINDICES", "note");
  if (!in.variant.empty())
    w.text(3, "model variant in Blocks GMSBSETS/GMSBVARIANT: a program that ignores them computes another model", "note");
  if (!input_tanb_is_at_mz(in, r)) w.text(3, "MINPAR 3 is tan(beta) at M_SUSY, not at M_Z", "note");
  for (const std::string& p : status_names(r.status)) w.text(4, p, "problem");
  write_inputs(w, in, sm, settings);
  write_masses(w, r, sm);
  write_mixing(w, r);
  write_running(w, in, r);
  write_decays(w, r);
  return w.str();
}

}  // namespace gmsb::slha

#include <fstream>
#include <iostream>
#include <sstream>

#include "gmsb/error.hpp"

namespace gmsb::slha {

void write_file(const std::string& path, const std::string& text) {
  if (path == "-") {
    std::cout << text << std::flush;
    return;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) throw IoError(path + ": cannot open the output file for writing");
  out << text;
  out.close();
  if (!out) throw IoError(path + ": cannot write the output file");
}

std::string read_file(const std::string& path) {
  std::stringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path + ": cannot read the SLHA input file");
  ss << in.rdbuf();
  if (in.bad()) throw IoError(path + ": cannot read the SLHA input file");
  return ss.str();
}

}  // namespace gmsb::slha
