// Visit rounds, records and landings in the project database: written as change sets,
// read back as they were, refused whole (file unchanged) on bad rows, undone by the reverse.
#include "store/changesetapplier.h"
#include "store/database.h"
#include "store/visitstore.h"
#include "storetestutil.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace lianxin;

namespace {

std::filesystem::path demoCopy(const std::string &name)
{
    const std::filesystem::path copy = test::freshTempDir(name) / "demo.sqlite";
    std::filesystem::copy_file(test::demoDatabasePath(), copy);
    return copy;
}

VisitRound sampleRound()
{
    VisitRound round;
    round.name = std::string("2021年第三轮大走访");
    round.start = {2021, 5, 6};
    round.end = {2021, 5, 28};
    round.scope = {VisitScopeKind::Department, 3};
    round.goal = VisitGoal::PriorityOnly;
    round.priorityFirst = true;
    round.visitsPerDay = 6;
    round.urgentWorkingDays = 3;
    round.from = PointXY{40512345.5, 4197000.25};
    return round;
}

} // namespace

TEST_CASE("A round is created, found by name and updated column by column")
{
    auto db = Database::open(demoCopy("visitstore-round").string());
    CHECK(loadVisitRounds(*db).empty());
    const AppliedChangeSet created = applyChangeSet(*db, createRoundChangeSet(*db, sampleRound(), "tester", "plan"));
    CHECK(created.rowsWritten == 1);
    const std::optional<VisitRound> found = findVisitRound(*db, "2021年第三轮大走访");
    REQUIRE(found);
    VisitRound expected = sampleRound();
    expected.id = found->id;
    CHECK(*found == expected);
    CHECK_FALSE(findVisitRound(*db, "no such round"));

    VisitRound changed = *found;
    changed.end = {2021, 5, 31};
    changed.scope = {VisitScopeKind::County, 0};
    changed.from.reset();
    const ChangeSet update = updateRoundChangeSet(*db, changed, "tester", "longer");
    REQUIRE(update.rows.size() == 1);
    CHECK(update.rows.front().fields.size() == 4); // end_on, department_id, from_x, from_y
    applyChangeSet(*db, update);
    CHECK(loadVisitRounds(*db) == std::vector<VisitRound>{changed});
    CHECK(updateRoundChangeSet(*db, changed, "tester", "same").empty());

    // A second round of the same name is refused by the UNIQUE constraint, nothing written.
    const std::string before = test::fileBytes(db->path());
    CHECK_THROWS_AS(applyChangeSet(*db, createRoundChangeSet(*db, sampleRound(), "tester", "again")), StoreError);
    CHECK(test::fileBytes(db->path()) == before);
}

TEST_CASE("Visit records are written with audit rows, read back, and undone by the reverse set")
{
    auto db = Database::open(demoCopy("visitstore-records").string());
    applyChangeSet(*db, createRoundChangeSet(*db, sampleRound(), "tester", "plan"));
    const Id roundId = findVisitRound(*db, "2021年第三轮大走访")->id;
    std::vector<VisitRecord> records{
        {0, roundId, 1, {2021, 5, 6}, "王伟、李娜", VisitOutcome::Absent, "", std::nullopt},
        {0, roundId, 1, {2021, 5, 10}, "王伟、李娜", VisitOutcome::Seen, "反映路灯不亮", Id{5}},
        {0, roundId, 2, {2021, 5, 7}, "王伟", VisitOutcome::Moved, "已搬至蓬莱", std::nullopt},
    };
    const ChangeSet set = recordVisitsChangeSet(*db, records, "tester", "sheet G0001");
    const long long auditBefore = test::sqlInteger(db->handle(), "SELECT count(*) FROM audit");
    const AppliedChangeSet applied = applyChangeSet(*db, set);
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM audit") == auditBefore + 3);

    const std::vector<VisitRecord> loaded = loadVisitRecords(*db, roundId);
    REQUIRE(loaded.size() == 3);
    const std::vector<Id> ids = insertedIds(set, "visit_record");
    for (std::size_t i = 0; i < 3; ++i) {
        records[i].id = ids[i];
        CHECK(loaded[i] == records[i]);
    }
    CHECK(loadVisitRecords(*db).size() == 3);
    CHECK(loadVisitRecords(*db, roundId + 1).empty());

    applyChangeSet(*db, reversed(set, "undo", applied.changeSetId));
    CHECK(loadVisitRecords(*db, roundId).empty());
}

TEST_CASE("A record of an unknown household or outcome is refused whole, the file unchanged")
{
    auto db = Database::open(demoCopy("visitstore-refused").string());
    applyChangeSet(*db, createRoundChangeSet(*db, sampleRound(), "tester", "plan"));
    const Id roundId = findVisitRound(*db, "2021年第三轮大走访")->id;
    const std::string before = test::fileBytes(db->path());
    const std::vector<VisitRecord> records{
        {0, roundId, 1, {2021, 5, 6}, "王伟", VisitOutcome::Seen, "", std::nullopt},
        {0, roundId, 999999, {2021, 5, 6}, "王伟", VisitOutcome::Seen, "", std::nullopt},
    };
    const StoreError error = test::caughtStoreError([&] {
        applyChangeSet(*db, recordVisitsChangeSet(*db, records, "tester", "bad sheet"));
    });
    CHECK_THAT(error.what(), Catch::Contains("visit_record"));
    CHECK(test::fileBytes(db->path()) == before);

    ChangeSet badOutcome = recordVisitsChangeSet(*db, {records.front()}, "tester", "bad outcome");
    for (FieldChange &field : badOutcome.rows.front().fields)
        if (field.column == "outcome")
            field.after = std::string("maybe");
    CHECK_THROWS_AS(applyChangeSet(*db, badOutcome), StoreError);
    CHECK(test::fileBytes(db->path()) == before);
}

TEST_CASE("Island landings keep their point and island")
{
    auto db = Database::open(demoCopy("visitstore-landing").string());
    const IslandLanding landing{0, 4, "砣矶岛码头", {40530000.125, 4225000.5}};
    applyChangeSet(*db, addLandingChangeSet(*db, landing, "tester", "pier"));
    const std::vector<IslandLanding> landings = loadIslandLandings(*db);
    REQUIRE(landings.size() == 1);
    CHECK(landings.front().islandId == 4);
    CHECK(landings.front().name == "砣矶岛码头");
    CHECK(landings.front().location == landing.location);
    const IslandLanding nowhere{0, 999, "nowhere", {0, 0}};
    CHECK_THROWS_AS(applyChangeSet(*db, addLandingChangeSet(*db, nowhere, "tester", "pier")), StoreError);
}

TEST_CASE("Replacing the world clears the visits that referred to it, keeping the history")
{
    auto db = Database::open(demoCopy("visitstore-saveworld").string());
    applyChangeSet(*db, createRoundChangeSet(*db, sampleRound(), "tester", "plan"));
    const Id roundId = findVisitRound(*db, "2021年第三轮大走访")->id;
    applyChangeSet(*db, recordVisitsChangeSet(*db, {{0, roundId, 1, {2021, 5, 6}, "王伟", VisitOutcome::Seen, "", {}}},
                                              "tester", "visit"));
    const World world = db->loadWorld();
    db->saveWorld(world);
    CHECK(loadVisitRecords(*db).empty());
    CHECK(loadVisitRounds(*db).empty());
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM change_set") == 2);
}
