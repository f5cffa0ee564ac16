#pragma once
// One rebalancing proposal for the app (issue 5, "GUI"): the balancing problem of the
// chosen scope, the balanced result, its before/after metrics, the change set to write
// and what to draw on the map. Computed off the GUI thread from a snapshot of the World.
#include "analysis/balancemetrics.h"
#include "analysis/balancing.h"
#include "analysis/balancingworld.h"
#include "app/previewoverlay.h"
#include "core/world.h"
#include "store/assignmentstore.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace lianxin {

struct RebalanceScope {
    enum class Kind { County, Department, Township };
    Kind kind = Kind::County;
    Id id = 0; // the department or township; unused for the county
};

struct RebalanceRequest {
    RebalanceScope scope;
    BalancingWorldOptions world; // priority weights and locks
    int tolerance = 1;
    double stabilityMetres = 50.0;
};

struct RebalancePreview {
    RebalanceRequest request;
    std::vector<BalancingHousehold> households; // the scope's part of the problem
    std::vector<BalancingGroup> groups;
    BalancingResult result;
    RebalanceMetrics metrics;
    std::vector<GroupChange> changes; // stored group -> proposed group, by household id
    std::shared_ptr<const PreviewOverlay> overlay;
    std::string error;      // why there is no result (capacity impossible, bad scope...)
    bool cancelled = false;

    bool ok() const { return error.empty() && !cancelled; }
};

// The department whose groups and households a scope covers (a township's own unit);
// 0 for the county. Throws BalancingError when a township has no responsible unit.
Id departmentOfScope(const World &world, const RebalanceScope &scope);

// Runs on any thread and never throws: failures land in `error`, a cancel (progress
// returned false) in `cancelled`. `progress` receives 0..1.
RebalancePreview computeRebalancePreview(const World &world, const RebalanceRequest &request,
                                         const std::function<bool(double)> &progress = {});

} // namespace lianxin
