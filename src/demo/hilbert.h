#pragma once
// Position along a Hilbert curve: households sorted by it and cut into equal runs give
// contact groups compact territories, because the curve keeps neighbours together.
#include "core/geometry.h"

#include <cstdint>

namespace lianxin::demo {

// Index of `p` on a Hilbert curve of 2^16 x 2^16 cells laid over `bounds` (points
// outside are clamped to the border). Classic rotate-and-flip walk (Hilbert 1891;
// the iterative form as in Warren, "Hacker's Delight", 16-2).
std::uint64_t hilbertIndex(const Box &bounds, const PointXY &p);

} // namespace lianxin::demo
