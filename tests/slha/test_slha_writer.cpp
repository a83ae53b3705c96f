// SLHA output (scanner/src/io/slha/slha_writer.hpp): round trip through the reader, the MASS list
// of docs/slha.md, MINPAR 5 only for N1 = N2 = N3, no nan/inf, the NLSP DECAY table.
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "gmsb/spectrum_calculator.hpp"
#include "io/slha/slha_document.hpp"
#include "io/slha/slha_input.hpp"
#include "io/slha/slha_writer.hpp"

namespace gmsb::slha {
namespace {

struct Case {
  const char* name;
  PointInput in;
  Settings settings;
  SMInputs sm;
};

std::vector<Case> round_trip_cases() {
  std::vector<Case> c;
  c.push_back({"kn99 (1,3,4) paper", PointInput(parse_indices("1,3,4"), 1e5, 1e8, 29, 1), Settings::kn99_paper(), SMInputs::kn99()});
  Settings modern;
  modern.method = HiggsMethod::kModern;
  // Inputs that need all 17 digits to read back exactly.
  PointInput odd(parse_indices("1,1,1"), 98765.4321012345, 1.234567890123e5, 15.123456789012, -1);
  odd.c_grav = 2.5;
  SMInputs sm = SMInputs::pdg2024();
  sm.mt_pole = 172.57123456789;
  c.push_back({"modern N5=1 odd numbers", odd, modern, sm});
  PointInput v(parse_indices("14/5,4,1"), 8e4, 1e8, 10, 1);
  v.variant.primary_content = parse_content("D+4L");
  v.variant.extra_sets.push_back(MessengerSet::from_content(parse_content("5+5bar"), 0, 1e15));
  v.variant.extra_sets.back().lambda_ratio = 1.0;
  MessengerSet fixed;
  fixed.n = parse_indices("1/5,0,1");
  fixed.lambda_gev = 3e4;
  fixed.mess_gev = 1e12;
  v.variant.extra_sets.push_back(fixed);
  v.variant.supertrace.s_gev2 = -1e8;
  v.variant.supertrace.lambda_uv_gev = 1e16;
  v.variant.gravity.enabled = true;
  v.variant.gravity.m0_sq_gev2 = 576;
  v.variant.dterm.enabled = true;
  v.variant.dterm.m_gev = 50;
  v.variant.dterm.charges = U1Charges::flipped_su5(-4, 4);
  c.push_back({"kn99 variant", v, Settings::kn99(), SMInputs::kn99()});
  return c;
}

void expect_same_input(const PointInput& a, const PointInput& b) {
  EXPECT_EQ(a.n, b.n);
  EXPECT_EQ(a.lambda_gev, b.lambda_gev);
  EXPECT_EQ(a.mess_gev, b.mess_gev);
  EXPECT_EQ(a.tanb, b.tanb);
  EXPECT_EQ(a.sign_mu, b.sign_mu);
  EXPECT_EQ(a.c_grav, b.c_grav);
  const ModelVariant &x = a.variant, &y = b.variant;
  EXPECT_EQ(x.primary_content.has_value(), y.primary_content.has_value());
  if (x.primary_content && y.primary_content) {
    EXPECT_EQ(x.primary_content->name(), y.primary_content->name());
  }
  ASSERT_EQ(x.extra_sets.size(), y.extra_sets.size());
  for (std::size_t i = 0; i < x.extra_sets.size(); ++i) {
    EXPECT_EQ(x.extra_sets[i].n, y.extra_sets[i].n);
    EXPECT_EQ(x.extra_sets[i].content.has_value(), y.extra_sets[i].content.has_value());
    EXPECT_EQ(x.extra_sets[i].lambda_gev, y.extra_sets[i].lambda_gev);
    EXPECT_EQ(x.extra_sets[i].lambda_ratio, y.extra_sets[i].lambda_ratio);
    EXPECT_EQ(x.extra_sets[i].mess_gev, y.extra_sets[i].mess_gev);
  }
  EXPECT_EQ(x.supertrace.s_gev2, y.supertrace.s_gev2);
  EXPECT_EQ(x.supertrace.s_ratio, y.supertrace.s_ratio);
  EXPECT_EQ(x.supertrace.lambda_uv_gev, y.supertrace.lambda_uv_gev);
  EXPECT_EQ(x.gravity.enabled, y.gravity.enabled);
  EXPECT_EQ(x.gravity.m0_sq_gev2, y.gravity.m0_sq_gev2);
  EXPECT_EQ(x.gravity.a0_gev, y.gravity.a0_gev);
  EXPECT_EQ(x.gravity.m12_gev, y.gravity.m12_gev);
  EXPECT_EQ(x.gravity.scale_gev, y.gravity.scale_gev);
  EXPECT_EQ(x.dterm.enabled, y.dterm.enabled);
  EXPECT_EQ(x.dterm.m_gev, y.dterm.m_gev);
  EXPECT_EQ(x.dterm.scale_gev, y.dterm.scale_gev);
  EXPECT_EQ(x.dterm.charges.q, y.dterm.charges.q);
  EXPECT_EQ(x.dterm.charges.e, y.dterm.charges.e);
  EXPECT_EQ(x.dterm.charges.hu, y.dterm.charges.hu);
  EXPECT_EQ(x.seed002_literal_m1, y.seed002_literal_m1);
}

void expect_same_settings(const Settings& a, const Settings& b) {
  EXPECT_EQ(a.method, b.method);
  EXPECT_EQ(a.rge_loops, b.rge_loops);
  EXPECT_EQ(a.mt_higgs, b.mt_higgs);
  if (a.mt_higgs == TopMassChoice::kFixed) {
    EXPECT_EQ(a.mt_higgs_fixed_gev, b.mt_higgs_fixed_gev);
  }
  EXPECT_EQ(a.eps6, b.eps6);
  EXPECT_EQ(a.modern_higgs_eft, b.modern_higgs_eft);
  EXPECT_EQ(a.include_stau_tadpole, b.include_stau_tadpole);
  EXPECT_EQ(a.msusy_rel_tol, b.msusy_rel_tol);
  EXPECT_EQ(a.max_iterations, b.max_iterations);
  EXPECT_EQ(a.ode_rel_tol, b.ode_rel_tol);
  EXPECT_EQ(a.perturbative_limit, b.perturbative_limit);
  EXPECT_EQ(a.check_perturbativity_to_gut, b.check_perturbativity_to_gut);
  EXPECT_EQ(a.perturbativity_alpha_max, b.perturbativity_alpha_max);
  EXPECT_EQ(a.gut_scale_gev, b.gut_scale_gev);
}

TEST(SlhaRoundTrip, ReaderGivesTheInputsBackAndTheSameSpectrumToTheLastDigit) {
  for (const Case& c : round_trip_cases()) {
    SCOPED_TRACE(c.name);
    const SpectrumCalculator calc(c.sm, c.settings);
    const PointResult r = calc.compute(c.in);
    ASSERT_EQ(r.status & kFatalMask, 0u) << status_names(r.status).size();
    const std::string text = write(c.in, r, calc.sm_inputs(), calc.settings());
    const InputPoint back = read_run(parse(text, "out.slha"));
    expect_same_input(c.in, back.input);
    expect_same_settings(calc.settings(), back.settings);
    for (double SMInputs::*f : {&SMInputs::mz, &SMInputs::gf, &SMInputs::alpha_em_inv, &SMInputs::sin2w,
                                &SMInputs::alpha_s, &SMInputs::mt_pole, &SMInputs::mb_mb, &SMInputs::mtau_pole})
      EXPECT_EQ(calc.sm_inputs().*f, back.sm.*f);
    // Recomputed from what was read: the same file, every printed digit.
    const SpectrumCalculator again(back.sm, back.settings);
    EXPECT_EQ(write(back.input, again.compute(back.input), again.sm_inputs(), again.settings()), text);
  }
}

TEST(SlhaWriterOutput, Minpar5OnlyForEqualIndices) {
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  auto doc = [&](const char* n) {
    const PointInput in(parse_indices(n), 1e5, 1e8, 29, 1);
    return parse(write(in, calc.compute(in), calc.sm_inputs(), calc.settings()), "out");
  };
  auto has = [](const Block* b, const std::string& first) {
    if (!b) return false;
    for (const Entry& e : b->entries)
      if (e.tokens[0] == first) return true;
    return false;
  };
  const Document n5 = doc("2,2,2");
  EXPECT_TRUE(has(n5.find("MINPAR"), "5"));
  EXPECT_EQ(n5.find("GMSBINDICES"), nullptr);
  const Document g = doc("1,3,4");
  EXPECT_FALSE(has(g.find("MINPAR"), "5"));  // a program that ignores GMSBINDICES cannot take N5 = 1
  ASSERT_NE(g.find("GMSBINDICES"), nullptr);
  bool note = false;
  for (const Entry& e : g.find("SPINFO")->entries)
    note = note || (e.tokens[0] == "3" && e.line > 0 &&
                    std::find(e.tokens.begin(), e.tokens.end(), "GMSBINDICES") != e.tokens.end());
  EXPECT_TRUE(note);
}

/// The PDG codes of the MASS table of docs/slha.md (rows "| CODE | ..." after "### Block MASS").
std::set<int> documented_mass_codes() {
  std::ifstream in(std::string(GMSB_SOURCE_DIR) + "/docs/slha.md");
  std::set<int> codes;
  bool in_mass = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("###", 0) == 0) in_mass = line.find("Block MASS") != std::string::npos;
    if (!in_mass || line.rfind("| ", 0) != 0) continue;
    const std::string cell = line.substr(2, line.find('|', 2) - 2);
    if (const std::optional<int> code = to_integer(cell.substr(0, cell.find(' ')))) codes.insert(*code);
  }
  return codes;
}

std::set<int> mass_codes(const std::string& text) {
  std::set<int> out;
  const Document d = parse(text, "out");
  for (const Entry& e : d.find("MASS")->entries) out.insert(*to_integer(e.tokens[0]));
  return out;
}

TEST(SlhaWriterOutput, EveryDocumentedMassCodeIsWritten) {
  const std::set<int> documented = documented_mass_codes();
  ASSERT_GE(documented.size(), 34u);  // W, 5 Higgs-sector, 12 squarks, 9 sleptons, gluino, 6 inos, gravitino
  for (bool modern : {false, true}) {
    Settings s;
    s.method = modern ? HiggsMethod::kModern : HiggsMethod::kKn99;
    const SpectrumCalculator calc(modern ? SMInputs::pdg2024() : SMInputs::kn99(), s);
    const PointInput in(parse_indices("1,1,1"), 1e5, 2e5, 15, 1);
    PointResult r = calc.compute(in);
    ASSERT_EQ(r.status, 0u);
    // The phenomenology fields are filled by another stage; fill them where it has not run yet.
    if (!(r.msneutrino_tau > 0)) r.msneutrino_tau = 300;
    if (!(r.m_gravitino > 0)) r.m_gravitino = 2.4e-8;
    const std::set<int> written = mass_codes(write(in, r, calc.sm_inputs(), calc.settings()));
    for (int code : documented) EXPECT_EQ(written.count(code), 1u) << code;
    for (int code : written) EXPECT_EQ(documented.count(code), 1u) << code << " is written but not in docs/slha.md";
  }
}

/// True if a data token (comments removed) is a non-finite number: nan, inf, -nan, ... in any case.
bool has_non_finite_token(const std::string& text) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::istringstream data(line.substr(0, line.find('#')));
    for (std::string tok; data >> tok;) {
      char* end = nullptr;
      const double v = std::strtod(tok.c_str(), &end);
      if (end != tok.c_str() && *end == '\0' && !std::isfinite(v)) return true;
    }
  }
  return false;
}

TEST(SlhaWriterOutput, FailedPointsWriteNoNanAndSayWhy) {
  int failed = 0;
  for (bool modern : {false, true}) {
    Settings s;
    s.method = modern ? HiggsMethod::kModern : HiggsMethod::kKn99;
    const SpectrumCalculator calc(modern ? SMInputs::pdg2024() : SMInputs::kn99(), s);
    for (const PointInput& in : {PointInput(parse_indices("1,1,1"), 1e5, 2e5, 55, -1),   // no EWSB (modern)
                                 PointInput(parse_indices("1,1,1"), 2e4, 1e5, 60, 1),    // stau tachyon
                                 PointInput(parse_indices("4,4,4"), 2e5, 1e15, 30, 1),   // Landau pole
                                 PointInput(parse_indices("1/5,0,1"), 1e5, 1e8, 10, 1),  // N2 = 0: light winos
                                 PointInput(parse_indices("1,1,1"), 1e5, 1e8, 15, 1)}) {
      const PointResult r = calc.compute(in);
      const std::string text = write(in, r, calc.sm_inputs(), calc.settings());
      EXPECT_FALSE(has_non_finite_token(text)) << text;
      const Document d = parse(text, "out");
      int problems = 0;
      for (const Entry& e : d.find("SPINFO")->entries) problems += e.tokens[0] == "4";
      EXPECT_EQ(problems, int(status_names(r.status).size()));
      failed += r.status != 0;
    }
  }
  EXPECT_GE(failed, 3);  // the list really has failing points
  // A result with nothing computed at all: the inputs and SPINFO only.
  PointResult none;
  for (double* p : {&none.mh, &none.mH, &none.mA, &none.mHpm, &none.alpha, &none.mu, &none.msusy, &none.mstau1,
                    &none.mgluino, &none.theta_stop, &none.theta_sbottom, &none.theta_stau, &none.msquark_uL,
                    &none.msquark_uR, &none.msquark_dL, &none.msquark_dR, &none.mselectron_L, &none.mselectron_R,
                    &none.msneutrino, &none.mstau2, &none.mstop1, &none.mstop2, &none.msbottom1, &none.msbottom2,
                    &none.vev_msusy, &none.msneutrino_tau, &none.m_gravitino, &none.nlsp_width_gev})
    *p = std::nan("");
  none.mneutralino.fill(std::nan(""));
  none.mchargino.fill(std::nan(""));
  none.status = bit(StatusBit::kNonPerturbative);
  const PointInput in(parse_indices("1,1,1"), 1e5, 1e8, 15, 1);
  const std::string text = write(in, none, SMInputs::kn99(), Settings::kn99());
  EXPECT_FALSE(has_non_finite_token(text)) << text;
  const Document d = parse(text, "out");
  EXPECT_EQ(d.find("HMIX"), nullptr);
  EXPECT_EQ(d.find("ALPHA"), nullptr);
  ASSERT_NE(d.find("MASS"), nullptr);
  EXPECT_EQ(d.find("MASS")->entries.size(), 1u);  // the W mass from the SM inputs
  EXPECT_NE(text.find("   4   non_perturbative"), std::string::npos);
}

TEST(SlhaWriterOutput, NlspDecayTableIntoTheGravitino) {
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  const PointInput in(parse_indices("1,1,1"), 1e5, 1e8, 15, 1);
  PointResult r = calc.compute(in);
  EXPECT_TRUE(parse(write(in, r, calc.sm_inputs(), calc.settings()), "out").decays.empty() || r.nlsp_pdg != 0);
  r.nlsp_pdg = 1000022;
  r.m_gravitino = 2.4e-8;
  r.nlsp_decays[0] = {1000039, 22, 2e-13};
  r.nlsp_decays[1] = {1000039, 23, 1e-13};
  r.nlsp_decays[2] = {1000039, 25, 0.0};  // closed: not written
  r.n_nlsp_decays = 3;
  r.nlsp_width_gev = 3e-13;
  const Document d = parse(write(in, r, calc.sm_inputs(), calc.settings()), "out");
  ASSERT_EQ(d.decays.size(), 1u);
  ASSERT_NE(d.find("DCINFO"), nullptr);
  EXPECT_EQ(d.find("DCINFO")->entries.at(0).tokens.at(1), "gmsb-scan");
  EXPECT_EQ(d.decays[0].pdg, 1000022);
  EXPECT_NEAR(d.decays[0].width_gev, 3e-13, 1e-21);
  ASSERT_EQ(d.decays[0].channels.size(), 2u);
  EXPECT_NEAR(d.decays[0].channels[0].br, 2.0 / 3.0, 1e-8);  // BR = width / total
  EXPECT_NEAR(d.decays[0].channels[1].br, 1.0 / 3.0, 1e-8);
  EXPECT_EQ(d.decays[0].channels[1].ids, (std::vector<int>{1000039, 23}));
}

TEST(SlhaWriterOutput, LineLayoutOfTheAccord) {
  // SLHA1's layout: BLOCK and DECAY lines start in column 1, data lines with a blank; '#' comments.
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  const PointInput in(parse_indices("1,3,4"), 1e5, 1e8, 29, 1);
  PointResult r = calc.compute(in);
  r.nlsp_pdg = 1000015;
  r.nlsp_decays[0] = {1000039, 15, 1e-14};
  r.n_nlsp_decays = 1;
  r.nlsp_width_gev = 1e-14;
  std::istringstream text(write(in, r, calc.sm_inputs(), calc.settings()));
  int lines = 0;
  for (std::string line; std::getline(text, line); ++lines) {
    ASSERT_FALSE(line.empty());
    const bool header = line.rfind("Block ", 0) == 0 || line.rfind("DECAY ", 0) == 0;
    EXPECT_TRUE(header || line[0] == ' ' || line[0] == '#') << line;
    EXPECT_LE(line.size(), 160u) << line;
  }
  EXPECT_GT(lines, 100);
}

TEST(SlhaWriterOutput, HmixHasTheRunningVevAndTanBetaAtQ) {
  const SpectrumCalculator calc(SMInputs::kn99(), Settings::kn99());
  const PointInput in(parse_indices("1,1,1"), 1e5, 1e8, 15, 1);
  PointResult r = calc.compute(in);
  auto hmix = [&](const PointResult& p, const char* i) {
    const Document d = parse(write(in, p, calc.sm_inputs(), calc.settings()), "out");
    for (const Entry& e : d.find("HMIX")->entries)
      if (e.tokens[0] == i) return *to_number(e.tokens[1]);
    return std::nan("");
  };
  EXPECT_NEAR(hmix(r, "3"), r.vev_msusy, 1e-7 * r.vev_msusy);
  EXPECT_GT(std::fabs(hmix(r, "3") - std::sqrt(2.0) * calc.sm_inputs().vev()), 1.0);  // not the G_F value
  EXPECT_EQ(hmix(r, "2"), 15.0);  // input at M_SUSY
  r.tanb_msusy = 14.5;            // once the running tan(beta) at Q is known, HMIX 2 is it
  EXPECT_NEAR(hmix(r, "2"), 14.5, 1e-12);
}

}  // namespace
}  // namespace gmsb::slha
