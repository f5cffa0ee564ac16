#pragma once
// What a cadre pair wrote on the sheet at a door: when, who, and how it went.
#include "core/date.h"
#include "core/places.h"

#include <optional>
#include <string>
#include <vector>

namespace lianxin {

enum class VisitOutcome { Seen, Absent, Moved, Refused };

struct VisitRecord {
    Id id = 0;
    Id roundId = 0;
    Id householdId = 0;
    Date on;
    std::string cadres; // the visitors' names as written, "、"-separated
    VisitOutcome outcome = VisitOutcome::Seen;
    std::string note;
    // A suggestion collected at this visit (its id in the suggestion table), if any.
    std::optional<Id> suggestionId;
    friend bool operator==(const VisitRecord &, const VisitRecord &) = default;
};

// A household's state in a round, from its records. The door was reached when someone
// was seen, the household has moved away, or it refused the visit: all three close the
// household for the round (户户到家). "Not at home" leaves it open for another try; twice
// not at home is called out because the pair must change the time of day.
enum class VisitState { NotVisited, Visited };

struct HouseholdVisitState {
    VisitState state = VisitState::NotVisited;
    int absentCount = 0;               // records with outcome "not at home"
    std::optional<VisitOutcome> closedBy; // the first closing outcome, if visited
    std::optional<Date> lastOn;        // the last record's date
};

// The state from one household's records (in any order).
HouseholdVisitState visitStateOf(const std::vector<VisitRecord> &records);

// "seen", "absent", "moved", "refused" and back.
const char *toString(VisitOutcome outcome);
std::optional<VisitOutcome> visitOutcomeFromString(const std::string &text);
// The Chinese words on a sheet: 见面, 不在家, 已搬离, 拒访; accepted back on import.
const char *sheetLabel(VisitOutcome outcome);
std::optional<VisitOutcome> visitOutcomeFromSheetLabel(const std::string &text);

} // namespace lianxin
