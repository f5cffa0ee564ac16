#include "demo/buildings.h"

#include "demo/names.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace lianxin::demo {

namespace {

constexpr double kCellsPerBuilding = 3.0;  // lattice cells laid out per building wanted
constexpr double kGridMarginMetres = 3.0;  // clearance from every grid-area boundary
constexpr double kCellGapMetres = 1.0;     // clearance between neighbouring footprints (at scale 1)
constexpr double kBackgroundWeight = 0.25; // draw weight of a cell far from the centre
constexpr int kMinFloors = 2;
constexpr int kMaxFloors = 18;

struct Cell {
    std::size_t area = 0;
    long row = 0;
    long column = 0;
    PointXY centre;
    double key = 0.0; // Efraimidis-Spirakis key; larger is drawn first
};

std::vector<Cell> qualifyingCells(const GeosContext &geos, const std::vector<GridArea> &areas, const Box &lattice,
                                  double side, double margin)
{
    std::vector<Cell> cells;
    for (std::size_t a = 0; a < areas.size(); ++a) {
        GeosGeometry shape = geos.polygon(areas[a].geometry);
        GeosGeometry inner = geos.buffer(shape.get(), -margin);
        if (!inner || geos.isEmpty(inner.get()))
            continue;
        GeosPrepared prepared(geos, std::move(inner));
        const Box box = boundsOf(areas[a].geometry);
        const long firstColumn = static_cast<long>(std::floor((box.minX - lattice.minX) / side));
        const long lastColumn = static_cast<long>(std::floor((box.maxX - lattice.minX) / side));
        const long firstRow = static_cast<long>(std::floor((box.minY - lattice.minY) / side));
        const long lastRow = static_cast<long>(std::floor((box.maxY - lattice.minY) / side));
        for (long row = firstRow; row <= lastRow; ++row) {
            for (long column = firstColumn; column <= lastColumn; ++column) {
                const Box square{lattice.minX + column * side, lattice.minY + row * side,
                                 lattice.minX + (column + 1) * side, lattice.minY + (row + 1) * side};
                const PointXY centre{0.5 * (square.minX + square.maxX), 0.5 * (square.minY + square.maxY)};
                // The cheap ring test rejects most of the bounding box before GEOS is asked.
                if (!polygonContains(areas[a].geometry, centre))
                    continue;
                GeosGeometry squareGeometry = geos.polygon({ringOf(square), {}});
                if (prepared.covers(squareGeometry.get()))
                    cells.push_back({a, row, column, centre, 0.0});
            }
        }
    }
    return cells;
}

// Draws `count` cells, first a minimum in every grid area so no department is left
// without residents, then the rest by weight over the whole town.
std::vector<Cell> drawCells(std::vector<Cell> cells, std::size_t areaCount, std::size_t count,
                            const PointXY &townCentre, Random &random)
{
    if (cells.size() < count)
        throw std::runtime_error("the urban area has room for only " + std::to_string(cells.size())
                                 + " buildings, " + std::to_string(count) + " wanted");
    for (Cell &cell : cells) {
        const double weight = kBackgroundWeight + townCloseness(cell.centre, townCentre);
        cell.key = std::log(1.0 - random.uniform()) / weight;
    }
    std::sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) {
        return a.area != b.area ? a.area < b.area : a.key > b.key;
    });
    const std::size_t minimumPerArea = std::max<std::size_t>(1, count / (areaCount * 4));
    std::vector<Cell> chosen;
    std::vector<Cell> rest;
    std::vector<std::size_t> taken(areaCount, 0);
    for (const Cell &cell : cells) {
        if (taken[cell.area] < minimumPerArea) {
            ++taken[cell.area];
            chosen.push_back(cell);
        } else {
            rest.push_back(cell);
        }
    }
    const std::size_t more = count > chosen.size() ? count - chosen.size() : 0;
    std::nth_element(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(more), rest.end(),
                     [](const Cell &a, const Cell &b) { return a.key > b.key; });
    chosen.insert(chosen.end(), rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(more));
    chosen.resize(count);
    // Street order: area by area, north to south, west to east.
    std::sort(chosen.begin(), chosen.end(), [](const Cell &a, const Cell &b) {
        if (a.area != b.area)
            return a.area < b.area;
        return a.row != b.row ? a.row > b.row : a.column < b.column;
    });
    return chosen;
}

Footprint footprintIn(const Cell &cell, double side, double shrink, Random &random)
{
    Footprint f;
    f.length = random.uniform(12.0, 40.0) * shrink;
    f.width = random.uniform(10.0, 18.0) * shrink;
    if (f.width > f.length)
        std::swap(f.width, f.length);
    f.angle = random.uniform(-0.35, 0.35) + (random.chance(0.3) ? std::numbers::pi / 2 : 0.0);
    // Fit the rotated rectangle's bounding box into the cell minus the gap.
    const double available = side - 2.0 * kCellGapMetres * shrink;
    const double c = std::abs(std::cos(f.angle));
    const double s = std::abs(std::sin(f.angle));
    double boxWidth = f.length * c + f.width * s;
    double boxHeight = f.length * s + f.width * c;
    const double fit = std::min({1.0, available / boxWidth, available / boxHeight});
    f.length *= fit;
    f.width *= fit;
    boxWidth *= fit;
    boxHeight *= fit;
    const double slackX = std::max(0.0, available - boxWidth) / 2.0;
    const double slackY = std::max(0.0, available - boxHeight) / 2.0;
    f.centre = {cell.centre.x + random.uniform(-slackX, slackX), cell.centre.y + random.uniform(-slackY, slackY)};
    return f;
}

int floorsFor(double closeness, Random &random)
{
    // Uniform 2-18 at the centre, mostly low-rise at the edge of town.
    const double exponent = 3.0 - 2.0 * closeness;
    const int floors = kMinFloors + static_cast<int>((kMaxFloors - kMinFloors + 1) * std::pow(random.uniform(), exponent));
    return std::min(floors, kMaxFloors);
}

} // namespace

double townCloseness(const PointXY &p, const PointXY &townCentre)
{
    constexpr double kSpreadMetres = 650.0;
    const double dx = p.x - townCentre.x;
    const double dy = p.y - townCentre.y;
    return std::exp(-(dx * dx + dy * dy) / (2.0 * kSpreadMetres * kSpreadMetres));
}

BuildingLayout placeBuildings(const GeosContext &geos, const std::vector<GridArea> &areas, const UrbanArea &urban,
                              const PointXY &townCentre, int count, int scale, Random &random)
{
    if (count < 1 || scale < 1)
        throw std::invalid_argument("placeBuildings: count and scale must be positive");
    const double side = std::sqrt(area(urban.geometry) / (kCellsPerBuilding * count));
    const double shrink = 1.0 / std::sqrt(static_cast<double>(scale));
    const Box bounds = boundsOf(urban.geometry);
    // Shift the lattice by the seed so each world gets its own street blocks.
    const Box lattice{bounds.minX - random.uniform(0.0, side), bounds.minY - random.uniform(0.0, side), bounds.maxX,
                      bounds.maxY};
    std::vector<Cell> cells = drawCells(qualifyingCells(geos, areas, lattice, side, kGridMarginMetres), areas.size(),
                                        static_cast<std::size_t>(count), townCentre, random);

    // Two streets per grid area, from a shuffled pool: the northern and southern half.
    std::vector<std::string> pool = streetNames();
    random.shuffle(pool);
    if (pool.size() < 2 * areas.size())
        throw std::logic_error("placeBuildings: too few street names");
    std::vector<long> middleRow(areas.size(), 0);
    {
        std::vector<std::vector<long>> rows(areas.size());
        for (const Cell &cell : cells)
            rows[cell.area].push_back(cell.row);
        for (std::size_t a = 0; a < areas.size(); ++a)
            if (!rows[a].empty()) {
                std::nth_element(rows[a].begin(), rows[a].begin() + static_cast<std::ptrdiff_t>(rows[a].size() / 2),
                                 rows[a].end());
                middleRow[a] = rows[a][rows[a].size() / 2];
            }
    }

    BuildingLayout layout;
    std::vector<int> nextNumber(2 * areas.size(), 1);
    for (const Cell &cell : cells) {
        const std::size_t street = 2 * cell.area + (cell.row >= middleRow[cell.area] ? 0 : 1);
        Footprint footprint = footprintIn(cell, side, shrink, random);
        Building building;
        building.id = static_cast<Id>(layout.buildings.size() + 1);
        building.address = pool[street] + std::to_string(nextNumber[street]++) + "号";
        building.gridAreaId = areas[cell.area].id;
        building.floors = floorsFor(townCloseness(footprint.centre, townCentre), random);
        building.geometry = footprint.polygon();
        layout.buildings.push_back(std::move(building));
        layout.footprints.push_back(footprint);
        layout.streets.push_back(pool[street]);
    }
    return layout;
}

} // namespace lianxin::demo
