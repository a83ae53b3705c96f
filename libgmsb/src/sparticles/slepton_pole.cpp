#include "sparticles/slepton_pole.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "ewsb/beta_angles.hpp"
#include "sparticles/passarino_veltman.hpp"
#include "gmsb/error.hpp"

namespace gmsb::sparticles {

using namespace gmsb::ewsb;

namespace {

constexpr double kLoop = 1.0 / (16.0 * M_PI * M_PI);
const double kSqrt2 = std::sqrt(2.0);


/// <|f_a|^2> in units of A0: sum_j rot(j, a)^2 A0(m_j).
double weighted_a0(const SfermionPair& f, int a, double q) {
  return f.rot(0, a) * f.rot(0, a) * pv_a0(f.m[0], q) + f.rot(1, a) * f.rot(1, a) * pv_a0(f.m[1], q);
}

/// <f_L^* f_R> in units of A0: sum_j rot(j, L) rot(j, R) A0(m_j).
double mixed_a0(const SfermionPair& f, double q) {
  return f.rot(0, 0) * f.rot(0, 1) * pv_a0(f.m[0], q) + f.rot(1, 0) * f.rot(1, 1) * pv_a0(f.m[1], q);
}

using Electroweak = ElectroweakAtQ;

/// Sums over every sfermion interaction state (three generations, colour counted) of
/// N_c y A0 and N_c T3 A0, y = 2Y of the chiral superfield (u^c: -4/3, e^c: +2): the D-term
/// quartic couplings of PBMZ appendix D.
struct DTermSums {
  double hypercharge = 0, isospin = 0;
};

DTermSums dterm_sums(const SleptonLoopInputs& in) {
  const double q = in.q;
  DTermSums s;
  auto add = [&](double nc, double t3, double y, double a0) {
    s.hypercharge += nc * y * a0;
    s.isospin += nc * t3 * a0;
  };
  auto a0sq = [&](double m2) { return pv_a0(std::sqrt(std::max(m2, 0.0)), q); };
  for (int gen = 1; gen <= 2; ++gen) {  // first and second generations are degenerate here
    add(3, +0.5, 1.0 / 3.0, a0sq(in.m2_uL));
    add(3, -0.5, 1.0 / 3.0, a0sq(in.m2_dL));
    add(3, 0.0, -4.0 / 3.0, a0sq(in.m2_uR));
    add(3, 0.0, 2.0 / 3.0, a0sq(in.m2_dR));
    add(1, +0.5, -1.0, a0sq(in.m2_snu_e));
    add(1, -0.5, -1.0, a0sq(in.m2_eL));
    add(1, 0.0, 2.0, a0sq(in.m2_eR));
  }
  const SfermionPair t = sfermion_pair(in.stop), b = sfermion_pair(in.sbottom), l = sfermion_pair(in.stau);
  add(3, +0.5, 1.0 / 3.0, weighted_a0(t, 0, q));
  add(3, -0.5, 1.0 / 3.0, weighted_a0(b, 0, q));
  add(3, 0.0, -4.0 / 3.0, weighted_a0(t, 1, q));
  add(3, 0.0, 2.0 / 3.0, weighted_a0(b, 1, q));
  add(1, +0.5, -1.0, a0sq(in.m2_snu_tau));
  add(1, -0.5, -1.0, weighted_a0(l, 0, q));
  add(1, 0.0, 2.0, weighted_a0(l, 1, q));
  return s;
}

/// The charged slepton of a generation: mass eigenstates, Yukawa, trilinear, lepton mass and
/// sneutrino mass.
struct Generation {
  SfermionPair sl;
  double y, a, ml, msnu;
};

Generation generation_data(const SleptonLoopInputs& in, int generation, const Electroweak& ew) {
  if (generation == 1) return {unmixed_sfermion_pair(in.m2_eL, in.m2_eR), 0.0, 0.0, 0.0, std::sqrt(std::max(in.m2_snu_e, 0.0))};
  if (generation == 3)
    return {sfermion_pair(in.stau), in.ytau, in.atau, in.ytau * in.vev * ew.cb, std::sqrt(std::max(in.m2_snu_tau, 0.0))};
  throw InputError("slepton self-energy: generation must be 1 or 3");
}

/// Trilinear couplings of (e_L, e_R) to the sneutrino and the charged Higgs H+ (k = 0) or the
/// charged Goldstone G+ (k = 1, mass m_W in Feynman gauge): SU(2) D-term, y^2 v_d F-term,
/// a and y mu (PBMZ appendix D).
struct ChargedHiggsCouplings {
  double left[2], right[2], mass[2];
};

ChargedHiggsCouplings charged_higgs_couplings(const Generation& gen, const SleptonLoopInputs& in, const Electroweak& ew) {
  const double y = gen.y, a = gen.a, ml = gen.ml, mu = in.mu, g = in.g;
  return {{g * ew.mw / kSqrt2 * ew.s2b - y * ml * ew.sb, -g * ew.mw / kSqrt2 * ew.c2b + y * ml * ew.cb},
          {-(y * mu * ew.cb + a * ew.sb), a * ew.cb - y * mu * ew.sb},
          {in.mHpm, ew.mw}};
}

/// Common Higgs A0 piece of a sfermion with Z coupling gz = T3 - Q s_W^2, isospin t3 and charge
/// qe (conjugate-superfield quantum numbers for right-handed states): the D-term quartic
/// couplings to |H_d^0|^2, |H_u^0|^2 and the charged components (PBMZ appendix D).
double higgs_dterm_a0(double gz, double t3, double qe, const SleptonLoopInputs& in, const Electroweak& ew) {
  const double q = in.q, g2 = in.g * in.g, gp2 = in.gp * in.gp;
  const double neutral = g2 * gz / (4.0 * ew.cw2) *
                         (ew.c2a * (pv_a0(in.mH, q) - pv_a0(in.mh, q)) + ew.c2b * (pv_a0(ew.mz, q) - pv_a0(in.mA, q)));
  const double charged = 0.5 * (g2 * t3 + gp2 * (qe - t3)) * ew.c2b * (pv_a0(in.mHpm, q) - pv_a0(ew.mw, q));
  return neutral + charged;
}

/// A charged-slepton self-energy at momentum p: inputs, electroweak quantities at q, the generation
/// and the Z couplings T3 - Q s_W^2 of the interaction states L (T3 = -1/2, y = -1) and R as e^c
/// (T3 = 0, Q = +1, y = +2).
struct SleptonSelfEnergy {
  double p;
  const SleptonLoopInputs& in;
  const Electroweak& ew;
  const Generation& gen;
  double gz_l, gz_ec;
};

/// Gauge bosons: Z and W seagulls, photon and Z loops with the slepton, W loop with the
/// sneutrino (PBMZ app. D, the A0(m_V) and F(p, m, m_V) terms).
void add_gauge_loops(Eigen::Matrix2d& pi, const SleptonSelfEnergy& se) {
  const SleptonLoopInputs& in = se.in;
  const Electroweak& ew = se.ew;
  const Generation& gen = se.gen;
  const double q = in.q, g2 = in.g * in.g;
  const SfermionPair& sl = gen.sl;
  const double gz_l = se.gz_l, gz_ec = se.gz_ec;
  const double gz_gauge[2] = {gz_l, +ew.sw2};  // Z couplings of the charge -1 fields e_L, e_R
  const double p = se.p;
  pi(0, 0) += 4.0 * g2 / ew.cw2 * gz_l * gz_l * pv_a0(ew.mz, q) + 2.0 * g2 * pv_a0(ew.mw, q) +
              0.5 * g2 * pv_f(p, gen.msnu, ew.mw, q);
  pi(1, 1) += 4.0 * g2 / ew.cw2 * gz_ec * gz_ec * pv_a0(ew.mz, q);
  for (int j = 0; j < 2; ++j) {
    const double f_photon = pv_f(p, sl.m[j], 0.0, q), f_z = pv_f(p, sl.m[j], ew.mz, q);
    for (int x = 0; x < 2; ++x)
      for (int z = 0; z < 2; ++z)
        pi(x, z) += sl.rot(j, x) * sl.rot(j, z) * (ew.e2 * f_photon + g2 / ew.cw2 * gz_gauge[x] * gz_gauge[z] * f_z);
  }
}

/// Quartic couplings to the sfermions: D-terms and F-terms (Yukawas) (PBMZ app. D).
void add_sfermion_quartics(Eigen::Matrix2d& pi, const SleptonSelfEnergy& se) {
  const SleptonLoopInputs& in = se.in;
  const Generation& gen = se.gen;
  const double q = in.q, g2 = in.g * in.g, gp2 = in.gp * in.gp;
  const double y = gen.y;
  const SfermionPair& sl = gen.sl;
  const DTermSums sums = dterm_sums(in);
  const double ycharge[2] = {-1.0, 2.0};
  // D-term quartics: SU(2) within the doublet and with every doublet, U(1)_Y with every state.
  const double a0_l = weighted_a0(sl, 0, q), a0_r = weighted_a0(sl, 1, q), a0_lr = mixed_a0(sl, q);
  pi(0, 0) += 0.25 * g2 * (a0_l + 2.0 * pv_a0(gen.msnu, q)) + g2 * (-0.5) * sums.isospin +
              0.25 * gp2 * ycharge[0] * (ycharge[0] * a0_l + sums.hypercharge);
  pi(1, 1) += 0.25 * gp2 * ycharge[1] * (ycharge[1] * a0_r + sums.hypercharge);
  pi(0, 1) += 0.25 * gp2 * ycharge[0] * ycharge[1] * a0_lr;

  // F-term (Yukawa) quartics: y^2 |L|^2 |R|^2, y^2 |snu|^2 |e^c|^2, y_tau y_b (tau-sbottom).
  if (y != 0.0) {
    const SfermionPair sb = sfermion_pair(in.sbottom);
    pi(0, 0) += y * y * a0_r;
    pi(1, 1) += y * y * (a0_l + pv_a0(gen.msnu, q));
    pi(0, 1) += y * y * a0_lr + 3.0 * y * in.yb * mixed_a0(sb, q);
  }
}

/// Higgs A0 terms: D-term couplings, plus y^2 |H_d|^2 for the third generation (PBMZ app. D).
void add_higgs_a0(Eigen::Matrix2d& pi, const SleptonSelfEnergy& se) {
  const SleptonLoopInputs& in = se.in;
  const Electroweak& ew = se.ew;
  const Generation& gen = se.gen;
  const double q = in.q, y = gen.y;
  const double gz_l = se.gz_l, gz_ec = se.gz_ec;
  pi(0, 0) += higgs_dterm_a0(gz_l, -0.5, -1.0, in, ew);
  pi(1, 1) += higgs_dterm_a0(gz_ec, 0.0, 1.0, in, ew);
  if (y != 0.0) {
    const double hd0 = 0.5 * (ew.ca * ew.ca * pv_a0(in.mH, q) + ew.sa * ew.sa * pv_a0(in.mh, q) +
                              ew.cb * ew.cb * pv_a0(ew.mz, q) + ew.sb * ew.sb * pv_a0(in.mA, q));
    pi(0, 0) += y * y * hd0;
    pi(1, 1) += y * y * (hd0 + ew.cb * ew.cb * pv_a0(ew.mw, q) + ew.sb * ew.sb * pv_a0(in.mHpm, q));
  }
}

/// Neutral Higgs and Goldstone (G0) B0 terms with the charged slepton (PBMZ app. D).
void add_neutral_higgs_b0(Eigen::Matrix2d& pi, const SleptonSelfEnergy& se) {
  const SleptonLoopInputs& in = se.in;
  const Electroweak& ew = se.ew;
  const Generation& gen = se.gen;
  const double q = in.q, g = in.g;
  const double y = gen.y, a = gen.a, ml = gen.ml, mu = in.mu;
  const SfermionPair& sl = gen.sl;
  const double gz_l = se.gz_l, gz_ec = se.gz_ec;
  const double p = se.p;
  // Higgs B0 terms. CP-even couplings of (phi_d, phi_u) to (L, R): D-terms, y^2 v_d, a_tau and
  // y mu trilinears; rotated to (H, h) with alpha.
  Eigen::Matrix2d cd, cu;
  cd << g * ew.mz * gz_l * ew.cb / ew.cw + kSqrt2 * y * ml, a / kSqrt2,
        a / kSqrt2, g * ew.mz * gz_ec * ew.cb / ew.cw + kSqrt2 * y * ml;
  cu << -g * ew.mz * gz_l * ew.sb / ew.cw, -y * mu / kSqrt2,
        -y * mu / kSqrt2, -g * ew.mz * gz_ec * ew.sb / ew.cw;
  // CP-odd (G0 with mass m_Z in Feynman gauge, A): antisymmetric L-R couplings.
  const double c_g0 = (a * ew.cb - y * mu * ew.sb) / kSqrt2, c_a = (a * ew.sb + y * mu * ew.cb) / kSqrt2;
  Eigen::Matrix2d odd;
  odd << 0, 1, -1, 0;
  struct Boson {
    double mass;
    Eigen::Matrix2d c;
  };
  const Boson neutral[4] = {{in.mH, ew.ca * cd + ew.sa * cu},
                            {in.mh, -ew.sa * cd + ew.ca * cu},
                            {ew.mz, c_g0 * odd},
                            {in.mA, c_a * odd}};
  for (const Boson& b : neutral) {
    const Eigen::Matrix2d m = b.c * sl.rot.transpose();  // m(a, j): coupling of state a to eigenstate j
    for (int j = 0; j < 2; ++j) {
      const double b0 = pv_b0(p, b.mass, sl.m[j], q);
      for (int x = 0; x < 2; ++x)
        for (int z = 0; z < 2; ++z) pi(x, z) += m(x, j) * m(z, j) * b0;
    }
  }
}

/// Charged Higgs and Goldstone (mass m_W) B0 terms with the sneutrino (PBMZ app. D).
void add_charged_higgs_b0(Eigen::Matrix2d& pi, const SleptonSelfEnergy& se) {
  const SleptonLoopInputs& in = se.in;
  const Electroweak& ew = se.ew;
  const Generation& gen = se.gen;
  const double q = in.q;
  const double p = se.p;
  const ChargedHiggsCouplings ch = charged_higgs_couplings(gen, in, ew);
  for (int k = 0; k < 2; ++k) {
    const double b0 = pv_b0(p, ch.mass[k], gen.msnu, q);
    pi(0, 0) += ch.left[k] * ch.left[k] * b0;
    pi(1, 1) += ch.right[k] * ch.right[k] * b0;
    pi(0, 1) += ch.left[k] * ch.right[k] * b0;
  }
}

/// Neutralino loops with the lepton (PBMZ app. D, the G and m_chi m_l B0 terms).
void add_neutralino_loops(Eigen::Matrix2d& pi, const SleptonSelfEnergy& se) {
  const SleptonLoopInputs& in = se.in;
  const Generation& gen = se.gen;
  const double q = in.q, g = in.g, gp = in.gp;
  const double y = gen.y, ml = gen.ml;
  const double p = se.p;
  // Neutralinos (real N, signed masses): couplings to (lepton, chi) of both chiralities.
  for (int i = 0; i < 4; ++i) {
    const Eigen::Matrix4d& n = in.neutralinos.n;
    const double mchi = in.neutralinos.mass[i], mabs = std::fabs(mchi);
    const double b_l = (gp * n(i, 0) + g * n(i, 1)) / kSqrt2, a_l = -y * n(i, 2);
    const double b_r = -y * n(i, 2), a_r = -kSqrt2 * gp * n(i, 0);
    const double av[2] = {a_l, a_r}, bv[2] = {b_l, b_r};
    const double gfn = pv_g(p, mabs, ml, q);
    const double mass_term = 2.0 * mchi * ml * pv_b0(p, mabs, ml, q);
    for (int x = 0; x < 2; ++x)
      for (int z = 0; z < 2; ++z)
        pi(x, z) += (av[x] * av[z] + bv[x] * bv[z]) * gfn - (av[x] * bv[z] + bv[x] * av[z]) * mass_term;
  }
}

/// Chargino loops with the (massless) neutrino (PBMZ app. D, the G terms).
void add_chargino_loops(Eigen::Matrix2d& pi, const SleptonSelfEnergy& se) {
  const SleptonLoopInputs& in = se.in;
  const double q = in.q, g = in.g, y = se.gen.y;
  const double p = se.p;
  // Charginos with the (massless) neutrino: e_L^* nu W-, e_R^* nu H_d^- (y).
  for (int i = 0; i < 2; ++i) {
    const double c[2] = {-g * in.charginos.u(i, 0), y * in.charginos.u(i, 1)};
    const double gfn = pv_g(p, in.charginos.mass[i], 0.0, q);
    for (int x = 0; x < 2; ++x)
      for (int z = 0; z < 2; ++z) pi(x, z) += c[x] * c[z] * gfn;
  }
}
}  // namespace

Eigen::Matrix2d charged_slepton_self_energy(double p, const SleptonLoopInputs& in, int generation) {
  const Electroweak ew = electroweak_at_q(in);
  const Generation gen = generation_data(in, generation, ew);
  // Interaction states L (T3 = -1/2, y = -1) and R as e^c (T3 = 0, Q = +1, y = +2).
  const SleptonSelfEnergy se{p, in, ew, gen, -0.5 + ew.sw2, -ew.sw2};
  Eigen::Matrix2d pi = Eigen::Matrix2d::Zero();
  add_gauge_loops(pi, se);
  add_sfermion_quartics(pi, se);
  add_higgs_a0(pi, se);
  add_neutral_higgs_b0(pi, se);
  add_charged_higgs_b0(pi, se);
  add_neutralino_loops(pi, se);
  add_chargino_loops(pi, se);
  pi(1, 0) = pi(0, 1);
  return kLoop * pi;
}

double sneutrino_self_energy(double p, const SleptonLoopInputs& in, int generation) {
  const Electroweak ew = electroweak_at_q(in);
  const Generation gen = generation_data(in, generation, ew);
  const double q = in.q, g = in.g, gp = in.gp, g2 = g * g, gp2 = gp * gp;
  const double y = gen.y, ml = gen.ml, m = gen.msnu;
  const SfermionPair& sl = gen.sl;
  const DTermSums sums = dterm_sums(in);
  const double gz = 0.5;  // T3 = +1/2, Q = 0, y = -1
  double pi = 0.0;

  // Gauge bosons: seagulls, Z loop with the sneutrino, W loop with the charged slepton (L part).
  pi += 4.0 * g2 / ew.cw2 * gz * gz * pv_a0(ew.mz, q) + 2.0 * g2 * pv_a0(ew.mw, q) +
        g2 / ew.cw2 * gz * gz * pv_f(p, m, ew.mz, q);
  for (int j = 0; j < 2; ++j) pi += 0.5 * g2 * sl.rot(j, 0) * sl.rot(j, 0) * pv_f(p, sl.m[j], ew.mw, q);

  // D-term quartics and the Yukawa quartic y^2 |snu|^2 |e^c|^2.
  pi += 0.25 * g2 * (pv_a0(m, q) + 2.0 * weighted_a0(sl, 0, q)) + g2 * 0.5 * sums.isospin +
        0.25 * gp2 * (-1.0) * (-1.0 * pv_a0(m, q) + sums.hypercharge);
  pi += y * y * weighted_a0(sl, 1, q);

  // Higgs A0 terms (D-terms; y^2 |H_d^-|^2).
  pi += higgs_dterm_a0(gz, 0.5, 0.0, in, ew);
  pi += y * y * (ew.cb * ew.cb * pv_a0(ew.mw, q) + ew.sb * ew.sb * pv_a0(in.mHpm, q));

  // Higgs B0 terms: CP-even D-term couplings; charged Higgs and Goldstone with the charged slepton.
  const double cd = g * ew.mz * gz * ew.cb / ew.cw, cu = -g * ew.mz * gz * ew.sb / ew.cw;
  const double c_heavy = ew.ca * cd + ew.sa * cu, c_light = -ew.sa * cd + ew.ca * cu;
  pi += c_heavy * c_heavy * pv_b0(p, in.mH, m, q) + c_light * c_light * pv_b0(p, in.mh, m, q);
  const ChargedHiggsCouplings ch = charged_higgs_couplings(gen, in, ew);
  for (int k = 0; k < 2; ++k)
    for (int j = 0; j < 2; ++j) {
      const double c = sl.rot(j, 0) * ch.left[k] + sl.rot(j, 1) * ch.right[k];
      pi += c * c * pv_b0(p, ch.mass[k], sl.m[j], q);
    }

  // Neutralinos with the neutrino; charginos with the charged lepton (W+ gauge coupling and the
  // H_d^- Yukawa coupling; the chirality-flip term ~ y m_l m_chi is below 1e-4 and omitted).
  for (int i = 0; i < 4; ++i) {
    const Eigen::Matrix4d& n = in.neutralinos.n;
    const double c = (g * n(i, 1) - gp * n(i, 0)) / kSqrt2;
    pi += c * c * pv_g(p, std::fabs(in.neutralinos.mass[i]), 0.0, q);
  }
  for (int i = 0; i < 2; ++i) {
    const double f = g2 * in.charginos.v(i, 0) * in.charginos.v(i, 0) + y * y * in.charginos.u(i, 1) * in.charginos.u(i, 1);
    pi += f * pv_g(p, in.charginos.mass[i], ml, q);
  }
  return kLoop * pi;
}

SleptonPoleMasses slepton_pole_masses(const SleptonLoopInputs& in) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  auto root = [&](double m2) { return m2 > 0 ? std::sqrt(m2) : nan; };
  SleptonPoleMasses out;
  const double m_el = std::sqrt(std::max(in.m2_eL, 0.0)), m_er = std::sqrt(std::max(in.m2_eR, 0.0));
  out.selectron_L = root(in.m2_eL - charged_slepton_self_energy(m_el, in, 1)(0, 0));
  out.selectron_R = root(in.m2_eR - charged_slepton_self_energy(m_er, in, 1)(1, 1));
  out.sneutrino_e = root(in.m2_snu_e - sneutrino_self_energy(std::sqrt(std::max(in.m2_snu_e, 0.0)), in, 1));
  out.sneutrino_tau = root(in.m2_snu_tau - sneutrino_self_energy(std::sqrt(std::max(in.m2_snu_tau, 0.0)), in, 3));
  // Staus: the tree matrix rebuilt from its eigen-decomposition, corrected at p = m_i.
  const SfermionPair tau = sfermion_pair(in.stau);
  const Eigen::Matrix2d tree = tau.rot.transpose() * Eigen::Vector2d(in.stau.m1sq, in.stau.m2sq).asDiagonal() * tau.rot;
  double* targets[2] = {&out.stau1, &out.stau2};
  for (int i = 0; i < 2; ++i) {
    Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> es;
    es.computeDirect(tree - charged_slepton_self_energy(tau.m[i], in, 3), Eigen::EigenvaluesOnly);
    *targets[i] = root(es.eigenvalues()(i));
  }
  return out;
}

}  // namespace gmsb::sparticles
