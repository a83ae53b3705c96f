#pragma once
/// \file passarino_veltman.hpp
/// Finite parts of the one-loop Passarino-Veltman functions in the DRbar scheme, conventions of
/// Pierce, Bagger, Matchev & Zhang, NPB 491 (1997) 3, appendix B. Masses in GeV, scale q in GeV.

namespace gmsb::sparticles {

/// A0(m) = m^2 (1 - ln(m^2/q^2)).
double pv_a0(double m, double q);
/// Real part of B0(p, m1, m2) = -int_0^1 dx ln[(x m2^2 + (1-x) m1^2 - x(1-x) p^2 - i eps)/q^2].
double pv_b0(double p, double m1, double m2, double q);
/// B1(p, m1, m2) = [A0(m2) - A0(m1) + (p^2 + m1^2 - m2^2) B0(p, m1, m2)] / (2 p^2).
double pv_b1(double p, double m1, double m2, double q);
/// B0 and B1 of the same arguments from one evaluation of B0 (for self-energies that need both).
struct PvB0B1 {
  double b0, b1;
};
PvB0B1 pv_b0_b1(double p, double m1, double m2, double q);
/// PBMZ appendix B: G(p, m1, m2) = (p^2 - m1^2 - m2^2) B0(p, m1, m2) - A0(m1) - A0(m2)
/// (fermion loops in scalar self-energies).
double pv_g(double p, double m1, double m2, double q);
/// PBMZ appendix B: F(p, m1, m2) = A0(m1) - 2 A0(m2) - (2 p^2 + 2 m1^2 - m2^2) B0(p, m1, m2)
/// (scalar m1 + vector m2 loops in scalar self-energies, Feynman gauge).
double pv_f(double p, double m1, double m2, double q);

}  // namespace gmsb::sparticles
