#include "analysis/routelocalsearch.h"

#include <algorithm>
#include <cstdint>

namespace lianxin::route {

namespace {

constexpr double kMinGain = 1e-9; // see routepath.cpp
constexpr std::size_t kMaxRun = 3;

// splitmix64: a tiny deterministic generator, the same on every standard library.
class SplitMix {
public:
    explicit SplitMix(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 .. n-1 for n > 0.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

private:
    std::uint64_t m_state;
};

std::uint64_t seedOf(const DistanceMatrix &d)
{
    std::uint64_t seed = 0x1234567ULL + d.size();
    for (std::size_t i = 1; i < d.size(); ++i)
        seed = seed * 1099511628211ULL + static_cast<std::uint64_t>(d(0, i) * 16.0);
    return seed;
}

double dist(const DistanceMatrix &d, int a, int b) { return d(static_cast<std::size_t>(a), static_cast<std::size_t>(b)); }

// The best place for the run path[i..i+len-1] elsewhere in the path; applies it if it
// gains. The run goes between path[p] and path[p + 1] (or after the last node), for every
// edge that does not touch the run; putting it back reversed in its own place is a 2-opt
// move and left to twoOpt. Nothing is copied unless the move is made.
bool moveRun(const DistanceMatrix &d, Path &path, std::size_t i, std::size_t len)
{
    const std::size_t n = path.size();
    const std::size_t end = i + len; // one past the run
    const int first = path[i];
    const int last = path[end - 1];
    const int before = path[i - 1];
    const int after = end < n ? path[end] : -1;
    double removal = dist(d, before, first);
    if (after >= 0)
        removal += dist(d, last, after) - dist(d, before, after);
    if (removal <= kMinGain)
        return false; // inserting costs at least the triangle inequality's nothing

    double bestGain = kMinGain;
    std::size_t bestAt = 0;
    bool bestReversed = false;
    auto tryEdge = [&](std::size_t p) {
        const int x = path[p];
        const int y = p + 1 < n ? path[p + 1] : -1;
        const double open = y >= 0 ? dist(d, x, y) : 0.0;
        const double forward = dist(d, x, first) + (y >= 0 ? dist(d, last, y) : 0.0) - open;
        const double backward = dist(d, x, last) + (y >= 0 ? dist(d, first, y) : 0.0) - open;
        if (removal - forward > bestGain) {
            bestGain = removal - forward;
            bestAt = p;
            bestReversed = false;
        }
        if (removal - backward > bestGain) {
            bestGain = removal - backward;
            bestAt = p;
            bestReversed = true;
        }
    };
    for (std::size_t p = 0; p + 1 < i; ++p)
        tryEdge(p);
    for (std::size_t p = end; p < n; ++p)
        tryEdge(p);
    if (bestGain <= kMinGain)
        return false;

    Path run(path.begin() + static_cast<std::ptrdiff_t>(i), path.begin() + static_cast<std::ptrdiff_t>(end));
    if (bestReversed)
        std::reverse(run.begin(), run.end());
    Path moved;
    moved.reserve(n);
    for (std::size_t p = 0; p < n; ++p) {
        if (p >= i && p < end)
            continue;
        moved.push_back(path[p]);
        if (p == bestAt)
            moved.insert(moved.end(), run.begin(), run.end());
    }
    path = std::move(moved);
    return true;
}

void localSearch(const DistanceMatrix &d, Path &path)
{
    if (path.size() <= 2)
        return;
    for (bool changed = true; changed;) {
        changed = twoOpt(d, path);
        changed = orOpt(d, path) || changed;
    }
}

// Double bridge for an open path: 0 A B C -> 0 B A C, cutting at three random points
// (a 4-opt move that 2-opt and Or-opt cannot undo in one step).
Path doubleBridge(const Path &path, SplitMix &random)
{
    const std::size_t n = path.size();
    std::size_t cut[3] = {1 + random.below(n - 1), 1 + random.below(n - 1), 1 + random.below(n - 1)};
    std::sort(cut, cut + 3);
    Path kicked(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(cut[0]));
    kicked.insert(kicked.end(), path.begin() + static_cast<std::ptrdiff_t>(cut[1]),
                  path.begin() + static_cast<std::ptrdiff_t>(cut[2]));
    kicked.insert(kicked.end(), path.begin() + static_cast<std::ptrdiff_t>(cut[0]),
                  path.begin() + static_cast<std::ptrdiff_t>(cut[1]));
    kicked.insert(kicked.end(), path.begin() + static_cast<std::ptrdiff_t>(cut[2]), path.end());
    return kicked;
}

Path randomPath(std::size_t n, SplitMix &random)
{
    Path path(n);
    for (std::size_t i = 0; i < n; ++i)
        path[i] = static_cast<int>(i);
    for (std::size_t i = n - 1; i > 1; --i) // Fisher-Yates over the stops only
        std::swap(path[i], path[1 + random.below(i)]);
    return path;
}

} // namespace

bool orOpt(const DistanceMatrix &d, Path &path)
{
    bool changed = false;
    for (bool improved = true; improved;) {
        improved = false;
        for (std::size_t len = 1; len <= kMaxRun; ++len)
            for (std::size_t i = 1; i + len <= path.size(); ++i)
                if (path.size() - len >= 2 && moveRun(d, path, i, len))
                    improved = changed = true;
    }
    return changed;
}

Path localSearchPath(const DistanceMatrix &d, const LocalSearchOptions &options)
{
    Path best = nearestNeighbourTwoOpt(d);
    if (d.size() <= 3)
        return best;
    double bestLength = pathLength(d, best);
    auto consider = [&](Path candidate) {
        localSearch(d, candidate);
        const double length = pathLength(d, candidate);
        if (length < bestLength - kMinGain) {
            best = std::move(candidate);
            bestLength = length;
        }
    };
    SplitMix random(seedOf(d));
    consider(best);
    for (int start = 0; start < options.randomStarts; ++start)
        consider(randomPath(d.size(), random));
    const int stops = static_cast<int>(d.size()) - 1;
    const int kicks = std::max(options.minKicks, options.kicksPerStop * stops);
    if (d.size() >= 5) // a double bridge needs three distinct cuts among the stops
        for (int kick = 0; kick < kicks; ++kick)
            consider(doubleBridge(best, random));
    return best;
}

} // namespace lianxin::route
