#pragma once
/// \file json_values.hpp
/// JSON of the program (nlohmann::ordered_json: keys keep insertion order) and the two rules it
/// adds: numbers carry 10 significant digits (the values "%.10g" printed before nlohmann-json),
/// non-finite numbers are null; and JSON read back from a file fails with a gmsb::IoError.
///
/// \code
///   gmsb::json::Json o;
///   o["mh"] = gmsb::json::number(r.mh);               // 116.2995414, or null for NaN
///   std::cout << o.dump() << "\n";
///   auto s = gmsb::json::parse(text, "scan.h5: attribute 'settings_json'");
/// \endcode

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace gmsb::json {

using Json = nlohmann::ordered_json;

/// v rounded to 10 significant digits exactly as printf "%.10g" rounds it, as a JSON number:
/// an integer where "%.10g" printed one (integral values below 1e10 in magnitude), else a
/// double; null when v is NaN or infinite.
Json number(double v);
/// An array of number(v) for each v.
Json numbers(const std::vector<double>& v);
/// An array of strings.
Json strings(const std::vector<std::string>& v);

/// Parses JSON text; throws gmsb::IoError "<what>: not valid JSON (<parser message>)".
Json parse(const std::string& text, const std::string& what);

}  // namespace gmsb::json
