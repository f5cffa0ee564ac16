// The shared-edge view, WKT in -> WKT out: vertices shared by snapping, moves that move
// every area sharing a vertex, the urban outline that does not move unless asked.
#include "analysis/coverageedges.h"
#include "boundarytestlayout.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using test::layoutOf;
using test::wktOf;

namespace {

const std::string kLeft = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))";
const std::string kRight = "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))";
const std::string kOutline = "POLYGON ((0 0, 20 0, 20 10, 0 10, 0 0))";

std::size_t nodeAt(const CoverageEdges &edges, double x, double y)
{
    const auto node = edges.nodeNear({x, y}, 1e-9);
    REQUIRE(node);
    return *node;
}

} // namespace

TEST_CASE("a shared vertex moved moves in both areas")
{
    GeosContext geos;
    CoverageEdges edges(layoutOf(geos, {kLeft, kRight}));
    REQUIRE(edges.areasAt(nodeAt(edges, 10, 10)) == std::vector<std::size_t>{0, 1});
    edges.moveNode(nodeAt(edges, 10, 10), {12, 11});
    const BoundaryLayout moved = edges.layout();
    CHECK(wktOf(moved, 1) == "POLYGON ((0 0, 10 0, 12 11, 0 10, 0 0))");
    CHECK(wktOf(moved, 2) == "POLYGON ((10 0, 20 0, 20 10, 12 11, 10 0))");
}

TEST_CASE("a vertex 0.01 m off its neighbour's is snapped into one, 0.2 m off is not")
{
    GeosContext geos;
    const std::string nearlyRight = "POLYGON ((10 0, 20 0, 20 10, 10.01 10, 10 0))";
    const BoundaryLayout snapped = CoverageEdges(layoutOf(geos, {kLeft, nearlyRight})).layout();
    // The first area in layout order gives the shared position.
    CHECK(wktOf(snapped, 1) == "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    CHECK(wktOf(snapped, 2) == "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))");

    const std::string farRight = "POLYGON ((10 0, 20 0, 20 10, 10.2 10, 10 0))";
    CoverageEdges apart(layoutOf(geos, {kLeft, farRight}));
    CHECK(apart.layout().find(2)->geometry == polygonFromWkt(geos, farRight));
    CHECK(apart.areasAt(nodeAt(apart, 10, 10)) == std::vector<std::size_t>{0});
}

TEST_CASE("a vertex on the neighbour's border becomes a shared vertex")
{
    GeosContext geos;
    const std::string bentRight = "POLYGON ((10 0, 20 0, 20 10, 10 10, 10.03 5, 10 0))";
    CoverageEdges edges(layoutOf(geos, {kLeft, bentRight}));
    CHECK(wktOf(edges.layout(), 1) == "POLYGON ((0 0, 10 0, 10.03 5, 10 10, 0 10, 0 0))");
    edges.moveNode(nodeAt(edges, 10.03, 5), {11, 5});
    const BoundaryLayout moved = edges.layout();
    CHECK(wktOf(moved, 1) == "POLYGON ((0 0, 10 0, 11 5, 10 10, 0 10, 0 0))");
    CHECK(wktOf(moved, 2) == "POLYGON ((10 0, 20 0, 20 10, 10 10, 11 5, 10 0))");
}

TEST_CASE("the urban outline never moves unless asked")
{
    GeosContext geos;
    // NCS-01's west side is 2 cm inside the outline: it snaps onto the outline, which stays.
    const std::string inside = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0.02 5, 0 0))";
    CoverageEdges edges(layoutOf(geos, {inside, kRight}, kOutline));
    BoundaryLayout settled = edges.layout();
    CHECK(wktOf(settled, 1) == "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 5, 0 0))");
    CHECK(toWkt(settled.outline.front()) == "POLYGON ((0 0, 10 0, 20 0, 20 10, 10 10, 0 10, 0 5, 0 0))");
    CHECK(edges.isOutlineNode(nodeAt(edges, 0, 5)));

    CHECK_THROWS_AS(edges.moveNode(nodeAt(edges, 0, 5), {1, 5}), EditRefused);
    CHECK_THROWS_AS(edges.moveNode(nodeAt(edges, 10, 0), {10, 1}), EditRefused);
    CHECK(edges.layout() == settled);

    edges.moveNode(nodeAt(edges, 0, 5), {-1, 5}, true);
    const BoundaryLayout asked = edges.layout();
    CHECK(wktOf(asked, 1) == "POLYGON ((0 0, 10 0, 10 10, 0 10, -1 5, 0 0))");
    CHECK(toWkt(asked.outline.front()) == "POLYGON ((0 0, 10 0, 20 0, 20 10, 10 10, 0 10, -1 5, 0 0))");
}

TEST_CASE("the borders of a coverage are its edges, with the areas on either side")
{
    GeosContext geos;
    const CoverageEdges edges(layoutOf(geos, {kLeft, kRight}, kOutline));
    const std::vector<CoverageEdges::Edge> borders = edges.edges();
    REQUIRE(borders.size() == 3);
    int shared = 0, outline = 0;
    for (const CoverageEdges::Edge &edge : borders) {
        if (edge.areaIds == std::vector<Id>{1, 2}) {
            ++shared;
            CHECK_FALSE(edge.onOutline);
            CHECK(edge.nodes.size() == 2);
        } else {
            ++outline;
            CHECK(edge.onOutline);
            CHECK(edge.areaIds.size() == 1);
            CHECK(edge.nodes.size() == 4); // (10 10) round the outline to (10 0): 3 segments
        }
    }
    CHECK(shared == 1);
    CHECK(outline == 2);
}

TEST_CASE("a vertex added on a shared border is added to both areas and removed from both")
{
    GeosContext geos;
    CoverageEdges edges(layoutOf(geos, {kLeft, kRight}));
    const auto segment = edges.segmentNear({10.2, 4}, 0.5);
    REQUIRE(segment);
    const std::size_t added = edges.insertNode(*segment, {10.2, 4});
    CHECK(edges.nodes()[added] == PointXY{10, 4});
    CHECK(wktOf(edges.layout(), 1) == "POLYGON ((0 0, 10 0, 10 4, 10 10, 0 10, 0 0))");
    CHECK(wktOf(edges.layout(), 2) == "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 4, 10 0))");
    edges.moveSegment({added, nodeAt(edges, 10, 10)}, {1, 0});
    CHECK(wktOf(edges.layout(), 1) == "POLYGON ((0 0, 10 0, 11 4, 11 10, 0 10, 0 0))");
    CHECK(wktOf(edges.layout(), 2) == "POLYGON ((10 0, 20 0, 20 10, 11 10, 11 4, 10 0))");
    edges.removeNode(added);
    CHECK(wktOf(edges.layout(), 1) == "POLYGON ((0 0, 10 0, 11 10, 0 10, 0 0))");
    CHECK(wktOf(edges.layout(), 2) == "POLYGON ((10 0, 20 0, 20 10, 11 10, 10 0))");
}

TEST_CASE("a junction of three borders and a triangle's corner cannot be removed")
{
    GeosContext geos;
    const std::string top = "POLYGON ((0 10, 10 10, 20 10, 20 20, 0 20, 0 10))";
    CoverageEdges edges(layoutOf(geos, {kLeft, kRight, top}));
    CHECK_THROWS_WITH(edges.removeNode(nodeAt(edges, 10, 10)), Catch::Contains("three or more borders"));
    CoverageEdges triangle(layoutOf(geos, {"POLYGON ((0 0, 10 0, 0 10, 0 0))"}));
    CHECK_THROWS_WITH(triangle.removeNode(nodeAt(triangle, 10, 0)), Catch::Contains("fewer than three corners"));
}

TEST_CASE("a locked area's border does not move, from either side")
{
    GeosContext geos;
    BoundaryLayout layout = layoutOf(geos, {kLeft, kRight});
    layout.areas[1].locked = true;
    CoverageEdges edges(layout);
    CHECK_THROWS_WITH(edges.moveNode(nodeAt(edges, 10, 10), {11, 10}), Catch::Contains("NCS-02 is locked"));
    edges.moveNode(nodeAt(edges, 0, 10), {0, 11}); // NCS-01's own corner
    CHECK(wktOf(edges.layout(), 1) == "POLYGON ((0 0, 10 0, 10 10, 0 11, 0 0))");
}

TEST_CASE("a tolerance that is not positive is refused")
{
    GeosContext geos;
    CHECK_THROWS_AS(CoverageEdges(layoutOf(geos, {kLeft}), 0.0), std::invalid_argument);
}
