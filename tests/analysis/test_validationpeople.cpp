// Who looks after whom and whether every reference resolves: groups of the right body,
// members and cadres, dangling and duplicate ids, and the 7-working-day reply rule.
#include "smallworld.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::test;

TEST_CASE("A household in a group of the wrong body is reported")
{
    World world = smallWorld();
    byId(world.households, 3).groupId = 1; // grid area 3 is department 2's, group 1 is department 1's
    const ValidationReport urban = validateWorld(world);
    INFO(listIssues(urban));
    REQUIRE(hasOnlyIssue(urban, "group-scope", "household", 3));
    CHECK(urban.issues[0].message
          == "household 3 (H0000003): its group contact_group 1 (G0001) belongs to department 1 (区住建局), but its "
             "grid_area 3 (NCS-03 山前片区) is served by department 2 (区民政局)");

    world = smallWorld();
    byId(world.households, 6).groupId = 3; // village 2 is in township 2, served by unit 4
    const ValidationReport rural = validateWorld(world);
    INFO(listIssues(rural));
    REQUIRE(hasOnlyIssue(rural, "group-scope", "household", 6));
    CHECK_THAT(rural.issues[0].message, Catch::EndsWith("is served by department 4 (北长山乡)"));
}

TEST_CASE("Group sizes and cadre memberships are checked")
{
    World world = smallWorld();
    world.groupMembers.push_back({1, 3, false}); // cadre 3 also in group 1, of another department
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(report.issues.size() == 3);
    CHECK(report.issues[0].layer == "cadre"); // of department 2, in department 1's group
    CHECK(report.issues[0].featureId == 3);
    CHECK(report.issues[1].layer == "contact_group"); // group 1 now has three members
    CHECK(report.issues[1].featureId == 1);
    CHECK_THAT(report.issues[1].message, Catch::Contains("has 3 members"));
    CHECK(report.issues[2].layer == "cadre"); // in two groups
    CHECK_THAT(report.issues[2].message, Catch::Contains("is in 2 groups (2, 1)"));
    for (const ValidationIssue &issue : report.issues)
        CHECK(issue.check == "group-scope");
}

TEST_CASE("A dangling groupId is reported")
{
    World world = smallWorld();
    byId(world.households, 2).groupId = 99;
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(hasOnlyIssue(report, "references", "household", 2));
    CHECK(report.issues[0].message == "household 2 (H0000002): groupId 99 is not a contact_group id");
}

TEST_CASE("Dangling references of every kind and duplicate ids are reported")
{
    World world = smallWorld();
    world.suggestionEvents.push_back({99, 42, EventKind::Revisit, {2021, 6, 4}, "平台", ""});
    byId(world.gridAreas, 2).departmentId = 77;
    world.leaders[0].townshipIds.push_back(12);
    world.residents.push_back(world.residents.back()); // same id twice
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(report.issues.size() == 4);
    for (const ValidationIssue &issue : report.issues)
        CHECK(issue.check == "references");
    CHECK(report.issues[0].layer == "leader");
    CHECK(report.issues[1].layer == "grid_area");
    CHECK(report.issues[1].featureId == 2);
    CHECK(report.issues[2].layer == "resident");
    CHECK_THAT(report.issues[2].message, Catch::Contains("duplicate id"));
    CHECK(report.issues[3].layer == "suggestion_event");
    CHECK(report.issues[3].featureId == 99);
}

TEST_CASE("A suggestion answered after 8 working days is late")
{
    World world = smallWorld();
    // Dispatched 28 April 2021; 12 May is the 8th working day after (1-5 May are
    // holidays, Saturday 8 May a make-up working day).
    for (SuggestionEvent &event : world.suggestionEvents) {
        if (event.suggestionId == 2 && event.kind == EventKind::Feedback)
            event.on = {2021, 5, 12};
    }
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(hasOnlyIssue(report, "suggestion-workflow", "suggestion", 2));
    CHECK(report.issues[0].message
          == "suggestion 2 (S2021-0002): answered after 8 working days (dispatched 2021-04-28, feedback 2021-05-12), "
             "more than 7");
}

TEST_CASE("A suggestion needs a dispatch, a feedback, and a closing date when done")
{
    World world = smallWorld();
    std::erase_if(world.suggestionEvents, [](const SuggestionEvent &e) { return e.suggestionId == 3; });
    byId(world.suggestions, 1).closedOn.reset();
    const ValidationReport report = validateWorld(world);
    INFO(listIssues(report));
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues[0].featureId == 1);
    CHECK_THAT(report.issues[0].message, Catch::Contains("no closedOn"));
    CHECK(report.issues[1].featureId == 3);
    CHECK_THAT(report.issues[1].message, Catch::Contains("no dispatch event"));
}
