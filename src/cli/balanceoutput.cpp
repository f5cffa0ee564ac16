#include "cli/balanceoutput.h"

#include <cstdio>

namespace lianxin::cli {

namespace {

nlohmann::ordered_json loadJson(const LoadStats &load)
{
    return {{"min", load.min}, {"max", load.max}, {"std_dev", load.stdDev}};
}

nlohmann::ordered_json distanceJson(const DistanceStats &distance)
{
    return {{"mean_m", distance.mean}, {"p90_m", distance.p90}};
}

std::string histogramText(const std::map<int, int> &histogram)
{
    std::string text;
    for (const auto &[load, groups] : histogram)
        text += (text.empty() ? "" : "  ") + std::to_string(load) + ":" + std::to_string(groups);
    return text;
}

} // namespace

std::string formatMetres(double metres)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", metres);
    return text;
}

nlohmann::ordered_json sideJson(const SideMetrics &side)
{
    nlohmann::ordered_json out;
    out["load"] = loadJson(side.load);
    out["distance"] = distanceJson(side.distance);
    out["compactness"] = {{"mean_hull_share", side.compactness.meanHullShare},
                          {"mean_radius_m", side.compactness.meanRadius}};
    out["load_histogram"] = nlohmann::json::array();
    for (const auto &[load, groups] : side.loadHistogram)
        out["load_histogram"].push_back({{"load", load}, {"groups", groups}});
    return out;
}

nlohmann::ordered_json metricsJson(const RebalanceMetrics &metrics)
{
    nlohmann::ordered_json out;
    out["households"] = metrics.households;
    out["groups"] = metrics.groups;
    out["moved"] = metrics.moved;
    out["before"] = sideJson(metrics.before);
    out["after"] = sideJson(metrics.after);
    out["pairing_rules_met"] = {{"party_with_non_party", metrics.pairingRuleCount[0]},
                                {"senior_with_junior", metrics.pairingRuleCount[1]},
                                {"local_with_non_local", metrics.pairingRuleCount[2]}};
    out["scopes"] = nlohmann::json::array();
    for (const ScopeMetrics &s : metrics.scopes)
        out["scopes"].push_back({{"scope", describeScope(s.scope)},
                                 {"department_id", s.scope.departmentId},
                                 {"island_id", s.scope.islandId},
                                 {"households", s.households},
                                 {"groups", s.groups},
                                 {"lower_bound", s.lowerBound},
                                 {"upper_bound", s.upperBound},
                                 {"load_before", loadJson(s.loadBefore)},
                                 {"load_after", loadJson(s.loadAfter)},
                                 {"distance_before", distanceJson(s.distanceBefore)},
                                 {"distance_after", distanceJson(s.distanceAfter)},
                                 {"moved", s.moved},
                                 {"iterations", s.iterations}});
    return out;
}

void printMetrics(const RebalanceMetrics &m, const std::string &scope)
{
    std::printf("scope %s: %zu households, %zu groups in %zu balancing scope(s)\n", scope.c_str(), m.households,
                m.groups, m.scopes.size());
    std::printf("%-22s %10s %10s\n", "", "before", "after");
    std::printf("%-22s %6d-%-3d %6d-%-3d\n", "load min-max", m.before.load.min, m.before.load.max, m.after.load.min,
                m.after.load.max);
    std::printf("%-22s %10.2f %10.2f\n", "load std dev", m.before.load.stdDev, m.after.load.stdDev);
    std::printf("%-22s %10.1f %10.1f\n", "walk mean (m)", m.before.distance.mean, m.after.distance.mean);
    std::printf("%-22s %10.1f %10.1f\n", "walk 90th pct (m)", m.before.distance.p90, m.after.distance.p90);
    std::printf("%-22s %10.3f %10.3f\n", "hull share of circle", m.before.compactness.meanHullShare,
                m.after.compactness.meanHullShare);
    std::printf("%-22s %10.1f %10.1f\n", "group radius (m)", m.before.compactness.meanRadius,
                m.after.compactness.meanRadius);
    // The county-wide spread mixes scopes of different means; the capacity is per scope.
    std::size_t withinBounds = 0;
    for (const ScopeMetrics &s : m.scopes)
        withinBounds += s.loadAfter.min >= s.lowerBound && s.loadAfter.max <= s.upperBound;
    std::printf("scopes with every load within their bounds after: %zu of %zu\n", withinBounds, m.scopes.size());
    std::printf("moved: %zu households\n", m.moved);
    std::printf("pairing rules met (groups): party/non-party %d, senior/junior %d, local/non-local %d\n",
                m.pairingRuleCount[0], m.pairingRuleCount[1], m.pairingRuleCount[2]);
    std::printf("load histogram before (load:groups): %s\n", histogramText(m.before.loadHistogram).c_str());
    std::printf("load histogram after  (load:groups): %s\n", histogramText(m.after.loadHistogram).c_str());
}

} // namespace lianxin::cli
