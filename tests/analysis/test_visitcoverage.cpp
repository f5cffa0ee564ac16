// Coverage of a visit round: every level adds up, outcomes close or keep households open,
// the open list puts the priority households first.
#include "analysis/visitcoverage.h"
#include "analysis/visitscope.h"

#include "demofixture.h"
#include "testrandom.h"

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {

VisitRound round3()
{
    VisitRound round;
    round.id = 3;
    round.name = "第三轮";
    round.start = {2021, 5, 6};
    round.end = {2021, 5, 28};
    return round;
}

VisitRecord record(Id id, Id household, Date on, VisitOutcome outcome, Id roundId = 3)
{
    return {id, roundId, household, on, "张三、李四", outcome, "", std::nullopt};
}

// A random third of the county visited, some twice absent, some absent then seen.
std::vector<VisitRecord> randomRecords(const World &world)
{
    test::Random random{511};
    std::vector<VisitRecord> records;
    Id id = 0;
    for (const Household &h : world.households) {
        const int roll = random.below(12);
        if (roll < 3)
            records.push_back(record(++id, h.id, {2021, 5, 6}, VisitOutcome::Seen));
        else if (roll == 3)
            records.push_back(record(++id, h.id, {2021, 5, 7}, VisitOutcome::Moved));
        else if (roll == 4)
            records.push_back(record(++id, h.id, {2021, 5, 7}, VisitOutcome::Refused));
        else if (roll == 5 || roll == 6) {
            records.push_back(record(++id, h.id, {2021, 5, 6}, VisitOutcome::Absent));
            records.push_back(record(++id, h.id, {2021, 5, 10}, roll == 5 ? VisitOutcome::Absent : VisitOutcome::Seen));
        } else if (roll == 7) {
            records.push_back(record(++id, h.id, {2021, 5, 6}, VisitOutcome::Seen, 2)); // another round
        }
    }
    return records;
}

} // namespace

TEST_CASE("A household's state: closed by seen, moved or refused, open while only absent")
{
    HouseholdVisitState none = visitStateOf({});
    CHECK(none.state == VisitState::NotVisited);
    CHECK_FALSE(none.lastOn);
    const auto twice = visitStateOf({record(2, 1, {2021, 5, 10}, VisitOutcome::Absent),
                                     record(1, 1, {2021, 5, 6}, VisitOutcome::Absent)});
    CHECK(twice.state == VisitState::NotVisited);
    CHECK(twice.absentCount == 2);
    CHECK(twice.lastOn == Date{2021, 5, 10});
    // Records in any order: the first closing outcome by date counts.
    const auto closed = visitStateOf({record(3, 1, {2021, 5, 12}, VisitOutcome::Refused),
                                      record(1, 1, {2021, 5, 6}, VisitOutcome::Absent),
                                      record(2, 1, {2021, 5, 10}, VisitOutcome::Seen)});
    CHECK(closed.state == VisitState::Visited);
    CHECK(closed.closedBy == VisitOutcome::Seen);
    CHECK(closed.absentCount == 1);
}

TEST_CASE("Coverage numbers add up at every level of the county")
{
    const World &world = test::articleWorld();
    const std::vector<VisitRecord> records = randomRecords(world);
    CoverageCounts first;
    for (const CoverageLevel level : {CoverageLevel::Group, CoverageLevel::Department, CoverageLevel::GridArea,
                                      CoverageLevel::Village, CoverageLevel::Township}) {
        const VisitCoverage coverage = visitCoverage(world, round3(), records, level);
        CoverageCounts sum;
        for (const CoverageRow &row : coverage.rows) {
            CHECK(row.counts.visited + row.counts.notVisited == row.counts.households);
            CHECK(row.counts.seen + row.counts.moved + row.counts.refused == row.counts.visited);
            CHECK(row.counts.absentTwice <= row.counts.notVisited);
            CHECK(row.counts.priorityNotVisited <= row.counts.priority);
            sum.add(row.counts);
        }
        const CoverageCounts &t = coverage.total;
        CHECK(sum.households == t.households);
        CHECK(sum.visited == t.visited);
        CHECK(sum.notVisited == t.notVisited);
        CHECK(sum.absentTwice == t.absentTwice);
        CHECK(sum.priorityNotVisited == t.priorityNotVisited);
        CHECK(t.households == 15310);
        CHECK(t.visited + t.notVisited == 15310);
        CHECK(static_cast<int>(coverage.open.size()) == t.notVisited);
        if (level == CoverageLevel::Group) {
            CHECK(coverage.rows.size() == 634);
            first = t;
        } else {
            CHECK(t.visited == first.visited); // the same households, however they are cut
        }
        if (level == CoverageLevel::Township)
            CHECK(coverage.rows.size() == 10);
        if (level == CoverageLevel::Village) // urban households gather in the "(none)" row
            CHECK(coverage.rows.front().name == "(none)");
    }
    CHECK(first.visited > 4000);
    CHECK(first.absentTwice > 800);
    CHECK(first.priority == 15310 - 14003);
}

TEST_CASE("Records of other rounds and of households outside the scope do not count")
{
    World world = test::articleWorld();
    VisitRound round = round3();
    round.scope = {VisitScopeKind::Township, 2};
    const std::vector<std::size_t> inScope = householdsOfRound(world, round);
    REQUIRE_FALSE(inScope.empty());
    const Id inside = world.households[inScope.front()].id;
    Id outside = 0;
    for (const Household &h : world.households)
        if (h.townshipId != 2)
            outside = h.id;
    const std::vector<VisitRecord> records{record(1, inside, {2021, 5, 6}, VisitOutcome::Seen, 2),
                                           record(2, outside, {2021, 5, 6}, VisitOutcome::Seen)};
    const VisitCoverage coverage = visitCoverage(world, round, records, CoverageLevel::Township);
    CHECK(coverage.total.visited == 0);
    CHECK(coverage.total.households == static_cast<int>(inScope.size()));
    CHECK(coverage.recordsOutsideScope == 1);
    REQUIRE(coverage.rows.size() == 1);
    CHECK(coverage.rows.front().id == 2);
}

TEST_CASE("The open list names the seriously ill first, then the priority households, then the twice absent")
{
    const World &world = test::articleWorld();
    const std::vector<VisitRecord> records = randomRecords(world);
    const VisitCoverage coverage = visitCoverage(world, round3(), records, CoverageLevel::Group);
    int rank = 0;
    for (const OpenHousehold &h : coverage.open) {
        const int here = isUrgentHousehold(h.flags) ? 0 : isPriorityHousehold(h.flags) ? 1 : h.absentCount >= 2 ? 2 : 3;
        CHECK(here >= rank);
        rank = here;
    }
    CHECK(rank == 3);
    CHECK(isUrgentHousehold(coverage.open.front().flags));
}

TEST_CASE("Coverage levels have names that read back")
{
    for (const char *name : {"group", "department", "grid", "village", "township"})
        CHECK(toString(*coverageLevelFromString(name)) == std::string(name));
    CHECK_FALSE(coverageLevelFromString("county"));
    CHECK(*visitOutcomeFromSheetLabel("不在家") == VisitOutcome::Absent);
    CHECK(*visitOutcomeFromSheetLabel("refused") == VisitOutcome::Refused);
    CHECK_FALSE(visitOutcomeFromSheetLabel("maybe"));
}
