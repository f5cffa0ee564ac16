#include "app/rebalancepreview.h"

#include "analysis/territories.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace lianxin {

namespace {

// Share of the progress bar the balancing takes; the territories take the rest.
constexpr double kBalancingShare = 0.85;

// Old bases: the mean of each group's current households (the balancing's geometric
// median differs by metres, invisible at the scales a preview is looked at).
std::unordered_map<Id, PointXY> currentCentres(const std::vector<BalancingHousehold> &households)
{
    std::unordered_map<Id, std::pair<PointXY, int>> sums;
    for (const BalancingHousehold &h : households) {
        if (h.currentGroupId == 0)
            continue;
        auto &[sum, count] = sums[h.currentGroupId];
        sum.x += h.location.x;
        sum.y += h.location.y;
        ++count;
    }
    std::unordered_map<Id, PointXY> centres;
    for (const auto &[id, sum] : sums)
        centres.emplace(id, PointXY{sum.first.x / sum.second, sum.first.y / sum.second});
    return centres;
}

std::vector<Polygon> hullsOf(const std::vector<Household> &households, const std::function<bool(double)> &progress)
{
    TerritoryOptions options;
    options.concavity = 1.0; // convex: a preview compares shapes, it does not survey them
    options.padding = 8.0;
    std::vector<Polygon> hulls;
    for (GroupTerritory &territory : groupTerritories(households, options, progress))
        hulls.push_back(std::move(territory.hull));
    return hulls;
}

std::shared_ptr<const PreviewOverlay> overlayOf(const RebalancePreview &preview,
                                                const std::function<bool(double)> &progress)
{
    auto overlay = std::make_shared<PreviewOverlay>();
    const auto &households = preview.households;
    if (!households.empty()) {
        Box focus{households.front().location.x, households.front().location.y, households.front().location.x,
                  households.front().location.y};
        for (const BalancingHousehold &h : households)
            focus = unite(focus, Box{h.location.x, h.location.y, h.location.x, h.location.y});
        overlay->focus = focus;
    }

    std::unordered_map<Id, PointXY> newBase;
    for (std::size_t g = 0; g < preview.groups.size(); ++g)
        newBase.emplace(preview.groups[g].id, preview.result.baseOf[g]);
    const std::unordered_map<Id, PointXY> oldBase = currentCentres(households);

    // One arrow per (old group, new group) pair, as thick as the households moving along it.
    std::map<std::pair<Id, Id>, int> pairs;
    std::set<Id> touched;
    std::unordered_map<Id, std::size_t> indexOf;
    for (std::size_t i = 0; i < households.size(); ++i)
        indexOf.emplace(households[i].id, i);
    for (const GroupChange &change : preview.changes) {
        overlay->markedPoints.push_back(households[indexOf.at(change.householdId)].location);
        ++pairs[{change.fromGroupId, change.toGroupId}];
        touched.insert(change.fromGroupId);
        touched.insert(change.toGroupId);
    }
    for (const auto &[pair, count] : pairs) {
        const auto from = oldBase.find(pair.first);
        const auto to = newBase.find(pair.second);
        if (from != oldBase.end() && to != newBase.end())
            overlay->arrows.push_back({from->second, to->second, count});
    }

    // Territories of the groups that change, as they are and as they would be.
    std::vector<Household> before, after;
    for (std::size_t i = 0; i < households.size(); ++i) {
        const Id now = households[i].currentGroupId;
        const Id next = preview.result.groupOf[i];
        Household h;
        h.id = households[i].id;
        h.location = households[i].location;
        if (now != 0 && touched.count(now)) {
            h.groupId = now;
            before.push_back(h);
        }
        if (touched.count(next)) {
            h.groupId = next;
            after.push_back(h);
        }
    }
    const auto half = [&](double offset) {
        return [&progress, offset](double p) { return !progress || progress(kBalancingShare + (1.0 - kBalancingShare) * (offset + p / 2)); };
    };
    overlay->areasBefore = hullsOf(before, half(0.0));
    overlay->areasAfter = hullsOf(after, half(0.5));
    return overlay;
}

} // namespace

Id departmentOfScope(const World &world, const RebalanceScope &scope)
{
    switch (scope.kind) {
    case RebalanceScope::Kind::County:
        return 0;
    case RebalanceScope::Kind::Department:
        return scope.id;
    case RebalanceScope::Kind::Township:
        for (const Department &department : world.departments)
            if (department.kind == DepartmentKind::Township && department.townshipId == scope.id)
                return department.id;
        throw BalancingError("township " + std::to_string(scope.id) + " has no responsible unit");
    }
    return 0;
}

RebalancePreview computeRebalancePreview(const World &world, const RebalanceRequest &request,
                                         const std::function<bool(double)> &progress)
{
    RebalancePreview preview;
    preview.request = request;
    try {
        BalancingProblem problem = balancingProblemOf(world, request.world);
        if (const Id department = departmentOfScope(world, request.scope); department != 0)
            problem = restrictToDepartment(problem, department);
        if (problem.households.empty())
            throw BalancingError("the chosen scope has no households");
        requireStaffedGroups(world, problem); // as lianxin-cli balance: nobody visits from an empty group
        preview.households = std::move(problem.households);
        preview.groups = std::move(problem.groups);

        BalancingOptions options;
        options.tolerance = request.tolerance;
        options.stabilityMetres = request.stabilityMetres;
        options.progress = [&progress](double p) { return !progress || progress(kBalancingShare * p); };
        preview.result = balanceGroups(preview.households, preview.groups, options);
        preview.metrics = rebalanceMetrics(world, preview.households, preview.groups, preview.result);

        for (std::size_t i = 0; i < preview.households.size(); ++i)
            if (preview.result.groupOf[i] != preview.households[i].currentGroupId)
                preview.changes.push_back(
                    {preview.households[i].id, preview.households[i].currentGroupId, preview.result.groupOf[i]});
        std::sort(preview.changes.begin(), preview.changes.end(),
                  [](const GroupChange &a, const GroupChange &b) { return a.householdId < b.householdId; });
        preview.overlay = overlayOf(preview, progress);
    } catch (const BalancingCancelled &) {
        preview.cancelled = true;
    } catch (const std::exception &error) {
        // groupTerritories reports its cancel as runtime_error("cancelled").
        if (progress && std::string(error.what()) == "cancelled")
            preview.cancelled = true;
        else
            preview.error = error.what();
    }
    if (!preview.ok()) {
        preview.changes.clear();
        preview.overlay.reset();
    }
    return preview;
}

} // namespace lianxin
