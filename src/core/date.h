#pragma once
// Calendar dates without time zones, as civil days (proleptic Gregorian).
#include <compare>
#include <optional>
#include <string>

namespace lianxin {

struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    // Days since 1970-01-01.
    int toDays() const;
    static Date fromDays(int days);
    // 0 = Monday ... 6 = Sunday.
    int weekday() const;
    Date addDays(int days) const { return fromDays(toDays() + days); }
    std::string toIso() const;
    // "YYYY-MM-DD"; nullopt if malformed or not a real date.
    static std::optional<Date> parseIso(const std::string &text);

    friend auto operator<=>(const Date &, const Date &) = default;
};

} // namespace lianxin
