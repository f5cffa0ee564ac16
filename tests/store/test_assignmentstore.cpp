// Writing a rebalancing into the project database: one transaction of group changes and
// audit rows, refused whole when a household was edited meanwhile, undone by the reverse.
// Works on a copy of the demo database; the shared fixture is never touched.
#include "store/assignmentstore.h"
#include "store/database.h"
#include "storetestutil.h"
#include "testsupport.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>

using namespace lianxin;

namespace {

std::filesystem::path demoCopy(const std::string &name)
{
    const std::filesystem::path dir = test::freshTempDir(name);
    const std::filesystem::path copy = dir / "demo.sqlite";
    std::filesystem::copy_file(test::demoDatabasePath(), copy);
    return copy;
}

std::map<Id, Id> groupsOf(const World &world)
{
    std::map<Id, Id> groups;
    for (const Household &h : world.households)
        groups[h.id] = h.groupId;
    return groups;
}

// Three households moved to the next group of their department.
std::vector<GroupChange> sampleChanges(const World &world)
{
    std::vector<GroupChange> changes;
    for (std::size_t h : {std::size_t{0}, std::size_t{4000}, std::size_t{12000}}) {
        const Household &household = world.households.at(h);
        const Id to = household.groupId == static_cast<Id>(world.groups.size()) ? 1 : household.groupId + 1;
        changes.push_back({household.id, household.groupId, to});
    }
    return changes;
}

} // namespace

TEST_CASE("group changes are written with one audit row each, and the reverse restores the groups")
{
    const std::filesystem::path path = demoCopy("assignmentstore-apply");
    auto db = Database::open(path.string());
    const World original = db->loadWorld();
    const std::vector<GroupChange> changes = sampleChanges(original);
    const long long auditBefore = test::sqlInteger(db->handle(), "SELECT count(*) FROM audit");

    CHECK(applyGroupChanges(*db, changes, {"tester", "rebalance department 3"}) == 3);
    std::map<Id, Id> expected = groupsOf(original);
    for (const GroupChange &c : changes)
        expected[c.householdId] = c.toGroupId;
    CHECK(groupsOf(db->loadWorld()) == expected);

    const std::vector<AuditEntry> audit = recentAudit(*db, 2);
    REQUIRE(audit.size() == 2); // the limit holds
    CHECK(audit[0].id > audit[1].id);
    CHECK(audit[0].rowId == changes[2].householdId); // newest first
    CHECK(audit[1].rowId == changes[1].householdId);
    CHECK(audit[0].actor == "tester");
    CHECK(audit[0].tableName == "household");
    CHECK(audit[0].action == "update");
    CHECK(audit[0].at.size() == 20);
    CHECK(audit[0].at.back() == 'Z');
    const auto before = nlohmann::json::parse(audit[0].beforeJson);
    const auto after = nlohmann::json::parse(audit[0].afterJson);
    CHECK(before.at("group_id") == changes[2].fromGroupId);
    CHECK(after.at("group_id") == changes[2].toGroupId);
    CHECK(audit[0].note == "rebalance department 3"); // the change set's note
    CHECK(audit[0].changeSetId > 0);
    CHECK(audit[0].changeSetId == audit[1].changeSetId); // one edit, one change set

    const std::vector<GroupChange> undo = reversed(changes);
    REQUIRE(undo.size() == 3);
    CHECK(undo[0].householdId == changes[2].householdId);
    CHECK(undo[0].fromGroupId == changes[2].toGroupId);
    CHECK(undo[0].toGroupId == changes[2].fromGroupId);
    CHECK(applyGroupChanges(*db, undo, {"tester", "undo"}) == 3);
    CHECK(groupsOf(db->loadWorld()) == groupsOf(original));
    CHECK(test::sqlInteger(db->handle(), "SELECT count(*) FROM audit") == auditBefore + 6);
    CHECK(recentAudit(*db).size() == static_cast<std::size_t>(auditBefore + 6));
    CHECK(db->foreignKeyProblems().empty());
}

TEST_CASE("a stale change is refused whole and leaves the file's bytes as they were")
{
    const std::filesystem::path path = demoCopy("assignmentstore-stale");
    const std::string bytes = test::fileBytes(path);
    {
        auto db = Database::open(path.string());
        std::vector<GroupChange> changes = sampleChanges(db->loadWorld());
        changes.back().fromGroupId += 1; // someone moved it meanwhile: checked after two writes
        const StoreError error = test::caughtStoreError([&] { applyGroupChanges(*db, changes, {"tester", ""}); });
        CHECK(error.kind() == StoreError::Kind::BadInput);
        const std::string message = error.what();
        CHECK(message.find("household " + std::to_string(changes.back().householdId)) != std::string::npos);
        CHECK(message.find("nothing was changed") != std::string::npos);

        std::vector<GroupChange> unknownHousehold = {{999999, 1, 2}};
        CHECK(test::caughtStoreError([&] { applyGroupChanges(*db, unknownHousehold, {"tester", ""}); }).kind()
              == StoreError::Kind::BadInput);
        std::vector<GroupChange> unknownGroup = sampleChanges(db->loadWorld());
        unknownGroup[1].toGroupId = 99999;
        const StoreError groupError = test::caughtStoreError([&] { applyGroupChanges(*db, unknownGroup, {"tester", ""}); });
        CHECK(std::string(groupError.what()).find("group_id 99999 -> contact_group (missing)") != std::string::npos);
        CHECK(applyGroupChanges(*db, {}, {"tester", ""}) == 0);
    }
    CHECK(test::fileBytes(path) == bytes);
    CHECK_FALSE(std::filesystem::exists(path.string() + "-journal"));
}

TEST_CASE("a read-only database refuses the changes")
{
    const std::filesystem::path path = demoCopy("assignmentstore-readonly");
    const std::string bytes = test::fileBytes(path);
    {
        auto db = Database::open(path.string(), Database::Mode::ReadOnly);
        const std::vector<GroupChange> changes = sampleChanges(db->loadWorld());
        CHECK(test::caughtStoreError([&] { applyGroupChanges(*db, changes, {"tester", ""}); }).kind()
              == StoreError::Kind::NotWritable);
    }
    CHECK(test::fileBytes(path) == bytes);
}
