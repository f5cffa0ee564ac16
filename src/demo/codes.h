#pragma once
// Human-readable codes of the demo rows: "G0001", "H0000001", "S2021-0001".
#include "core/places.h"

#include <string>
#include <string_view>

namespace lianxin::demo {

// prefix + id zero-padded to `minWidth` digits, widened so that all `total` codes of the
// table have the same width.
std::string numberedCode(std::string_view prefix, Id id, long long total, int minWidth = 4);

} // namespace lianxin::demo
