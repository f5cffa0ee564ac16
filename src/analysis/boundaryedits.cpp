#include "analysis/boundaryedits.h"

#include "analysis/coverageedges.h"
#include "analysis/geosops.h"
#include "analysis/polygonwkt.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>

namespace lianxin {

namespace {

constexpr Id kPieceId = -1; // temporary ids of the pieces of a cut area: -1, -2, ...

BoundaryArea &areaOf(BoundaryLayout &layout, Id id)
{
    BoundaryArea *area = layout.find(id);
    if (!area)
        throw EditRefused("there is no grid area " + std::to_string(id));
    return *area;
}

void checkUnlocked(const BoundaryArea &area)
{
    if (area.locked)
        throw EditRefused(area.code + " is locked: it neither gains nor loses ground");
}

std::string where(const Polygon &polygon)
{
    const Box box = boundsOf(polygon);
    char text[64];
    std::snprintf(text, sizeof text, "(%.1f %.1f)", (box.minX + box.maxX) / 2.0, (box.minY + box.maxY) / 2.0);
    return text;
}

GeosGeometry lineString(const GeosContext &geos, const std::vector<PointXY> &points)
{
    const GEOSContextHandle_t h = geos.handle();
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(h, static_cast<unsigned>(points.size()), 2);
    for (unsigned i = 0; i < points.size(); ++i)
        GEOSCoordSeq_setXY_r(h, seq, i, points[i].x, points[i].y);
    return geos.own(GEOSGeom_createLineString_r(h, seq));
}

// The pieces `line` cuts `polygon` into, biggest first (one piece if it cuts nothing).
std::vector<Polygon> piecesOf(const GeosContext &geos, const Polygon &polygon, const std::vector<PointXY> &line)
{
    if (line.size() < 2)
        throw EditRefused("a cutting line needs at least two points");
    const GEOSContextHandle_t h = geos.handle();
    GeosGeometry shape = geos.polygon(polygon);
    const GeosGeometry boundary = geos.own(GEOSBoundary_r(h, shape.get()));
    const GeosGeometry cut = lineString(geos, line);
    const GeosGeometry noded = geos.unite(boundary.get(), cut.get());
    if (!noded)
        throw EditRefused("the line cannot be used to cut: " + geos.lastError());
    const GEOSGeometry *input[] = {noded.get()};
    const GeosGeometry faces = geos.own(GEOSPolygonize_r(h, input, 1));
    const GeosPrepared inside(geos, std::move(shape));
    std::vector<Polygon> pieces;
    for (const Polygon &face : geos.toMultiPolygon(faces.get())) {
        const GeosGeometry g = geos.polygon(face);
        const auto at = validation::areaAt(geos, g.get());
        if (at && at->area > 0.0 && inside.contains(at->location))
            pieces.push_back(face);
    }
    std::sort(pieces.begin(), pieces.end(), [](const Polygon &a, const Polygon &b) { return area(a) > area(b); });
    return pieces;
}

// The layout with area `id` replaced by its pieces as temporary areas (ids -1, -2, ...),
// settled so that the pieces' new vertices are shared by the neighbours too.
BoundaryLayout withPieces(const BoundaryLayout &layout, Id id, const std::vector<Polygon> &pieces, double tolerance)
{
    BoundaryLayout result = layout;
    const auto at = std::find_if(result.areas.begin(), result.areas.end(), [id](const BoundaryArea &a) { return a.id == id; });
    const BoundaryArea original = *at;
    result.areas.erase(at);
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        BoundaryArea piece = original;
        piece.id = kPieceId - static_cast<Id>(k);
        piece.geometry = pieces[k];
        result.areas.push_back(piece);
    }
    return settled(result, tolerance);
}

// The one polygon of a union, or refused naming the area that would fall in parts.
Polygon unitedOrRefuse(const GeosContext &geos, const std::vector<const Polygon *> &parts, const std::string &code)
{
    std::vector<GeosGeometry> shapes;
    std::vector<const GEOSGeometry *> raw;
    for (const Polygon *part : parts) {
        shapes.push_back(geos.polygon(*part));
        raw.push_back(shapes.back().get());
    }
    const GeosGeometry united = geos.unaryUnion(validation::collectionOf(geos, raw).get());
    MultiPolygon result = geos.toMultiPolygon(united.get());
    if (result.size() != 1)
        throw EditRefused("the edit would leave " + code + " in " + std::to_string(result.size()) + " parts");
    return result.front();
}

// The geometry of `area` minus `cut`, which must stay one polygon.
Polygon differenceOrRefuse(const GeosContext &geos, const Polygon &area, const GEOSGeometry *cut, const std::string &code)
{
    const GeosGeometry shape = geos.polygon(area);
    const GeosGeometry rest = geos.difference(shape.get(), cut);
    MultiPolygon parts = geos.toMultiPolygon(rest.get());
    if (parts.empty())
        throw EditRefused("the edit would take all of " + code);
    if (parts.size() != 1)
        throw EditRefused("the edit would leave " + code + " in " + std::to_string(parts.size()) + " parts");
    return parts.front();
}

std::pair<std::string, int> splitCode(const std::string &code)
{
    std::size_t digits = code.size();
    while (digits > 0 && std::isdigit(static_cast<unsigned char>(code[digits - 1])))
        --digits;
    return {code.substr(0, digits), static_cast<int>(code.size() - digits)};
}

std::string formatCode(const std::string &prefix, int number, int width)
{
    std::string digits = std::to_string(number);
    if (static_cast<int>(digits.size()) < width)
        digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
    return prefix + digits;
}

} // namespace

BoundaryLayout settled(const BoundaryLayout &layout, double tolerance)
{
    return CoverageEdges(layout, tolerance).layout();
}

BoundaryLayout snappedTo(const BoundaryLayout &incoming, const BoundaryLayout &reference, double tolerance)
{
    std::map<std::pair<long long, long long>, std::vector<PointXY>> cells;
    const auto cellOf = [tolerance](const PointXY &p) {
        return std::make_pair(static_cast<long long>(std::floor(p.x / tolerance)),
                              static_cast<long long>(std::floor(p.y / tolerance)));
    };
    const auto addRing = [&](const Ring &ring) {
        for (const PointXY &p : ring)
            cells[cellOf(p)].push_back(p);
    };
    for (const BoundaryArea &area : reference.areas) {
        addRing(area.geometry.outer);
        for (const Ring &hole : area.geometry.holes)
            addRing(hole);
    }
    const auto snap = [&](Ring &ring) {
        for (PointXY &p : ring) {
            const auto [cx, cy] = cellOf(p);
            double best = tolerance;
            std::optional<PointXY> nearest;
            for (long long dx = -1; dx <= 1; ++dx)
                for (long long dy = -1; dy <= 1; ++dy) {
                    const auto found = cells.find({cx + dx, cy + dy});
                    if (found == cells.end())
                        continue;
                    for (const PointXY &q : found->second) {
                        const double d = std::hypot(p.x - q.x, p.y - q.y);
                        if (d <= best) {
                            best = d;
                            nearest = q;
                        }
                    }
                }
            if (nearest)
                p = *nearest;
        }
    };
    BoundaryLayout result = incoming;
    for (BoundaryArea &area : result.areas) {
        snap(area.geometry.outer);
        for (Ring &hole : area.geometry.holes)
            snap(hole);
    }
    return result;
}

double sharedBorderLength(const GeosContext &geos, const Polygon &a, const Polygon &b)
{
    const GEOSContextHandle_t h = geos.handle();
    const GeosGeometry ga = geos.polygon(a), gb = geos.polygon(b);
    const GeosGeometry ba = geos.own(GEOSBoundary_r(h, ga.get())), bb = geos.own(GEOSBoundary_r(h, gb.get()));
    const GeosGeometry common = geos.intersection(ba.get(), bb.get());
    double length = 0.0;
    if (common)
        GEOSLength_r(h, common.get(), &length);
    return length;
}

BoundaryLayout transferByLine(const GeosContext &geos, const BoundaryLayout &layout, Id areaId,
                              const std::vector<PointXY> &line, std::optional<Id> target, double tolerance)
{
    BoundaryLayout result = layout;
    const BoundaryArea source = areaOf(result, areaId);
    checkUnlocked(source);
    if (target)
        checkUnlocked(areaOf(result, *target));
    const std::vector<Polygon> pieces = piecesOf(geos, source.geometry, line);
    if (pieces.size() < 2)
        throw EditRefused("the line does not cut " + source.code + ": draw it across the area, from border to border");
    BoundaryLayout cut = withPieces(layout, areaId, pieces, tolerance);
    const auto isPiece = [](const BoundaryArea &a) { return a.id <= kPieceId; };

    std::vector<const Polygon *> kept;
    std::map<Id, std::vector<const Polygon *>> given; // neighbour -> pieces
    for (const BoundaryArea &piece : cut.areas) {
        if (!isPiece(piece))
            continue;
        if (piece.id == kPieceId) { // the biggest piece stays
            kept.push_back(&piece.geometry);
            continue;
        }
        Id best = 0;
        double bestLength = tolerance;
        for (const BoundaryArea &other : cut.areas) {
            if (isPiece(other) || (target && other.id != *target))
                continue;
            const double length = sharedBorderLength(geos, piece.geometry, other.geometry);
            if (length > bestLength) {
                bestLength = length;
                best = other.id;
            }
        }
        if (best == 0 && !target)
            throw EditRefused("the piece of " + source.code + " near " + where(piece.geometry) + " touches no other area");
        if (best == 0)
            kept.push_back(&piece.geometry);
        else
            given[best].push_back(&piece.geometry);
    }
    if (given.empty())
        throw EditRefused("no piece of " + source.code + " cut by the line touches " + areaOf(result, *target).code);
    for (auto &[neighbourId, parts] : given) {
        BoundaryArea &neighbour = areaOf(result, neighbourId);
        checkUnlocked(neighbour);
        parts.push_back(&cut.find(neighbourId)->geometry);
        neighbour.geometry = unitedOrRefuse(geos, parts, neighbour.code);
    }
    areaOf(result, areaId).geometry = unitedOrRefuse(geos, kept, source.code);
    // The neighbours' neighbours gained the cut's vertices in `cut`; keep those.
    for (BoundaryArea &area : result.areas)
        if (area.id != areaId && !given.count(area.id))
            area.geometry = cut.find(area.id)->geometry;
    return settled(result, tolerance);
}

BoundaryLayout assignFootprints(const GeosContext &geos, const BoundaryLayout &layout,
                                const std::vector<Polygon> &footprints, Id target, double margin, double tolerance)
{
    BoundaryLayout result = layout;
    BoundaryArea &receiver = areaOf(result, target);
    checkUnlocked(receiver);
    if (footprints.empty())
        throw EditRefused("no buildings were chosen");
    std::vector<GeosGeometry> grown;
    std::vector<const GEOSGeometry *> raw;
    for (const Polygon &footprint : footprints) {
        const GeosGeometry shape = geos.polygon(footprint);
        grown.push_back(geos.own(GEOSBufferWithStyle_r(geos.handle(), shape.get(), margin, 2, GEOSBUF_CAP_FLAT,
                                                        GEOSBUF_JOIN_MITRE, 2.0)));
        raw.push_back(grown.back().get());
    }
    const GeosGeometry region = geos.unaryUnion(validation::collectionOf(geos, raw).get());
    std::vector<const Polygon *> parts{&receiver.geometry};
    MultiPolygon taken;
    for (BoundaryArea &area : result.areas) {
        if (area.id == target)
            continue;
        const GeosGeometry shape = geos.polygon(area.geometry);
        // Only the areas holding a chosen building give ground; their neighbours keep theirs.
        const bool holdsOne = std::any_of(footprints.begin(), footprints.end(), [&](const Polygon &footprint) {
            const GeosGeometry g = geos.polygon(footprint);
            const auto at = validation::areaAt(geos, g.get());
            return at && polygonContains(area.geometry, at->location);
        });
        if (!holdsOne)
            continue;
        checkUnlocked(area);
        const GeosGeometry piece = geos.intersection(shape.get(), region.get());
        for (Polygon &polygon : geos.toMultiPolygon(piece.get()))
            taken.push_back(std::move(polygon));
        area.geometry = differenceOrRefuse(geos, area.geometry, region.get(), area.code);
    }
    if (taken.empty())
        throw EditRefused("the chosen buildings lie in " + receiver.code + " already");
    for (const Polygon &polygon : taken)
        parts.push_back(&polygon);
    receiver.geometry = unitedOrRefuse(geos, parts, receiver.code);
    return settled(result, tolerance);
}

BoundaryLayout splitByLine(const GeosContext &geos, const BoundaryLayout &layout, Id areaId,
                           const std::vector<PointXY> &line, Id newId, double tolerance)
{
    BoundaryLayout result = layout;
    const BoundaryArea source = areaOf(result, areaId);
    checkUnlocked(source);
    if (result.find(newId))
        throw EditRefused("the id " + std::to_string(newId) + " of the new area is taken");
    const std::vector<Polygon> pieces = piecesOf(geos, source.geometry, line);
    if (pieces.size() != 2)
        throw EditRefused("the line cuts " + source.code + " into " + std::to_string(pieces.size()) +
                          " pieces; a split makes two");
    const BoundaryLayout cut = withPieces(layout, areaId, pieces, tolerance);
    for (BoundaryArea &area : result.areas)
        area.geometry = area.id == areaId ? cut.find(kPieceId)->geometry : cut.find(area.id)->geometry;
    BoundaryArea added = source;
    added.id = newId;
    added.code = nextFreeCode(layout);
    added.name = source.name + "二";
    added.geometry = cut.find(kPieceId - 1)->geometry;
    result.areas.push_back(added);
    return settled(result, tolerance);
}

BoundaryLayout mergeAreas(const GeosContext &geos, const BoundaryLayout &layout, Id keepId, Id goneId, double tolerance)
{
    if (keepId == goneId)
        throw EditRefused("an area cannot be merged with itself");
    BoundaryLayout result = layout;
    BoundaryArea &keep = areaOf(result, keepId);
    const BoundaryArea gone = areaOf(result, goneId);
    checkUnlocked(keep);
    checkUnlocked(gone);
    if (sharedBorderLength(geos, keep.geometry, gone.geometry) <= tolerance)
        throw EditRefused(keep.code + " and " + gone.code + " share no border; only neighbours merge");
    keep.geometry = unitedOrRefuse(geos, {&keep.geometry, &gone.geometry}, keep.code);
    result.areas.erase(std::find_if(result.areas.begin(), result.areas.end(),
                                    [goneId](const BoundaryArea &a) { return a.id == goneId; }));
    return settled(result, tolerance);
}

std::string nextFreeCode(const BoundaryLayout &layout)
{
    std::string prefix = "NCS-";
    int width = 2, highest = 0;
    if (!layout.areas.empty())
        std::tie(prefix, width) = splitCode(layout.areas.front().code);
    for (const BoundaryArea &area : layout.areas) {
        const auto [head, digits] = splitCode(area.code);
        if (head != prefix || digits == 0)
            continue;
        highest = std::max(highest, std::stoi(area.code.substr(head.size())));
        width = std::max(width, digits);
    }
    return formatCode(prefix, highest + 1, std::max(width, 2));
}

BoundaryLayout renumbered(const GeosContext &geos, const BoundaryLayout &layout, double bandMetres)
{
    if (layout.areas.empty())
        return layout;
    struct Placed {
        std::size_t index;
        PointXY at;
    };
    std::vector<Placed> order;
    double top = -HUGE_VAL;
    for (std::size_t i = 0; i < layout.areas.size(); ++i) {
        const GeosGeometry shape = geos.polygon(layout.areas[i].geometry);
        const GeosGeometry centroid = geos.own(GEOSGetCentroid_r(geos.handle(), shape.get()));
        PointXY at = layout.areas[i].geometry.outer.front();
        if (centroid && !geos.isEmpty(centroid.get())) {
            GEOSGeomGetX_r(geos.handle(), centroid.get(), &at.x);
            GEOSGeomGetY_r(geos.handle(), centroid.get(), &at.y);
        }
        order.push_back({i, at});
        top = std::max(top, boundsOf(layout.areas[i].geometry).maxY);
    }
    std::stable_sort(order.begin(), order.end(), [&](const Placed &a, const Placed &b) {
        const auto bandA = static_cast<long>((top - a.at.y) / bandMetres);
        const auto bandB = static_cast<long>((top - b.at.y) / bandMetres);
        return bandA != bandB ? bandA < bandB : a.at.x < b.at.x;
    });
    const auto [prefix, digits] = splitCode(layout.areas.front().code);
    const int width = std::max({digits, 2, static_cast<int>(std::to_string(layout.areas.size()).size())});
    BoundaryLayout result = layout;
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        result.areas[order[rank].index].code = formatCode(prefix, static_cast<int>(rank + 1), width);
    return result;
}

} // namespace lianxin
