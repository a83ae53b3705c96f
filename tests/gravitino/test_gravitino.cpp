// The gravitino mass, the NLSP identity and the NLSP's decays into the gravitino
// (docs/physics.md §11.1-§11.3), against hand-computed values, limits and SOFTSUSY's definition.
#include <gtest/gtest.h>

#include <cmath>

#include "gmsb/error.hpp"
#include "gmsb/nlsp.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "gravitino/gravitino_mass.hpp"
#include "gravitino/nlsp.hpp"
#include "gravitino/nlsp_decays.hpp"
#include "internal_namespaces.hpp"

namespace gmsb {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kSin2w = 0.2312;

TEST(GravitinoMass, HandComputedSps8Value) {
  // SPS8: Lambda = 100 TeV, M = 200 TeV: F = 2e10 GeV^2, m_3/2 = 2e10/(1.7320508 * 2.435e18) = 4.742097e-9 GeV.
  PointInput in(parse_indices("1,1,1"), 1e5, 2e5, 15);
  EXPECT_EQ(messenger_f_gev2(in), 2e10);
  EXPECT_NEAR(gravitino_mass_gev(1.0, 2e10), 4.742097e-9, 1e-15);
  // linear in c_grav
  EXPECT_NEAR(gravitino_mass_gev(250.0, 2e10), 250.0 * 4.742097e-9, 1e-13);
}

TEST(GravitinoMass, AgreesWithSoftsusyBenchmarkDefinition) {
  // SOFTSUSY 3.3.9 benchmarks/mgmsb2.1.4.spec: Lambda = 99 TeV, M_mess = 110 TeV, cgrav = 1 ->
  // MASS 1000039 = 2.58093e-9 GeV, from its m32 = 2.37e-19 Lambda M cgrav (docs/physics.md §11.1).
  const double m32 = gravitino_mass_gev(1.0, 99e3 * 110e3);
  EXPECT_NEAR(m32 / 2.58093e-9 - 1.0, 0.0, 5e-4);  // the rounding of SOFTSUSY's 2.37e-19
  EXPECT_NE(m32, 2.58093e-9);
}

TEST(GravitinoMass, PointCarriesItAndCGravIsValidated) {
  PointInput in(parse_indices("1,1,1"), 1e5, 2e5, 15);
  in.c_grav = 3.0;
  const PointResult r = compute_point(in, SMInputs::kn99(), Settings::kn99());
  EXPECT_NEAR(r.m_gravitino, 3.0 * 4.742097e-9, 1e-14);
  in.c_grav = 0.0;
  EXPECT_THROW(in.validate(), InputError);
  in.c_grav = -1.0;
  EXPECT_THROW(in.validate(), InputError);
  in.c_grav = std::nan("");
  EXPECT_THROW(in.validate(), InputError);
}

// ---- widths ----

TEST(NlspWidths, PureBinoPhotonFractionIsCos2ThetaW) {
  const std::array<double, 4> bino{1, 0, 0, 0};
  const double m = 1e5, m32 = 1e-9;  // heavy bino: the Z threshold factor is 1 - 3e-6
  const double unit = goldstino_width_unit(m, m32);
  const double g = width_neutralino_photon(m, m32, bino, kSin2w), z = width_neutralino_z(m, m32, bino, kSin2w, 91.187, 0.3);
  EXPECT_NEAR(g / unit, 1 - kSin2w, 1e-14);
  EXPECT_NEAR(z / unit, kSin2w * std::pow(1 - std::pow(91.187 / m, 2), 4), 1e-14);
  EXPECT_NEAR(g / (g + z), 1 - kSin2w, 1e-5);
  EXPECT_EQ(width_neutralino_h(m, m32, bino, 0.2, 125.0), 0.0);  // no higgsino component
  // A pure wino: photon fraction s_W^2.
  const std::array<double, 4> wino{0, 1, 0, 0};
  EXPECT_NEAR(width_neutralino_photon(m, m32, wino, kSin2w) / unit, kSin2w, 1e-14);
}

TEST(NlspWidths, BinoPhotonWidthByHand) {
  // Gamma = c_W^2 m^5/(48 pi Mbar^2 m32^2) (1 - x^2)^3 (1 + 3 x^2), m = 100, m32 = 50 (x = 1/2):
  // 0.7688 * 1e10/(150.7964474 * 5.929225e36 * 2500) * 0.421875 * 1.75 = 2.539254e-33 GeV.
  const std::array<double, 4> bino{1, 0, 0, 0};
  EXPECT_NEAR(width_neutralino_photon(100.0, 50.0, bino, kSin2w) / 2.539254e-33, 1.0, 2e-6);
  EXPECT_NEAR(goldstino_width_unit(100.0, 50.0) / 4.473742e-33, 1.0, 2e-6);
  EXPECT_EQ(width_neutralino_photon(100.0, 100.0, bino, kSin2w), 0.0);  // no phase space
}

TEST(NlspWidths, ReproduceIsajet788) {
  // ISAJET 7.88 SLHA output of an SPS8-line point (Lambda = 150 TeV, M = 300 TeV, N5 = 1, tan(beta) = 15,
  // c_grav = 96.5383987; docs/validation.md): m_chi1 = 212.120834, N1j, alpha, m_h = 115.257454, m_Z = 91.17,
  // m_3/2 = 1.04505875e-6 GeV, Gamma(chi1) = 3.94431824e-16 GeV with BR(gamma G) = 0.857347310,
  // BR(Z G) = 0.124135055, BR(h G) = 1.30394226e-4. ISAJET uses Mbar_Pl = 2.4e18 GeV and s_W^2 = 0.232:
  // rescaled by (Mbar_Pl/2.4e18)^2 our widths are ISAJET's.
  const double rescale = std::pow(kReducedPlanckMassGeV / 2.4e18, 2), total = 3.94431824e-16;
  const std::array<double, 4> n{9.95301366e-01, -1.65267047e-02, 8.81438702e-02, -3.65044884e-02};
  const double m = 212.120834, m32 = 1.04505875e-6;
  EXPECT_NEAR(width_neutralino_photon(m, m32, n, 0.232) * rescale / (0.857347310 * total), 1.0, 1e-5);
  EXPECT_NEAR(width_neutralino_z(m, m32, n, 0.232, 91.17, std::atan(15.0)) * rescale / (0.124135055 * total), 1.0, 1e-5);
  EXPECT_NEAR(width_neutralino_h(m, m32, n, -6.89145699e-02, 115.257454) * rescale / (1.30394226e-4 * total), 1.0, 1e-5);
  // and ISAJET's m_3/2 is c_grav F/(sqrt(3) 2.4e18 GeV)
  EXPECT_NEAR(gravitino_mass_gev(96.5383987, 1.5e5 * 3e5) * (kReducedPlanckMassGeV / 2.4e18) / m32, 1.0, 1e-6);
}

TEST(NlspWidths, MasslessGravitinoScalingIsM5OverF2) {
  const std::array<double, 4> n{0.9, -0.2, 0.3, -0.25};
  const double m32 = 1e-9, mz = 91.187;
  const double g1 = width_neutralino_photon(200, m32, n, kSin2w), g2 = width_neutralino_photon(400, m32, n, kSin2w);
  EXPECT_NEAR(g2 / g1, 32.0, 1e-9);                                                 // m^5
  EXPECT_NEAR(width_neutralino_photon(200, 2 * m32, n, kSin2w) / g1, 0.25, 1e-12);  // 1/F^2
  EXPECT_NEAR(width_sfermion(400, m32, 0) / width_sfermion(200, m32, 0), 32.0, 1e-9);
  EXPECT_NEAR(width_sfermion(200, 3 * m32, 0) / width_sfermion(200, m32, 0), 1.0 / 9.0, 1e-12);
  // The Z mode approaches the same m^5 law far above threshold.
  EXPECT_NEAR(width_neutralino_z(2e5, m32, n, kSin2w, mz, 0.4) / width_neutralino_z(1e5, m32, n, kSin2w, mz, 0.4), 32.0,
              1e-4);
}

TEST(NlspWidths, HiggsAndZCouplingsOfAHiggsino) {
  // A pure H_u higgsino (N14 = 1): Z: |sin(beta)|^2/2, h: |cos(alpha)|^2/2 of the unit, times thresholds.
  const std::array<double, 4> hu{0, 0, 0, 1};
  const double m = 500, m32 = 1e-9, beta = std::atan(10.0), alpha = -0.1, mh = 125.0, mz = 91.187;
  const double unit = goldstino_width_unit(m, m32);
  EXPECT_NEAR(width_neutralino_z(m, m32, hu, kSin2w, mz, beta) / unit,
              0.5 * std::pow(std::sin(beta), 2) * std::pow(1 - mz * mz / (m * m), 4), 1e-13);
  EXPECT_NEAR(width_neutralino_h(m, m32, hu, alpha, mh) / unit,
              0.5 * std::pow(std::cos(alpha), 2) * std::pow(1 - mh * mh / (m * m), 4), 1e-13);
  EXPECT_EQ(width_neutralino_photon(m, m32, hu, kSin2w), 0.0);
  EXPECT_EQ(width_neutralino_z(90.0, m32, hu, kSin2w, mz, beta), 0.0);  // below the Z threshold
}

TEST(NlspWidths, SleptonDecayLengthMatchesThePrimersEstimate) {
  // c tau = hbar c 16 pi F^2 / m^5 for kappa = 1: m = 100 GeV, sqrt(F) = 100 TeV:
  // 1.9732698e-16 * 16 pi * 1e20 / 1e10 = 9.918736e-5 m (Martin's primer: "about 1e-2 cm").
  const double F = 1e10, m32 = gravitino_mass_gev(1.0, F);
  Nlsp nlsp{NlspKind::kSleptonCoNlsp, 2000011, 100.0};
  NlspDecayInputs in;
  in.m32 = m32;
  PointResult r;
  set_nlsp_decays(nlsp, in, r);
  ASSERT_EQ(r.n_nlsp_decays, 1);
  EXPECT_EQ(r.nlsp_decays[0].pdg1, 11);
  EXPECT_EQ(r.nlsp_decays[0].pdg2, 1000039);
  EXPECT_NEAR(r.nlsp_ctau_m / 9.918736e-5, 1.0, 1e-6);
  EXPECT_NEAR(r.nlsp_ctau_m * r.nlsp_width_gev, kHbarCGeVMetre, 1e-28);
  // The stau: the tau mass enters as (1 - m_tau^2/m^2)^4.
  set_nlsp_decays({NlspKind::kStau, 1000015, 100.0}, in, r);
  ASSERT_EQ(r.n_nlsp_decays, 1);
  EXPECT_EQ(r.nlsp_decays[0].pdg1, 15);
  EXPECT_NEAR(r.nlsp_ctau_m / 9.918736e-5, std::pow(1 - 1.777 * 1.777 / 1e4, -4), 1e-6);
}

TEST(NlspWidths, BranchingRatiosSumToOneAndHeavyGravitinoMeansNoDecay) {
  PointResult r;
  NlspDecayInputs in;
  in.m32 = 1e-8;
  in.n_row = {0.95, -0.1, 0.25, -0.15};
  in.beta = std::atan(15.0);
  in.alpha = -0.07;
  in.mh = 115.0;
  set_nlsp_decays({NlspKind::kBinoNeutralino, 1000022, 300.0}, in, r);
  ASSERT_EQ(r.n_nlsp_decays, 3);
  double sum = 0;
  for (int i = 0; i < 3; ++i) sum += r.nlsp_decays[i].width_gev;
  EXPECT_EQ(sum, r.nlsp_width_gev);
  EXPECT_EQ(r.nlsp_decays[0].pdg1, 22);
  EXPECT_EQ(r.nlsp_decays[1].pdg1, 23);
  EXPECT_EQ(r.nlsp_decays[2].pdg1, 25);
  in.m32 = 400.0;  // gravitino heavier than the NLSP: the NLSP is the LSP
  set_nlsp_decays({NlspKind::kBinoNeutralino, 1000022, 300.0}, in, r);
  EXPECT_EQ(r.n_nlsp_decays, 0);
  EXPECT_TRUE(std::isnan(r.nlsp_width_gev));
  EXPECT_TRUE(std::isnan(r.nlsp_ctau_m));
}

// ---- NLSP identity ----

NlspCandidates candidates(double chi, double bino, double stau, double er, double snu_e, double snu_tau) {
  NlspCandidates c;
  c.neutralino1 = chi;
  c.bino_fraction = bino;
  c.stau1 = stau;
  c.selectron_r = er;
  c.sneutrino_e = snu_e;
  c.sneutrino_tau = snu_tau;
  return c;
}

TEST(NlspIdentity, EveryKind) {
  EXPECT_EQ(identify_nlsp(candidates(140, 0.98, 170, 176, 340, 340)).kind, NlspKind::kBinoNeutralino);
  EXPECT_EQ(identify_nlsp(candidates(140, 0.3, 170, 176, 340, 340)).kind, NlspKind::kNeutralino);
  const Nlsp stau = identify_nlsp(candidates(150, 0.98, 130, 176, 340, 339));
  EXPECT_EQ(stau.kind, NlspKind::kStau);
  EXPECT_EQ(stau.pdg, 1000015);
  EXPECT_EQ(stau.mass, 130.0);
  const Nlsp co = identify_nlsp(candidates(150, 0.98, 130, 131.5, 340, 339));  // 1.5 GeV < m_tau
  EXPECT_EQ(co.kind, NlspKind::kSleptonCoNlsp);
  EXPECT_EQ(co.pdg, 1000015);
  const Nlsp er = identify_nlsp(candidates(150, 0.98, 131, 130, 340, 339));  // e_R (mu_R) lightest
  EXPECT_EQ(er.kind, NlspKind::kSleptonCoNlsp);
  EXPECT_EQ(er.pdg, 2000011);
  const Nlsp snu = identify_nlsp(candidates(150, 0.98, 130, 131, 120, 119));
  EXPECT_EQ(snu.kind, NlspKind::kSneutrino);
  EXPECT_EQ(snu.pdg, 1000016);
  EXPECT_EQ(identify_nlsp(candidates(150, 0.98, std::nan(""), 131, 120, 119)).kind, NlspKind::kUndetermined);
  EXPECT_EQ(std::string(nlsp_kind_name(3)), "stau");
  EXPECT_EQ(std::string(nlsp_kind_name(NlspKind::kSleptonCoNlsp)), "slepton_co_nlsp");
  EXPECT_EQ(std::string(nlsp_kind_name(17)), "unknown");
}

TEST(NlspIdentity, NeutralinoGivesWayToTheStauAlongTanBeta) {
  // N5 = 1, Lambda = 100 TeV, M = 200 TeV (SPS8-like): y_tau grows with tan(beta) and pulls the
  // stau below the bino between tan(beta) = 35 and 40 (docs/physics.md §11.2).
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  int previous = -1;
  for (double tanb : {20.0, 30.0, 35.0, 40.0, 50.0}) {
    const PointResult r = calc.compute({parse_indices("1,1,1"), 1e5, 2e5, tanb});
    ASSERT_EQ(r.status, 0u) << tanb;
    const bool stau_lighter = r.mstau1 < r.mneutralino[0];
    EXPECT_EQ(r.nlsp_kind, int(stau_lighter ? NlspKind::kStau : NlspKind::kBinoNeutralino)) << tanb;
    EXPECT_EQ(r.m_nlsp, stau_lighter ? r.mstau1 : r.mneutralino[0]) << tanb;
    EXPECT_EQ(stau_lighter, tanb >= 40.0) << tanb;
    if (previous >= 0) {
      EXPECT_GE(r.nlsp_kind, previous) << "the NLSP changes once along the line";
    }
    previous = r.nlsp_kind;
    // Every NLSP decays: photon-dominated for the bino, tau G for the stau.
    ASSERT_GT(r.n_nlsp_decays, 0);
    EXPECT_EQ(r.nlsp_decays[0].pdg1, stau_lighter ? 15 : 22);
    EXPECT_GT(r.nlsp_ctau_m, 0);
  }
}

TEST(NlspIdentity, AndAlongTheMessengerNumber) {
  // tan(beta) = 15: N5 = 1 has a bino NLSP, N5 = 2 and 3 a stau (the scalars grow like sqrt(N), the gauginos like N).
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  const PointResult one = calc.compute({parse_indices("1,1,1"), 1e5, 2e5, 15});
  const PointResult two = calc.compute({parse_indices("2,2,2"), 1e5, 2e5, 15});
  EXPECT_EQ(one.nlsp_kind, int(NlspKind::kBinoNeutralino));
  EXPECT_EQ(two.nlsp_kind, int(NlspKind::kStau));
  EXPECT_GT(two.mselectron_R - two.mstau1, 1.777);  // outside the co-NLSP window
}

}  // namespace
}  // namespace gmsb
