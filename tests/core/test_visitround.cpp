// A visit round's days: the first working day, the working days in it, the 及时访 deadline.
#include "core/visitround.h"

#include <catch2/catch.hpp>

using namespace lianxin;

namespace {

VisitRound round(Date start, Date end)
{
    VisitRound r;
    r.name = std::string("第三轮"); // a bare literal here trips GCC 12's -Wrestrict false positive
    r.start = start;
    r.end = end;
    return r;
}

} // namespace

TEST_CASE("A round starting on the May Day holiday begins on the first working day after it")
{
    // 2021-05-01..05 were holidays, Saturday 05-08 a make-up working day.
    VisitRound r = round({2021, 5, 1}, {2021, 5, 9});
    CHECK(firstWorkingDay(r) == Date{2021, 5, 6});
    CHECK(workingDaysIn(r) == 3); // 6, 7, 8
    r.urgentWorkingDays = 3;
    CHECK(urgentDeadline(r) == Date{2021, 5, 8});
    r.urgentWorkingDays = 1;
    CHECK(urgentDeadline(r) == Date{2021, 5, 6});
}

TEST_CASE("The article's third round has 18 working days")
{
    // May 6-28, 2021: 6, 7, 8 (make-up), 10-14, 17-21, 24-28.
    CHECK(workingDaysIn(round({2021, 5, 6}, {2021, 5, 28})) == 18);
}

TEST_CASE("roundProblem names what is wrong with a round")
{
    CHECK(roundProblem(round({2021, 5, 6}, {2021, 5, 28})).empty());
    CHECK(roundProblem(round({2021, 5, 6}, {2021, 5, 5})) == "the end 2021-05-05 is before the start 2021-05-06");
    CHECK(roundProblem(round({2021, 5, 1}, {2021, 5, 5})) == "no working day between 2021-05-01 and 2021-05-05");
    VisitRound unnamed = round({2021, 5, 6}, {2021, 5, 7});
    unnamed.name.clear();
    CHECK(roundProblem(unnamed) == "the round has no name");
    VisitRound scoped = round({2021, 5, 6}, {2021, 5, 7});
    scoped.scope.kind = VisitScopeKind::Department;
    CHECK(roundProblem(scoped) == "a department scope needs its id");
    scoped.urgentWorkingDays = 0;
    scoped.scope.id = 4;
    CHECK(roundProblem(scoped) == "urgent working days must be at least 1, not 0");
}

TEST_CASE("Scope kinds, goals and outcomes read back from their names")
{
    for (const char *name : {"county", "department", "township"})
        CHECK(toString(*visitScopeKindFromString(name)) == std::string(name));
    CHECK_FALSE(visitScopeKindFromString("province"));
    CHECK(*visitGoalFromString("priority") == VisitGoal::PriorityOnly);
    CHECK(toString(VisitGoal::Everyone) == std::string("everyone"));
    CHECK(isPriorityHousehold(FiveElders));
    CHECK_FALSE(isPriorityHousehold(SeriousIllness));
    CHECK(isUrgentHousehold(SeriousIllness | Hardship));
}
