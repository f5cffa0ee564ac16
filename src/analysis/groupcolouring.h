#pragma once
// Colours for contact groups on the map: neighbouring groups must look different, so
// the colours come from a graph colouring of group adjacency, not from the group id.
#include "core/people.h"

#include <functional>
#include <map>
#include <vector>

namespace lianxin {

struct GroupColouring {
    std::map<Id, int> colourOf; // group id -> colour index 0..colourCount-1
    int colourCount = 0;
    // Adjacent group pairs (a < b) that the colouring had to separate.
    std::vector<std::pair<Id, Id>> adjacentPairs;
};

// Two groups are adjacent when a household of one lies within `neighbourDistance`
// metres of a household of the other. Deterministic (same input, same colours).
// Uses few colours (Boost's greedy colouring in smallest-last order): the scale-1
// demo at 60 m needs 8, which is optimal there (8 groups are mutually adjacent); the
// denser scale-10/100 worlds need far more, so compare colourCount with the palette.
// Returns every group that has a household. Throws std::invalid_argument for a
// non-positive distance or a household with a non-finite location, and
// std::runtime_error("cancelled") when `progress` (0..1) returns false.
GroupColouring colourGroups(const std::vector<Household> &households, double neighbourDistance = 60.0,
                            const std::function<bool(double)> &progress = {});

} // namespace lianxin
