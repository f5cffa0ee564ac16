// Saving and loading a World through the project database, and what the file enforces.
#include "sampleworld.h"
#include "storetestutil.h"
#include "testsupport.h"

#include "core/people.h"
#include "store/database.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace lianxin;
using namespace lianxin::test;

namespace {

std::string newDatabasePath(const std::string &testName)
{
    return (freshTempDir(testName) / "project.sqlite").string();
}

} // namespace

TEST_CASE("A saved world loads back field for field")
{
    const std::string path = newDatabasePath("roundtrip");
    const World world = sampleWorld();
    {
        auto db = Database::create(path);
        db->saveWorld(world);
        checkSameWorld(world, db->loadWorld());
    }
    // And from the file, through a fresh read-only connection.
    auto reopened = Database::open(path, Database::Mode::ReadOnly);
    checkSameWorld(world, reopened->loadWorld());
}

TEST_CASE("Loading sorts every entity by id")
{
    World shuffled = sampleWorld();
    std::swap(shuffled.households[0], shuffled.households[3]);
    std::swap(shuffled.suggestions[0], shuffled.suggestions[2]);
    auto db = Database::create(newDatabasePath("sorted"));
    db->saveWorld(shuffled);
    checkSameWorld(sampleWorld(), db->loadWorld());
}

TEST_CASE("Saving again replaces the whole previous content")
{
    auto db = Database::create(newDatabasePath("replace"));
    db->saveWorld(sampleWorld());

    World smaller = sampleWorld();
    smaller.plantedProblems.clear();
    smaller.suggestionEvents.resize(2);
    smaller.suggestions.resize(2);
    smaller.residents.resize(5);
    smaller.households.resize(3);
    smaller.buildings[0].address = "乐园路12号（改）";
    smaller.buildings[0].geometry.outer[1].x += 0.5;
    smaller.buildings[0].geometry.outer[2].x += 0.5;
    db->saveWorld(smaller);

    checkSameWorld(smaller, db->loadWorld());
    const auto counts = db->tableCounts();
    CHECK(counts.at("household") == 3);
    CHECK(counts.at("resident") == 5);
    CHECK(counts.at("demo_planted_member") == 0);
    CHECK(db->foreignKeyProblems().empty());
}

TEST_CASE("A save that fails midway throws and leaves the previous content as it was")
{
    const std::string path = newDatabasePath("failedsave");
    const World world = sampleWorld();
    auto db = Database::create(path);
    db->setMeta("generator", "test");
    db->saveWorld(world);
    const std::string bytesBefore = fileBytes(path);

    SECTION("a household in a contact group that does not exist")
    {
        World bad = world;
        bad.households.back().groupId = 999;
        const StoreError error = caughtStoreError([&] { db->saveWorld(bad); });
        CHECK(error.kind() == StoreError::Kind::BadInput);
        const std::string message = error.what();
        CHECK_THAT(message, Catch::Contains(path));
        CHECK_THAT(message, Catch::Contains("household 4: group_id 999 -> contact_group (missing)"));
    }
    SECTION("a household both in a building and in a village")
    {
        World bad = world;
        bad.households[1].villageId = 1;
        const StoreError error = caughtStoreError([&] { db->saveWorld(bad); });
        CHECK(error.kind() == StoreError::Kind::BadInput);
        CHECK_THAT(std::string(error.what()), Catch::Contains("household 2") &&
                                                  Catch::Contains("household_in_building_or_village"));
    }
    SECTION("two suggestion events with the same id, late in the save")
    {
        World bad = world;
        bad.suggestionEvents.push_back(bad.suggestionEvents.front());
        const StoreError error = caughtStoreError([&] { db->saveWorld(bad); });
        CHECK(error.kind() == StoreError::Kind::BadInput);
        CHECK_THAT(std::string(error.what()), Catch::Contains("suggestion_event 1"));
    }

    // Rolled back: the very same bytes, rows and spatial indexes.
    CHECK(fileBytes(path) == bytesBefore);
    checkSameWorld(world, db->loadWorld());
    CHECK(db->meta("generator") == "test");
    CHECK(sqlInteger(db->handle(), "SELECT count(*) FROM idx_household_geom") == 4);
    // (CheckSpatialIndex logs to SpatiaLite's statement log, so it comes after the bytes.)
    CHECK(sqlInteger(db->handle(), "SELECT CheckSpatialIndex('building', 'geom')") == 1);
    CHECK(sqlInteger(db->handle(), "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'") > 0);

    // The same connection saves again after the failure.
    World changed = world;
    changed.households.front().address = "乐园路12号2单元201";
    db->saveWorld(changed);
    checkSameWorld(changed, db->loadWorld());
    CHECK(sqlInteger(db->handle(), "SELECT CheckSpatialIndex('household', 'geom')") == 1);
}

TEST_CASE("Loading names the row whose value the model cannot hold")
{
    const std::string path = newDatabasePath("badrows");
    auto db = Database::create(path);
    db->saveWorld(sampleWorld());

    SECTION("an impossible date")
    {
        sqlExec(db->handle(), "UPDATE suggestion SET submitted_on = '2021-02-30' WHERE id = 2");
        const StoreError error = caughtStoreError([&] { db->loadWorld(); });
        CHECK(error.kind() == StoreError::Kind::Corrupt);
        CHECK_THAT(std::string(error.what()), Catch::Contains(path) && Catch::Contains("suggestion 2") &&
                                                  Catch::Contains("'2021-02-30' is not a date"));
    }
    SECTION("a household without its point")
    {
        sqlExec(db->handle(), "UPDATE household SET geom = NULL WHERE id = 3");
        const StoreError error = caughtStoreError([&] { db->loadWorld(); });
        CHECK(error.kind() == StoreError::Kind::Corrupt);
        CHECK_THAT(std::string(error.what()), Catch::Contains("household 3") && Catch::Contains("point is missing"));
    }
}

TEST_CASE("The schema refuses values the model forbids")
{
    World bad = sampleWorld();
    SECTION("a township department without its township")
    {
        bad.departments[2].townshipId.reset();
    }
    SECTION("a satisfaction outside 1..5")
    {
        bad.suggestions[0].satisfaction = 6;
    }
    SECTION("a building without floors")
    {
        bad.buildings[1].floors = 0;
    }
    auto db = Database::create(newDatabasePath("checks"));
    CHECK(caughtStoreError([&] { db->saveWorld(bad); }).kind() == StoreError::Kind::BadInput);
    CHECK(db->tableCounts().at("department") == 0);
}

TEST_CASE("Metadata is a key/value store")
{
    auto db = Database::create(newDatabasePath("meta"));
    CHECK(db->meta("seed").empty());
    db->setMeta("seed", "20210501");
    db->setMeta("scale", "1");
    db->setMeta("seed", "7");
    CHECK(db->meta("seed") == "7");
    CHECK(db->allMeta() == std::map<std::string, std::string>{{"scale", "1"}, {"seed", "7"}});
}

TEST_CASE("Counts by table and by suggestion status")
{
    const World world = sampleWorld();
    auto db = Database::create(newDatabasePath("counts"));
    CHECK(db->suggestionStatusCounts() ==
          std::map<std::string, long long>{{"blocked", 0}, {"done", 0}, {"in_progress", 0}});
    db->saveWorld(world);
    const auto counts = db->tableCounts();
    CHECK(counts.at("household") == static_cast<long long>(world.households.size()));
    CHECK(counts.at("resident") == static_cast<long long>(world.residents.size()));
    CHECK(counts.at("group_member") == static_cast<long long>(world.groupMembers.size()));
    CHECK(counts.at("leader_township") == 3);
    CHECK(counts.at("demo_planted_member") == 2);
    CHECK(counts.at("audit") == 0);
    CHECK(counts.count("spatial_ref_sys") == 0); // SpatiaLite's own tables are not the data model
    CHECK(db->suggestionStatusCounts() ==
          std::map<std::string, long long>{{"blocked", 1}, {"done", 1}, {"in_progress", 1}});
    CHECK(db->geometryTables() ==
          std::vector<std::string>{"boundary_version.geom", "building.geom", "demo_planted_problem.geom",
                                   "grid_area.geom", "household.geom", "island.geom", "island_landing.geom", "shop.geom", "suggestion.geom",
                                   "topic_thread.geom", "township.geom", "urban_area.geom", "village.geom"});
}

TEST_CASE("Foreign keys are declared, enforced, and reported when broken from outside")
{
    auto db = Database::create(newDatabasePath("foreignkeys"));
    db->saveWorld(sampleWorld());
    sqlite3 *raw = db->handle();

    CHECK(sqlInteger(raw, "SELECT count(*) FROM pragma_foreign_key_list('household')") == 5);
    CHECK(sqlInteger(raw, "SELECT count(*) FROM pragma_foreign_key_list('household') "
                          "WHERE \"from\" = 'group_id' AND \"table\" = 'contact_group'") == 1);
    CHECK(sqlInteger(raw, "SELECT count(*) FROM pragma_foreign_key_list('suggestion')") == 5);
    CHECK(sqlInteger(raw, "PRAGMA foreign_keys") == 1);

    // Enforced on this connection...
    CHECK(sqlite3_exec(raw, "INSERT INTO resident VALUES (99, 12345, 'x', '男', 1990, 0, 0, '')", nullptr, nullptr,
                       nullptr) == SQLITE_CONSTRAINT_FOREIGNKEY);
    CHECK(sqlite3_exec(raw, "DELETE FROM household WHERE id = 1", nullptr, nullptr, nullptr) ==
          SQLITE_CONSTRAINT_FOREIGNKEY);
    CHECK(db->foreignKeyProblems().empty());

    // ...and reported when another tool wrote with enforcement off.
    sqlExec(raw, "PRAGMA foreign_keys = OFF");
    sqlExec(raw, "INSERT INTO resident VALUES (99, 12345, 'x', '男', 1990, 0, 0, '')");
    sqlExec(raw, "PRAGMA foreign_keys = ON");
    CHECK(db->foreignKeyProblems() == std::vector<std::string>{"resident 99: household_id 12345 -> household (missing)"});
}

TEST_CASE("The resident_masked view masks phone numbers like maskPhone()")
{
    const World world = sampleWorld();
    auto db = Database::create(newDatabasePath("masked"));
    db->saveWorld(world);
    sqlite3_stmt *query = nullptr;
    REQUIRE(sqlite3_prepare_v2(db->handle(), "SELECT id, phone FROM resident_masked ORDER BY id", -1, &query,
                               nullptr) == SQLITE_OK);
    size_t seen = 0;
    while (sqlite3_step(query) == SQLITE_ROW) {
        const Resident &resident = world.residents.at(seen++);
        REQUIRE(sqlite3_column_int64(query, 0) == resident.id);
        const std::string masked = reinterpret_cast<const char *>(sqlite3_column_text(query, 1));
        INFO("phone " << resident.phone);
        CHECK(masked == maskPhone(resident.phone));
        if (resident.phone.size() >= 7)
            CHECK(masked != resident.phone);
    }
    sqlite3_finalize(query);
    CHECK(seen == world.residents.size());
    CHECK(maskPhone("13812345678") == "138****5678"); // the sample covers the article's format
}

TEST_CASE("A database opened read-only refuses every write and stays unchanged")
{
    const std::string path = newDatabasePath("readonly");
    Database::create(path)->saveWorld(sampleWorld());
    const std::string bytesBefore = fileBytes(path);

    auto db = Database::open(path, Database::Mode::ReadOnly);
    CHECK(caughtStoreError([&] { db->saveWorld(World{}); }).kind() == StoreError::Kind::NotWritable);
    CHECK(caughtStoreError([&] { db->setMeta("a", "b"); }).kind() == StoreError::Kind::NotWritable);
    checkSameWorld(sampleWorld(), db->loadWorld());
    db.reset();
    CHECK(fileBytes(path) == bytesBefore);
}
