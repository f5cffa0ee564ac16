// The service network of the demo world: contact groups and their cadres, the
// suggestions' workflow and the planted recurring problems.
#include "core/workcalendar.h"
#include "demo/cadres.h"
#include "demofixture.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace lianxin;
using lianxin::test::articleWorld;

namespace {

// The body that should visit a household, derived here from the article's rule rather
// than taken from the generator: district department of the grid area in town, the
// township unit in the villages.
Id expectedBody(const World &world, const Household &household)
{
    if (household.gridAreaId)
        return world.gridAreas.at(static_cast<std::size_t>(*household.gridAreaId - 1)).departmentId;
    for (const Department &department : world.departments)
        if (department.kind == DepartmentKind::Township && department.townshipId == household.townshipId)
            return department.id;
    return 0;
}

double distance(const PointXY &a, const PointXY &b) { return std::hypot(a.x - b.x, a.y - b.y); }

std::map<Id, std::vector<const SuggestionEvent *>> eventsBySuggestion(const World &world)
{
    std::map<Id, std::vector<const SuggestionEvent *>> events;
    for (const SuggestionEvent &event : world.suggestionEvents)
        events[event.suggestionId].push_back(&event);
    return events;
}

} // namespace

TEST_CASE("Every household is in one group of the body responsible for it")
{
    const World &world = articleWorld();
    std::map<Id, std::vector<const Household *>> byGroup;
    long long wrongBody = 0;
    for (const Household &household : world.households) {
        REQUIRE(household.groupId >= 1);
        REQUIRE(household.groupId <= static_cast<Id>(world.groups.size()));
        const ContactGroup &group = world.groups[static_cast<std::size_t>(household.groupId - 1)];
        REQUIRE(group.id == household.groupId);
        wrongBody += group.departmentId == expectedBody(world, household) ? 0 : 1;
        byGroup[group.id].push_back(&household);
    }
    CHECK(wrongBody == 0);
    CHECK(byGroup.size() == world.groups.size()); // no empty group

    // Near-equal loads within a body, about 24 households a group overall.
    std::map<Id, std::pair<std::size_t, std::size_t>> loadRange;
    for (const auto &[groupId, households] : byGroup) {
        const Id body = world.groups[static_cast<std::size_t>(groupId - 1)].departmentId;
        auto [it, fresh] = loadRange.try_emplace(body, households.size(), households.size());
        it->second.first = std::min(it->second.first, households.size());
        it->second.second = std::max(it->second.second, households.size());
    }
    // Groups share a body's load evenly (a small village may have a lighter group).
    for (const auto &[body, range] : loadRange)
        CHECK(range.second <= 1.5 * range.first);
    CHECK(static_cast<double>(world.households.size()) / world.groups.size() == Approx(24.1).margin(0.1));
    CHECK(loadRange.size() == 34); // all 24 departments and 10 units visit someone

    // Compact territories: half the groups keep within 150 m of their centre, and no
    // group straddles two villages or the town and a village.
    std::vector<double> spreads;
    for (const auto &[groupId, households] : byGroup) {
        PointXY centre;
        for (const Household *h : households)
            centre = {centre.x + h->location.x / households.size(), centre.y + h->location.y / households.size()};
        double spread = 0.0;
        for (const Household *h : households)
            spread = std::max(spread, distance(h->location, centre));
        spreads.push_back(spread);
        CHECK(spread < 500.0);
    }
    std::nth_element(spreads.begin(), spreads.begin() + spreads.size() / 2, spreads.end());
    CHECK(spreads[spreads.size() / 2] < 150.0);
}

TEST_CASE("Groups have one or two cadres of their department, paired by the rules")
{
    const World &world = articleWorld();
    std::map<Id, std::vector<const GroupMember *>> members;
    for (const GroupMember &member : world.groupMembers)
        members[member.groupId].push_back(&member);
    std::set<Id> cadresSeen;
    int pairs = 0;
    int singles = 0;
    int pairsMeetingTwoRules = 0;
    for (const ContactGroup &group : world.groups) {
        const auto &list = members[group.id];
        REQUIRE((list.size() == 1 || list.size() == 2));
        CHECK(std::count_if(list.begin(), list.end(), [](const GroupMember *m) { return m->isLeader; }) == 1);
        for (const GroupMember *m : list) {
            const Cadre &cadre = world.cadres.at(static_cast<std::size_t>(m->cadreId - 1));
            CHECK(cadre.departmentId == group.departmentId);
            CHECK(cadresSeen.insert(cadre.id).second);
        }
        if (list.size() == 1) {
            ++singles;
            CHECK(group.rulesMet == 0);
            continue;
        }
        ++pairs;
        const Cadre &a = world.cadres.at(static_cast<std::size_t>(list[0]->cadreId - 1));
        const Cadre &b = world.cadres.at(static_cast<std::size_t>(list[1]->cadreId - 1));
        unsigned rules = 0;
        rules |= a.partyMember != b.partyMember ? PartyWithNonParty : 0u;
        rules |= (a.seniorityYears >= demo::kSeniorYears) != (b.seniorityYears >= demo::kSeniorYears) ? SeniorWithJunior : 0u;
        rules |= a.local != b.local ? LocalWithNonLocal : 0u;
        CHECK(group.rulesMet == rules);
        pairsMeetingTwoRules += std::popcount(rules) >= 2 ? 1 : 0;
        // 党员带非党: when one is a party member, that one leads.
        const Cadre &leader = list[0]->isLeader ? a : b;
        const Cadre &other = list[0]->isLeader ? b : a;
        if (leader.partyMember != other.partyMember)
            CHECK(leader.partyMember);
    }
    // 634 groups of 1,196 cadres: 562 pairs and 72 singles.
    CHECK(pairs == 1196 - 634);
    CHECK(singles == 2 * 634 - 1196);
    CHECK(cadresSeen.size() == world.cadres.size());
    CHECK(pairsMeetingTwoRules > pairs / 2);
}

TEST_CASE("Every suggestion is answered within seven working days of dispatch")
{
    const World &world = articleWorld();
    const auto events = eventsBySuggestion(world);
    int reopened = 0;
    int happy = 0;
    int done = 0;
    for (const Suggestion &s : world.suggestions) {
        INFO(s.code);
        const auto it = events.find(s.id);
        REQUIRE(it != events.end());
        const auto &list = it->second;
        REQUIRE(list.size() >= 3);
        CHECK(std::is_sorted(list.begin(), list.end(),
                             [](const SuggestionEvent *a, const SuggestionEvent *b) { return a->on < b->on; }));
        REQUIRE(list[0]->kind == EventKind::Dispatch);
        REQUIRE(list[1]->kind == EventKind::Accept);
        REQUIRE(list[2]->kind == EventKind::Feedback);
        const Date dispatched = list[0]->on;
        CHECK(dispatched >= s.submittedOn);
        CHECK(workingDaysBetween(dispatched, list[1]->on) <= 1);
        CHECK(workingDaysBetween(dispatched, list[2]->on) <= 7);
        CHECK(s.repliedOn == list[2]->on);
        auto has = [&](EventKind kind) {
            return std::any_of(list.begin(), list.end(), [&](const SuggestionEvent *e) { return e->kind == kind; });
        };
        switch (s.status) {
        case SuggestionStatus::Done:
            ++done;
            REQUIRE(has(EventKind::Handle));
            REQUIRE(list.back()->kind == EventKind::Revisit);
            REQUIRE(s.closedOn.has_value());
            CHECK(*s.closedOn == list.back()->on);
            REQUIRE(s.satisfaction.has_value());
            CHECK((*s.satisfaction >= 1 && *s.satisfaction <= 5));
            happy += *s.satisfaction >= 4 ? 1 : 0;
            if (has(EventKind::Reopen)) {
                ++reopened;
                const auto reopen = std::find_if(list.begin(), list.end(),
                                                 [](const SuggestionEvent *e) { return e->kind == EventKind::Reopen; });
                CHECK(std::any_of(reopen, list.end(), [](const SuggestionEvent *e) { return e->kind == EventKind::Handle; }));
                CHECK(std::any_of(reopen, list.end(), [](const SuggestionEvent *e) { return e->kind == EventKind::Feedback; }));
            }
            break;
        case SuggestionStatus::InProgress:
            CHECK(has(EventKind::Handle));
            CHECK_FALSE(has(EventKind::Revisit));
            CHECK_FALSE(s.closedOn.has_value());
            break;
        case SuggestionStatus::Blocked:
            CHECK(list.size() == 3);
            CHECK_FALSE(s.closedOn.has_value());
            break;
        }
    }
    CHECK(reopened > 0);
    CHECK(reopened < done / 10);
    CHECK(happy > done * 8 / 10);
}

TEST_CASE("Suggestions come from households, use the article's concerns and speak Chinese")
{
    const World &world = articleWorld();
    std::map<std::string, int> groupOfItem;
    for (const ConcernItem &item : concernItems())
        groupOfItem[item.name] = item.group;
    const std::set<std::string> policy = {"个人医保", "户口", "要求供暖", "加装电梯", "车船票优惠", "蓬长一体化发展"};
    int policyBlocked = 0;
    int policyDone = 0;
    int blocked = 0;
    int done = 0;
    std::set<std::string> texts;
    for (const Suggestion &s : world.suggestions) {
        INFO(s.code);
        const Household &h = world.households.at(static_cast<std::size_t>(s.householdId - 1));
        CHECK(s.location == h.location);
        CHECK(s.gridAreaId == h.gridAreaId);
        CHECK(s.villageId == h.villageId);
        const Department &department = world.departments.at(static_cast<std::size_t>(s.departmentId - 1));
        CHECK((department.id == expectedBody(world, h) || department.kind == DepartmentKind::District));
        REQUIRE(groupOfItem.count(s.concernItem) == 1);
        CHECK(s.concernGroup == groupOfItem[s.concernItem]);
        CHECK(s.text.size() > 15);
        CHECK(static_cast<unsigned char>(s.text.back()) >= 0x80); // ends in Chinese punctuation
        texts.insert(s.text);
        const bool isPolicy = policy.count(s.concernItem) > 0;
        if (s.status == SuggestionStatus::Blocked) {
            ++blocked;
            policyBlocked += isPolicy ? 1 : 0;
        } else if (s.status == SuggestionStatus::Done) {
            ++done;
            policyDone += isPolicy ? 1 : 0;
        }
    }
    CHECK(texts.size() > world.suggestions.size() / 3); // varied wording
    // Blocked ones lean to policy items.
    CHECK(static_cast<double>(policyBlocked) / blocked > 2.0 * policyDone / done);
    std::set<std::string> itemsUsed;
    for (const Suggestion &s : world.suggestions)
        itemsUsed.insert(s.concernItem);
    CHECK(itemsUsed.size() == concernItems().size());
}

TEST_CASE("Planted problems recur near one spot and nothing like them is nearby")
{
    const World &world = articleWorld();
    REQUIRE(world.plantedProblems.size() >= 6);
    REQUIRE(world.plantedProblems.size() <= 10);
    std::set<Id> planted;
    bool inTown = false;
    bool inVillage = false;
    for (const PlantedProblem &problem : world.plantedProblems) {
        INFO(problem.description);
        CHECK(problem.suggestionIds.size() >= 8);
        CHECK(problem.suggestionIds.size() <= 25);
        std::set<int> rounds;
        for (Id id : problem.suggestionIds) {
            const Suggestion &s = world.suggestions.at(static_cast<std::size_t>(id - 1));
            CHECK(s.concernItem == problem.concernItem);
            CHECK(distance(s.location, problem.centre) <= 100.0);
            rounds.insert(s.round);
            inTown = inTown || s.gridAreaId.has_value();
            inVillage = inVillage || s.villageId.has_value();
            CHECK(planted.insert(id).second);
        }
        CHECK(rounds.size() >= 2);
    }
    CHECK(inTown);
    CHECK(inVillage);
    // The truth is unambiguous: other suggestions of the same item keep 400 m away.
    for (const Suggestion &s : world.suggestions) {
        if (planted.count(s.id))
            continue;
        for (const PlantedProblem &problem : world.plantedProblems)
            if (s.concernItem == problem.concernItem)
                CHECK(distance(s.location, problem.centre) > 400.0);
    }
    const auto odour = std::find_if(world.plantedProblems.begin(), world.plantedProblems.end(),
                                    [](const PlantedProblem &p) { return p.concernItem == "消除水产加工异味"; });
    REQUIRE(odour != world.plantedProblems.end());
    std::set<int> odourRounds;
    for (Id id : odour->suggestionIds)
        odourRounds.insert(world.suggestions.at(static_cast<std::size_t>(id - 1)).round);
    CHECK(odourRounds.size() == 3); // round after round
}
