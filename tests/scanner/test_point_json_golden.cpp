// `gmsb point --json` against golden outputs of the program before it wrote JSON with
// nlohmann-json (tests/data/golden/point, made at commit 11bdac1 with the command lines in
// commands.txt): every golden key is there, in the same order, with an equal value (numbers
// exactly equal after both texts are parsed: they are 10-significant-digit decimals, integers
// where the old output printed integers). The only keys the output may have beyond the golden
// ones are the documented later additions (kNewKeys), after all of them. The modern_* files were
// regenerated when the modern input tan(beta) became the DRbar value at M_Z (docs/physics.md
// §4.5; same keys, values of that convention); the kn99_* files are the originals.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

using Json = nlohmann::ordered_json;

const std::string kGoldenDir = std::string(GMSB_SOURCE_DIR) + "/tests/data/golden/point";
/// Keys added to `gmsb point --json` after the golden files were made, in the order they follow them.
const std::vector<std::string> kNewKeys = {"warnings",   "msneutrino_tau", "c_grav",     "m_gravitino", "nlsp_kind",
                                             "nlsp_pdg",   "m_nlsp",         "nlsp_width", "nlsp_ctau",   "nlsp_decays",
                                             "mh_uncertainty", "tanb_mz", "tanb_msusy", "tanb_convention"};

struct Case {
  std::string name, args;
};

std::vector<Case> golden_cases() {
  std::ifstream in(kGoldenDir + "/commands.txt");
  std::vector<Case> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto sp = line.find(' ');
    out.push_back({line.substr(0, sp), sp == std::string::npos ? "" : line.substr(sp + 1)});
  }
  return out;
}

/// stdout of the built gmsb (stderr dropped) and its exit status.
std::string run_stdout(const std::string& args, int& status) {
  const std::string cmd = std::string(GMSB_BINARY) + " " + args + " 2>/dev/null";
  std::string out;
  status = -1;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  std::array<char, 4096> buf;
  while (fgets(buf.data(), buf.size(), p)) out += buf.data();
  const int st = pclose(p);
  status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return out;
}

/// "" if equal, else where and how they differ. Numbers: the same kind (integer or not) and
/// exactly the same value.
std::string difference(const Json& want, const Json& got, const std::string& where) {
  if (want.is_number() && got.is_number()) {
    if (want.is_number_integer() != got.is_number_integer())
      return where + ": number kind differs: " + want.dump() + " vs " + got.dump();
    if (want.get<double>() != got.get<double>()) return where + ": " + want.dump() + " vs " + got.dump();
    return "";
  }
  if (want.type() != got.type()) return where + ": type differs: " + want.dump() + " vs " + got.dump();
  if (want.is_array()) {
    if (want.size() != got.size()) return where + ": length differs: " + want.dump() + " vs " + got.dump();
    for (std::size_t i = 0; i < want.size(); ++i) {
      const std::string d = difference(want[i], got[i], where + "[" + std::to_string(i) + "]");
      if (!d.empty()) return d;
    }
    return "";
  }
  if (want.is_object()) {
    if (want.size() != got.size()) return where + ": size differs: " + want.dump() + " vs " + got.dump();
    auto a = want.begin();
    auto b = got.begin();
    for (; a != want.end(); ++a, ++b) {
      if (a.key() != b.key()) return where + ": key '" + b.key() + "' where '" + a.key() + "' was";
      const std::string d = difference(a.value(), b.value(), where + "." + a.key());
      if (!d.empty()) return d;
    }
    return "";
  }
  return want == got ? "" : where + ": " + want.dump() + " vs " + got.dump();
}

}  // namespace

TEST(PointJsonGolden, CasesArePresent) {
  const auto cases = golden_cases();
  EXPECT_GE(cases.size(), 8u);
  for (const auto& c : cases) {
    std::ifstream f(kGoldenDir + "/" + c.name + ".json");
    EXPECT_TRUE(f.good()) << c.name;
  }
}

TEST(PointJsonGolden, OutputEqualsTheGoldenFiles) {
  for (const auto& c : golden_cases()) {
    SCOPED_TRACE(c.name + ": gmsb point " + c.args + " --json");
    std::ifstream f(kGoldenDir + "/" + c.name + ".json");
    std::stringstream text;
    text << f.rdbuf();
    const Json want = Json::parse(text.str());
    int status = 0;
    const std::string out = run_stdout("point " + c.args + " --json", status);
    ASSERT_EQ(status, 0) << out;
    Json got;
    ASSERT_NO_THROW(got = Json::parse(out)) << out;
    ASSERT_TRUE(want.is_object() && got.is_object()) << out;
    ASSERT_GE(got.size(), want.size()) << out;
    // The golden keys, in order, with equal values.
    auto g = got.begin();
    for (auto w = want.begin(); w != want.end(); ++w, ++g) {
      ASSERT_EQ(g.key(), w.key()) << "key order differs: " << out;
      EXPECT_EQ(difference(w.value(), g.value(), w.key()), "");
    }
    // Then only the documented new keys, in their order.
    std::size_t next_new = 0;
    for (; g != got.end(); ++g) {
      while (next_new < kNewKeys.size() && kNewKeys[next_new] != g.key()) ++next_new;
      ASSERT_LT(next_new, kNewKeys.size()) << "undocumented or misplaced key '" << g.key() << "': " << out;
      ++next_new;
    }
  }
}

TEST(PointJsonGolden, DifferenceSeesChanges) {
  const Json a = Json::parse(R"({"x": 1, "y": [1.5, null], "s": "t"})");
  EXPECT_EQ(difference(a, Json::parse(R"({"x": 1, "y": [1.5, null], "s": "t"})"), ""), "");
  EXPECT_NE(difference(a, Json::parse(R"({"x": 1.0, "y": [1.5, null], "s": "t"})"), ""), "");  // integer became a double
  EXPECT_NE(difference(a, Json::parse(R"({"x": 1, "y": [1.5000000001, null], "s": "t"})"), ""), "");
  EXPECT_NE(difference(a, Json::parse(R"({"y": [1.5, null], "x": 1, "s": "t"})"), ""), "");  // order
  EXPECT_NE(difference(a, Json::parse(R"({"x": 1, "y": [1.5, 0], "s": "t"})"), ""), "");
}
