#include "demo/residentsuggestions.h"

#include "demo/codes.h"
#include "demo/frame.h"
#include "demo/groups.h"
#include "demo/lookup.h"
#include "demo/plantedproblems.h"
#include "demo/sampling.h"
#include "demo/suggestiontexts.h"
#include "demo/visitrounds.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>

namespace lianxin::demo {

namespace {

constexpr double kRouteToDistrictShare = 0.5;
const std::vector<double> kRoundShares = {0.36, 0.33, 0.31};
// Recent suggestions are more often still in hand.
const std::vector<double> kInProgressByRound = {0.6, 1.2, 2.5};
constexpr int kMaxRedraws = 200;

class BackgroundDrafter {
public:
    BackgroundDrafter(const World &world, const BuildingLayout &buildings, const PlantedPlan &planted)
        : m_world(world)
        , m_buildings(buildings)
        , m_bodies(world)
    {
        const std::vector<ItemProfile> &profiles = itemProfiles();
        std::vector<double> urban;
        std::vector<double> village;
        for (const ItemProfile &profile : profiles) {
            urban.push_back(profile.weight);
            village.push_back(profile.urbanOnly ? 0.0 : profile.weight);
            m_districtDepartment.push_back(
                profile.districtDepartment.empty() ? 0 : districtDepartmentNamed(world, profile.districtDepartment));
        }
        m_urbanItems = std::make_unique<WeightedPicker>(urban);
        m_villageItems = std::make_unique<WeightedPicker>(village);
        for (const PlantedProblem &problem : planted.problems)
            m_plantedCentres[problem.concernItem].push_back(problem.centre);
    }

    SuggestionDraft draft(Random &random) const
    {
        for (int attempt = 0; attempt < kMaxRedraws; ++attempt) {
            const std::size_t h = random.index(m_world.households.size());
            const Household &household = m_world.households[h];
            const bool urban = household.buildingId.has_value();
            const std::size_t item = (urban ? *m_urbanItems : *m_villageItems).pick(random);
            const ItemProfile &profile = itemProfiles()[item];
            if (nearPlanted(profile.item, household.location))
                continue;
            SuggestionDraft d;
            d.household = h;
            d.round = 1 + static_cast<int>(random.weightedIndex(kRoundShares));
            d.item = profile.item;
            const std::string place = urban
                ? byId(m_buildings.buildings, *household.buildingId).address
                : byId(m_world.villages, *household.villageId).name;
            d.text = suggestionText(profile, place, random);
            d.departmentId = m_districtDepartment[item] && random.chance(kRouteToDistrictShare)
                ? m_districtDepartment[item]
                : m_bodies.of(household);
            return d;
        }
        throw std::runtime_error("no household far enough from the planted problems for a suggestion");
    }

private:
    bool nearPlanted(const std::string &item, const PointXY &p) const
    {
        const auto it = m_plantedCentres.find(item);
        if (it == m_plantedCentres.end())
            return false;
        return std::any_of(it->second.begin(), it->second.end(), [&](const PointXY &c) {
            return std::hypot(p.x - c.x, p.y - c.y) <= kPlantedClearanceMetres;
        });
    }

    const World &m_world;
    const BuildingLayout &m_buildings;
    ResponsibleBodies m_bodies;
    std::vector<Id> m_districtDepartment; // by item index
    std::unique_ptr<WeightedPicker> m_urbanItems;
    std::unique_ptr<WeightedPicker> m_villageItems;
    std::map<std::string, std::vector<PointXY>> m_plantedCentres;
};

// Exactly `blocked` blocked (policy items first), `inProgress` in progress (recent
// rounds first), the rest done.
void assignStatuses(std::vector<SuggestionDraft> &drafts, const ArticleFigures &figures, Random &random)
{
    std::vector<double> blockedWeights;
    for (const SuggestionDraft &d : drafts)
        blockedWeights.push_back(itemProfile(d.item).blockedWeight);
    for (std::size_t i : weightedSample(blockedWeights, static_cast<std::size_t>(figures.blocked), random))
        drafts[i].status = SuggestionStatus::Blocked;
    std::vector<double> progressWeights;
    for (const SuggestionDraft &d : drafts)
        progressWeights.push_back(d.status == SuggestionStatus::Blocked ? 0.0 : kInProgressByRound.at(d.round - 1));
    for (std::size_t i : weightedSample(progressWeights, static_cast<std::size_t>(figures.inProgress), random))
        drafts[i].status = SuggestionStatus::InProgress;
}

} // namespace

void collectSuggestions(World &world, const BuildingLayout &buildings, const PointXY &townCentre,
                        const ArticleFigures &figures, int scale, Random &random)
{
    if (figures.done + figures.inProgress + figures.blocked != figures.suggestions)
        throw std::invalid_argument("suggestion statuses do not add up to the total");
    PlantedPlan planted = plantProblems(world, buildings, townCentre, scale, random);
    if (static_cast<int>(planted.drafts.size()) > figures.suggestions)
        throw std::logic_error("more planted suggestions than suggestions");

    std::vector<SuggestionDraft> drafts = std::move(planted.drafts);
    drafts.reserve(static_cast<std::size_t>(figures.suggestions));
    const BackgroundDrafter background(world, buildings, planted);
    while (static_cast<int>(drafts.size()) < figures.suggestions)
        drafts.push_back(background.draft(random));
    assignStatuses(drafts, figures, random);
    for (SuggestionDraft &d : drafts)
        d.submittedOn = visitDay(d.round, random);

    // Number by date; the draft order breaks ties so the result stays deterministic.
    std::vector<std::size_t> order(drafts.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return drafts[a].submittedOn < drafts[b].submittedOn; });

    world.suggestions.reserve(drafts.size());
    for (std::size_t i : order) {
        SuggestionDraft &d = drafts[i];
        const Household &household = world.households[d.household];
        Suggestion s;
        s.id = static_cast<Id>(world.suggestions.size() + 1);
        s.code = numberedCode("S2021-", s.id, figures.suggestions);
        s.householdId = household.id;
        s.gridAreaId = household.gridAreaId;
        s.villageId = household.villageId;
        s.departmentId = d.departmentId;
        s.round = d.round;
        s.concernGroup = 0;
        for (const ConcernItem &item : concernItems())
            if (item.name == d.item)
                s.concernGroup = item.group;
        s.concernItem = std::move(d.item);
        s.text = std::move(d.text);
        s.status = d.status;
        s.submittedOn = d.submittedOn;
        s.location = household.location;
        if (d.planted >= 0)
            planted.problems[static_cast<std::size_t>(d.planted)].suggestionIds.push_back(s.id);
        world.suggestions.push_back(std::move(s));
    }
    world.plantedProblems = std::move(planted.problems);
}

} // namespace lianxin::demo
