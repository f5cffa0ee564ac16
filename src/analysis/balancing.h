#pragma once
// Rebalancing households among contact groups (issue 5, "The assignment"): every group
// of a scope gets a fair load, households walk a short way to their group's base, and
// as few households as possible change group (定组定户, 长期稳定).
//
// Model. A household may only join a group of its own scope (the caller decides what a
// scope is; see balancingworld.h for the World's). Within a scope of W weight units
// and G unlocked groups, every unlocked group's load (sum of its households' integer
// weights) must lie in [floor(W/G) - tolerance, ceil(W/G) + tolerance]. The cost is
//     sum over households of weight * (distance to its group's base + stability if moved)
// in metres. Solved as a min-cost flow (LEMON NetworkSimplex, integer centimetres) on
// arcs from each household to its k nearest bases and its current group, alternated
// with moving each base to the centre of its households (capacitated k-means after
// Bradley, Bennett and Demiriz) until no household changes group. The centre is the
// geometric median, not the mean: it is the point that minimises the sum of walks, so
// each step lowers the cost (the mean minimises squared distances, which we do not
// optimise; on the demo it leaves the walks ~3 % longer).
//
// Weights. With unit weights the flow is integral and the capacity holds exactly. A
// household of weight > 1 may be split by the flow between groups; it is then given to
// the group that received most of it and a repair moves whole households, cheapest
// first, until the loads are back within the bounds. When no single move helps a load
// can stay up to (weight - 1) outside them; the metrics report the loads as they are.
#include "core/places.h"

#include <compare>
#include <cstddef>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace lianxin {

// The set a household and a group must share. islandId is 0 where water cannot
// separate (e.g. the urban area, all on one island).
struct ScopeKey {
    Id departmentId = 0;
    Id islandId = 0;
    friend auto operator<=>(const ScopeKey &, const ScopeKey &) = default;
};

std::string describeScope(const ScopeKey &scope);

struct BalancingHousehold {
    Id id = 0;
    PointXY location;
    Id currentGroupId = 0; // 0: none yet (counts as a move wherever it goes)
    ScopeKey scope;
    bool locked = false;   // stays in its current group
    int weight = 1;        // >= 1; priority households can count more
};

struct BalancingGroup {
    Id id = 0;
    ScopeKey scope;
    std::optional<PointXY> fixedBase; // else the centre (geometric median) of its households
    bool locked = false;              // keeps exactly its households, outside the capacity
};

struct BalancingOptions {
    int tolerance = 1;              // weight units around the scope mean
    double stabilityMetres = 50.0;  // cost of moving one household, in metres walked
    int candidateGroups = 8;        // k nearest bases per household (+ its current group)
    int maxIterations = 30;
    // Converged when at most this share of a scope's households changed group in the
    // last iteration: large scopes otherwise spend most of their time on the last few
    // households swapping back and forth. Below one household it means "none changed".
    double convergedShare = 0.001;
    // Called with progress 0..1; return false to cancel (throws BalancingCancelled).
    std::function<bool(double)> progress;
};

struct LoadStats {
    int min = 0;
    int max = 0;
    double stdDev = 0.0;
};

struct DistanceStats {
    double mean = 0.0; // metres from household to its group's base
    double p90 = 0.0;
};

struct ScopeMetrics {
    ScopeKey scope;
    std::size_t households = 0;
    std::size_t groups = 0;     // unlocked groups, the ones the capacity applies to
    int lowerBound = 0;         // the capacity applied to every unlocked group
    int upperBound = 0;
    LoadStats loadBefore, loadAfter;
    DistanceStats distanceBefore, distanceAfter;
    std::size_t moved = 0;
    int iterations = 0;
};

struct BalancingMove {
    Id householdId = 0;
    Id fromGroupId = 0;
    Id toGroupId = 0;
};

struct BalancingResult {
    std::vector<Id> groupOf;                // parallel to the input households
    std::vector<PointXY> baseOf;            // parallel to the input groups
    std::vector<BalancingMove> moves;       // ordered by household id
    std::vector<ScopeMetrics> scopes;       // ordered by scope key
    double objectiveMetres = 0.0;           // the cost above, at the final bases
};

// A scope that cannot be balanced (no groups, locked load above the capacity...): the
// message names the scope and says by how much.
class BalancingError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class BalancingCancelled : public std::runtime_error {
public:
    BalancingCancelled() : std::runtime_error("cancelled") {}
};

// Deterministic for the same input. Throws std::invalid_argument for malformed input
// (duplicate ids, weight < 1, options out of range, unknown group), BalancingError
// and BalancingCancelled as above.
BalancingResult balanceGroups(const std::vector<BalancingHousehold> &households,
                              const std::vector<BalancingGroup> &groups,
                              const BalancingOptions &options = {});

} // namespace lianxin
