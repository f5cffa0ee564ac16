// suggestion-workflow: each suggestion was dispatched, its first feedback came within
// kReplyDeadlineWorkingDays working days of the dispatch (the article: every one
// answered within 7 working days), and a done one has its closing date.
#include "analysis/checks.h"
#include "analysis/featurenames.h"
#include "analysis/validationrun.h"
#include "core/workcalendar.h"

namespace lianxin::validation {

namespace {

using namespace validationcheck;

// The first dispatch and the first feedback of one suggestion.
struct Milestones {
    std::optional<Date> dispatched;
    std::optional<Date> answered;
};

void keepEarliest(std::optional<Date> &kept, const Date &date)
{
    if (!kept || date < *kept)
        kept = date;
}

void checkOne(ValidationRun &run, const Suggestion &suggestion, const Milestones &m)
{
    auto report = [&](const std::string &problem) {
        run.addIssue(SuggestionWorkflow, table::Suggestion, suggestion.id, describe(suggestion) + ": " + problem);
    };
    if (!m.dispatched) {
        report("has no dispatch event");
    } else if (!m.answered) {
        report("has no feedback event");
    } else if (*m.answered < *m.dispatched) {
        report("feedback on " + m.answered->toIso() + " precedes its dispatch on " + m.dispatched->toIso());
    } else {
        const int days = workingDaysBetween(*m.dispatched, *m.answered);
        if (days > kReplyDeadlineWorkingDays)
            report("answered after " + std::to_string(days) + " working days (dispatched " + m.dispatched->toIso()
                   + ", feedback " + m.answered->toIso() + "), more than "
                   + std::to_string(kReplyDeadlineWorkingDays));
    }
    if (suggestion.status == SuggestionStatus::Done && !suggestion.closedOn)
        report("is done but has no closedOn date");
}

} // namespace

void checkSuggestionWorkflow(ValidationRun &run)
{
    const World &w = run.world();
    const IdLookup &suggestionIds = run.ids().suggestions;
    std::vector<Milestones> milestones(w.suggestions.size());
    const std::size_t total = w.suggestionEvents.size() + w.suggestions.size();
    std::size_t done = 0;
    for (const SuggestionEvent &event : w.suggestionEvents) {
        if (!run.progress(done++, total))
            return;
        const auto index = suggestionIds.find(event.suggestionId);
        if (!index) // dangling: the references check reports it
            continue;
        if (event.kind == EventKind::Dispatch)
            keepEarliest(milestones[*index].dispatched, event.on);
        else if (event.kind == EventKind::Feedback)
            keepEarliest(milestones[*index].answered, event.on);
    }
    for (std::size_t i = 0; i < w.suggestions.size(); ++i) {
        if (!run.progress(done++, total))
            return;
        checkOne(run, w.suggestions[i], milestones[i]);
    }
}

} // namespace lianxin::validation
