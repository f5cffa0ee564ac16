#include "demo/gridareas.h"

#include "demo/geosops.h"
#include "demo/names.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace lianxin::demo {

namespace {

constexpr int kLloydRounds = 6;
constexpr double kRowBandMetres = 450.0;       // rows of the NCS-xx numbering
constexpr double kNeighbourBoundaryMetres = 30.0; // areas sharing less are not "adjacent"
constexpr double kTilingToleranceM2 = 1.0;

std::vector<PointXY> randomSites(const GeosPrepared &urban, const Box &bounds, int count, Random &random)
{
    std::vector<PointXY> sites;
    int attempts = 0;
    while (static_cast<int>(sites.size()) < count) {
        if (++attempts > 100000)
            throw std::runtime_error("could not seed the grid areas inside the urban area");
        const PointXY p{random.uniform(bounds.minX, bounds.maxX), random.uniform(bounds.minY, bounds.maxY)};
        if (urban.contains(p))
            sites.push_back(p);
    }
    return sites;
}

Box expanded(const Box &box, double margin)
{
    return {box.minX - margin, box.minY - margin, box.maxX + margin, box.maxY + margin};
}

// Moves each site to the centre of its clipped cell: after a few rounds the cells are
// of similar size and roughly round (Lloyd 1982).
void relaxSites(const GeosContext &geos, const GEOSGeometry *urban, const Box &frame, std::vector<PointXY> &sites)
{
    for (int round = 0; round < kLloydRounds; ++round) {
        std::vector<GeosGeometry> cells = voronoiCells(geos, sites, frame);
        for (std::size_t i = 0; i < sites.size(); ++i) {
            GeosGeometry clipped = intersectionOnGrid(geos, cells[i].get(), urban);
            const Polygon largest = largestPartOf(geos, clipped.get());
            if (largest.outer.empty())
                continue;
            GeosGeometry part = geos.polygon(largest);
            sites[i] = interiorPointOf(geos, part.get());
        }
    }
}

// Clips the cells to the urban area and hands stray pieces to their best neighbour.
std::vector<GeosGeometry> clipCells(const GeosContext &geos, const GEOSGeometry *urban, std::vector<GeosGeometry> cells)
{
    struct Piece {
        GeosGeometry geometry;
        std::size_t owner;
    };
    std::vector<GeosGeometry> mains(cells.size());
    std::vector<Piece> strays;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        GeosGeometry clipped = intersectionOnGrid(geos, cells[i].get(), urban);
        MultiPolygon parts = geos.toMultiPolygon(clipped.get());
        if (parts.empty())
            throw std::runtime_error("a grid-area cell misses the urban area");
        std::sort(parts.begin(), parts.end(), [](const Polygon &a, const Polygon &b) { return area(a) > area(b); });
        mains[i] = geos.polygon(parts.front());
        for (std::size_t k = 1; k < parts.size(); ++k)
            strays.push_back({geos.polygon(parts[k]), i});
    }
    for (Piece &piece : strays) {
        std::size_t best = piece.owner;
        double bestLength = 0.0;
        for (std::size_t j = 0; j < mains.size(); ++j) {
            if (j == piece.owner)
                continue;
            const double length = sharedBoundaryLength(geos, piece.geometry.get(), mains[j].get());
            if (length > bestLength) {
                bestLength = length;
                best = j;
            }
        }
        mains[best] = unionOnGrid(geos, mains[best].get(), piece.geometry.get());
    }
    return mains;
}

void checkTiling(const GeosContext &geos, const GEOSGeometry *urban, const std::vector<GridArea> &areas)
{
    double sum = 0.0;
    for (const GridArea &grid : areas) {
        GeosGeometry g = geos.polygon(grid.geometry);
        if (auto reason = geos.invalidReason(g.get()))
            throw std::runtime_error("grid area " + grid.code + " is not valid: " + *reason);
        sum += area(grid.geometry);
    }
    const double difference = std::abs(sum - geos.area(urban));
    if (difference > kTilingToleranceM2)
        throw std::runtime_error("grid areas do not tile the urban area (area differs by "
                                 + std::to_string(difference) + " m²)");
}

} // namespace

std::vector<GridArea> partitionUrbanArea(const GeosContext &geos, const UrbanArea &urban, int count, Random &random)
{
    if (count < 1 || count > static_cast<int>(gridAreaBaseNames().size()))
        throw std::invalid_argument("unsupported number of grid areas: " + std::to_string(count));
    GeosGeometry urbanGeometry = geos.polygon(urban.geometry);
    const Box bounds = boundsOf(urban.geometry);
    const Box frame = expanded(bounds, 500.0);
    std::vector<PointXY> sites;
    {
        GeosPrepared prepared(geos, geos.clone(urbanGeometry.get()));
        sites = randomSites(prepared, bounds, count, random);
    }
    relaxSites(geos, urbanGeometry.get(), frame, sites);
    std::vector<GeosGeometry> cells = clipCells(geos, urbanGeometry.get(), voronoiCells(geos, sites, frame));

    struct Placed {
        Polygon polygon;
        PointXY centre;
    };
    std::vector<Placed> placed;
    for (GeosGeometry &cell : cells)
        placed.push_back({singlePolygonOf(geos, cell.get(), "a grid area"), centroidOf(geos, cell.get())});
    // Number like a reader scans a map: bands from the north, west to east within a band.
    std::sort(placed.begin(), placed.end(), [&](const Placed &a, const Placed &b) {
        const auto bandA = static_cast<long>((bounds.maxY - a.centre.y) / kRowBandMetres);
        const auto bandB = static_cast<long>((bounds.maxY - b.centre.y) / kRowBandMetres);
        return bandA != bandB ? bandA < bandB : a.centre.x < b.centre.x;
    });

    std::vector<GridArea> areas;
    for (std::size_t i = 0; i < placed.size(); ++i) {
        GridArea grid;
        grid.id = static_cast<Id>(i + 1);
        char code[32];
        std::snprintf(code, sizeof code, "NCS-%02zu", i + 1);
        grid.code = code;
        grid.name = gridAreaBaseNames()[i] + "片区";
        grid.geometry = std::move(placed[i].polygon);
        areas.push_back(std::move(grid));
    }
    checkTiling(geos, urbanGeometry.get(), areas);
    return areas;
}

void assignGridDepartments(const GeosContext &geos, std::vector<GridArea> &areas, const std::vector<Id> &departmentIds,
                           Random &random)
{
    if (departmentIds.size() > areas.size() || departmentIds.empty())
        throw std::runtime_error("cannot give " + std::to_string(departmentIds.size()) + " departments "
                                 + std::to_string(areas.size()) + " grid areas");
    const std::size_t pairsNeeded = areas.size() - departmentIds.size();

    std::vector<GeosGeometry> shapes;
    for (const GridArea &grid : areas)
        shapes.push_back(geos.polygon(grid.geometry));
    std::vector<std::pair<std::size_t, std::size_t>> neighbours;
    for (std::size_t i = 0; i < areas.size(); ++i)
        for (std::size_t j = i + 1; j < areas.size(); ++j)
            if (sharedBoundaryLength(geos, shapes[i].get(), shapes[j].get()) > kNeighbourBoundaryMetres)
                neighbours.emplace_back(i, j);
    random.shuffle(neighbours);

    // Greedy disjoint pairs: each area belongs to at most one department.
    std::vector<std::vector<std::size_t>> units;
    std::vector<bool> used(areas.size(), false);
    for (const auto &[a, b] : neighbours) {
        if (units.size() == pairsNeeded)
            break;
        if (used[a] || used[b])
            continue;
        used[a] = used[b] = true;
        units.push_back({a, b});
    }
    if (units.size() < pairsNeeded)
        throw std::runtime_error("not enough neighbouring grid areas to pair for the departments");
    for (std::size_t i = 0; i < areas.size(); ++i)
        if (!used[i])
            units.push_back({i});

    std::vector<Id> departments = departmentIds;
    random.shuffle(departments);
    for (std::size_t u = 0; u < units.size(); ++u)
        for (std::size_t index : units[u])
            areas[index].departmentId = departments[u];
}

} // namespace lianxin::demo
