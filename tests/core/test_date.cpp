#include "core/date.h"
#include "core/workcalendar.h"

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("Dates round-trip through days and ISO text")
{
    const Date date{2021, 5, 12};
    CHECK(Date::fromDays(date.toDays()) == date);
    CHECK(date.toIso() == "2021-05-12");
    CHECK(Date::parseIso("2021-05-12") == date);
    CHECK(Date{1970, 1, 1}.toDays() == 0);
    CHECK(Date{2021, 5, 12}.weekday() == 2); // a Wednesday
    CHECK_FALSE(Date::parseIso("2021-02-30"));
    CHECK_FALSE(Date::parseIso("yesterday"));
}

TEST_CASE("The 2021 working calendar knows holidays and make-up days")
{
    CHECK_FALSE(isWorkingDay({2021, 5, 3}));  // Labour Day holiday, a Monday
    CHECK(isWorkingDay({2021, 5, 8}));        // make-up Saturday
    CHECK(isWorkingDay({2021, 4, 25}));       // make-up Sunday
    CHECK_FALSE(isWorkingDay({2021, 5, 9}));  // ordinary Sunday
    CHECK(isWorkingDay({2021, 5, 10}));       // ordinary Monday
}

TEST_CASE("Working days are counted after the start up to the end")
{
    // Fri 2021-04-30 -> Mon 2021-05-10: working days are 05-06, 05-07, 05-08, 05-10.
    CHECK(workingDaysBetween({2021, 4, 30}, {2021, 5, 10}) == 4);
    CHECK(workingDaysBetween({2021, 5, 10}, {2021, 5, 10}) == 0);
    CHECK(workingDaysBetween({2021, 5, 10}, {2021, 5, 1}) == 0);
    // Seven working days from Thu 2021-04-29: 04-30, 05-06, 05-07, 05-08, 05-10, 05-11, 05-12.
    CHECK(addWorkingDays({2021, 4, 29}, kReplyDeadlineWorkingDays) == Date{2021, 5, 12});
    CHECK(workingDaysBetween({2021, 4, 29}, addWorkingDays({2021, 4, 29}, 7)) == 7);
}
