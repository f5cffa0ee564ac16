// The planner's cut-and-join edits, WKT in -> WKT out: transfer by a line (also one that
// crosses the area twice), split, merge, assign buildings, renumber, locks.
#include "analysis/boundaryedits.h"
#include "analysis/coveragerules.h"
#include "boundarytestlayout.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using test::layoutOf;
using test::sameShape;
using test::wktOf;

namespace {

const std::string kLeft = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))";
const std::string kRight = "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))";
const std::string kOutline = "POLYGON ((0 0, 20 0, 20 10, 0 10, 0 0))";

bool clean(const GeosContext &geos, const BoundaryLayout &layout)
{
    const CoverageReport report = checkCoverage(geos, layout, {});
    for (const CoverageProblem &problem : report.problems)
        INFO(problem.message);
    return report.problems.empty();
}

} // namespace

TEST_CASE("transfer: the piece beyond the line goes to the neighbour it touches")
{
    GeosContext geos;
    const BoundaryLayout before = layoutOf(geos, {kLeft, kRight}, kOutline);
    const BoundaryLayout after = transferByLine(geos, before, 1, {{8, -1}, {8, 11}});
    CHECK(sameShape(geos, after.find(1)->geometry, "POLYGON ((0 0, 8 0, 8 10, 0 10, 0 0))"));
    CHECK(sameShape(geos, after.find(2)->geometry, "POLYGON ((8 0, 20 0, 20 10, 8 10, 8 0))"));
    CHECK(clean(geos, after));
    // The urban outline did not move: same shape, the line's ends added as vertices.
    CHECK(sameShape(geos, after.outline.front(), kOutline));
    CHECK(before.find(1)->geometry == polygonFromWkt(geos, kLeft)); // the input is a value, untouched
}

TEST_CASE("transfer by a line that crosses the area twice gives both pieces away")
{
    GeosContext geos;
    const std::string south = "POLYGON ((0 0, 30 0, 30 10, 0 10, 0 0))";
    const std::string north = "POLYGON ((0 10, 30 10, 30 20, 0 20, 0 10))";
    const BoundaryLayout before = layoutOf(geos, {south, north}, "POLYGON ((0 0, 30 0, 30 20, 0 20, 0 0))");
    const std::vector<PointXY> line = {{2, 11}, {2, 7}, {8, 7}, {8, 11}, {22, 11}, {22, 7}, {28, 7}, {28, 11}};
    const BoundaryLayout after = transferByLine(geos, before, 1, line);
    CHECK(sameShape(geos, after.find(1)->geometry,
                    "POLYGON ((0 0, 30 0, 30 10, 28 10, 28 7, 22 7, 22 10, 8 10, 8 7, 2 7, 2 10, 0 10, 0 0))"));
    CHECK(sameShape(geos, after.find(2)->geometry,
                    "POLYGON ((0 10, 2 10, 2 7, 8 7, 8 10, 22 10, 22 7, 28 7, 28 10, 30 10, 30 20, 0 20, 0 10))"));
    CHECK(clean(geos, after));
}

TEST_CASE("transfer to a chosen neighbour, and the transfers the rules refuse")
{
    GeosContext geos;
    const std::string top = "POLYGON ((0 10, 20 10, 20 20, 0 20, 0 10))";
    const BoundaryLayout before = layoutOf(geos, {kLeft, kRight, top}, "POLYGON ((0 0, 20 0, 20 20, 0 20, 0 0))");
    // The corner piece touches both NCS-02 and NCS-03; asked for NCS-03, it goes there.
    const std::vector<PointXY> corner = {{6, 11}, {6, 6}, {11, 6}};
    const BoundaryLayout toTop = transferByLine(geos, before, 1, corner, Id{3});
    CHECK(sameShape(geos, toTop.find(3)->geometry, "POLYGON ((0 10, 6 10, 6 6, 10 6, 10 10, 20 10, 20 20, 0 20, 0 10))"));
    CHECK(sameShape(geos, toTop.find(2)->geometry, kRight));
    CHECK(clean(geos, toTop));

    CHECK_THROWS_WITH(transferByLine(geos, before, 1, {{3, 3}, {4, 4}}), Catch::Contains("does not cut NCS-01"));
    BoundaryLayout locked = before;
    locked.find(2)->locked = true;
    CHECK_THROWS_WITH(transferByLine(geos, locked, 1, {{8, -1}, {8, 11}}, Id{2}), Catch::Contains("NCS-02 is locked"));
    locked.find(1)->locked = true;
    CHECK_THROWS_WITH(transferByLine(geos, locked, 1, {{8, -1}, {8, 11}}), Catch::Contains("NCS-01 is locked"));
    // A piece cut off at the sea touches nobody.
    const BoundaryLayout lone = layoutOf(geos, {kLeft}, kLeft);
    CHECK_THROWS_WITH(transferByLine(geos, lone, 1, {{3, -1}, {3, 11}}), Catch::Contains("touches no other area"));
}

TEST_CASE("split: the smaller piece becomes a new area with the next free code")
{
    GeosContext geos;
    const BoundaryLayout before = layoutOf(geos, {kLeft, kRight}, kOutline);
    const BoundaryLayout after = splitByLine(geos, before, 2, {{14, -1}, {14, 11}}, 3);
    REQUIRE(after.areas.size() == 3);
    CHECK(sameShape(geos, after.find(2)->geometry, "POLYGON ((14 0, 20 0, 20 10, 14 10, 14 0))"));
    const BoundaryArea &added = *after.find(3);
    CHECK(added.code == "NCS-03");
    CHECK(added.departmentId == 2);
    CHECK(added.name == "片区2二");
    CHECK(sameShape(geos, added.geometry, "POLYGON ((10 0, 14 0, 14 10, 10 10, 10 0))"));
    CHECK(clean(geos, after));
    CHECK_THROWS_WITH(splitByLine(geos, before, 2, {{12, -1}, {12, 11}, {16, 11}, {16, -1}}, 3),
                      Catch::Contains("into 3 pieces"));
}

TEST_CASE("merge: two neighbours become one, the second one is gone")
{
    GeosContext geos;
    const BoundaryLayout before = layoutOf(geos, {kLeft, kRight, "POLYGON ((30 0, 40 0, 40 10, 30 10, 30 0))"});
    const BoundaryLayout after = mergeAreas(geos, before, 1, 2);
    REQUIRE(after.areas.size() == 2);
    CHECK(after.find(2) == nullptr);
    CHECK(sameShape(geos, after.find(1)->geometry, kOutline));
    CHECK(after.find(1)->code == "NCS-01");
    CHECK_THROWS_WITH(mergeAreas(geos, before, 1, 3), Catch::Contains("share no border"));
}

TEST_CASE("assign buildings: the border is redrawn around them")
{
    GeosContext geos;
    const BoundaryLayout before = layoutOf(geos, {kLeft, kRight}, kOutline);
    // A building of NCS-01 against the shared border goes to NCS-02 with a 1 m margin.
    const Polygon building = polygonFromWkt(geos, "POLYGON ((7 2, 10 2, 10 4, 7 4, 7 2))");
    const BoundaryLayout after = assignFootprints(geos, before, {building}, 2, 1.0);
    CHECK(sameShape(geos, after.find(1)->geometry, "POLYGON ((0 0, 10 0, 10 1, 6 1, 6 5, 10 5, 10 10, 0 10, 0 0))"));
    CHECK(sameShape(geos, after.find(2)->geometry, "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 5, 6 5, 6 1, 10 1, 10 0))"));
    CHECK(clean(geos, after));
    // A building far from NCS-02 would leave it in two parts.
    const Polygon far = polygonFromWkt(geos, "POLYGON ((2 2, 4 2, 4 4, 2 4, 2 2))");
    CHECK_THROWS_WITH(assignFootprints(geos, before, {far}, 2, 1.0), Catch::Contains("NCS-02 in 2 parts"));
}

TEST_CASE("renumber: codes in reading order, north to south, west to east")
{
    GeosContext geos;
    // Two rows of two, numbered scrambled.
    const BoundaryLayout before = layoutOf(geos, {
                                                     "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))",   // south-east
                                                     "POLYGON ((0 10, 10 10, 10 20, 0 20, 0 10))",   // north-west
                                                     "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",      // south-west
                                                     "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))", // north-east
                                                 });
    const BoundaryLayout after = renumbered(geos, before, 10.0);
    CHECK(after.find(2)->code == "NCS-01");
    CHECK(after.find(4)->code == "NCS-02");
    CHECK(after.find(3)->code == "NCS-03");
    CHECK(after.find(1)->code == "NCS-04");
    CHECK(after.find(1)->geometry == before.find(1)->geometry);
    CHECK(nextFreeCode(before) == "NCS-05");
}
