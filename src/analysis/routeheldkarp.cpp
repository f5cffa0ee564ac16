// Held and Karp, "A dynamic programming approach to sequencing problems" (1962), for an
// open path with a fixed first node: best[S][j] is the shortest walk from node 0 through
// exactly the stops in S, ending at stop j in S.
#include "analysis/routepath.h"

#include <limits>
#include <stdexcept>
#include <string>

namespace lianxin::route {

Path heldKarpPath(const DistanceMatrix &d)
{
    if (d.size() == 0)
        return {};
    const int stops = static_cast<int>(d.size()) - 1;
    if (stops > kExactStops)
        throw std::invalid_argument("Held-Karp takes at most " + std::to_string(kExactStops) + " stops, not " +
                                    std::to_string(stops));
    if (stops == 0)
        return {0};
    const std::size_t sets = std::size_t{1} << stops;
    const auto m = static_cast<std::size_t>(stops);
    constexpr double kInf = std::numeric_limits<double>::infinity();
    std::vector<double> best(sets * m, kInf);
    std::vector<signed char> previous(sets * m, -1);
    // Stop j (0-based) is node j + 1.
    for (std::size_t j = 0; j < m; ++j)
        best[(std::size_t{1} << j) * m + j] = d(0, j + 1);
    // Only the stops in the set can end a walk and only the others extend it: walking the
    // set bits (and their complement) halves the work of testing every pair.
    for (std::size_t set = 1; set < sets; ++set) {
        const double *row = &best[set * m];
        for (std::size_t ends = set; ends != 0; ends &= ends - 1) {
            const auto j = static_cast<std::size_t>(__builtin_ctzll(ends));
            const double here = row[j];
            for (std::size_t free = ~set & (sets - 1); free != 0; free &= free - 1) {
                const auto k = static_cast<std::size_t>(__builtin_ctzll(free));
                const std::size_t grown = set | (std::size_t{1} << k);
                const double length = here + d(j + 1, k + 1);
                if (length < best[grown * m + k]) {
                    best[grown * m + k] = length;
                    previous[grown * m + k] = static_cast<signed char>(j);
                }
            }
        }
    }
    const std::size_t all = sets - 1;
    std::size_t end = 0;
    for (std::size_t j = 1; j < m; ++j)
        if (best[all * m + j] < best[all * m + end])
            end = j;
    Path reversedPath;
    for (std::size_t set = all, j = end;;) {
        reversedPath.push_back(static_cast<int>(j + 1));
        const signed char before = previous[set * m + j];
        set &= ~(std::size_t{1} << j);
        if (before < 0)
            break;
        j = static_cast<std::size_t>(before);
    }
    Path path{0};
    path.insert(path.end(), reversedPath.rbegin(), reversedPath.rend());
    return path;
}

} // namespace lianxin::route
