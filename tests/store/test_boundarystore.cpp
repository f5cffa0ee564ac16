// Saving a boundary change as one change set, undoing and redoing it, and restoring a
// saved version: the database ends equal to the original (every geometry and every
// grid_area_id). Works on copies of the demo database.
#include "analysis/boundaryedits.h"
#include "analysis/boundarysession.h"
#include "analysis/coverageedges.h"
#include "store/boundarystore.h"
#include "store/boundaryworld.h"
#include "store/changesetapplier.h"
#include "store/database.h"
#include "store/sqlitestatement.h"
#include "storetestutil.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace lianxin;

namespace {

std::filesystem::path demoCopy(const std::string &name)
{
    const std::filesystem::path dir = test::freshTempDir(name);
    const std::filesystem::path copy = dir / "demo.sqlite";
    std::filesystem::copy_file(test::demoDatabasePath(), copy);
    return copy;
}

// Every grid area (id, code, name, department, geometry bytes) and every grid_area_id.
std::string boundaryDigest(const Database &db)
{
    std::string digest;
    const std::pair<const char *, int> queries[] = {
        {"SELECT id, code, name, department_id, hex(AsBinary(geom)) FROM grid_area ORDER BY id", 5},
        {"SELECT id, grid_area_id FROM building ORDER BY id", 2},
        {"SELECT id, grid_area_id FROM household ORDER BY id", 2},
        {"SELECT id, grid_area_id FROM shop ORDER BY id", 2},
        {"SELECT id, grid_area_id FROM suggestion ORDER BY id", 2},
    };
    for (const auto &[sql, columns] : queries) {
        SqliteStatement query(db.handle(), sql);
        while (query.step()) {
            for (int c = 0; c < columns; ++c)
                digest += (query.isNull(c) ? std::string("NULL") : query.textAt(c)) + '|';
            digest += '\n';
        }
    }
    return digest;
}

// A junction of three areas inside the town dragged 60 m east: a change of 3 areas that
// moves buildings.
BoundaryLayout draggedJunction(const BoundaryLayout &layout)
{
    CoverageEdges edges(layout);
    for (std::size_t n = 0; n < edges.nodes().size(); ++n)
        if (edges.areasAt(n).size() == 3 && !edges.isOutlineNode(n)) {
            edges.moveNode(n, {edges.nodes()[n].x + 60, edges.nodes()[n].y});
            return edges.layout();
        }
    FAIL("no junction of three areas");
    return layout;
}

AppliedChangeSet save(Database &db, const World &world, const BoundarySession &session, const std::string &note)
{
    const ChangeSet set = boundaryChangeSet(db, world, gridAreasOf(session.layout()), session.buildingAreas(),
                                            {"tester", note});
    return applyChangeSet(db, set);
}

} // namespace

TEST_CASE("a boundary save writes areas, what moved with them and one version row per changed area")
{
    const auto path = demoCopy("boundary-save");
    std::unique_ptr<Database> db = Database::open(path.string());
    const World world = db->loadWorld();
    const std::string original = boundaryDigest(*db);
    BoundarySession session(world);
    session.setLayout(draggedJunction(session.layout()));
    REQUIRE(session.check().canSave());
    const BoundaryImpact impact = session.impact();
    REQUIRE_FALSE(impact.buildings.empty());

    const ChangeSet set = boundaryChangeSet(*db, world, gridAreasOf(session.layout()), session.buildingAreas(),
                                            {"tester", "move a junction east"});
    const AppliedChangeSet applied = applyChangeSet(*db, set);
    CHECK(applied.changeSetId > 0);
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM boundary_version WHERE version = 1") == 3);
    CHECK(test::sqlInteger(db->handle(), "SELECT count(DISTINCT grid_area_id) FROM boundary_version") == 3);
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM boundary_version WHERE kind <> 'changed' OR "
                                         "actor <> 'tester' OR note <> 'move a junction east' OR geom IS NULL") == 0);
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM building WHERE grid_area_id IN "
                                         "(SELECT id FROM grid_area)") == static_cast<long long>(world.buildings.size()));
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM audit WHERE change_set_id = " +
                                             std::to_string(applied.changeSetId)) == applied.rowsWritten);
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM household AS h JOIN building AS b ON b.id = h.building_id "
                                         "WHERE h.grid_area_id <> b.grid_area_id") == 0);
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM household WHERE grid_area_id IS NOT NULL") == 8651);
    // Exactly the buildings of the impact moved, with their households.
    long long moved = 0;
    for (const BuildingMove &move : impact.buildings)
        moved += test::sqlInteger(db->handle(), "SELECT count(*) FROM building WHERE id = " +
                                                    std::to_string(move.buildingId) +
                                                    " AND grid_area_id = " + std::to_string(move.toAreaId));
    CHECK(moved == static_cast<long long>(impact.buildings.size()));
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM audit WHERE table_name = 'household' AND change_set_id = " +
                                             std::to_string(applied.changeSetId)) ==
          static_cast<long long>(impact.households.size()));
    const std::vector<BoundaryVersion> versions = boundaryVersions(*db);
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].version == 1);
    CHECK(versions[0].codes.size() == 3);
    CHECK(versions[0].changeSetId == applied.changeSetId);
    CHECK(boundaryVersions(*db, versions[0].codes[0]).size() == 1);
    CHECK(boundaryVersions(*db, "NCS-99").empty());

    SECTION("undo and redo round-trip exactly")
    {
        applyChangeSet(*db, reversed(set, "undo", applied.changeSetId));
        CHECK(boundaryDigest(*db) == original);
        CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM boundary_version") == 0);
        const std::string saved = [&] {
            applyChangeSet(*db, set);
            return boundaryDigest(*db);
        }();
        CHECK(saved != original);
        CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM boundary_version") == 3);
    }
    SECTION("restoring version 1 gives the original database back, as version 2")
    {
        const World changed = db->loadWorld();
        const std::vector<GridArea> asOf = gridAreasAsOf(*db, changed, 1);
        REQUIRE(asOf.size() == world.gridAreas.size());
        for (std::size_t i = 0; i < asOf.size(); ++i) {
            CHECK(asOf[i].code == world.gridAreas[i].code);
            CHECK(asOf[i].geometry == world.gridAreas[i].geometry);
        }
        BoundarySession restore(changed);
        restore.setLayout(boundaryLayoutOf(asOf, changed.urbanAreas));
        REQUIRE(restore.check().canSave());
        save(*db, changed, restore, "restore version 1");
        CHECK(boundaryDigest(*db) == original);
        CHECK(boundaryVersions(*db).size() == 2);
        CHECK_THROWS_AS(gridAreasAsOf(*db, changed, 7), StoreError);
    }
}

TEST_CASE("a merge removes an area and keeps its history, a restore brings it back with the same id")
{
    const auto path = demoCopy("boundary-merge");
    std::unique_ptr<Database> db = Database::open(path.string());
    const World world = db->loadWorld();
    const std::string original = boundaryDigest(*db);
    BoundarySession session(world);
    // NCS-01 and its longest neighbour.
    const BoundaryArea &first = session.layout().areas.front();
    Id neighbour = 0;
    double longest = 0.0;
    for (const BoundaryArea &other : session.layout().areas) {
        const double length = other.id == first.id ? 0.0 : sharedBorderLength(session.geos(), first.geometry, other.geometry);
        if (length > longest) {
            longest = length;
            neighbour = other.id;
        }
    }
    session.setLayout(mergeAreas(session.geos(), session.layout(), first.id, neighbour));
    REQUIRE(session.check().canSave());
    save(*db, world, session, "merge");
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM grid_area") == 27);
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM boundary_version WHERE kind = 'removed' AND grid_area_id = " +
                                             std::to_string(neighbour)) == 1);
    CHECK(db->foreignKeyProblems().empty());

    const World merged = db->loadWorld();
    BoundarySession restore(merged);
    restore.setLayout(boundaryLayoutOf(gridAreasAsOf(*db, merged, 1), merged.urbanAreas));
    save(*db, merged, restore, "restore version 1");
    CHECK(boundaryDigest(*db) == original);
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM boundary_version WHERE version = 2 AND kind = 'added'") == 1);
}

TEST_CASE("renumbering swaps codes in one set despite their uniqueness")
{
    const auto path = demoCopy("boundary-renumber");
    std::unique_ptr<Database> db = Database::open(path.string());
    const World world = db->loadWorld();
    BoundarySession session(world);
    BoundaryLayout layout = session.layout();
    std::swap(layout.areas[0].code, layout.areas[1].code);
    session.setLayout(layout);
    save(*db, world, session, "swap two codes");
    CHECK(test::sqlInteger(db->handle(), "SELECT id FROM grid_area WHERE code = 'NCS-01'") == layout.areas[1].id);
    CHECK(test::sqlInteger(db->handle(), "SELECT id FROM grid_area WHERE code = 'NCS-02'") == 1);
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM boundary_version") == 2);
}

TEST_CASE("the boundary world holds what a boundary edit reads, as loadWorld reads it")
{
    const std::unique_ptr<Database> db = Database::open(test::demoDatabasePath().string(), Database::Mode::ReadOnly);
    const World full = db->loadWorld();
    const World part = loadBoundaryWorld(*db);
    REQUIRE(part.gridAreas.size() == full.gridAreas.size());
    for (std::size_t i = 0; i < full.gridAreas.size(); ++i) {
        CHECK(part.gridAreas[i].code == full.gridAreas[i].code);
        CHECK(part.gridAreas[i].geometry == full.gridAreas[i].geometry);
        CHECK(part.gridAreas[i].departmentId == full.gridAreas[i].departmentId);
    }
    REQUIRE(part.urbanAreas.size() == full.urbanAreas.size());
    CHECK(part.urbanAreas[0].geometry == full.urbanAreas[0].geometry);
    REQUIRE(part.buildings.size() == full.buildings.size());
    for (std::size_t i = 0; i < full.buildings.size(); ++i) {
        CHECK(part.buildings[i].geometry == full.buildings[i].geometry);
        CHECK(part.buildings[i].gridAreaId == full.buildings[i].gridAreaId);
    }
    REQUIRE(part.households.size() == full.households.size());
    for (std::size_t i = 0; i < full.households.size(); ++i) {
        const Household &a = part.households[i], &b = full.households[i];
        CHECK((a.id == b.id && a.code == b.code && a.buildingId == b.buildingId && a.gridAreaId == b.gridAreaId &&
               a.groupId == b.groupId && a.location == b.location));
    }
    REQUIRE(part.residents.size() == full.residents.size());
    CHECK(part.residents.back().householdId == full.residents.back().householdId);
    REQUIRE(part.suggestions.size() == full.suggestions.size());
    for (std::size_t i = 0; i < full.suggestions.size(); ++i)
        CHECK((part.suggestions[i].status == full.suggestions[i].status &&
               part.suggestions[i].gridAreaId == full.suggestions[i].gridAreaId));
    REQUIRE(part.shops.size() == full.shops.size());
    CHECK(part.shops[7].buildingId == full.shops[7].buildingId);
    CHECK(part.groups.size() == full.groups.size());
    CHECK(part.cadres.size() == full.cadres.size());
    CHECK(part.departments.size() == full.departments.size());
    // The same impact of the same change, whichever world it was measured on.
    BoundarySession a(full), b(part);
    a.setLayout(draggedJunction(a.layout()));
    b.setLayout(a.layout());
    const BoundaryImpact ia = a.impact(), ib = b.impact();
    CHECK(ia.households.size() == ib.households.size());
    REQUIRE(ia.areas.size() == ib.areas.size());
    for (std::size_t i = 0; i < ia.areas.size(); ++i) {
        CHECK(ia.areas[i].gained == ib.areas[i].gained);
        CHECK(ia.areas[i].lost == ib.areas[i].lost);
    }
}
