#include "core/date.h"

#include <chrono>
#include <cstdio>

namespace lianxin {

namespace chr = std::chrono;

int Date::toDays() const
{
    const chr::year_month_day ymd{chr::year(year), chr::month(static_cast<unsigned>(month)),
                                  chr::day(static_cast<unsigned>(day))};
    return chr::sys_days(ymd).time_since_epoch().count();
}

Date Date::fromDays(int days)
{
    const chr::year_month_day ymd{chr::sys_days(chr::days(days))};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int Date::weekday() const
{
    const chr::weekday wd{chr::sys_days(chr::days(toDays()))};
    return static_cast<int>(wd.iso_encoding()) - 1;
}

std::string Date::toIso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

std::optional<Date> Date::parseIso(const std::string &text)
{
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (text.size() < 10 || std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) < 3)
        return std::nullopt;
    const chr::year_month_day ymd{chr::year(y), chr::month(static_cast<unsigned>(m)), chr::day(static_cast<unsigned>(d))};
    if (!ymd.ok())
        return std::nullopt;
    return Date{y, m, d};
}

} // namespace lianxin
