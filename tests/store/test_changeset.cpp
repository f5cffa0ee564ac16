// The change-set applier: the one way edits are written (DESIGN.md, "Writes"). Real
// files: a sample world saved through the store, edited, reversed and read back.
#include "store/changesetapplier.h"

#include "sampleworld.h"
#include "storetestutil.h"
#include "store/database.h"
#include "store/sqlitestatement.h"
#include "store/wkb.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <tuple>

using namespace lianxin;
using namespace lianxin::test;

namespace {

std::filesystem::path sampleDatabase(const std::string &name)
{
    const auto path = freshTempDir(name) / "project.sqlite";
    Database::create(path.string())->saveWorld(sampleWorld());
    return path;
}

Polygon square(double x, double y, double side)
{
    return {ringOf({x, y, x + side, y + side}), {}};
}

// An edit touching three tables: a new building with a household moved into it, a grid
// area's geometry and name changed, a shop removed.
ChangeSet sampleEdit(const Database &db)
{
    const World world = db.loadWorld();
    ChangeSet set;
    set.actor = "planner";
    set.note = "new block on 乐园路";
    const Id building = nextFreeId(db, "building");
    // Child before parent on purpose: foreign keys are checked at the end of the set.
    set.rows.push_back(updateRow("household", 2, {{"building_id", fieldValue(Id{2}), fieldValue(building)},
                                                  {"address", fieldValue("乐园路14号"), fieldValue("乐园路16号")}}));
    set.rows.push_back(insertRow("building", building,
                                 {{"address", fieldValue("乐园路16号")},
                                  {"grid_area_id", fieldValue(Id{1})},
                                  {"floors", fieldValue(4)},
                                  {"geom", fieldValue(square(540500.125, 4197500.25, 20))}}));
    const GridArea &area = world.gridAreas.at(1);
    set.rows.push_back(updateRow("grid_area", area.id,
                                 {{"name", fieldValue(area.name), fieldValue("海滨新片区")},
                                  {"geom", fieldValue(area.geometry), fieldValue(square(541200.5, 4197400.5, 900))}}));
    set.rows.push_back(rowAsStored(db, "shop", 3));
    return set;
}

ChangeConflict caughtConflict(const std::function<void()> &action)
{
    try {
        action();
    } catch (const ChangeConflict &conflict) {
        return conflict;
    }
    FAIL("expected a ChangeConflict");
    return ChangeConflict("", "", 0, "");
}

} // namespace

TEST_CASE("A change set writes inserts, updates and deletes in one go, audited, and its reverse restores the world")
{
    const auto path = sampleDatabase("changeset-apply");
    const auto db = Database::open(path.string());
    const World original = db->loadWorld();
    const ChangeSet edit = sampleEdit(*db);
    REQUIRE(edit.rows.size() == 4);
    CHECK(summarise(edit) == "building: 1 inserted, grid_area: 1 updated, household: 1 updated, shop: 1 deleted");

    const AppliedChangeSet applied = applyChangeSet(*db, edit);
    CHECK(applied.rowsWritten == 4);
    CHECK(applied.changeSetId > 0);

    const World edited = db->loadWorld();
    REQUIRE(edited.buildings.size() == original.buildings.size() + 1);
    CHECK(edited.buildings.back().address == "乐园路16号");
    CHECK(edited.buildings.back().geometry == square(540500.125, 4197500.25, 20)); // bit-exact through WKB
    CHECK(edited.households.at(1).buildingId == edited.buildings.back().id);
    CHECK(edited.gridAreas.at(1).name == "海滨新片区");
    CHECK(edited.gridAreas.at(1).geometry == square(541200.5, 4197400.5, 900));
    CHECK(edited.shops.size() == original.shops.size() - 1);
    CHECK(db->foreignKeyProblems().empty());
    // The spatial index follows the new geometry (SpatiaLite's triggers stay in place).
    CHECK(sqlInteger(db->handle(), "SELECT count(*) FROM SpatialIndex WHERE f_table_name = 'building' AND "
                                   "search_frame = BuildMbr(540505, 4197505, 540506, 4197506, 4549)") == 1);

    // One change_set row carries who and why; one audit row per row change points to it.
    CHECK(sqlInteger(db->handle(), "SELECT row_count FROM change_set WHERE id = " +
                                       std::to_string(applied.changeSetId)) == 4);
    CHECK(sqlInteger(db->handle(), "SELECT count(*) FROM audit WHERE change_set_id = " +
                                       std::to_string(applied.changeSetId)) == 4);
    CHECK(sqlInteger(db->handle(), "SELECT count(*) FROM change_set WHERE note = '" + edit.note + "'") == 1);

    const ChangeSet undo = reversed(edit, "undo: " + edit.note, applied.changeSetId);
    CHECK(undo.rows.front().action == RowAction::Insert); // the shop comes back first
    CHECK(undo.rows.back().action == RowAction::Update);
    const AppliedChangeSet undone = applyChangeSet(*db, undo);
    checkSameWorld(original, db->loadWorld());
    CHECK(sqlInteger(db->handle(), "SELECT undoes FROM change_set WHERE id = " + std::to_string(undone.changeSetId)) ==
          applied.changeSetId);
    CHECK(db->foreignKeyProblems().empty());

    // Redo after undo: the same set applies again, because the rows are as it saw them.
    CHECK(applyChangeSet(*db, edit).rowsWritten == 4);
}

TEST_CASE("Audit rows record the changed columns, new rows whole, removed rows whole, geometry as WKT")
{
    const auto path = sampleDatabase("changeset-audit");
    const auto db = Database::open(path.string());
    const ChangeSet edit = sampleEdit(*db);
    applyChangeSet(*db, edit);

    SqliteStatement rows(db->handle(), "SELECT table_name, action, before_json, after_json, actor FROM audit ORDER BY id");
    std::vector<std::tuple<std::string, std::string, std::string, std::string>> audit;
    while (rows.step()) {
        CHECK(rows.textAt(4) == "planner");
        audit.emplace_back(rows.textAt(0), rows.textAt(1), rows.textAt(2), rows.textAt(3));
    }
    REQUIRE(audit.size() == 4);
    const auto &[householdTable, householdAction, householdBefore, householdAfter] = audit[0];
    CHECK(householdTable == "household");
    CHECK(householdAction == "update");
    CHECK(nlohmann::json::parse(householdBefore) == nlohmann::json{{"building_id", 2}, {"address", "乐园路14号"}});
    CHECK(nlohmann::json::parse(householdAfter).at("address") == "乐园路16号");

    const auto inserted = nlohmann::json::parse(std::get<3>(audit[1]));
    CHECK(std::get<1>(audit[1]) == "insert");
    CHECK(std::get<2>(audit[1]).empty()); // NULL: nothing was there before
    CHECK(inserted.at("floors") == 4);
    CHECK(inserted.at("geom").get<std::string>().rfind("POLYGON ((540500.125 4197500.25", 0) == 0);

    const auto removed = nlohmann::json::parse(std::get<2>(audit[3]));
    CHECK(std::get<1>(audit[3]) == "delete");
    CHECK(removed.at("name") == "码头小卖部");
    CHECK(removed.at("building_id").is_null());
    CHECK(removed.contains("geom"));
}

TEST_CASE("A row not as the editor saw it refuses the whole set, names it, and leaves the file's bytes unchanged")
{
    const auto path = sampleDatabase("changeset-stale");
    const std::string bytes = fileBytes(path);
    {
        const auto db = Database::open(path.string());
        const ChangeSet good = sampleEdit(*db);

        ChangeSet staleUpdate = good; // the area's name was changed by someone else
        staleUpdate.rows[2].fields[0].before = fieldValue("旧名字");
        const ChangeConflict conflict = caughtConflict([&] { applyChangeSet(*db, staleUpdate); });
        CHECK(conflict.table() == "grid_area");
        CHECK(conflict.id() == 2);
        CHECK(conflict.column() == "name");
        CHECK_THAT(conflict.what(), Catch::Contains("grid_area 2 has name = \"海滨片区\", not \"旧名字\"") &&
                                        Catch::Contains("nothing was changed") && Catch::Contains("project.sqlite"));

        ChangeSet staleGeometry = good;
        staleGeometry.rows[2].fields[1].before = fieldValue(square(1, 2, 3));
        CHECK_THAT(caughtStoreError([&] { applyChangeSet(*db, staleGeometry); }).what(),
                   Catch::Contains("grid_area 2 has geom = <geometry"));

        ChangeSet taken = good; // someone added a building with that id meanwhile
        taken.rows[1].id = 1;
        CHECK_THAT(caughtStoreError([&] { applyChangeSet(*db, taken); }).what(),
                   Catch::Contains("building 1 exists already"));

        ChangeSet gone = good;
        gone.rows[0].id = 999;
        CHECK_THAT(caughtStoreError([&] { applyChangeSet(*db, gone); }).what(),
                   Catch::Contains("household 999 does not exist"));

        ChangeSet changedBeforeDelete = good; // the shop was renamed since it was read
        changedBeforeDelete.rows[3].fields[0].before = fieldValue("别的店");
        CHECK_THAT(caughtStoreError([&] { applyChangeSet(*db, changedBeforeDelete); }).what(),
                   Catch::Contains("shop 3 has name = \"码头小卖部\""));
    }
    CHECK(fileBytes(path) == bytes);
}

TEST_CASE("A set the schema rejects is refused, naming the row and the reason, and the file is unchanged")
{
    const auto path = sampleDatabase("changeset-schema");
    const std::string bytes = fileBytes(path);
    {
        const auto db = Database::open(path.string());
        const auto refusal = [&](const ChangeSet &set) { return std::string(caughtStoreError([&] { applyChangeSet(*db, set); }).what()); };

        ChangeSet check{"tester", "", {updateRow("building", 1, "floors", fieldValue(6), fieldValue(0))}, {}};
        CHECK_THAT(refusal(check), Catch::Contains("building 1 cannot be changed: CHECK constraint failed"));

        ChangeSet notNull{"tester", "", {updateRow("building", 1, "address", fieldValue("乐园路12号"), nullValue())}, {}};
        CHECK_THAT(refusal(notNull), Catch::Contains("NOT NULL constraint failed: building.address"));

        ChangeSet dangling{"tester", "", {updateRow("household", 1, "group_id", fieldValue(Id{1}), fieldValue(Id{77}))}, {}};
        CHECK_THAT(refusal(dangling), Catch::Contains("household 1: group_id 77 -> contact_group (missing)"));

        ChangeSet parentStillUsed{"tester", "", {rowAsStored(*db, "contact_group", 1)}, {}};
        CHECK_THAT(refusal(parentStillUsed), Catch::Contains("-> contact_group (missing)"));

        ChangeSet unknownTable{"tester", "", {updateRow("parcel", 1, "x", nullValue(), nullValue())}, {}};
        CHECK_THAT(refusal(unknownTable), Catch::Contains("there is no table parcel"));
        ChangeSet unknownColumn{"tester", "", {updateRow("building", 1, "height", nullValue(), fieldValue(3))}, {}};
        CHECK_THAT(refusal(unknownColumn), Catch::Contains("building 1: the table has no column height"));
        ChangeSet history{"tester", "", {updateRow("audit", 1, "actor", nullValue(), fieldValue("me"))}, {}};
        CHECK_THAT(refusal(history), Catch::Contains("audit is written by Lianxin itself"));
        ChangeSet key{"tester", "", {updateRow("building", 1, "id", fieldValue(Id{1}), fieldValue(Id{5}))}, {}};
        CHECK_THAT(refusal(key), Catch::Contains("the id is the row's key"));

        CHECK(applyChangeSet(*db, ChangeSet{}).rowsWritten == 0);
    }
    CHECK(fileBytes(path) == bytes);
}

TEST_CASE("A geometry the editor saw is matched whatever its WKB byte order")
{
    const auto path = sampleDatabase("changeset-byteorder");
    const auto db = Database::open(path.string());
    const World world = db->loadWorld();
    // The same point as big-endian WKB (byte order 0, type 1, x, y as big-endian doubles).
    const std::vector<unsigned char> little = toWkb(world.households.at(0).location);
    std::vector<unsigned char> big = {0, 0, 0, 0, 1};
    for (int part = 0; part < 2; ++part)
        for (int i = 7; i >= 0; --i)
            big.push_back(little[static_cast<std::size_t>(5 + part * 8 + i)]);
    REQUIRE(big != little);
    ChangeSet move{"tester", "nudge", {updateRow("household", 1, "geom", GeometryWkb{big}, fieldValue(PointXY{540340.5, 4197540.5}))}, {}};
    CHECK(applyChangeSet(*db, move).rowsWritten == 1);
    CHECK(db->loadWorld().households.at(0).location == PointXY{540340.5, 4197540.5});
}

TEST_CASE("A read-only database refuses a change set without touching the file")
{
    const auto path = sampleDatabase("changeset-readonly");
    const std::string bytes = fileBytes(path);
    {
        const auto db = Database::open(path.string(), Database::Mode::ReadOnly);
        ChangeSet set{"tester", "", {updateRow("building", 1, "floors", fieldValue(6), fieldValue(7))}, {}};
        CHECK(caughtStoreError([&] { applyChangeSet(*db, set); }).kind() == StoreError::Kind::NotWritable);
    }
    CHECK(fileBytes(path) == bytes);
}

TEST_CASE("Replacing the world keeps the edit history")
{
    const auto path = sampleDatabase("changeset-history");
    const auto db = Database::open(path.string());
    applyChangeSet(*db, ChangeSet{"tester", "one floor more", {updateRow("building", 1, "floors", fieldValue(6), fieldValue(7))}, {}});
    db->saveWorld(sampleWorld());
    CHECK(sqlInteger(db->handle(), "SELECT count(*) FROM change_set WHERE note = 'one floor more'") == 1);
    CHECK(sqlInteger(db->handle(), "SELECT count(*) FROM audit") == 1);
    CHECK(db->loadWorld().buildings.at(0).floors == 6);
}
