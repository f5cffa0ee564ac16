#include "cli/boundariesoutput.h"

#include <cstdio>
#include <ostream>

namespace lianxin::cli {

namespace {

nlohmann::ordered_json countsJson(const ImpactCounts &counts)
{
    return {{"buildings", counts.buildings},
            {"households", counts.households},
            {"residents", counts.residents},
            {"shops", counts.shops},
            {"open_suggestions", counts.openSuggestions}};
}

std::string countsText(const ImpactCounts &counts)
{
    char text[160];
    std::snprintf(text, sizeof text, "%lld bldg, %lld hh, %lld res, %lld shops, %lld open", counts.buildings,
                  counts.households, counts.residents, counts.shops, counts.openSuggestions);
    return text;
}

} // namespace

nlohmann::ordered_json problemsJson(const BoundaryLayout &layout, const CoverageReport &report)
{
    nlohmann::ordered_json problems = nlohmann::ordered_json::array();
    for (const CoverageProblem &problem : report.problems) {
        nlohmann::ordered_json codes = nlohmann::ordered_json::array();
        for (Id id : problem.areaIds) {
            const BoundaryArea *area = layout.find(id);
            codes.push_back(area ? area->code : std::to_string(id));
        }
        nlohmann::ordered_json entry = {{"rule", ruleId(problem.rule)},
                                        {"blocks_save", blocksSave(problem.rule)},
                                        {"areas", codes},
                                        {"x", problem.place.x},
                                        {"y", problem.place.y}};
        if (problem.areaM2 > 0.0)
            entry["area_m2"] = problem.areaM2;
        if (problem.featureId != 0)
            entry["feature_id"] = problem.featureId;
        entry["message"] = problem.message;
        problems.push_back(std::move(entry));
    }
    return problems;
}

nlohmann::ordered_json impactJson(const BoundaryImpact &impact)
{
    nlohmann::ordered_json out;
    out["buildings_moved"] = impact.buildings.size();
    out["households_moved"] = impact.households.size();
    out["households_changing_department"] = impact.householdsChangingDepartment().size();
    out["areas"] = nlohmann::ordered_json::array();
    for (const AreaImpact &area : impact.areas)
        out["areas"].push_back({{"code", area.code},
                                {"department_id", area.departmentId},
                                {"gained", countsJson(area.gained)},
                                {"lost", countsJson(area.lost)},
                                {"households_before", area.householdsBefore},
                                {"households_after", area.householdsAfter}});
    out["departments"] = nlohmann::ordered_json::array();
    for (const DepartmentImpact &department : impact.departments)
        out["departments"].push_back({{"id", department.departmentId},
                                      {"name", department.name},
                                      {"gained", countsJson(department.gained)},
                                      {"lost", countsJson(department.lost)},
                                      {"households_before", department.householdsBefore},
                                      {"households_after", department.householdsAfter},
                                      {"cadres", department.cadres}});
    out["group_losses"] = nlohmann::ordered_json::array();
    for (const GroupLoss &loss : impact.groupLosses)
        out["group_losses"].push_back({{"group", loss.code},
                                       {"from_department_id", loss.fromDepartmentId},
                                       {"to_department_id", loss.toDepartmentId},
                                       {"households", loss.households}});
    return out;
}

void printProblems(std::ostream &out, const CoverageReport &report)
{
    for (const CoverageProblem &problem : report.problems)
        out << (blocksSave(problem.rule) ? "" : "(warning) ") << problem.message << '\n';
}

void printImpact(std::ostream &out, const BoundaryImpact &impact)
{
    if (impact.empty()) {
        out << "no building changes area\n";
        return;
    }
    out << impact.buildings.size() << " building(s) and " << impact.households.size()
        << " household(s) change area; " << impact.householdsChangingDepartment().size()
        << " household(s) change department\n\n";
    char line[256];
    out << "area       households before -> after   gained / lost\n";
    for (const AreaImpact &area : impact.areas) {
        std::snprintf(line, sizeof line, "%-10s %6lld -> %-6lld  ", area.code.c_str(), area.householdsBefore,
                      area.householdsAfter);
        out << line << "+ " << countsText(area.gained) << " / - " << countsText(area.lost) << '\n';
    }
    if (!impact.departments.empty()) {
        out << "\ndepartment load (urban households; per cadre)\n";
        for (const DepartmentImpact &department : impact.departments) {
            const double cadres = department.cadres > 0 ? static_cast<double>(department.cadres) : 1.0;
            std::snprintf(line, sizeof line, "  %6lld -> %-6lld (%.1f -> %.1f per cadre)  ", department.householdsBefore,
                          department.householdsAfter, department.householdsBefore / cadres,
                          department.householdsAfter / cadres);
            out << line << department.name << '\n';
        }
    }
    if (!impact.groupLosses.empty()) {
        out << "\ncontact groups losing households to another department\n";
        for (const GroupLoss &loss : impact.groupLosses)
            out << "  " << loss.code << " loses " << loss.households << " to department " << loss.toDepartmentId << '\n';
    }
}

} // namespace lianxin::cli
