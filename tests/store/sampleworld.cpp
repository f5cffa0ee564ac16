#include "sampleworld.h"

#include <catch2/catch.hpp>

#include <tuple>

namespace lianxin::test {

namespace {

// Coordinates with many significant digits, so a lossy round trip cannot pass.
constexpr double kX = 540123.456789012345;
constexpr double kY = 4197321.987654321098;

Polygon square(double x, double y, double side)
{
    return {ringOf({kX + x, kY + y, kX + x + side, kY + y + side}), {}};
}

Polygon squareWithHole(double x, double y, double side)
{
    Polygon polygon = square(x, y, side);
    polygon.holes.push_back(ringOf({kX + x + side / 4, kY + y + side / 4, kX + x + side / 2, kY + y + side / 3}));
    return polygon;
}

Date day(int month, int d) { return {2021, month, d}; }

} // namespace

World sampleWorld()
{
    World w;
    w.townships = {
        {1, "南长山街道", "街道", {squareWithHole(0, 0, 3000), square(5000, 0, 800)}},
        {2, "北长山乡", "乡", {square(0, 4000, 2500)}},
    };
    w.islands = {
        {1, "南长山岛", "Nanchangshan", 1, squareWithHole(0, 0, 3000)},
        {2, "", "", std::nullopt, square(9000, 9000, 40)},
    };
    w.departments = {
        {1, "区发改局", DepartmentKind::District, std::nullopt},
        {2, "区住建局", DepartmentKind::District, std::nullopt},
        {3, "南长山街道", DepartmentKind::Township, 1},
    };
    w.leaders = {
        {1, "王明", "区委书记", {2, 1}}, // deliberately not sorted: the order is kept
        {2, "李华", "区长", {1}},
    };
    w.urbanAreas = {{1, "南长山城区", 1, square(100, 100, 2000)}};
    w.gridAreas = {
        {1, "NCS-01", "乐园片区", 1, square(100, 100, 1000)},
        {2, "NCS-02", "海滨片区", 2, square(1100, 100, 1000)},
    };
    w.villages = {
        {1, "北城村", 2, 1, square(200, 4200, 300)},
        {2, "花沟村", 2, 1, squareWithHole(800, 4200, 300)},
    };
    w.buildings = {
        {1, "乐园路12号", 1, 6, square(200, 200, 30)},
        {2, "乐园路14号", 1, 1, squareWithHole(260, 200, 40)},
        {3, "海滨路3号", 2, 11, square(1200, 200, 25)},
    };
    w.shops = {
        {1, "渔家超市", "超市", 1, 1, {kX + 210.125, kY + 210.0625}},
        {2, "海鲜排档", "餐饮", std::nullopt, 2, {kX + 1500.5, kY + 150.25}},
        {3, "码头小卖部", "零售", std::nullopt, std::nullopt, {kX + 2990.1, kY + 10.7}},
    };
    w.cadres = {
        {1, "张伟", 1, true, 25, true, 1970, "男"},
        {2, "刘洋", 1, false, 2, false, 1996, "女"},
        {3, "陈静", 2, true, 12, false, 1985, "女"},
        {4, "赵强", 3, false, 30, true, 1966, "男"},
    };
    w.groups = {
        {1, "G0001", 1, PartyWithNonParty | SeniorWithJunior | LocalWithNonLocal},
        {2, "G0002", 3, 0},
    };
    w.groupMembers = {
        {2, 4, true}, // group 2 first: the saved order comes back
        {1, 1, true},
        {1, 2, false},
        {2, 3, false},
    };
    w.households = {
        {1, "H000001", "乐园路12号1单元101", 1, std::nullopt, 1, 1, 1, FiveElders | Hardship,
         {kX + 215.0000001, kY + 215.0000002}},
        {2, "H000002", "乐园路14号", 2, std::nullopt, 1, 1, 1, 0, {kX + 270.3, kY + 230.7}},
        {3, "H000003", "北城村3号", std::nullopt, 1, std::nullopt, 2, 2, SubsistenceAllowance,
         {kX + 350.25, kY + 4350.75}},
        {4, "H000004", "花沟村8号", std::nullopt, 2, std::nullopt, 2, 2, SeriousIllness, {kX + 810.5, kY + 4210.5}},
    };
    w.residents = {
        {1, 1, "张大爷", "男", 1940, true, true, "13812345678"},
        {2, 1, "张奶奶", "女", 1943, false, false, ""},
        {3, 2, "孙丽", "女", 1988, true, false, "12345"},
        {4, 3, "周海", "男", 1972, true, false, "0535-1234567"},
        {5, 3, "周小海", "男", 2005, false, false, "1381234567"},
        {6, 4, "吴红", "女", 1960, true, true, "15966667777"},
    };
    w.topicThreads = {
        {1, "水产加工异味（北城码头）", "消除水产加工异味", day(3, 2), day(5, 20), 2, square(150, 4150, 400)},
        {2, "空壳专题", "增设路灯", day(4, 1), day(4, 1), 0, Polygon{}}, // empty hull is stored as NULL
    };
    w.suggestions = {
        {1, "S2021-0001", 3, std::nullopt, 1, 3, 1, 3, "消除水产加工异味", "码头附近加工海带，气味很大，希望管一管。",
         SuggestionStatus::Done, day(3, 2), day(3, 9), day(3, 30), 5, 1, {kX + 351.5, kY + 4351.5}},
        {2, "S2021-0002", 1, 1, std::nullopt, 1, 2, 2, "增设路灯", "乐园路晚上太黑，老人出门不安全。",
         SuggestionStatus::InProgress, day(4, 6), day(4, 13), std::nullopt, std::nullopt, std::nullopt,
         {kX + 216.0, kY + 216.0}},
        {3, "S2021-0003", 4, std::nullopt, 2, 3, 3, 4, "车船票优惠", "希望岛上居民坐船能有优惠。 'quoted'",
         SuggestionStatus::Blocked, day(5, 10), day(5, 18), std::nullopt, std::nullopt, 1, {kX + 811.0, kY + 4211.0}},
    };
    w.suggestionEvents = {
        {1, 1, EventKind::Dispatch, day(3, 2), "平台", "派单至南长山街道"},
        {2, 1, EventKind::Accept, day(3, 3), "南长山街道", ""},
        {3, 1, EventKind::Handle, day(3, 5), "南长山街道", "约谈加工户"},
        {4, 1, EventKind::Feedback, day(3, 9), "赵强", "已反馈"},
        {5, 1, EventKind::Revisit, day(3, 30), "平台", "满意"},
        {6, 3, EventKind::Reopen, day(5, 25), "平台", "群众不满意，重新办理"},
    };
    w.plantedProblems = {
        {1, "北城码头水产加工异味", "消除水产加工异味", {kX + 350.0, kY + 4350.0}, {3, 1}},
        {2, "无成员的问题", "增设路灯", {kX + 1.0, kY + 2.0}, {}},
    };
    return w;
}

namespace {

// Each entity as a tuple of its fields, so one comparison covers them all.
auto fields(const Island &v) { return std::tie(v.id, v.nameZh, v.nameEn, v.townshipId, v.geometry); }
auto fields(const Township &v) { return std::tie(v.id, v.name, v.unitType, v.geometry); }
auto fields(const Department &v) { return std::tie(v.id, v.name, v.kind, v.townshipId); }
auto fields(const Leader &v) { return std::tie(v.id, v.name, v.title, v.townshipIds); }
auto fields(const UrbanArea &v) { return std::tie(v.id, v.name, v.townshipId, v.geometry); }
auto fields(const GridArea &v) { return std::tie(v.id, v.code, v.name, v.departmentId, v.geometry); }
auto fields(const Village &v) { return std::tie(v.id, v.name, v.townshipId, v.islandId, v.geometry); }
auto fields(const Building &v) { return std::tie(v.id, v.address, v.gridAreaId, v.floors, v.geometry); }
auto fields(const Shop &v) { return std::tie(v.id, v.name, v.category, v.buildingId, v.gridAreaId, v.location); }
auto fields(const Cadre &v)
{
    return std::tie(v.id, v.name, v.departmentId, v.partyMember, v.seniorityYears, v.local, v.birthYear, v.gender);
}
auto fields(const ContactGroup &v) { return std::tie(v.id, v.code, v.departmentId, v.rulesMet); }
auto fields(const GroupMember &v) { return std::tie(v.groupId, v.cadreId, v.isLeader); }
auto fields(const Household &v)
{
    return std::tie(v.id, v.code, v.address, v.buildingId, v.villageId, v.gridAreaId, v.townshipId, v.groupId,
                    v.flags, v.location);
}
auto fields(const Resident &v)
{
    return std::tie(v.id, v.householdId, v.name, v.gender, v.birthYear, v.isHead, v.partyMember, v.phone);
}
auto fields(const Suggestion &v)
{
    return std::tie(v.id, v.code, v.householdId, v.gridAreaId, v.villageId, v.departmentId, v.round, v.concernGroup,
                    v.concernItem, v.text, v.status, v.submittedOn, v.repliedOn, v.closedOn, v.satisfaction,
                    v.threadId, v.location);
}
auto fields(const SuggestionEvent &v) { return std::tie(v.id, v.suggestionId, v.kind, v.on, v.actor, v.note); }
auto fields(const TopicThread &v)
{
    return std::tie(v.id, v.label, v.concernItem, v.firstOn, v.lastOn, v.memberCount, v.hull);
}
auto fields(const PlantedProblem &v) { return std::tie(v.id, v.description, v.concernItem, v.centre, v.suggestionIds); }

template <typename T>
void checkSame(const char *what, const std::vector<T> &expected, const std::vector<T> &actual)
{
    INFO(what);
    REQUIRE(actual.size() == expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        INFO("element " << i);
        CHECK(fields(actual[i]) == fields(expected[i]));
    }
}

} // namespace

void checkSameWorld(const World &expected, const World &actual)
{
    checkSame("islands", expected.islands, actual.islands);
    checkSame("townships", expected.townships, actual.townships);
    checkSame("departments", expected.departments, actual.departments);
    checkSame("leaders", expected.leaders, actual.leaders);
    checkSame("urbanAreas", expected.urbanAreas, actual.urbanAreas);
    checkSame("gridAreas", expected.gridAreas, actual.gridAreas);
    checkSame("villages", expected.villages, actual.villages);
    checkSame("buildings", expected.buildings, actual.buildings);
    checkSame("shops", expected.shops, actual.shops);
    checkSame("cadres", expected.cadres, actual.cadres);
    checkSame("groups", expected.groups, actual.groups);
    checkSame("groupMembers", expected.groupMembers, actual.groupMembers);
    checkSame("households", expected.households, actual.households);
    checkSame("residents", expected.residents, actual.residents);
    checkSame("suggestions", expected.suggestions, actual.suggestions);
    checkSame("suggestionEvents", expected.suggestionEvents, actual.suggestionEvents);
    checkSame("topicThreads", expected.topicThreads, actual.topicThreads);
    checkSame("plantedProblems", expected.plantedProblems, actual.plantedProblems);
}

} // namespace lianxin::test
