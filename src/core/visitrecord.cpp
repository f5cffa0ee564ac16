#include "core/visitrecord.h"

#include <algorithm>

namespace lianxin {

namespace {

constexpr VisitOutcome kOutcomes[] = {VisitOutcome::Seen, VisitOutcome::Absent, VisitOutcome::Moved,
                                      VisitOutcome::Refused};

} // namespace

HouseholdVisitState visitStateOf(const std::vector<VisitRecord> &records)
{
    std::vector<const VisitRecord *> byDate;
    for (const VisitRecord &record : records)
        byDate.push_back(&record);
    // Date, then id: the same records give the same state in whatever order they come.
    std::sort(byDate.begin(), byDate.end(), [](const VisitRecord *a, const VisitRecord *b) {
        return a->on != b->on ? a->on < b->on : a->id < b->id;
    });
    HouseholdVisitState state;
    for (const VisitRecord *record : byDate) {
        state.lastOn = record->on;
        if (record->outcome == VisitOutcome::Absent) {
            ++state.absentCount;
            continue;
        }
        if (!state.closedBy) {
            state.closedBy = record->outcome;
            state.state = VisitState::Visited;
        }
    }
    return state;
}

const char *toString(VisitOutcome outcome)
{
    switch (outcome) {
    case VisitOutcome::Seen:
        return "seen";
    case VisitOutcome::Absent:
        return "absent";
    case VisitOutcome::Moved:
        return "moved";
    case VisitOutcome::Refused:
        return "refused";
    }
    return "seen";
}

std::optional<VisitOutcome> visitOutcomeFromString(const std::string &text)
{
    for (const VisitOutcome outcome : kOutcomes)
        if (text == toString(outcome))
            return outcome;
    return std::nullopt;
}

const char *sheetLabel(VisitOutcome outcome)
{
    switch (outcome) {
    case VisitOutcome::Seen:
        return "见面";
    case VisitOutcome::Absent:
        return "不在家";
    case VisitOutcome::Moved:
        return "已搬离";
    case VisitOutcome::Refused:
        return "拒访";
    }
    return "见面";
}

std::optional<VisitOutcome> visitOutcomeFromSheetLabel(const std::string &text)
{
    for (const VisitOutcome outcome : kOutcomes)
        if (text == sheetLabel(outcome) || text == toString(outcome))
            return outcome;
    return std::nullopt;
}

} // namespace lianxin
