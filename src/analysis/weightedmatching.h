#pragma once
// Maximum-weight matching on a complete graph (LEMON MaxWeightedMatching, exact). Internal
// to cadrepairing.cpp. Kept in a file of its own, compiled as C++17 (src/analysis/
// CMakeLists.txt): LEMON 1.3.1's graph maps call std::allocator::construct/destroy, which
// C++20 removed, so matching.h does not compile in the project's C++20. This header must
// stay valid C++17.
#include <cstddef>
#include <vector>

namespace lianxin::pairing {

// `weights` is the n x n row-major matrix of pair weights (only i < j is read; negative
// weights are never worth taking). Returns each node's mate, -1 when unmatched.
// Deterministic for the same matrix.
std::vector<int> maxWeightMatching(std::size_t n, const std::vector<long long> &weights);

} // namespace lianxin::pairing
