// The demo world reproduces the article's figures exactly, is deterministic for a seed
// and grows with the scale factor.
#include "core/articlefigures.h"
#include "demofixture.h"
#include "store/storeerror.h"
#include "worlddigest.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <stdexcept>

using namespace lianxin;
using lianxin::test::articleWorld;
using lianxin::test::demoOptions;

namespace {

long long countStatus(const World &world, SuggestionStatus status)
{
    return std::count_if(world.suggestions.begin(), world.suggestions.end(),
                         [&](const Suggestion &s) { return s.status == status; });
}

long long countUrbanHouseholds(const World &world)
{
    return std::count_if(world.households.begin(), world.households.end(),
                         [](const Household &h) { return h.buildingId.has_value(); });
}

long long countVillageHouseholds(const World &world)
{
    return std::count_if(world.households.begin(), world.households.end(),
                         [](const Household &h) { return h.villageId.has_value(); });
}

long long countFlag(const World &world, HouseholdFlag flag)
{
    return std::count_if(world.households.begin(), world.households.end(),
                         [&](const Household &h) { return (h.flags & flag) != 0; });
}

long long countDepartments(const World &world, DepartmentKind kind)
{
    return std::count_if(world.departments.begin(), world.departments.end(),
                         [&](const Department &d) { return d.kind == kind; });
}

} // namespace

// The literals below are the article's own numbers (齐鲁晚报 2021), not the generator's.
TEST_CASE("The demo world has the article's counts")
{
    const World &world = articleWorld();
    CHECK(world.islands.size() == 22); // the GSHHG coastline of the archipelago
    CHECK(world.townships.size() == 10);
    CHECK(countDepartments(world, DepartmentKind::District) == 24);
    CHECK(countDepartments(world, DepartmentKind::Township) == 10);
    CHECK(world.leaders.size() == 9);
    CHECK(world.urbanAreas.size() == 1);
    CHECK(world.gridAreas.size() == 28);
    CHECK(world.buildings.size() == 608);
    CHECK(world.households.size() == 15310);
    CHECK(countUrbanHouseholds(world) == 8651);
    CHECK(countVillageHouseholds(world) == 6659);
    CHECK(world.residents.size() == 23301);
    CHECK(world.shops.size() == 504);
    CHECK(world.cadres.size() == 1196);
    CHECK(world.groups.size() == 634);
    CHECK(world.groupMembers.size() == 1196);
    CHECK(world.suggestions.size() == 1013);
    CHECK(countStatus(world, SuggestionStatus::Done) == 585);
    CHECK(countStatus(world, SuggestionStatus::InProgress) == 224);
    CHECK(countStatus(world, SuggestionStatus::Blocked) == 204);
    CHECK(countFlag(world, SeriousIllness) == 12);
}

TEST_CASE("Every island is served, every unit has a leader and three visit rounds are held")
{
    const World &world = articleWorld();
    for (const Island &island : world.islands)
        CHECK(island.townshipId.has_value());
    std::vector<int> leadersPerUnit(world.townships.size() + 1, 0);
    for (const Leader &leader : world.leaders) {
        CHECK_FALSE(leader.townshipIds.empty());
        for (Id unit : leader.townshipIds)
            ++leadersPerUnit.at(static_cast<std::size_t>(unit));
    }
    for (const Township &township : world.townships)
        CHECK(leadersPerUnit[static_cast<std::size_t>(township.id)] == 1);
    for (int round = 1; round <= 3; ++round)
        CHECK(std::any_of(world.suggestions.begin(), world.suggestions.end(),
                          [&](const Suggestion &s) { return s.round == round; }));
    // The article: the third round took place in May (2021).
    for (const Suggestion &s : world.suggestions)
        if (s.round == 3)
            CHECK((s.submittedOn.year == 2021 && s.submittedOn.month == 5));
}

TEST_CASE("Every household has residents, one head each")
{
    const World &world = articleWorld();
    std::vector<int> members(world.households.size() + 1, 0);
    std::vector<int> heads(world.households.size() + 1, 0);
    for (const Resident &r : world.residents) {
        ++members.at(static_cast<std::size_t>(r.householdId));
        heads.at(static_cast<std::size_t>(r.householdId)) += r.isHead ? 1 : 0;
        CHECK_FALSE(r.name.empty());
        CHECK((r.gender == "男" || r.gender == "女"));
        if (!r.phone.empty()) {
            CHECK(r.phone.size() == 11);
            CHECK(std::all_of(r.phone.begin(), r.phone.end(), [](char c) { return c >= '0' && c <= '9'; }));
            const std::string prefix = r.phone.substr(0, 2);
            CHECK((prefix == "13" || prefix == "15" || prefix == "18"));
        }
    }
    for (const Household &h : world.households) {
        CHECK(members[static_cast<std::size_t>(h.id)] >= 1);
        CHECK(heads[static_cast<std::size_t>(h.id)] == 1);
    }
}

TEST_CASE("The same seed gives the same world, another seed another")
{
    const std::uint64_t first = test::digestOf(articleWorld());
    CHECK(test::digestOf(generateDemoWorld(demoOptions())) == first);
    CHECK(test::digestOf(generateDemoWorld(demoOptions(7))) != first);
}

TEST_CASE("Scale 10 grows the people and the suggestions tenfold, not the frame")
{
    const World &one = articleWorld();
    const World ten = generateDemoWorld(demoOptions(test::kArticleSeed, 10));
    CHECK(ten.buildings.size() == 10 * one.buildings.size());
    CHECK(ten.households.size() == 10 * one.households.size());
    CHECK(countUrbanHouseholds(ten) == 10 * countUrbanHouseholds(one));
    CHECK(countVillageHouseholds(ten) == 10 * countVillageHouseholds(one));
    CHECK(ten.residents.size() == 10 * one.residents.size());
    CHECK(ten.shops.size() == 10 * one.shops.size());
    CHECK(ten.cadres.size() == 10 * one.cadres.size());
    CHECK(ten.groups.size() == 10 * one.groups.size());
    CHECK(ten.suggestions.size() == 10 * one.suggestions.size());
    CHECK(countStatus(ten, SuggestionStatus::Done) == 10 * countStatus(one, SuggestionStatus::Done));
    CHECK(countStatus(ten, SuggestionStatus::InProgress) == 10 * countStatus(one, SuggestionStatus::InProgress));
    CHECK(countStatus(ten, SuggestionStatus::Blocked) == 10 * countStatus(one, SuggestionStatus::Blocked));
    CHECK(countFlag(ten, SeriousIllness) == 10 * countFlag(one, SeriousIllness));
    CHECK(ten.townships.size() == one.townships.size());
    CHECK(ten.departments.size() == one.departments.size());
    CHECK(ten.leaders.size() == one.leaders.size());
    CHECK(ten.gridAreas.size() == one.gridAreas.size());
    CHECK(ten.villages.size() == one.villages.size());
}

TEST_CASE("Progress runs from 0 to 1 and a false return cancels")
{
    DemoOptions options = demoOptions();
    std::vector<double> seen;
    options.progress = [&](double fraction, const std::string &step) {
        CHECK_FALSE(step.empty());
        seen.push_back(fraction);
        return true;
    };
    generateDemoWorld(options);
    REQUIRE(seen.size() >= 5);
    CHECK(seen.front() == 0.0);
    CHECK(seen.back() == 1.0);
    CHECK(std::is_sorted(seen.begin(), seen.end()));

    int calls = 0;
    options.progress = [&](double, const std::string &) { return ++calls < 3; };
    CHECK_THROWS_WITH(generateDemoWorld(options), "cancelled");
    CHECK(calls == 3);
}

TEST_CASE("Bad options are refused with a clear error")
{
    DemoOptions options = demoOptions();
    options.scale = 0;
    CHECK_THROWS_AS(generateDemoWorld(options), std::invalid_argument);
    options.scale = -3;
    CHECK_THROWS_AS(generateDemoWorld(options), std::invalid_argument);
    options.scale = 100000; // would need hundreds of gigabytes
    CHECK_THROWS_AS(generateDemoWorld(options), std::invalid_argument);
    options = demoOptions();
    options.coastlinePath = "/nonexistent/changdao-coast.geojson";
    CHECK_THROWS_AS(generateDemoWorld(options), StoreError);
}
