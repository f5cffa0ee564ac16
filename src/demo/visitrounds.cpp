#include "demo/visitrounds.h"

#include "core/workcalendar.h"

#include <stdexcept>
#include <string>

namespace lianxin::demo {

VisitRound visitRound(int round)
{
    switch (round) {
    case 1:
        return {{2021, 3, 8}, {2021, 3, 31}};
    case 2:
        return {{2021, 4, 6}, {2021, 4, 30}};
    case 3:
        return {{2021, 5, 6}, {2021, 5, 28}};
    default:
        throw std::out_of_range("no visit round " + std::to_string(round));
    }
}

Date visitDay(int round, Random &random)
{
    const VisitRound window = visitRound(round);
    Date day = Date::fromDays(random.uniformInt(window.first.toDays(), window.last.toDays()));
    if (!isWorkingDay(day) && random.chance(0.8))
        day = addWorkingDays(day, 1);
    return day;
}

} // namespace lianxin::demo
