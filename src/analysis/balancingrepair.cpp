#include "analysis/balancingrepair.h"

#include <limits>

namespace lianxin::balancing {

namespace {

long long violation(long long load, const FlowProblem &problem)
{
    return load > problem.upper ? load - problem.upper : load < problem.lower ? problem.lower - load : 0;
}

long long weightedCost(const FlowProblem &problem, std::size_t h, int group)
{
    const FlowHousehold &household = problem.households[h];
    return household.weight
        * arcCostCentimetres(household, group, problem.bases[static_cast<std::size_t>(group)], problem.stabilityMetres);
}

} // namespace

int repairLoads(const FlowProblem &problem, std::vector<int> &assignment)
{
    const std::size_t m = problem.bases.size();
    std::vector<long long> load(m, 0);
    for (std::size_t h = 0; h < assignment.size(); ++h)
        load[static_cast<std::size_t>(assignment[h])] += problem.households[h].weight;

    // Each move strictly lowers the total violation, so this ends.
    for (;;) {
        long long before = 0;
        for (long long l : load)
            before += violation(l, problem);
        if (before == 0)
            return 0;
        long long bestDelta = std::numeric_limits<long long>::max();
        std::size_t bestHousehold = 0;
        int bestGroup = -1;
        for (std::size_t h = 0; h < assignment.size(); ++h) {
            const FlowHousehold &household = problem.households[h];
            if (household.locked)
                continue;
            const auto from = static_cast<std::size_t>(assignment[h]);
            const long long w = household.weight;
            for (std::size_t to = 0; to < m; ++to) {
                if (to == from)
                    continue;
                const long long change = violation(load[from] - w, problem) + violation(load[to] + w, problem)
                    - violation(load[from], problem) - violation(load[to], problem);
                if (change >= 0)
                    continue;
                const long long delta = weightedCost(problem, h, static_cast<int>(to)) - weightedCost(problem, h, static_cast<int>(from));
                if (delta < bestDelta) {
                    bestDelta = delta;
                    bestHousehold = h;
                    bestGroup = static_cast<int>(to);
                }
            }
        }
        if (bestGroup < 0) {
            int outside = 0;
            for (long long l : load)
                outside += violation(l, problem) > 0;
            return outside;
        }
        const long long w = problem.households[bestHousehold].weight;
        load[static_cast<std::size_t>(assignment[bestHousehold])] -= w;
        load[static_cast<std::size_t>(bestGroup)] += w;
        assignment[bestHousehold] = bestGroup;
    }
}

} // namespace lianxin::balancing
