#pragma once
// The route heuristic for groups with more stops than Held-Karp takes: Or-opt and 2-opt
// local search from several starts, then iterated local search (Lourenço, Martin and
// Stützle 2003): kick the best path with a double bridge, search again, keep it if
// shorter. The first start is the nearest-neighbour + 2-opt baseline and a path only
// ever replaces the best when it is shorter, so the answer is never longer than the
// baseline. Seeded from the instance, so the same stops give the same route.
#include "analysis/routepath.h"

namespace lianxin::route {

struct LocalSearchOptions {
    int randomStarts = 3;      // besides the baseline
    int kicksPerStop = 2;      // double-bridge kicks: this times the number of stops
    int minKicks = 48;
};

Path localSearchPath(const DistanceMatrix &d, const LocalSearchOptions &options = {});

// Or-opt: moves a run of 1 to 3 consecutive stops (possibly reversed) to the place where
// it shortens the path most; returns true if the path changed.
bool orOpt(const DistanceMatrix &d, Path &path);

} // namespace lianxin::route
