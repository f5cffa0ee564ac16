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
    // The distance the adjacency was computed at (metres).
    double neighbourDistance = 0.0;
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

// The colouring at the largest neighbour distance (starting at `startDistance` and
// halving, down to 1 m) that fits a palette of `maxColours`. A denser world (the x10
// and x100 demos put 10-100 times the households on the same land) has smaller group
// territories, so "neighbouring" has to mean closer for the map to stay readable.
// If even 1 m needs more colours, returns that colouring (colourCount > maxColours).
GroupColouring colourGroupsToFit(const std::vector<Household> &households, int maxColours,
                                 double startDistance = 60.0, const std::function<bool(double)> &progress = {});

} // namespace lianxin
