#include "cli/cli_app.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace gmsb::cli {

const CLI::Validator& finite_number() {
  static const CLI::Validator v(
      [](std::string& text) -> std::string {
        char* end = nullptr;
        const double x = std::strtod(text.c_str(), &end);
        if (text.empty() || end == text.c_str() || *end != '\0' || !std::isfinite(x))
          return "must be a number, got '" + text + "'";
        return "";
      },
      "", "finite number");
  return v;
}

CLI::Option* add_number(CLI::App& app, const std::string& name, double& target, const std::string& help,
                        const std::string& unit) {
  return app.add_option(name, target, help)->check(finite_number())->type_name(unit);
}

namespace {
bool is_single_dash_long(const std::string& a) {
  if (a.size() < 3 || a[0] != '-' || a[1] == '-') return false;
  for (size_t i = 1; i < a.size(); ++i)
    if (!std::isalpha(static_cast<unsigned char>(a[i])) && a[i] != '-') return false;
  return true;
}
}  // namespace

void reject_single_dash_long(const std::vector<std::string>& args) {
  for (const auto& a : args) {
    if (a == "--") return;
    if (is_single_dash_long(a))
      throw UsageError("unknown option " + a + " (long options take two dashes: -" + a + ")");
  }
}

void reject_remaining(const CLI::App& app) {
  const std::vector<std::string> rest = app.remaining();
  if (rest.empty()) return;
  const std::string& a = rest.front();
  if (a.rfind("--", 0) == 0 && a.size() > 2) throw UsageError("unknown option " + a.substr(0, a.find('=')));
  if (is_single_dash_long(a)) throw UsageError("unknown option " + a + " (long options take two dashes: -" + a + ")");
  if (a.size() > 1 && a[0] == '-' && !std::isdigit(static_cast<unsigned char>(a[1])))
    throw UsageError("unknown option " + a);
  throw UsageError("unexpected argument '" + a + "'");
}

}  // namespace gmsb::cli

namespace gmsb::cli {

void rethrow_parse_error(const CLI::ParseError& e) {
  if (dynamic_cast<const CLI::ConversionError*>(&e) || dynamic_cast<const CLI::ValidationError*>(&e))
    throw InputError(e.what());
  throw UsageError(e.what());
}

void parse_arguments(CLI::App& app, const std::vector<std::string>& args) {
  reject_single_dash_long(args);
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes the arguments last first
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& e) {
    rethrow_parse_error(e);
  }
  reject_remaining(app);
}

}  // namespace gmsb::cli
