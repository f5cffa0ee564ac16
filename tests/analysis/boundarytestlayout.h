#pragma once
// Small hand-made grid layouts for the boundary tests, written as WKT.
#include "analysis/boundarylayout.h"
#include "analysis/polygonwkt.h"

#include <string>
#include <utility>
#include <vector>

namespace lianxin::test {

// Areas NCS-01, NCS-02, ... (ids 1, 2, ..., department = id) from WKT polygons, and the
// urban outline (empty string: none).
inline BoundaryLayout layoutOf(const GeosContext &geos, const std::vector<std::string> &areas,
                               const std::string &outline = "")
{
    BoundaryLayout layout;
    for (std::size_t i = 0; i < areas.size(); ++i) {
        BoundaryArea area;
        area.id = static_cast<Id>(i + 1);
        area.code = (i + 1 < 10 ? "NCS-0" : "NCS-") + std::to_string(i + 1);
        area.name = "片区" + std::to_string(i + 1);
        area.departmentId = area.id;
        area.geometry = polygonFromWkt(geos, areas[i]);
        layout.areas.push_back(std::move(area));
    }
    if (!outline.empty())
        layout.outline = multiPolygonFromWkt(geos, outline);
    return layout;
}

inline std::string wktOf(const BoundaryLayout &layout, Id id) { return toWkt(layout.find(id)->geometry); }

// GEOS's topological equality: same point set, whatever the ring's start or extra
// collinear vertices.
inline bool sameShape(const GeosContext &geos, const Polygon &actual, const std::string &expectedWkt)
{
    const GeosGeometry a = geos.polygon(actual);
    const Polygon expected = polygonFromWkt(geos, expectedWkt);
    const GeosGeometry b = geos.polygon(expected);
    return GEOSEquals_r(geos.handle(), a.get(), b.get()) == 1;
}

} // namespace lianxin::test
