#include "core/workcalendar.h"

#include <algorithm>
#include <array>

namespace lianxin {

namespace {

// 2021 public holidays and make-up working days (国办发明电〔2020〕27号).
constexpr std::array<Date, 31> kHolidays2021 = {{
    {2021, 1, 1}, {2021, 1, 2}, {2021, 1, 3},
    {2021, 2, 11}, {2021, 2, 12}, {2021, 2, 13}, {2021, 2, 14}, {2021, 2, 15}, {2021, 2, 16}, {2021, 2, 17},
    {2021, 4, 3}, {2021, 4, 4}, {2021, 4, 5},
    {2021, 5, 1}, {2021, 5, 2}, {2021, 5, 3}, {2021, 5, 4}, {2021, 5, 5},
    {2021, 6, 12}, {2021, 6, 13}, {2021, 6, 14},
    {2021, 9, 19}, {2021, 9, 20}, {2021, 9, 21},
    {2021, 10, 1}, {2021, 10, 2}, {2021, 10, 3}, {2021, 10, 4}, {2021, 10, 5}, {2021, 10, 6}, {2021, 10, 7},
}};
constexpr std::array<Date, 7> kMakeUpDays2021 = {{
    {2021, 2, 7}, {2021, 2, 20}, {2021, 4, 25}, {2021, 5, 8}, {2021, 9, 18}, {2021, 9, 26}, {2021, 10, 9},
}};

template <typename Container>
bool listed(const Container &dates, const Date &date)
{
    return std::find(dates.begin(), dates.end(), date) != dates.end();
}

} // namespace

bool isWorkingDay(const Date &date)
{
    if (listed(kHolidays2021, date))
        return false;
    if (listed(kMakeUpDays2021, date))
        return true;
    return date.weekday() < 5;
}

int workingDaysBetween(const Date &from, const Date &to)
{
    int count = 0;
    for (int day = from.toDays() + 1; day <= to.toDays(); ++day)
        count += isWorkingDay(Date::fromDays(day)) ? 1 : 0;
    return count;
}

Date addWorkingDays(const Date &from, int count)
{
    Date date = from;
    while (count > 0) {
        date = date.addDays(1);
        if (isWorkingDay(date))
            --count;
    }
    return date;
}

} // namespace lianxin
