#pragma once
/// \file cli_app.hpp
/// What the commands share on top of CLI11 (<CLI/CLI.hpp>): number options that accept "1e5"
/// and reject non-finite text as an input error, the check of left-over arguments, and the
/// registration of the subcommands on the one CLI::App of `gmsb` (main.cpp).
///
/// Errors (docs/errors.md): CLI11 parse errors are usage errors (exit 2) except bad values
/// (CLI::ConversionError, CLI::ValidationError), which are input errors (exit 3) like a bad value
/// found after parsing (gmsb::InputError).

#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "gmsb/error.hpp"

namespace gmsb::cli {

/// Validator: the option's text is one finite number ("1e5", "-1", "100000").
const CLI::Validator& finite_number();

/// Adds "--name" bound to `target` (a double), with the finite_number() check and type name `unit`.
CLI::Option* add_number(CLI::App& app, const std::string& name, double& target, const std::string& help,
                        const std::string& unit = "GEV");

/// True if option `name` ("--lambda") was given on the command line of `app`.
inline bool given(const CLI::App& app, const std::string& name) { return app.count(name) > 0; }

/// Throws gmsb::UsageError naming the first argument CLI11 left over (unknown option, single-dash
/// long option such as -json, or a stray positional argument); nothing if none is left.
void reject_remaining(const CLI::App& app);

/// Throws gmsb::UsageError for a single-dash long option ("-json", "-force") among `args`: CLI11
/// would read it as short options with an attached value (-j son).
void reject_single_dash_long(const std::vector<std::string>& args);

/// Throws the gmsb::Error of a CLI11 parse error: gmsb::InputError for a bad value
/// (CLI::ConversionError, CLI::ValidationError), gmsb::UsageError for everything else.
[[noreturn]] void rethrow_parse_error(const CLI::ParseError& e);

/// Parses `args` (without the program name) on `app` as `gmsb` parses its command line, for the
/// Python module: single-dash long options, CLI11 errors (rethrow_parse_error) and left-over
/// arguments are gmsb::UsageError or gmsb::InputError. --help is a usage error here.
void parse_arguments(CLI::App& app, const std::vector<std::string>& args);

/// A parsed command: runs it and returns the exit status.
using Runner = std::function<int()>;

}  // namespace gmsb::cli
