#pragma once
// Exact DBSCAN (Ester, Kriegel, Sander, Xu 1996) on planar points, the clustering behind
// topic threads. Pure computation: no Qt, no database.
//
// Definitions (textbook, as in Schubert et al. 2017, "DBSCAN revisited"):
// - the eps-neighbourhood of p is every q (p itself included) with |pq| <= eps and, when
//   a pair filter is given, filter(p, q) true (the filter must be symmetric; it is never
//   asked about p with itself: p always counts);
// - p is a core point when its neighbourhood holds at least minPoints points;
// - clusters grow from core points in input order (the first unvisited core point starts
//   cluster 0, the next one cluster 1 ...), expanding breadth-first, neighbours taken in
//   ascending index order;
// - a border point (not core, in a core point's neighbourhood) joins the first cluster
//   that reaches it in that order and stays there; everything else is noise.
// With this fixed order the labels are a deterministic function of the input, so the
// fast and the brute-force versions must agree label for label.
#include "core/geometry.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace lianxin {

constexpr int kDbscanNoise = -1;

struct DbscanOptions {
    double eps = 150.0; // metres, > 0
    int minPoints = 3;  // >= 1, the point itself counts
    // Optional symmetric extra condition for two points to be neighbours (same concern
    // item, similar text, close in time ...). Called only for pairs within eps.
    std::function<bool(std::size_t, std::size_t)> pairFilter;
    // Fraction done (0..1) on the caller's thread; returning false throws
    // std::runtime_error("cancelled").
    std::function<bool(double)> progress;
};

// Cluster label per point (0, 1, ... in order of discovery) or kDbscanNoise.
// Uses a uniform grid of cells with side eps/sqrt(2) as the spatial index (dbscangrid.h):
// clusters are found as connected components of core points (union-find), cells whose
// points are all within eps of each other are joined as a whole, and border points take
// the smallest cluster number among the cores that reach them, which is what the
// textbook loop gives. Memory O(n): no neighbour lists are stored.
// Throws std::invalid_argument for eps <= 0 or non-finite, minPoints < 1, non-finite
// coordinates (naming the index), or an eps so small against the points' extent that the
// grid would need more than 2^31 cells along an axis.
// 1,000,000 uniform points in a 10 km square (eps 150, minPoints 3): about 0.15 s of CPU.
std::vector<int> dbscan(const std::vector<PointXY> &points, const DbscanOptions &options);

// The textbook algorithm itself (seed list expansion) with an O(n) scan for every region
// query, O(n^2) in all: the reference for tests and benchmarks.
std::vector<int> dbscanBruteForce(const std::vector<PointXY> &points, const DbscanOptions &options);

// Adjusted Rand index (Hubert & Arabie 1985) of two labelings of the same items; each
// distinct label value is one cluster (callers give noise points unique labels when
// noise should count as singletons). 1 = identical partitions, ~0 = chance.
double adjustedRandIndex(const std::vector<long long> &a, const std::vector<long long> &b);

} // namespace lianxin
