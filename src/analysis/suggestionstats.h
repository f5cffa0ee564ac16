#pragma once
// "Who is late?": suggestions counted by status per grid area, village or department,
// with the on-time reply rate (the article's rule: a reply within 7 working days of
// dispatch), satisfaction at revisit, and the list of overdue suggestions.
#include "core/world.h"

#include <optional>
#include <string>
#include <vector>

namespace lianxin {

enum class StatsGrouping { GridArea, Village, Department };

struct SuggestionTally {
    int total = 0;
    int done = 0;
    int inProgress = 0;
    int blocked = 0;
    int repliedOnTime = 0;   // first feedback within kReplyDeadlineWorkingDays of dispatch
    int rated = 0;           // with a satisfaction score
    double satisfactionSum = 0.0;

    // Share of suggestions answered on time (1 when there are none).
    double onTimeRate() const { return total == 0 ? 1.0 : static_cast<double>(repliedOnTime) / total; }
    std::optional<double> meanSatisfaction() const
    {
        return rated == 0 ? std::nullopt : std::optional<double>(satisfactionSum / rated);
    }
};

struct StatsRow {
    Id id = 0;        // grid area, village or department id
    std::string name; // e.g. "NCS-07 乐园片区"
    SuggestionTally tally;
};

struct OverdueSuggestion {
    Id suggestionId = 0;
    std::string code;
    Date dispatchedOn;
    std::optional<Date> repliedOn; // empty: no reply yet
    int workingDaysLate = 0;       // past the deadline, at the reply or at `asOf`
};

struct SuggestionStatistics {
    SuggestionTally county;
    std::vector<StatsRow> rows; // every area/village/department of the world, by id
    std::vector<OverdueSuggestion> overdue; // by dispatch date, then id
};

// Dispatch is the earliest dispatch event (else the submission date), the reply the
// earliest feedback event. A suggestion without a reply is overdue once `asOf` is past
// its deadline. Suggestions outside any row of the grouping (e.g. village ones when
// grouping by grid area) count in the county total only.
SuggestionStatistics suggestionStatistics(const World &world, StatsGrouping grouping, const Date &asOf);

// The day of the latest workflow event (1970-01-01 when there is none): the data's own
// "today", so reports of one database come out the same whenever they are made.
Date latestEventDate(const World &world);

} // namespace lianxin
