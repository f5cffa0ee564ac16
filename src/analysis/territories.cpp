#include "analysis/territories.h"

#include "core/geos.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

namespace lianxin {

namespace {

void checkProgress(const std::function<bool(double)> &progress, double fraction)
{
    if (progress && !progress(fraction))
        throw std::runtime_error("cancelled");
}

void checkOptions(const TerritoryOptions &options)
{
    if (!std::isfinite(options.concavity) || options.concavity < 0.0 || options.concavity > 1.0)
        throw std::invalid_argument("groupTerritories: concavity must lie in [0, 1], got "
                                    + std::to_string(options.concavity));
    // Without padding one household, or a row of them, would have no area at all.
    if (!std::isfinite(options.padding) || options.padding <= 0.0)
        throw std::invalid_argument("groupTerritories: padding must be a positive number of metres, got "
                                    + std::to_string(options.padding));
    if (options.quadrantSegments < 1)
        throw std::invalid_argument("groupTerritories: quadrantSegments must be at least 1, got "
                                    + std::to_string(options.quadrantSegments));
}

// Indices of `households` ordered by group id; within a group, input order. The keys
// are copied out first: comparing through the large Household records misses the cache.
std::vector<std::size_t> byGroup(const std::vector<Household> &households)
{
    std::vector<std::pair<Id, std::size_t>> keyed(households.size());
    for (std::size_t i = 0; i < households.size(); ++i)
        keyed[i] = {households[i].groupId, i};
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::size_t> order(households.size());
    for (std::size_t i = 0; i < keyed.size(); ++i)
        order[i] = keyed[i].second;
    return order;
}

bool isNonEmptyPolygon(const GeosContext &geos, const GeosGeometry &g)
{
    return g && GEOSGeomTypeId_r(geos.handle(), g.get()) == GEOS_POLYGON && !geos.isEmpty(g.get())
        && geos.area(g.get()) > 0.0;
}

bool noneStrictlyInside(const GeosContext &geos, const GeosGeometry &convex, const std::vector<PointXY> &points)
{
    const GeosPrepared prepared(geos, geos.clone(convex.get()));
    return std::none_of(points.begin(), points.end(), [&](const PointXY &p) {
        return prepared.containsProperly(geos.point(p).get());
    });
}

// Each point and four around it at `reach` metres, so that a single row of points gets
// a width.
std::vector<PointXY> thickened(const std::vector<PointXY> &points, double reach)
{
    std::vector<PointXY> result;
    result.reserve(points.size() * 5);
    for (const PointXY &p : points) {
        result.push_back(p);
        result.push_back({p.x + reach, p.y});
        result.push_back({p.x - reach, p.y});
        result.push_back({p.x, p.y + reach});
        result.push_back({p.x, p.y - reach});
    }
    return result;
}

// The concave hull where GEOS can make one; otherwise (fewer than three points, all of
// them on a line, or concavity 1) the convex hull, which for a line or a point the
// padding then turns into an area.
GeosGeometry hullOf(const GeosContext &geos, const std::vector<PointXY> &points, const TerritoryOptions &options)
{
    const GeosGeometry multiPoint = geos.multiPoint(points);
    if (!multiPoint)
        return {};
    GeosGeometry convex = geos.convexHull(multiPoint.get());
    if (points.size() < 3 || options.concavity >= 1.0 || !isNonEmptyPolygon(geos, convex))
        return convex;
    // GEOS's concave hull erodes the convex hull triangle by triangle and never makes a
    // point that is already on the boundary touch it twice. When every household is on
    // the convex hull's boundary (one row of houses along a bay or round a corner) it can
    // erode nothing and returns the convex hull, water and all. Thickening the row by
    // half the padding gives it points inside to erode towards; such a band is that
    // much wider than the padding alone would make it.
    GeosGeometry concave = noneStrictlyInside(geos, convex, points)
        ? geos.concaveHull(geos.multiPoint(thickened(points, options.padding / 2.0)).get(), options.concavity)
        : geos.concaveHull(multiPoint.get(), options.concavity);
    return isNonEmptyPolygon(geos, concave) ? std::move(concave) : std::move(convex);
}

Polygon largestPart(const MultiPolygon &parts)
{
    const auto largest = std::max_element(parts.begin(), parts.end(), [](const Polygon &a, const Polygon &b) {
        return area(a) < area(b);
    });
    return largest == parts.end() ? Polygon{} : *largest;
}

Polygon territoryOf(const GeosContext &geos, Id groupId, const std::vector<PointXY> &points,
                    const TerritoryOptions &options)
{
    const GeosGeometry hull = hullOf(geos, points, options);
    GeosGeometry padded = hull ? geos.buffer(hull.get(), options.padding, options.quadrantSegments) : GeosGeometry();
    if (padded && geos.invalidReason(padded.get()))
        padded = geos.makeValid(padded.get());
    // A positive buffer of one polygon is one polygon; the largest part only matters if
    // making it valid split it.
    Polygon result = padded ? largestPart(geos.toMultiPolygon(padded.get())) : Polygon{};
    // A hole appears only where the padding closes the mouth of a narrow inlet of the
    // hull: a pocket surrounded by the group's households, which belongs to it.
    result.holes.clear();
    if (result.outer.empty())
        throw std::runtime_error("groupTerritories: GEOS could not make a territory for group "
                                 + std::to_string(groupId) + ": "
                                 + (geos.lastError().empty() ? "empty result" : geos.lastError()));
    return result;
}

// The households' locations, one list per group, groups in ascending id order.
struct GroupPoints {
    std::vector<Id> groupIds;
    std::vector<std::vector<PointXY>> points;
};

GroupPoints groupPointsOf(const std::vector<Household> &households)
{
    GroupPoints result;
    for (const std::size_t i : byGroup(households)) {
        const Household &household = households[i];
        if (result.groupIds.empty() || result.groupIds.back() != household.groupId) {
            result.groupIds.push_back(household.groupId);
            result.points.emplace_back();
        }
        result.points.back().push_back(household.location);
    }
    return result;
}

// Makes the territories of all groups on a few threads, each with its own GEOS
// context. Every group's territory depends on that group alone, so the result is the
// same whatever the thread count. Only the calling thread reports progress.
class ParallelTerritories {
public:
    ParallelTerritories(const GroupPoints &groups, const TerritoryOptions &options,
                        const std::function<bool(double)> &progress)
        : m_groups(groups)
        , m_options(options)
        , m_progress(progress)
        , m_result(groups.groupIds.size())
    {
    }

    std::vector<GroupTerritory> run()
    {
        const std::size_t chunks = (m_result.size() + kChunk - 1) / kChunk;
        const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
        std::vector<std::thread> helpers;
        for (std::size_t t = 1; t < std::min(threads, chunks); ++t)
            helpers.emplace_back([this] { work(false); });
        work(true);
        for (std::thread &helper : helpers)
            helper.join();
        if (m_error)
            std::rethrow_exception(m_error);
        if (m_cancelled)
            throw std::runtime_error("cancelled");
        return std::move(m_result);
    }

private:
    static constexpr std::size_t kChunk = 64;

    void work(bool reportsProgress)
    {
        try {
            const GeosContext geos;
            while (!m_stop) {
                const std::size_t first = m_next.fetch_add(kChunk);
                if (first >= m_result.size())
                    break;
                const std::size_t last = std::min(first + kChunk, m_result.size());
                for (std::size_t i = first; i < last; ++i) {
                    const std::vector<PointXY> &points = m_groups.points[i];
                    m_result[i] = {m_groups.groupIds[i], territoryOf(geos, m_groups.groupIds[i], points, m_options),
                                   static_cast<int>(points.size())};
                }
                const std::size_t done = m_done.fetch_add(last - first) + (last - first);
                if (reportsProgress && m_progress
                    && !m_progress(static_cast<double>(done) / static_cast<double>(m_result.size()))) {
                    m_cancelled = true;
                    m_stop = true;
                }
            }
        } catch (...) {
            const std::lock_guard lock(m_errorMutex);
            if (!m_error)
                m_error = std::current_exception();
            m_stop = true;
        }
    }

    const GroupPoints &m_groups;
    const TerritoryOptions &m_options;
    const std::function<bool(double)> &m_progress;
    std::vector<GroupTerritory> m_result;
    std::atomic<std::size_t> m_next{0};
    std::atomic<std::size_t> m_done{0};
    std::atomic<bool> m_stop{false};
    bool m_cancelled = false; // written and read by the calling thread only
    std::mutex m_errorMutex;
    std::exception_ptr m_error;
};

} // namespace

std::vector<GroupTerritory> groupTerritories(const std::vector<Household> &households,
                                             const TerritoryOptions &options,
                                             const std::function<bool(double)> &progress)
{
    checkOptions(options);
    checkProgress(progress, 0.0);
    for (const Household &household : households) {
        if (!std::isfinite(household.location.x) || !std::isfinite(household.location.y))
            throw std::invalid_argument("household " + household.code + " (id " + std::to_string(household.id)
                                        + ") has a non-finite location");
    }
    const GroupPoints groups = groupPointsOf(households);
    std::vector<GroupTerritory> result = ParallelTerritories(groups, options, progress).run();
    checkProgress(progress, 1.0);
    return result;
}

} // namespace lianxin
