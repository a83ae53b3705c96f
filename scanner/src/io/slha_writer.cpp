#include "gmsb/version.hpp"
#include "io/slha_writer.hpp"

#include <cmath>
#include <cstdio>
#include <sstream>

#include "gmsb/status.hpp"

namespace gmsb::slha {

namespace {

std::string entry(int i, double v, const char* comment) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "   %6d   %16.8e   # %s\n", i, v, comment);
  return buf;
}
std::string entry2(int i, int j, double v, const char* comment) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "  %2d %2d   %16.8e   # %s\n", i, j, v, comment);
  return buf;
}
std::string block(const char* name, double q = 0, const char* comment = "") {
  char buf[160];
  if (q > 0)
    std::snprintf(buf, sizeof buf, "Block %s Q= %16.8e  # %s\n", name, q, comment);
  else
    std::snprintf(buf, sizeof buf, "Block %s  # %s\n", name, comment);
  return buf;
}

/// Mixing matrix of a third-generation sfermion: rows (f1, f2) in the (f_L, f_R) basis.
std::string sfermion_mix(const char* name, double theta, const char* comment) {
  const double c = std::cos(theta), s = std::sin(theta);
  return block(name, 0, comment) + entry2(1, 1, c, "F_11") + entry2(1, 2, s, "F_12") + entry2(2, 1, -s, "F_21") +
         entry2(2, 2, c, "F_22");
}

}  // namespace

std::string write(const PointInput& in, const PointResult& r, const SMInputs& sm, const Settings& settings) {
  std::ostringstream o;
  const double q = r.msusy;
  const auto& y = r.at_msusy;
  const double tb = in.tanb;
  o << "# SUSY Les Houches Accord (SLHA1) output of gmsb-scan, method " << method_name(settings.method) << "\n";
  o << block("SPINFO", 0, "Program information");
  o << "     1   gmsb-scan   # spectrum calculator\n";
  o << "     2   " << GMSB_VERSION << "   # version number\n";
  for (const std::string& w : warning_names(r.warnings)) o << "     3   " << w << "   # warning\n";
  for (const std::string& p : status_names(r.status)) o << "     4   " << p << "   # problem\n";
  o << block("MODSEL", 0, "Model selection") << "     1   2   # GMSB\n";
  o << block("SMINPUTS", 0, "Standard Model inputs") << entry(1, sm.alpha_em_inv, "alpha_em^-1(M_Z) MSbar")
    << entry(2, sm.gf, "G_Fermi") << entry(3, sm.alpha_s, "alpha_s(M_Z) MSbar") << entry(4, sm.mz, "M_Z pole")
    << entry(5, sm.mb_mb, "m_b(m_b) MSbar") << entry(6, sm.mt_pole, "m_top pole") << entry(7, sm.mtau_pole, "m_tau pole");
  o << block("MINPAR", 0, "GMSB input parameters") << entry(1, in.lambda_gev, "Lambda") << entry(2, in.mess_gev, "M_mess")
    << entry(3, tb, "tan(beta)") << entry(4, in.sign_mu, "sign(mu)")
    << entry(5, in.n.n1(), "N5 equivalent (N1; the per-group indices are 51-53)") << entry(6, 1.0, "c_grav")
    << entry(51, in.n.n1(), "N1 (U(1)_Y messenger index)") << entry(52, in.n.n2, "N2 (SU(2)_L)")
    << entry(53, in.n.n3, "N3 (SU(3)_c)");

  const bool have_mu = std::isfinite(r.mu);
  o << block("MASS", 0, "Mass spectrum (GeV)");
  auto m = [&](int pdg, double v, const char* name) {
    if (std::isfinite(v)) o << entry(pdg, v, name);
  };
  m(25, r.mh, "h0");
  m(35, r.mH, "H0");
  m(36, r.mA, "A0");
  m(37, r.mHpm, "H+");
  m(1000021, r.mgluino, "~g");
  if (have_mu) {
    const int pdg[4] = {1000022, 1000023, 1000025, 1000035};
    const char* nm[4] = {"~chi_10", "~chi_20", "~chi_30", "~chi_40"};
    // |m| from the PointResult (method modern: one-loop pole masses; kn99: the tree-level masses),
    // sign of the real-N tree eigenvalue. NMIX, UMIX and VMIX below are the PointResult's
    // tree-level DRbar mixing matrices.
    for (int i = 0; i < 4; ++i) m(pdg[i], std::copysign(r.mneutralino[i], r.neutralino_tree_mass[i]), nm[i]);
  }
  m(1000024, r.mchargino[0], "~chi_1+");
  m(1000037, r.mchargino[1], "~chi_2+");
  m(1000001, r.msquark_dL, "~d_L");
  m(1000002, r.msquark_uL, "~u_L");
  m(1000003, r.msquark_dL, "~s_L");
  m(1000004, r.msquark_uL, "~c_L");
  m(1000005, r.msbottom1, "~b_1");
  m(1000006, r.mstop1, "~t_1");
  m(1000011, r.mselectron_L, "~e_L");
  m(1000012, r.msneutrino, "~nu_eL");
  m(1000013, r.mselectron_L, "~mu_L");
  m(1000014, r.msneutrino, "~nu_muL");
  m(1000015, r.mstau1, "~tau_1");
  m(2000001, r.msquark_dR, "~d_R");
  m(2000002, r.msquark_uR, "~u_R");
  m(2000003, r.msquark_dR, "~s_R");
  m(2000004, r.msquark_uR, "~c_R");
  m(2000005, r.msbottom2, "~b_2");
  m(2000006, r.mstop2, "~t_2");
  m(2000011, r.mselectron_R, "~e_R");
  m(2000013, r.mselectron_R, "~mu_R");
  m(2000015, r.mstau2, "~tau_2");

  if (have_mu) {
    o << block("NMIX", 0, "neutralino mixing matrix (tree level)");
    for (int i = 0; i < 4; ++i)
      for (int j = 0; j < 4; ++j) o << entry2(i + 1, j + 1, r.neutralino_mixing[i][j], "N_ij");
    o << block("UMIX", 0, "chargino U mixing matrix (tree level)");
    for (int i = 0; i < 2; ++i)
      for (int j = 0; j < 2; ++j) o << entry2(i + 1, j + 1, r.chargino_u[i][j], "U_ij");
    o << block("VMIX", 0, "chargino V mixing matrix (tree level)");
    for (int i = 0; i < 2; ++i)
      for (int j = 0; j < 2; ++j) o << entry2(i + 1, j + 1, r.chargino_v[i][j], "V_ij");
  }
  if (std::isfinite(r.theta_stop)) o << sfermion_mix("STOPMIX", r.theta_stop, "stop mixing matrix");
  if (std::isfinite(r.theta_sbottom)) o << sfermion_mix("SBOTMIX", r.theta_sbottom, "sbottom mixing matrix");
  if (std::isfinite(r.theta_stau)) o << sfermion_mix("STAUMIX", r.theta_stau, "stau mixing matrix");
  if (std::isfinite(r.alpha)) o << block("ALPHA", 0, "Higgs mixing angle") << "          " << r.alpha << "   # alpha\n";
  const double vev246 = std::sqrt(2.0) * sm.vev();
  o << block("HMIX", q, "DRbar Higgs parameters") << entry(1, r.mu, "mu(Q)") << entry(2, tb, "tan(beta)")
    << entry(3, vev246, "v(Q) (tree-level G_F value)") << entry(4, r.mA * r.mA, "m_A^2(Q)");
  const double gp = y[kG1] * std::sqrt(3.0 / 5.0);
  o << block("GAUGE", q, "DRbar gauge couplings") << entry(1, gp, "g'(Q)") << entry(2, y[kG2], "g(Q)")
    << entry(3, y[kG3], "g3(Q)");
  o << block("YU", q, "DRbar Yukawa") << entry2(3, 3, y[kYt], "y_t(Q)");
  o << block("YD", q, "DRbar Yukawa") << entry2(3, 3, y[kYb], "y_b(Q)");
  o << block("YE", q, "DRbar Yukawa") << entry2(3, 3, y[kYtau], "y_tau(Q)");
  o << block("AU", q, "trilinears") << entry2(3, 3, y[kAt], "A_t(Q)");
  o << block("AD", q, "trilinears") << entry2(3, 3, y[kAb], "A_b(Q)");
  o << block("AE", q, "trilinears") << entry2(3, 3, y[kAtau], "A_tau(Q)");
  auto sq = [](double m2) { return m2 >= 0 ? std::sqrt(m2) : -std::sqrt(-m2); };  // SLHA: signed root
  o << block("MSOFT", q, "DRbar soft parameters") << entry(1, y[kM1], "M_1(Q)") << entry(2, y[kM2], "M_2(Q)")
    << entry(3, y[kM3], "M_3(Q)") << entry(21, y[kMHd2], "m_Hd^2(Q)") << entry(22, y[kMHu2], "m_Hu^2(Q)")
    << entry(31, sq(y[kML1]), "m_eL(Q)") << entry(32, sq(y[kML1]), "m_muL(Q)") << entry(33, sq(y[kML3]), "m_tauL(Q)")
    << entry(34, sq(y[kME1]), "m_eR(Q)") << entry(35, sq(y[kME1]), "m_muR(Q)") << entry(36, sq(y[kME3]), "m_tauR(Q)")
    << entry(41, sq(y[kMQ1]), "m_qL1(Q)") << entry(42, sq(y[kMQ1]), "m_qL2(Q)") << entry(43, sq(y[kMQ3]), "m_qL3(Q)")
    << entry(44, sq(y[kMU1]), "m_uR(Q)") << entry(45, sq(y[kMU1]), "m_cR(Q)") << entry(46, sq(y[kMU3]), "m_tR(Q)")
    << entry(47, sq(y[kMD1]), "m_dR(Q)") << entry(48, sq(y[kMD1]), "m_sR(Q)") << entry(49, sq(y[kMD3]), "m_bR(Q)");
  return o.str();
}

}  // namespace gmsb::slha
