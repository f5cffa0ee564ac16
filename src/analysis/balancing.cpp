#include "analysis/balancing.h"

#include "analysis/balancingflow.h"
#include "analysis/balancingrepair.h"
#include "analysis/balancingstats.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace lianxin {

std::string describeScope(const ScopeKey &scope)
{
    std::string text = "department " + std::to_string(scope.departmentId);
    if (scope.islandId != 0)
        text += " on island " + std::to_string(scope.islandId);
    return text;
}

namespace {

using balancing::FlowHousehold;
using balancing::FlowProblem;

struct Scope {
    std::vector<std::size_t> households; // input indices
    std::vector<std::size_t> groups;     // input indices of the unlocked groups
};

void checkInput(const std::vector<BalancingHousehold> &households, const std::vector<BalancingGroup> &groups,
                const BalancingOptions &options, const std::unordered_map<Id, std::size_t> &groupIndex)
{
    if (options.tolerance < 0)
        throw std::invalid_argument("balancing tolerance must not be negative");
    if (!(options.stabilityMetres >= 0.0) || !std::isfinite(options.stabilityMetres))
        throw std::invalid_argument("balancing stability cost must be a finite number >= 0");
    if (options.candidateGroups < 1)
        throw std::invalid_argument("balancing needs at least one candidate group per household");
    if (options.maxIterations < 1)
        throw std::invalid_argument("balancing needs at least one iteration");
    if (!(options.convergedShare >= 0.0) || !std::isfinite(options.convergedShare))
        throw std::invalid_argument("balancing: the converged share must be a number >= 0");
    if (groupIndex.size() != groups.size())
        throw std::invalid_argument("balancing: two groups share an id");
    std::unordered_set<Id> seen;
    for (const BalancingHousehold &h : households) {
        const std::string name = "household " + std::to_string(h.id);
        if (!seen.insert(h.id).second)
            throw std::invalid_argument("balancing: two households share the id " + std::to_string(h.id));
        if (h.weight < 1)
            throw std::invalid_argument(name + " has weight " + std::to_string(h.weight) + "; weights must be >= 1");
        if (!std::isfinite(h.location.x) || !std::isfinite(h.location.y))
            throw std::invalid_argument(name + " has no finite location");
        if (h.currentGroupId != 0 && !groupIndex.contains(h.currentGroupId))
            throw std::invalid_argument(name + " is in group " + std::to_string(h.currentGroupId) + ", which is not given");
        const bool inScope = h.currentGroupId != 0 && groups[groupIndex.at(h.currentGroupId)].scope == h.scope;
        if (h.locked && !inScope)
            throw std::invalid_argument(name + " is locked but its group is not in its scope (" + describeScope(h.scope) + ")");
        if (h.currentGroupId != 0 && groups[groupIndex.at(h.currentGroupId)].locked && !inScope)
            throw std::invalid_argument(name + " belongs to a locked group outside its scope");
    }
}

PointXY meanOf(const std::vector<PointXY> &points)
{
    PointXY sum;
    for (const PointXY &p : points) {
        sum.x += p.x;
        sum.y += p.y;
    }
    const double n = static_cast<double>(points.size());
    return {sum.x / n, sum.y / n};
}

// Moves every free base to the geometric median of its households (group -1: none yet);
// a group left empty keeps its base.
void updateBases(const FlowProblem &problem, const std::vector<int> &assignment, const std::vector<bool> &fixed,
                 std::vector<PointXY> &bases)
{
    std::vector<std::vector<PointXY>> members(bases.size());
    for (std::size_t h = 0; h < assignment.size(); ++h)
        if (assignment[h] >= 0)
            members[static_cast<std::size_t>(assignment[h])].push_back(problem.households[h].location);
    for (std::size_t g = 0; g < bases.size(); ++g)
        if (!fixed[g] && !members[g].empty())
            bases[g] = balancing::geometricMedian(members[g]);
}

} // namespace

BalancingResult balanceGroups(const std::vector<BalancingHousehold> &households,
                              const std::vector<BalancingGroup> &groups, const BalancingOptions &options)
{
    std::unordered_map<Id, std::size_t> groupIndex;
    for (std::size_t g = 0; g < groups.size(); ++g)
        groupIndex.emplace(groups[g].id, g);
    checkInput(households, groups, options, groupIndex);

    BalancingResult result;
    result.groupOf.resize(households.size());
    result.baseOf.resize(groups.size());

    // Households of locked groups stay where they are and take no part.
    std::map<ScopeKey, Scope> scopes;
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (!groups[g].locked)
            scopes[groups[g].scope].groups.push_back(g);
    std::vector<std::vector<PointXY>> lockedMembers(groups.size());
    for (std::size_t h = 0; h < households.size(); ++h) {
        const BalancingHousehold &household = households[h];
        result.groupOf[h] = household.currentGroupId;
        if (household.currentGroupId != 0 && groups[groupIndex.at(household.currentGroupId)].locked)
            lockedMembers[groupIndex.at(household.currentGroupId)].push_back(household.location);
        else
            scopes[household.scope].households.push_back(h);
    }
    for (std::size_t g = 0; g < groups.size(); ++g)
        if (groups[g].locked)
            result.baseOf[g] = groups[g].fixedBase.value_or(lockedMembers[g].empty() ? PointXY{} : meanOf(lockedMembers[g]));

    std::size_t scopesDone = 0;
    for (auto &[key, scope] : scopes) {
        const std::string scopeName = describeScope(key);
        if (scope.households.empty()) {
            for (std::size_t g : scope.groups)
                result.baseOf[g] = groups[g].fixedBase.value_or(PointXY{});
            ++scopesDone;
            continue;
        }
        if (scope.groups.empty())
            throw BalancingError(scopeName + ": " + std::to_string(scope.households.size())
                                 + " households but no unlocked group to take them");

        const std::size_t m = scope.groups.size();
        std::unordered_map<std::size_t, int> local;
        for (std::size_t i = 0; i < m; ++i)
            local.emplace(scope.groups[i], static_cast<int>(i));

        FlowProblem problem;
        problem.stabilityMetres = options.stabilityMetres;
        long long total = 0;
        std::vector<long long> lockedLoad(m, 0);
        std::vector<PointXY> locations;
        for (std::size_t h : scope.households) {
            const BalancingHousehold &in = households[h];
            FlowHousehold household{in.location, in.weight, -1, in.locked};
            if (in.currentGroupId != 0) {
                const auto found = local.find(groupIndex.at(in.currentGroupId));
                if (found != local.end())
                    household.current = found->second;
            }
            if (household.locked)
                lockedLoad[static_cast<std::size_t>(household.current)] += in.weight;
            total += in.weight;
            problem.households.push_back(household);
            locations.push_back(in.location);
        }
        const long long floorMean = total / static_cast<long long>(m);
        const long long ceilMean = (total + static_cast<long long>(m) - 1) / static_cast<long long>(m);
        problem.lower = static_cast<int>(std::max(0LL, floorMean - options.tolerance));
        problem.upper = static_cast<int>(ceilMean + options.tolerance);
        for (std::size_t i = 0; i < m; ++i)
            if (lockedLoad[i] > problem.upper)
                throw BalancingError(scopeName + ": the locked households of group " + std::to_string(groups[scope.groups[i]].id)
                                     + " weigh " + std::to_string(lockedLoad[i]) + ", " + std::to_string(lockedLoad[i] - problem.upper)
                                     + " above the most a group may carry (" + std::to_string(problem.upper) + ")");

        // Bases: fixed, else the centre of the current households, else the scope's mean.
        std::vector<int> before(problem.households.size());
        for (std::size_t h = 0; h < before.size(); ++h)
            before[h] = problem.households[h].current;
        std::vector<bool> fixed(m);
        std::vector<PointXY> bases(m, meanOf(locations));
        for (std::size_t i = 0; i < m; ++i) {
            fixed[i] = groups[scope.groups[i]].fixedBase.has_value();
            if (fixed[i])
                bases[i] = *groups[scope.groups[i]].fixedBase;
        }
        updateBases(problem, before, fixed, bases);
        ScopeMetrics metrics;
        metrics.scope = key;
        metrics.households = problem.households.size();
        metrics.groups = m;
        metrics.lowerBound = problem.lower;
        metrics.upperBound = problem.upper;
        metrics.loadBefore = balancing::loadStats(problem.households, before, m);
        metrics.distanceBefore = balancing::distanceStats(problem.households, before, bases);

        std::vector<int> assignment;
        const bool weighted = std::any_of(problem.households.begin(), problem.households.end(),
                                          [](const FlowHousehold &h) { return h.weight > 1; });
        const bool allFixed = std::all_of(fixed.begin(), fixed.end(), [](bool f) { return f; });
        for (int iteration = 0; iteration < options.maxIterations; ++iteration) {
            if (options.progress
                && !options.progress((static_cast<double>(scopesDone) + static_cast<double>(iteration) / options.maxIterations)
                                     / static_cast<double>(scopes.size())))
                throw BalancingCancelled();
            problem.bases = bases;
            // Too few candidate arcs can make the bounds unreachable: widen k until every
            // household may go anywhere in its scope before giving up.
            std::optional<std::vector<int>> solved;
            for (int k = options.candidateGroups;; k *= 2) {
                problem.candidateGroups = std::min<int>(k, static_cast<int>(m));
                solved = balancing::solveAssignment(problem);
                if (solved || problem.candidateGroups == static_cast<int>(m))
                    break;
            }
            if (!solved)
                throw BalancingError(scopeName + ": no assignment gives every one of its " + std::to_string(m)
                                     + " groups a load between " + std::to_string(problem.lower) + " and "
                                     + std::to_string(problem.upper) + " (total " + std::to_string(total) + ")");
            if (weighted)
                balancing::repairLoads(problem, *solved);
            metrics.iterations = iteration + 1;
            std::size_t changed = solved->size();
            if (assignment.size() == solved->size())
                changed = static_cast<std::size_t>(std::inner_product(
                    solved->begin(), solved->end(), assignment.begin(), std::ptrdiff_t{0}, std::plus<>(),
                    [](int a, int b) { return a != b ? 1 : 0; }));
            const bool converged =
                static_cast<double>(changed) <= options.convergedShare * static_cast<double>(solved->size());
            assignment = std::move(*solved);
            updateBases(problem, assignment, fixed, bases);
            if (converged || allFixed)
                break;
        }

        metrics.loadAfter = balancing::loadStats(problem.households, assignment, m);
        metrics.distanceAfter = balancing::distanceStats(problem.households, assignment, bases);
        for (std::size_t h = 0; h < assignment.size(); ++h) {
            const std::size_t input = scope.households[h];
            const Id newGroup = groups[scope.groups[static_cast<std::size_t>(assignment[h])]].id;
            result.groupOf[input] = newGroup;
            if (assignment[h] != before[h]) {
                ++metrics.moved;
                result.moves.push_back({households[input].id, households[input].currentGroupId, newGroup});
            }
            const FlowHousehold &household = problem.households[h];
            result.objectiveMetres += household.weight
                * static_cast<double>(balancing::arcCostCentimetres(household, assignment[h],
                                                                    bases[static_cast<std::size_t>(assignment[h])],
                                                                    options.stabilityMetres))
                / 100.0;
        }
        for (std::size_t i = 0; i < m; ++i)
            result.baseOf[scope.groups[i]] = bases[i];
        result.scopes.push_back(metrics);
        ++scopesDone;
    }
    std::sort(result.moves.begin(), result.moves.end(), [&](const BalancingMove &a, const BalancingMove &b) {
        return a.householdId < b.householdId;
    });
    if (options.progress && !options.progress(1.0))
        throw BalancingCancelled();
    return result;
}

} // namespace lianxin
