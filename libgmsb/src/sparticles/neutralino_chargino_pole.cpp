#include "sparticles/neutralino_chargino_pole.hpp"

#include <algorithm>
#include <cmath>

#include "sparticles/passarino_veltman.hpp"

namespace gmsb::sparticles {

using namespace gmsb::ewsb;

namespace {

constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);
const double kSqrt2 = std::sqrt(2.0);

template <int N>
using Vec = Eigen::Matrix<double, N, 1>;

/// Weights of one loop in Sigma_L/Sigma_R (B1 terms) and in Sigma_S (m_f B0 terms). PBMZ app. D:
/// a scalar loop enters as (1/2) B1 and m_f B0, a vector loop (Feynman gauge) as B1 and -4 m_f B0;
/// the neutralino's charged loops count twice (both charge orientations).
struct Weights {
  double b1, b0;
};
constexpr Weights kScalar{0.5, 1.0}, kVector{1.0, -4.0};
Weights times(Weights w, double f) { return {w.b1 * f, w.b0 * f}; }

/// Adds the loop of an internal fermion of signed mass mf and a boson of mass mb whose couplings
/// to the external interaction states are a (P_L side, Sigma_L) and b (P_R side, Sigma_R):
/// Sigma_L += w a a^T B1, Sigma_R += w b b^T B1, Sigma_S += w' mf b a^T B0.
template <int N>
void add_loop(FermionSelfEnergy<N>& se, double p, double q, const Vec<N>& a, const Vec<N>& b, double mf, double mb,
              Weights w) {
  const PvB0B1 f = pv_b0_b1(p, std::fabs(mf), mb, q);
  se.left.noalias() += (w.b1 * f.b1) * a * a.transpose();
  se.right.noalias() += (w.b1 * f.b1) * b * b.transpose();
  if (mf != 0.0) se.scalar.noalias() += (w.b0 * mf * f.b0) * b * a.transpose();
}



/// A fermion-sfermion loop: colour factor, fermion mass, sfermion pair and the couplings
/// (columns: L and R interaction states of the sfermion) to the external states on both sides.
template <int N>
struct SfermionLoop {
  double colour, mf;
  SfermionPair sf;
  Eigen::Matrix<double, N, 2> a, b;
};

template <int N>
void add_sfermion_loop(FermionSelfEnergy<N>& se, double p, double q, const SfermionLoop<N>& l, Weights w) {
  for (int k = 0; k < 2; ++k) {
    const Vec<N> a = l.a * l.sf.rot.row(k).transpose(), b = l.b * l.sf.rot.row(k).transpose();
    if (a.isZero() && b.isZero()) continue;
    add_loop<N>(se, p, q, a, b, l.mf, l.sf.m[k], times(w, l.colour));
  }
}

/// Running third-generation fermion masses and the quantities of the electroweak sector at q.
struct Masses {
  ElectroweakAtQ ew;
  double mt, mb, mtau;
};

Masses masses_at_q(const DrbarSpectrum& in) {
  Masses m;
  m.ew = electroweak_at_q(in);
  m.mt = in.yt * in.vev * m.ew.sb;
  m.mb = in.yb * in.vev * m.ew.cb;
  m.mtau = in.ytau * in.vev * m.ew.cb;
  return m;
}

/// Sneutrino as a sfermion pair with an absent right-handed state (its couplings are zero).
SfermionPair sneutrino_pair(double m2) { return unmixed_sfermion_pair(m2, 0.0); }

/// Interaction states of the neutralinos (B, W3, H_d, H_u) and of the charginos (W, H).
enum NeutralinoState { kB = 0, kW = 1, kHd = 2, kHu = 3 };
enum CharginoState { kWino = 0, kHiggsino = 1 };

/// Neutralino self-energy: the fermion-sfermion loops, three generations (PBMZ app. D).
void add_neutralino_sfermion_loops(FermionSelfEnergy<4>& se, double p, const DrbarSpectrum& in, const Masses& ms) {
  using C42 = Eigen::Matrix<double, 4, 2>;
  const double q = in.q, g = in.g, gp = in.gp;
  // Fermion-sfermion loops. Interaction-basis couplings of (B, W3, H_d, H_u) to (f, f~_L/R):
  // B to f~_X with (g'/sqrt2) y_X, y = 2Y of the chiral superfield (u^c: -4/3, e^c: +2),
  // W3 to f~_L with 2 T3 g/sqrt2, the higgsino of the Yukawa to both (PBMZ app. D).
  auto sfermion_loop = [&](double colour, double mf, const SfermionPair& sf, double y_left, double y_right, double t3,
                           int higgsino, double yukawa) {
    SfermionLoop<4> l{colour, mf, sf, C42::Zero(), C42::Zero()};
    l.a(kB, 1) = gp / kSqrt2 * y_right;
    l.b(kB, 0) = gp / kSqrt2 * y_left;
    l.b(kW, 0) = 2.0 * t3 * g / kSqrt2;
    l.a(higgsino, 0) = yukawa;
    l.b(higgsino, 1) = yukawa;
    return l;
  };
  const Weights sf_w = times(kScalar, 2.0);  // charged loops: both orientations
  // First and second generations (degenerate here, fermion masses and Yukawas neglected).
  const Weights gen12 = times(sf_w, 2.0);
  add_sfermion_loop<4>(se, p, q, sfermion_loop(3, 0, unmixed_sfermion_pair(in.m2_uL, in.m2_uR), 1. / 3, -4. / 3, +0.5, kHu, 0), gen12);
  add_sfermion_loop<4>(se, p, q, sfermion_loop(3, 0, unmixed_sfermion_pair(in.m2_dL, in.m2_dR), 1. / 3, 2. / 3, -0.5, kHd, 0), gen12);
  add_sfermion_loop<4>(se, p, q, sfermion_loop(1, 0, unmixed_sfermion_pair(in.m2_eL, in.m2_eR), -1, 2, -0.5, kHd, 0), gen12);
  add_sfermion_loop<4>(se, p, q, sfermion_loop(1, 0, sneutrino_pair(in.m2_snu_e), -1, 0, +0.5, kHu, 0), gen12);
  // Third generation with mixing and Yukawa couplings.
  add_sfermion_loop<4>(se, p, q, sfermion_loop(3, ms.mt, sfermion_pair(in.stop), 1. / 3, -4. / 3, +0.5, kHu, in.yt), sf_w);
  add_sfermion_loop<4>(se, p, q, sfermion_loop(3, ms.mb, sfermion_pair(in.sbottom), 1. / 3, 2. / 3, -0.5, kHd, in.yb), sf_w);
  add_sfermion_loop<4>(se, p, q, sfermion_loop(1, ms.mtau, sfermion_pair(in.stau), -1, 2, -0.5, kHd, in.ytau), sf_w);
  add_sfermion_loop<4>(se, p, q, sfermion_loop(1, 0, sneutrino_pair(in.m2_snu_tau), -1, 0, +0.5, kHu, 0), sf_w);
}

/// Neutralino self-energy: the W, charged Goldstone and charged Higgs loops with the charginos (PBMZ app. D).
void add_neutralino_chargino_loops(FermionSelfEnergy<4>& se, double p, const DrbarSpectrum& in, const ElectroweakAtQ& ew) {
  using V4 = Vec<4>;
  using C42 = Eigen::Matrix<double, 4, 2>;
  const double q = in.q, g = in.g, gp = in.gp;
  const Eigen::Matrix2d &u = in.charginos.u, &v = in.charginos.v;
  // W loops with the charginos: (W3, W+-) with -g, (H_u, H_u+) with g/sqrt2 on the psi+ side,
  // (H_d, H_d-) with -g/sqrt2 on the psi- side.
  C42 w_plus = C42::Zero(), w_minus = C42::Zero();
  w_plus(kW, 0) = -g;
  w_plus(kHu, 1) = g / kSqrt2;
  w_minus(kW, 0) = -g;
  w_minus(kHd, 1) = -g / kSqrt2;
  // Charged Higgs H_d- (psi- side, via U) and H_u+ (psi+ side, via V) couplings; the Goldstone
  // and H+ are the combinations (c_b, s_b) and (-s_b, c_b) of the two.
  C42 hd = C42::Zero(), hu = C42::Zero();
  hd(kB, 1) = gp / kSqrt2;
  hd(kW, 1) = g / kSqrt2;
  hd(kHd, 0) = -g;
  hu(kB, 1) = gp / kSqrt2;
  hu(kW, 1) = g / kSqrt2;
  hu(kHu, 0) = g;
  for (int k = 0; k < 2; ++k) {
    const double mc = in.charginos.mass[k];
    const Eigen::Vector2d uk = u.row(k).transpose(), vk = v.row(k).transpose();
    add_loop<4>(se, p, q, w_plus * vk, w_minus * uk, mc, ew.mw, times(kVector, 2.0));
    const V4 a_hd = hd * uk, b_hu = hu * vk;
    add_loop<4>(se, p, q, ew.cb * a_hd, ew.sb * b_hu, mc, ew.mw, times(kScalar, 2.0));   // G+
    add_loop<4>(se, p, q, -ew.sb * a_hd, ew.cb * b_hu, mc, in.mHpm, times(kScalar, 2.0));  // H+
  }
}

/// Neutralino self-energy: the Z and neutral Higgs/Goldstone loops with the neutralinos (PBMZ app. D).
void add_neutralino_neutralino_loops(FermionSelfEnergy<4>& se, double p, const DrbarSpectrum& in, const ElectroweakAtQ& ew) {
  using V4 = Vec<4>;
  const double q = in.q, g = in.g, gp = in.gp;
  const Eigen::Matrix4d& n = in.neutralinos.n;
  // Z loops with the neutralinos: the higgsinos carry T3 = -+1/2, coupling -+g/(2 c_W) (the
  // opposite sign on the P_R side).
  Eigen::Matrix4d z = Eigen::Matrix4d::Zero();
  z(kHd, kHd) = g / (2.0 * ew.cw);
  z(kHu, kHu) = -g / (2.0 * ew.cw);
  // Neutral Higgs couplings: CP-even phi_d (s1), phi_u (s2), CP-odd (p1, p2), symmetric in the
  // gaugino-higgsino pair; the P_R side equals the P_L side for CP-even, minus it for CP-odd.
  Eigen::Matrix4d s1 = Eigen::Matrix4d::Zero(), s2 = Eigen::Matrix4d::Zero();
  s1(kB, kHd) = s1(kHd, kB) = -gp / 2.0;
  s1(kW, kHd) = s1(kHd, kW) = g / 2.0;
  s2(kB, kHu) = s2(kHu, kB) = gp / 2.0;
  s2(kW, kHu) = s2(kHu, kW) = -g / 2.0;
  const Eigen::Matrix4d& p1 = s1;
  const Eigen::Matrix4d p2 = -s2;
  struct NeutralBoson {
    double mass;
    Eigen::Matrix4d c;
    double parity;  // +1 CP-even, -1 CP-odd
  };
  const NeutralBoson neutral[4] = {{in.mH, ew.ca * s1 + ew.sa * s2, +1},
                                   {in.mh, -ew.sa * s1 + ew.ca * s2, +1},
                                   {ew.mz, ew.cb * p1 + ew.sb * p2, -1},
                                   {in.mA, -ew.sb * p1 + ew.cb * p2, -1}};
  for (int k = 0; k < 4; ++k) {
    const double mn = in.neutralinos.mass[k];
    const V4 nk = n.row(k).transpose();
    add_loop<4>(se, p, q, z * nk, -(z * nk), mn, ew.mz, kVector);
    for (const NeutralBoson& h : neutral) {
      const V4 a = h.c * nk;
      add_loop<4>(se, p, q, a, h.parity * a, mn, h.mass, kScalar);
    }
  }
}

/// Chargino self-energy: the fermion-sfermion loops, three generations (PBMZ app. D).
void add_chargino_sfermion_loops(FermionSelfEnergy<2>& se, double p, const DrbarSpectrum& in, const Masses& ms) {
  using M2 = Eigen::Matrix2d;
  const double q = in.q, g = in.g;
  // Fermion-sfermion loops: psi+ (W+, H_u+) couples through W+ to (d, u~_L) and through H_u+ with
  // -y_t to (t, b~_L) and (b, t~_R); psi- (W-, H_d-) through W- to (u, d~_L) and with -y_b,
  // -y_tau to (b, t~_L), (t, b~_R), (tau, snu_tau), (nu, tau~_R) (PBMZ app. D).
  auto loop = [&](double colour, double mf, const SfermionPair& sf) {
    return SfermionLoop<2>{colour, mf, sf, M2::Zero(), M2::Zero()};
  };
  // First and second generations: (d, u~), (u, d~), (e, snu), (nu, e~), no Yukawas.
  const Weights gen12 = times(kScalar, 2.0);
  {
    SfermionLoop<2> du = loop(3, 0, unmixed_sfermion_pair(in.m2_uL, in.m2_uR));
    du.a(kWino, 0) = g;
    SfermionLoop<2> ud = loop(3, 0, unmixed_sfermion_pair(in.m2_dL, in.m2_dR));
    ud.b(kWino, 0) = g;
    SfermionLoop<2> esnu = loop(1, 0, sneutrino_pair(in.m2_snu_e));
    esnu.a(kWino, 0) = g;
    SfermionLoop<2> nue = loop(1, 0, unmixed_sfermion_pair(in.m2_eL, in.m2_eR));
    nue.b(kWino, 0) = g;
    for (const auto* l : {&du, &ud, &esnu, &nue}) add_sfermion_loop<2>(se, p, q, *l, gen12);
  }
  {
    SfermionLoop<2> bt = loop(3, ms.mb, sfermion_pair(in.stop));
    bt.a(kWino, 0) = g;
    bt.a(kHiggsino, 1) = -in.yt;
    bt.b(kHiggsino, 0) = -in.yb;
    SfermionLoop<2> tb = loop(3, ms.mt, sfermion_pair(in.sbottom));
    tb.a(kHiggsino, 0) = -in.yt;
    tb.b(kWino, 0) = g;
    tb.b(kHiggsino, 1) = -in.yb;
    SfermionLoop<2> tausnu = loop(1, ms.mtau, sneutrino_pair(in.m2_snu_tau));
    tausnu.a(kWino, 0) = g;
    tausnu.b(kHiggsino, 0) = -in.ytau;
    SfermionLoop<2> nutau = loop(1, 0, sfermion_pair(in.stau));
    nutau.b(kWino, 0) = g;
    nutau.b(kHiggsino, 1) = -in.ytau;
    for (const auto* l : {&bt, &tb, &tausnu, &nutau}) add_sfermion_loop<2>(se, p, q, *l, kScalar);
  }
}

/// Chargino self-energy: the W, charged Goldstone and charged Higgs loops with the neutralinos (PBMZ app. D).
void add_chargino_neutralino_loops(FermionSelfEnergy<2>& se, double p, const DrbarSpectrum& in, const ElectroweakAtQ& ew) {
  using V2 = Vec<2>;
  const double q = in.q, g = in.g, gp = in.gp;
  const Eigen::Matrix4d& n = in.neutralinos.n;
  // W loops with the neutralinos (the couplings of the neutralino self-energy, seen from the
  // chargino side), and charged Higgs/Goldstone loops with the neutralinos.
  Eigen::Matrix<double, 4, 2> w_plus = Eigen::Matrix<double, 4, 2>::Zero(), w_minus = w_plus, hd = w_plus, hu = w_plus;
  w_plus(1, kWino) = -g;
  w_plus(3, kHiggsino) = g / kSqrt2;
  w_minus(1, kWino) = -g;
  w_minus(2, kHiggsino) = -g / kSqrt2;
  hd(0, kHiggsino) = gp / kSqrt2;
  hd(1, kHiggsino) = g / kSqrt2;
  hd(2, kWino) = -g;
  hu(0, kHiggsino) = gp / kSqrt2;
  hu(1, kHiggsino) = g / kSqrt2;
  hu(3, kWino) = g;
  for (int k = 0; k < 4; ++k) {
    const double mn = in.neutralinos.mass[k];
    const Eigen::Vector4d nk = n.row(k).transpose();
    add_loop<2>(se, p, q, w_plus.transpose() * nk, w_minus.transpose() * nk, mn, ew.mw, kVector);
    const V2 a_hu = hu.transpose() * nk, b_hd = hd.transpose() * nk;
    add_loop<2>(se, p, q, ew.sb * a_hu, ew.cb * b_hd, mn, ew.mw, kScalar);    // G+
    add_loop<2>(se, p, q, ew.cb * a_hu, -ew.sb * b_hd, mn, in.mHpm, kScalar);  // H+
  }
}

/// Chargino self-energy: the Z, photon and neutral Higgs/Goldstone loops with the charginos (PBMZ app. D).
void add_chargino_chargino_loops(FermionSelfEnergy<2>& se, double p, const DrbarSpectrum& in, const ElectroweakAtQ& ew) {
  using V2 = Vec<2>;
  using M2 = Eigen::Matrix2d;
  const double q = in.q, g = in.g;
  const M2 &u = in.charginos.u, &v = in.charginos.v;
  // Z and photon loops with the charginos: Z couplings g c_W (winos) and g cos(2 theta_W)/(2 c_W)
  // (higgsinos), photon e; neutral Higgs loops with couplings g/sqrt2 between wino and higgsino.
  M2 z = M2::Zero();
  z(kWino, kWino) = g * ew.cw;
  z(kHiggsino, kHiggsino) = g * (ew.cw2 - ew.sw2) / (2.0 * ew.cw);
  const double e = std::sqrt(ew.e2);
  M2 s1 = M2::Zero(), s2 = M2::Zero(), p1 = M2::Zero(), p2 = M2::Zero();
  s1(kWino, kHiggsino) = g / kSqrt2;
  s2(kHiggsino, kWino) = g / kSqrt2;
  p1(kWino, kHiggsino) = g / kSqrt2;
  p2(kHiggsino, kWino) = -g / kSqrt2;
  struct NeutralBoson {
    double mass;
    M2 c;
    double parity;
  };
  const NeutralBoson neutral[4] = {{in.mH, ew.ca * s1 + ew.sa * s2, +1},
                                   {in.mh, -ew.sa * s1 + ew.ca * s2, +1},
                                   {ew.mz, ew.cb * p1 + ew.sb * p2, -1},
                                   {in.mA, -ew.sb * p1 + ew.cb * p2, -1}};
  for (int k = 0; k < 2; ++k) {
    const double mc = in.charginos.mass[k];
    const V2 uk = u.row(k).transpose(), vk = v.row(k).transpose();
    add_loop<2>(se, p, q, z * vk, z * uk, mc, ew.mz, kVector);
    add_loop<2>(se, p, q, e * vk, e * uk, mc, 0.0, kVector);
    for (const NeutralBoson& h : neutral)
      add_loop<2>(se, p, q, h.c * uk, h.parity * h.c.transpose() * vk, mc, h.mass, kScalar);
  }
}

}  // namespace

FermionSelfEnergy<4> neutralino_self_energy(double p, const DrbarSpectrum& in) {
  const Masses ms = masses_at_q(in);
  FermionSelfEnergy<4> se;
  add_neutralino_sfermion_loops(se, p, in, ms);
  add_neutralino_chargino_loops(se, p, in, ms.ew);
  add_neutralino_neutralino_loops(se, p, in, ms.ew);
  se.left *= kLoop;
  se.right *= kLoop;
  se.scalar *= kLoop;
  return se;
}

FermionSelfEnergy<2> chargino_self_energy(double p, const DrbarSpectrum& in) {
  const Masses ms = masses_at_q(in);
  FermionSelfEnergy<2> se;
  add_chargino_sfermion_loops(se, p, in, ms);
  add_chargino_neutralino_loops(se, p, in, ms.ew);
  add_chargino_chargino_loops(se, p, in, ms.ew);
  se.left *= kLoop;
  se.right *= kLoop;
  se.scalar *= kLoop;
  return se;
}

Eigen::Matrix4d neutralino_mass_matrix_one_loop(double p, const DrbarSpectrum& in) {
  const Eigen::Matrix4d& n = in.neutralinos.n;
  const Eigen::Vector4d m(in.neutralinos.mass[0], in.neutralinos.mass[1], in.neutralinos.mass[2], in.neutralinos.mass[3]);
  const Eigen::Matrix4d tree = n.transpose() * m.asDiagonal() * n;
  const FermionSelfEnergy<4> se = neutralino_self_energy(p, in);
  const Eigen::Matrix4d d = se.right * tree + tree * se.left + se.scalar;
  return tree - 0.5 * (d + d.transpose());
}

Eigen::Matrix2d chargino_mass_matrix_one_loop(double p, const DrbarSpectrum& in) {
  const CharginoMixing& c = in.charginos;
  const Eigen::Matrix2d tree = c.u.transpose() * Eigen::Vector2d(c.mass[0], c.mass[1]).asDiagonal() * c.v;
  const FermionSelfEnergy<2> se = chargino_self_energy(p, in);
  return tree - (se.right * tree + tree * se.left + se.scalar);
}

GauginoPoleMasses gaugino_pole_masses(const DrbarSpectrum& in) {
  GauginoPoleMasses out;
  for (int i = 0; i < 4; ++i) {
    Eigen::SelfAdjointEigenSolver<Eigen::Matrix4d> es(
        neutralino_mass_matrix_one_loop(std::fabs(in.neutralinos.mass[i]), in), Eigen::EigenvaluesOnly);
    std::array<double, 4> ev;
    for (int j = 0; j < 4; ++j) ev[j] = es.eigenvalues()(j);
    std::sort(ev.begin(), ev.end(), [](double a, double b) { return std::fabs(a) < std::fabs(b); });
    out.neutralino[i] = ev[i];
  }
  for (int i = 0; i < 2; ++i) {
    Eigen::JacobiSVD<Eigen::Matrix2d> svd(chargino_mass_matrix_one_loop(in.charginos.mass[i], in));
    out.chargino[i] = svd.singularValues()(1 - i);  // singular values descend
  }
  return out;
}

}  // namespace gmsb::sparticles
