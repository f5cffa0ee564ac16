#include "demo/plantedproblems.h"

#include "demo/frame.h"
#include "demo/groups.h"
#include "demo/lookup.h"
#include "demo/sampling.h"
#include "demo/suggestiontexts.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace lianxin::demo {

namespace {

constexpr double kAnchorSpacingMetres = 550.0;
constexpr double kWharfToFerryMetres = 700.0;
constexpr int kMinReports = 8;
constexpr int kMaxReports = 25;

struct Anchor {
    PointXY centre;
    std::string place;       // how residents name the spot in their words
    std::string description; // the ground truth, for people reading the test data
};

double distance(const PointXY &a, const PointXY &b) { return std::hypot(a.x - b.x, a.y - b.y); }

double distanceToRing(const PointXY &p, const Ring &ring)
{
    double best = 1e300;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
        const PointXY &a = ring[i];
        const PointXY &b = ring[i + 1];
        const double dx = b.x - a.x;
        const double dy = b.y - a.y;
        const double length2 = dx * dx + dy * dy;
        const double t = length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
        best = std::min(best, distance(p, {a.x + t * dx, a.y + t * dy}));
    }
    return best;
}

// Picks urban buildings as anchors, each far from those already taken.
class UrbanAnchors {
public:
    UrbanAnchors(const World &world, const BuildingLayout &layout, const PointXY &townCentre)
        : m_layout(layout)
        , m_townCentre(townCentre)
    {
        const Ring &coast = islandNamed(world, kTownIslandName).geometry.outer;
        for (const Footprint &f : layout.footprints)
            m_shoreDistance.push_back(distanceToRing(f.centre, coast));
    }

    // The building nearest the shore, among the few nearest, at least `spacing` from the rest.
    std::size_t byShore(double spacing, Random &random)
    {
        std::vector<std::size_t> order = indices();
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return m_shoreDistance[a] < m_shoreDistance[b]; });
        std::vector<std::size_t> free = spaced(order, spacing);
        return take(free.at(random.index(std::min<std::size_t>(free.size(), 5))));
    }
    std::size_t nearCentre(double spacing)
    {
        std::vector<std::size_t> order = indices();
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return distance(m_layout.footprints[a].centre, m_townCentre)
                   < distance(m_layout.footprints[b].centre, m_townCentre);
        });
        return take(spaced(order, spacing).at(0));
    }
    std::size_t anywhere(double spacing, Random &random)
    {
        std::vector<std::size_t> free = spaced(indices(), spacing);
        return take(free.at(random.index(free.size())));
    }
    const PointXY &centreOf(std::size_t b) const { return m_layout.footprints[b].centre; }

private:
    std::vector<std::size_t> indices() const
    {
        std::vector<std::size_t> all(m_layout.footprints.size());
        std::iota(all.begin(), all.end(), std::size_t{0});
        return all;
    }
    // Candidates at least `spacing` from every anchor taken; relaxed until some remain.
    std::vector<std::size_t> spaced(const std::vector<std::size_t> &candidates, double spacing) const
    {
        for (;; spacing *= 0.8) {
            std::vector<std::size_t> result;
            for (std::size_t b : candidates)
                if (std::all_of(m_taken.begin(), m_taken.end(), [&](std::size_t t) {
                        return distance(centreOf(b), centreOf(t)) >= spacing;
                    }))
                    result.push_back(b);
            if (!result.empty() || spacing < 1.0)
                return result;
        }
    }
    std::size_t take(std::size_t b)
    {
        m_taken.push_back(b);
        return b;
    }

    const BuildingLayout &m_layout;
    PointXY m_townCentre;
    std::vector<double> m_shoreDistance;
    std::vector<std::size_t> m_taken;
};

// A household of a random village on the island: village problems centre on a home.
std::pair<PointXY, std::string> villageSpot(const World &world, const char *islandName, Random &random)
{
    const Id island = islandNamed(world, islandName).id;
    std::vector<Id> villages;
    for (const Village &village : world.villages)
        if (village.islandId == island)
            villages.push_back(village.id);
    if (villages.empty())
        throw std::runtime_error(std::string("no village on ") + islandName + " to plant a problem in");
    const Id village = random.pick(villages);
    std::vector<std::size_t> homes;
    for (std::size_t h = 0; h < world.households.size(); ++h)
        if (world.households[h].villageId == village)
            homes.push_back(h);
    return {world.households.at(homes.at(random.index(homes.size()))).location, byId(world.villages, village).name};
}

struct Problem {
    const char *item;
    std::vector<int> rounds;
    Anchor anchor;
};

std::vector<Problem> chooseProblems(const World &world, const BuildingLayout &layout, const PointXY &townCentre,
                                    Random &random)
{
    UrbanAnchors urban(world, layout, townCentre);
    std::vector<Problem> problems;
    const std::size_t wharf = urban.byShore(kAnchorSpacingMetres, random);
    problems.push_back({"消除水产加工异味", {1, 2, 3},
                        {urban.centreOf(wharf), "南长山渔港码头", "南长山渔港码头附近水产加工异味,每轮走访都有反映"}});
    const std::size_t ferry = urban.byShore(kWharfToFerryMetres, random);
    problems.push_back({"规划停车场", {2, 3}, {urban.centreOf(ferry), "长岛港客运站", "长岛港客运站附近停车难、车辆乱停"}});
    const std::size_t square = urban.nearCentre(kAnchorSpacingMetres);
    std::string squareName = byId(world.gridAreas, layout.buildings[square].gridAreaId).name;
    squareName = squareName.substr(0, squareName.rfind("片区")) + "广场";
    problems.push_back({"消除噪音", {2, 3}, {urban.centreOf(square), squareName, squareName + "夜间广场舞噪音扰民"}});
    const std::size_t street = urban.anywhere(kAnchorSpacingMetres, random);
    problems.push_back({"维修井盖", {1, 2},
                        {urban.centreOf(street), layout.streets[street], layout.streets[street] + "井盖破损松动"}});
    const std::size_t block = urban.anywhere(kAnchorSpacingMetres, random);
    const std::string blockName = layout.buildings[block].address + "一带";
    problems.push_back({"下水道维修", {1, 2, 3}, {urban.centreOf(block), blockName, blockName + "下水道堵塞返水"}});

    auto [light, lightVillage] = villageSpot(world, "砣矶岛", random);
    problems.push_back({"增设路灯", {1, 2, 3},
                        {light, lightVillage + "码头路", "砣矶岛" + lightVillage + "码头路路灯损坏、缺少路灯"}});
    auto [flies, fliesVillage] = villageSpot(world, "大钦岛", random);
    problems.push_back({"灭蝇灭虫", {2, 3},
                        {flies, fliesVillage + "海带晾晒场", "大钦岛" + fliesVillage + "海带晾晒场附近蚊蝇滋生"}});
    auto [road, roadVillage] = villageSpot(world, "北长山岛", random);
    problems.push_back({"市政道路修补", {1, 3},
                        {road, roadVillage + "主街", "北长山岛" + roadVillage + "主街路面破损"}});
    return problems;
}

} // namespace

PlantedPlan plantProblems(const World &world, const BuildingLayout &buildings, const PointXY &townCentre, int scale,
                          Random &random)
{
    const ResponsibleBodies bodies(world);
    PlantedPlan plan;
    const std::vector<Problem> problems = chooseProblems(world, buildings, townCentre, random);
    for (std::size_t p = 0; p < problems.size(); ++p) {
        const Problem &problem = problems[p];
        PlantedProblem truth;
        truth.id = static_cast<Id>(p + 1);
        truth.description = problem.anchor.description;
        truth.concernItem = problem.item;
        truth.centre = problem.anchor.centre;
        plan.problems.push_back(truth);

        std::vector<std::size_t> nearby;
        for (std::size_t h = 0; h < world.households.size(); ++h)
            if (distance(world.households[h].location, truth.centre) <= kPlantedRadiusMetres)
                nearby.push_back(h);
        if (nearby.empty())
            throw std::runtime_error("no household near the planted problem: " + truth.description);

        const int reports = random.uniformInt(kMinReports, kMaxReports) * scale;
        // Distinct households while there are enough; a neighbour may complain twice otherwise.
        std::vector<std::size_t> reporters;
        if (nearby.size() >= static_cast<std::size_t>(reports)) {
            for (std::size_t i : uniformSample(nearby.size(), static_cast<std::size_t>(reports), random))
                reporters.push_back(nearby[i]);
            random.shuffle(reporters);
        } else {
            for (int i = 0; i < reports; ++i)
                reporters.push_back(nearby[random.index(nearby.size())]);
        }
        const ItemProfile &profile = itemProfile(problem.item);
        for (std::size_t i = 0; i < reporters.size(); ++i) {
            SuggestionDraft draft;
            draft.household = reporters[i];
            // Every round of the problem appears at least once.
            draft.round = i < problem.rounds.size() ? problem.rounds[i] : random.pick(problem.rounds);
            draft.item = problem.item;
            draft.text = suggestionText(profile, problem.anchor.place, random);
            draft.departmentId = bodies.of(world.households[reporters[i]]);
            draft.planted = static_cast<int>(p);
            plan.drafts.push_back(std::move(draft));
        }
    }
    return plan;
}

} // namespace lianxin::demo
