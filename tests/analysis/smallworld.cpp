#include "smallworld.h"

#include <stdexcept>

namespace lianxin::test {

Polygon rectangle(double minX, double minY, double maxX, double maxY)
{
    return {ringOf({minX, minY, maxX, maxY}), {}};
}

namespace {

void addPlaces(World &w)
{
    w.islands = {{1, "南长山岛", "Nanchangshan", 1, rectangle(0, 0, 1000, 1000)},
                 {2, "北长山岛", "Beichangshan", 2, rectangle(2000, 0, 2500, 500)}};
    w.townships = {{1, "南长山街道", "街道", {w.islands[0].geometry}},
                   {2, "北长山乡", "乡", {w.islands[1].geometry}}};
    w.departments = {{1, "区住建局", DepartmentKind::District, std::nullopt},
                     {2, "区民政局", DepartmentKind::District, std::nullopt},
                     {3, "南长山街道", DepartmentKind::Township, 1},
                     {4, "北长山乡", DepartmentKind::Township, 2}};
    w.leaders = {{1, "李明", "副区长", {1, 2}}};
    w.urbanAreas = {{1, "城区", 1, rectangle(100, 100, 500, 500)}};
    w.gridAreas = {{1, "NCS-01", "乐园片区", 1, rectangle(100, 100, 300, 300)},
                   {2, "NCS-02", "海滨片区", 1, rectangle(300, 100, 500, 300)},
                   {3, "NCS-03", "山前片区", 2, rectangle(100, 300, 300, 500)},
                   {4, "NCS-04", "港湾片区", 2, rectangle(300, 300, 500, 500)}};
    w.buildings = {{1, "乐园路1号", 1, 5, rectangle(150, 150, 170, 170)},
                   {2, "海滨路2号", 2, 4, rectangle(350, 150, 370, 170)},
                   {3, "山前路3号", 3, 6, rectangle(150, 350, 170, 370)},
                   {4, "港湾路4号", 4, 3, rectangle(350, 350, 370, 370)}};
    w.villages = {{1, "北村", 1, 1, rectangle(600, 600, 950, 950)},
                  {2, "大口村", 2, 2, rectangle(2100, 100, 2300, 300)}};
    w.shops = {{1, "乐园超市", "超市", 1, 1, {165, 165}}};
}

void addPeople(World &w)
{
    w.cadres = {{1, "王刚", 1, true, 20, true, 1975, "男"},  {2, "赵丽", 1, false, 2, false, 1996, "女"},
                {3, "孙强", 2, true, 12, true, 1980, "男"},  {4, "周敏", 3, true, 25, true, 1970, "女"},
                {5, "吴涛", 3, false, 3, false, 1995, "男"}, {6, "郑华", 4, true, 15, true, 1978, "女"}};
    w.groups = {{1, "G0001", 1, PartyWithNonParty | SeniorWithJunior | LocalWithNonLocal},
                {2, "G0002", 2, 0},
                {3, "G0003", 3, PartyWithNonParty | SeniorWithJunior | LocalWithNonLocal},
                {4, "G0004", 4, 0}};
    w.groupMembers = {{1, 1, true}, {1, 2, false}, {2, 3, true}, {3, 4, true}, {3, 5, false}, {4, 6, true}};

    auto urban = [](Id id, Id building, Id grid, Id group, PointXY at) {
        Household h;
        h.id = id;
        h.code = "H000000" + std::to_string(id);
        h.buildingId = building;
        h.gridAreaId = grid;
        h.townshipId = 1;
        h.groupId = group;
        h.location = at;
        return h;
    };
    auto rural = [](Id id, Id village, Id township, Id group, PointXY at) {
        Household h;
        h.id = id;
        h.code = "H000000" + std::to_string(id);
        h.villageId = village;
        h.townshipId = township;
        h.groupId = group;
        h.location = at;
        return h;
    };
    w.households = {urban(1, 1, 1, 1, {160, 160}), urban(2, 2, 2, 1, {360, 160}), urban(3, 3, 3, 2, {160, 360}),
                    rural(4, 1, 1, 3, {650, 650}), rural(5, 1, 1, 3, {700, 700}), rural(6, 2, 2, 4, {2200, 200})};
    w.households[4].flags = SeriousIllness | FiveElders;
    for (Id id = 1; id <= 8; ++id)
        w.residents.push_back({id, (id - 1) % 6 + 1, "居民" + std::to_string(id), id % 2 ? "男" : "女", 1960,
                               id <= 6, false, "13800000000"});
}

void addEvent(World &w, Id suggestion, EventKind kind, Date on)
{
    w.suggestionEvents.push_back({static_cast<Id>(w.suggestionEvents.size() + 1), suggestion, kind, on, "平台", ""});
}

void addSuggestions(World &w)
{
    Suggestion s1;
    s1.id = 1;
    s1.code = "S2021-0001";
    s1.householdId = 1;
    s1.gridAreaId = 1;
    s1.departmentId = 1;
    s1.round = 3;
    s1.concernGroup = 2;
    s1.concernItem = "修复路灯";
    s1.text = "乐园路路灯不亮";
    s1.status = SuggestionStatus::Done;
    s1.submittedOn = {2021, 4, 26};
    s1.repliedOn = {2021, 5, 7};
    s1.closedOn = Date{2021, 5, 10};
    s1.satisfaction = 5;
    s1.threadId = 1;
    s1.location = {160, 160};
    addEvent(w, 1, EventKind::Dispatch, {2021, 4, 27});
    addEvent(w, 1, EventKind::Accept, {2021, 4, 28});
    addEvent(w, 1, EventKind::Feedback, {2021, 5, 7});
    addEvent(w, 1, EventKind::Revisit, {2021, 5, 10});

    // Dispatched before the May Day holidays (1-5 May 2021) and answered on the 7th
    // working day after, with the make-up Saturday 8 May counted: 9 weekdays.
    Suggestion s2 = s1;
    s2.id = 2;
    s2.code = "S2021-0002";
    s2.householdId = 4;
    s2.gridAreaId.reset();
    s2.villageId = 1;
    s2.departmentId = 3;
    s2.concernItem = "消除水产加工异味";
    s2.status = SuggestionStatus::InProgress;
    s2.submittedOn = {2021, 4, 27};
    s2.repliedOn = {2021, 5, 11};
    s2.closedOn.reset();
    s2.satisfaction.reset();
    s2.threadId.reset();
    s2.location = {650, 650};
    addEvent(w, 2, EventKind::Dispatch, {2021, 4, 28});
    addEvent(w, 2, EventKind::Feedback, {2021, 5, 11});

    Suggestion s3 = s2;
    s3.id = 3;
    s3.code = "S2021-0003";
    s3.householdId = 6;
    s3.villageId = 2;
    s3.departmentId = 4;
    s3.status = SuggestionStatus::Blocked;
    s3.submittedOn = {2021, 6, 1};
    s3.repliedOn = {2021, 6, 3};
    s3.location = {2200, 200};
    addEvent(w, 3, EventKind::Dispatch, {2021, 6, 1});
    addEvent(w, 3, EventKind::Feedback, {2021, 6, 3});

    w.suggestions = {s1, s2, s3};
    w.topicThreads = {{1, "乐园路路灯", "修复路灯", {2021, 4, 26}, {2021, 4, 26}, 1, rectangle(150, 150, 170, 170)}};
}

} // namespace

World smallWorld()
{
    World w;
    addPlaces(w);
    addPeople(w);
    addSuggestions(w);
    return w;
}

std::string listIssues(const ValidationReport &report)
{
    std::string text = std::to_string(report.issues.size()) + " issue(s)";
    for (const ValidationIssue &issue : report.issues)
        text += "\n  " + issue.check + " | " + issue.layer + " | " + std::to_string(issue.featureId) + " | "
                + issue.message;
    return text;
}

bool hasOnlyIssue(const ValidationReport &report, const std::string &check, const std::string &layer, Id featureId)
{
    return report.issues.size() == 1 && report.issues[0].check == check && report.issues[0].layer == layer
           && report.issues[0].featureId == featureId;
}

} // namespace lianxin::test
