#include "analysis/polygonlayer.h"

#include "analysis/featurenames.h"

#include <cmath>
#include <regex>

namespace lianxin::validation {

namespace {
std::optional<std::string> ringProblem(const Ring &ring, const std::string &which)
{
    for (const PointXY &p : ring) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return "non-finite coordinate in the " + which;
    }
    // GEOS closes an open ring, adding one point.
    const bool closed = !ring.empty() && ring.front() == ring.back();
    const std::size_t points = ring.size() + (closed ? 0 : 1);
    if (points < 4)
        return "the " + which + " has " + std::to_string(ring.size()) + " points, too few for a ring";
    return std::nullopt;
}

// The bounds of every finite coordinate of every ring.
Box finiteBounds(const Polygon &polygon)
{
    Box box{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL};
    auto add = [&box](const Ring &ring) {
        for (const PointXY &p : ring) {
            if (std::isfinite(p.x) && std::isfinite(p.y))
                box = unite(box, boxOf(p));
        }
    };
    add(polygon.outer);
    for (const Ring &hole : polygon.holes)
        add(hole);
    return box;
}
} // namespace

std::optional<std::string> ringProblem(const Polygon &polygon)
{
    if (polygon.outer.empty())
        return std::string("empty geometry");
    if (auto problem = ringProblem(polygon.outer, "outer ring"))
        return problem;
    for (std::size_t i = 0; i < polygon.holes.size(); ++i) {
        if (auto problem = ringProblem(polygon.holes[i], "hole " + std::to_string(i + 1)))
            return problem;
    }
    return std::nullopt;
}

std::string readableReason(const std::string &geosReason)
{
    static const std::regex located(R"(^(.*)\[\s*(\S+)\s+(\S+)\s*\]$)");
    std::smatch match;
    if (!std::regex_match(geosReason, match, located))
        return geosReason;
    try {
        return match[1].str() + " at " + formatPoint({std::stod(match[2].str()), std::stod(match[3].str())});
    } catch (const std::exception &) {
        return geosReason;
    }
}

PolygonLayer::PolygonLayer(const GeosContext &geos, const std::vector<const Polygon *> &polygons)
{
    m_entries.resize(polygons.size());
    std::vector<Box> validBounds(polygons.size(), Box{HUGE_VAL, HUGE_VAL, -HUGE_VAL, -HUGE_VAL});
    for (std::size_t i = 0; i < polygons.size(); ++i) {
        Entry &entry = m_entries[i];
        entry.bounds = finiteBounds(*polygons[i]);
        entry.problem = ringProblem(*polygons[i]);
        if (!entry.problem) {
            GeosGeometry geometry = geos.polygon(*polygons[i]);
            if (!geometry)
                entry.problem = "GEOS could not build it: " + geos.lastError();
            else if (auto reason = geos.invalidReason(geometry.get()))
                entry.problem = readableReason(*reason);
            else if (geos.isEmpty(geometry.get()))
                entry.problem = "empty geometry";
            if (!entry.problem) {
                entry.area = geos.area(geometry.get());
                entry.prepared = std::make_unique<GeosPrepared>(geos, std::move(geometry));
                validBounds[i] = entry.bounds;
            }
        }
        if (entry.problem && entry.bounds.minX <= entry.bounds.maxX)
            m_invalidBounds.push_back(entry.bounds);
    }
    m_index = BoxIndex(validBounds);
}

PolygonLayer::~PolygonLayer() = default;

bool PolygonLayer::nearInvalid(const Box &box) const
{
    for (const Box &invalid : m_invalidBounds) {
        if (boxesIntersect(box, invalid))
            return true;
    }
    return false;
}

} // namespace lianxin::validation
