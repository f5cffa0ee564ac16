#pragma once
// Attribute values of map features, as SLD filters and labels see them.
#include <string>
#include <variant>

namespace lianxin {

// Null, integer, real or text.
using FeatureValue = std::variant<std::monostate, long long, double, std::string>;

} // namespace lianxin
