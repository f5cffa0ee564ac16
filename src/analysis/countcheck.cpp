// counts (demo worlds only): the world reproduces every figure of the article, grown by
// the demo's scale (core/articlefigures.h).
#include "analysis/checks.h"
#include "analysis/featurenames.h"
#include "analysis/validationrun.h"
#include "core/articlefigures.h"

#include <algorithm>

namespace lianxin::validation {

namespace {

struct Figure {
    const char *what;
    const char *layer;
    long long actual;
    int expected;
};

template <typename Items, typename Predicate>
long long countIf(const Items &items, Predicate predicate)
{
    return std::count_if(items.begin(), items.end(), predicate);
}

std::vector<Figure> figuresOf(const World &w, const ArticleFigures &a)
{
    namespace t = table;
    auto size = [](const auto &items) { return static_cast<long long>(items.size()); };
    auto withStatus = [&w](SuggestionStatus status) {
        return countIf(w.suggestions, [status](const Suggestion &s) { return s.status == status; });
    };
    return {
        {"townships", t::Township, size(w.townships), a.townships},
        {"district departments", t::Department,
         countIf(w.departments, [](const Department &d) { return d.kind == DepartmentKind::District; }),
         a.departments},
        {"leaders", t::Leader, size(w.leaders), a.leaders},
        {"grid areas", t::GridArea, size(w.gridAreas), a.gridAreas},
        {"buildings", t::Building, size(w.buildings), a.buildings},
        {"households", t::Household, size(w.households), a.households},
        {"urban households", t::Household, countIf(w.households, [](const Household &h) { return h.buildingId.has_value(); }),
         a.urbanHouseholds},
        {"village households", t::Household,
         countIf(w.households, [](const Household &h) { return h.villageId.has_value(); }), a.villageHouseholds},
        {"residents", t::Resident, size(w.residents), a.residents},
        {"shops", t::Shop, size(w.shops), a.shops},
        {"cadres", t::Cadre, size(w.cadres), a.cadres},
        {"contact groups", t::ContactGroup, size(w.groups), a.groups},
        {"suggestions", t::Suggestion, size(w.suggestions), a.suggestions},
        {"done suggestions", t::Suggestion, withStatus(SuggestionStatus::Done), a.done},
        {"suggestions in progress", t::Suggestion, withStatus(SuggestionStatus::InProgress), a.inProgress},
        {"blocked suggestions", t::Suggestion, withStatus(SuggestionStatus::Blocked), a.blocked},
        {"serious-illness households", t::Household,
         countIf(w.households, [](const Household &h) { return (h.flags & SeriousIllness) != 0; }),
         a.seriousIllness},
    };
}

} // namespace

void checkCounts(ValidationRun &run)
{
    const int scale = run.options().demoScale.value_or(1);
    for (const Figure &figure : figuresOf(run.world(), articleFigures(scale))) {
        if (figure.actual != figure.expected)
            run.addIssue(validationcheck::Counts, figure.layer, 0,
                         std::string(figure.what) + ": " + std::to_string(figure.actual) + ", expected "
                             + std::to_string(figure.expected) + " (article"
                             + (scale == 1 ? std::string() : ", scale " + std::to_string(scale)) + ')');
    }
}

} // namespace lianxin::validation
