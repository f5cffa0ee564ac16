#include "cli/visitsoutput.h"

#include "analysis/visitscope.h"
#include "analysis/visitsheetrows.h"

#include <cstdio>
#include <string>

namespace lianxin::cli {

namespace {

std::string format(const char *pattern, auto... values)
{
    char buffer[512];
    std::snprintf(buffer, sizeof buffer, pattern, values...);
    return buffer;
}

nlohmann::ordered_json roundJson(const VisitRound &round)
{
    nlohmann::ordered_json json{{"name", round.name},
                                {"start", round.start.toIso()},
                                {"end", round.end.toIso()},
                                {"scope", toString(round.scope.kind)},
                                {"scope_id", round.scope.id},
                                {"goal", toString(round.goal)},
                                {"priority_first", round.priorityFirst},
                                {"visits_per_day", round.visitsPerDay},
                                {"urgent_working_days", round.urgentWorkingDays}};
    json["from"] = round.from ? nlohmann::ordered_json{round.from->x, round.from->y} : nlohmann::ordered_json();
    return json;
}

nlohmann::ordered_json countsJson(const CoverageCounts &c)
{
    return {{"households", c.households}, {"visited", c.visited},   {"not_visited", c.notVisited},
            {"absent_twice", c.absentTwice}, {"seen", c.seen},       {"moved", c.moved},
            {"refused", c.refused},         {"priority", c.priority}, {"priority_not_visited", c.priorityNotVisited}};
}

double percent(int part, int whole) { return whole == 0 ? 100.0 : 100.0 * part / whole; }

} // namespace

nlohmann::ordered_json planJson(const World &world, const VisitPlan &plan, const std::vector<VisitSheet> &sheets)
{
    nlohmann::ordered_json routes = nlohmann::ordered_json::array();
    for (const VisitSheet &sheet : sheets) {
        const GroupRoute &r = *sheet.route;
        nlohmann::ordered_json stops = nlohmann::ordered_json::array();
        int legNumber = 0;
        for (const VisitLeg &leg : r.legs) {
            ++legNumber;
            for (const VisitStop &stop : leg.stops) {
                nlohmann::ordered_json codes = nlohmann::ordered_json::array();
                for (const VisitSheetRow &row : sheet.rows)
                    if (row.stop == stop.number)
                        codes.push_back(row.householdCode);
                stops.push_back({{"stop", stop.number}, {"leg", legNumber}, {"island_id", stop.islandId},
                                 {"tier", toString(stop.tier)}, {"x", stop.location.x}, {"y", stop.location.y},
                                 {"households", std::move(codes)}});
            }
        }
        nlohmann::ordered_json visits = nlohmann::ordered_json::array();
        for (const VisitSheetRow &row : sheet.rows)
            visits.push_back({{"sequence", row.sequence}, {"stop", row.stop}, {"household", row.householdCode},
                              {"planned_on", row.plannedOn.toIso()},
                              {"deadline", row.deadline ? nlohmann::ordered_json(row.deadline->toIso())
                                                        : nlohmann::ordered_json()}});
        routes.push_back({{"group", r.groupCode}, {"department", sheet.departmentName}, {"cadres", sheet.cadres},
                          {"households", r.households}, {"residents", r.residents}, {"stops", r.stops()},
                          {"legs", r.legs.size()}, {"metres", r.metres}, {"baseline_metres", r.baselineMetres},
                          {"days_needed", r.daysNeeded}, {"over_capacity", r.overCapacity}, {"exact", r.exact},
                          {"base", {r.base.x, r.base.y}}, {"route", std::move(stops)}, {"visits", std::move(visits)}});
    }
    return {{"round", roundJson(plan.round)},
            {"scope_name", scopeName(world, plan.round.scope)},
            {"first_day", plan.firstDay.toIso()},
            {"urgent_deadline", plan.urgentDeadline.toIso()},
            {"working_days", plan.workingDays},
            {"groups", plan.routes.size()},
            {"households", plan.households},
            {"residents", plan.residents},
            {"urgent_households", plan.urgentHouseholds},
            {"priority_households", plan.priorityHouseholds},
            {"late_urgent", plan.lateUrgent},
            {"over_capacity_groups", plan.overCapacityGroups},
            {"metres", plan.metres},
            {"baseline_metres", plan.baselineMetres},
            {"routes", std::move(routes)}};
}

void printPlan(const World &world, const VisitPlan &plan, const std::vector<VisitSheet> &sheets, std::ostream &out)
{
    const VisitRound &r = plan.round;
    out << "round " << r.name << ": " << r.start.toIso() << " .. " << r.end.toIso() << ", "
        << scopeName(world, r.scope) << ", " << (r.goal == VisitGoal::Everyone ? "every household" : "priority households")
        << (r.priorityFirst ? ", priority first" : "") << '\n';
    out << format("%d working days from %s, %d visits a day; 及时访 by %s\n", plan.workingDays,
                  plan.firstDay.toIso().c_str(), r.visitsPerDay, plan.urgentDeadline.toIso().c_str());
    out << format("%6s %-10s %5s %5s %5s %4s %9s %4s  %s\n", "group", "", "hh", "res", "stops", "legs", "metres",
                  "days", "body");
    for (const VisitSheet &sheet : sheets) {
        const GroupRoute &g = *sheet.route;
        out << format("%-17s %5d %5d %5d %4zu %9.0f %4d%s  %s\n", g.groupCode.c_str(), g.households, g.residents,
                      g.stops(), g.legs.size(), g.metres, g.daysNeeded, g.overCapacity ? "!" : " ",
                      sheet.departmentName.c_str());
    }
    out << format("\n%zu groups, %d households, %d residents; %d seriously ill (%d planned late), %d priority\n",
                  plan.routes.size(), plan.households, plan.residents, plan.urgentHouseholds, plan.lateUrgent,
                  plan.priorityHouseholds);
    out << format("walked %.1f km (nearest neighbour + 2-opt: %.1f km, ratio %.4f); %d groups over capacity (!)\n",
                  plan.metres / 1000.0, plan.baselineMetres / 1000.0,
                  plan.baselineMetres > 0 ? plan.metres / plan.baselineMetres : 1.0, plan.overCapacityGroups);
}

nlohmann::ordered_json coverageJson(const VisitRound &round, const VisitCoverage &coverage, int openLimit)
{
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const CoverageRow &row : coverage.rows) {
        nlohmann::ordered_json json{{"id", row.id}, {"name", row.name}};
        json.update(countsJson(row.counts));
        rows.push_back(std::move(json));
    }
    nlohmann::ordered_json open = nlohmann::ordered_json::array();
    for (const OpenHousehold &h : coverage.open) {
        if (static_cast<int>(open.size()) >= openLimit)
            break;
        open.push_back({{"household", h.code}, {"address", h.address}, {"group", h.groupCode},
                        {"flags", flagLabels(h.flags)}, {"absent", h.absentCount}});
    }
    return {{"round", round.name},
            {"by", toString(coverage.level)},
            {"total", countsJson(coverage.total)},
            {"visited_percent", percent(coverage.total.visited, coverage.total.households)},
            {"records_outside_scope", coverage.recordsOutsideScope},
            {"rows", std::move(rows)},
            {"open", std::move(open)}};
}

void printCoverage(const VisitRound &round, const VisitCoverage &coverage, int openLimit, std::ostream &out)
{
    const CoverageCounts &t = coverage.total;
    out << format("round %s, by %s\n", round.name.c_str(), toString(coverage.level));
    out << format("%7s %7s %7s %7s %7s %7s  %s\n", "hh", "visited", "open", "absent2", "prio", "prio-op", "name");
    for (const CoverageRow &row : coverage.rows) {
        const CoverageCounts &c = row.counts;
        out << format("%7d %7d %7d %7d %7d %7d  %s\n", c.households, c.visited, c.notVisited, c.absentTwice,
                      c.priority, c.priorityNotVisited, row.name.c_str());
    }
    out << format("%7d %7d %7d %7d %7d %7d  total\n", t.households, t.visited, t.notVisited, t.absentTwice, t.priority,
                  t.priorityNotVisited);
    out << format("\n不漏一户: %d of %d households visited (%.1f %%), %d not yet, %d not at home twice\n", t.visited,
                  t.households, percent(t.visited, t.households), t.notVisited, t.absentTwice);
    if (coverage.recordsOutsideScope > 0)
        out << format("%d records are of households outside the round's scope\n", coverage.recordsOutsideScope);
    if (coverage.open.empty() || openLimit <= 0)
        return;
    out << "\nnot yet visited, priority first:\n";
    int shown = 0;
    for (const OpenHousehold &h : coverage.open) {
        if (shown++ >= openLimit) {
            out << format("  ... and %zu more\n", coverage.open.size() - static_cast<std::size_t>(openLimit));
            break;
        }
        const std::string absent = h.absentCount >= 2 ? "  (不在家 ×" + std::to_string(h.absentCount) + ")" : "";
        out << format("  %-8s %-6s %-10s %s%s\n", h.code.c_str(), h.groupCode.c_str(), flagLabels(h.flags).c_str(),
                      h.address.c_str(), absent.c_str());
    }
}

} // namespace lianxin::cli
