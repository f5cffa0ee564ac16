#include "analysis/visitsheetrows.h"

#include <unordered_map>

namespace lianxin {

namespace {

struct HouseholdFacts {
    const Household *household = nullptr;
    const Resident *head = nullptr;
    int residents = 0;
};

std::unordered_map<Id, HouseholdFacts> householdFacts(const World &world)
{
    std::unordered_map<Id, HouseholdFacts> facts;
    for (const Household &h : world.households)
        facts[h.id].household = &h;
    for (const Resident &r : world.residents) {
        HouseholdFacts &f = facts[r.householdId];
        ++f.residents;
        if (!f.head || (r.isHead && !f.head->isHead))
            f.head = &r; // the head, else the first resident
    }
    return facts;
}

std::unordered_map<Id, std::string> cadresOfGroups(const World &world)
{
    std::unordered_map<Id, const Cadre *> cadres;
    for (const Cadre &c : world.cadres)
        cadres[c.id] = &c;
    std::unordered_map<Id, std::string> leaders, members;
    for (const GroupMember &m : world.groupMembers) {
        const auto cadre = cadres.find(m.cadreId);
        if (cadre == cadres.end())
            continue;
        std::string &slot = m.isLeader ? leaders[m.groupId] : members[m.groupId];
        slot += (slot.empty() ? "" : "、") + cadre->second->name;
    }
    for (auto &[group, names] : members) {
        std::string &all = leaders[group];
        all += (all.empty() ? "" : "、") + names;
    }
    return leaders;
}

} // namespace

std::string flagLabels(unsigned flags)
{
    std::string labels;
    const std::pair<unsigned, const char *> names[] = {
        {FiveElders, "五老"}, {SubsistenceAllowance, "低保"}, {Hardship, "困难"}, {SeriousIllness, "重病"}};
    for (const auto &[flag, name] : names)
        if (flags & flag)
            labels += (labels.empty() ? "" : " ") + std::string(name);
    return labels;
}

std::vector<VisitSheet> visitSheets(const World &world, const VisitPlan &plan)
{
    const std::unordered_map<Id, HouseholdFacts> facts = householdFacts(world);
    std::unordered_map<Id, std::string> cadres = cadresOfGroups(world);
    std::unordered_map<Id, std::string> departmentName;
    for (const Department &d : world.departments)
        departmentName[d.id] = d.name;

    std::vector<VisitSheet> sheets;
    for (const GroupRoute &route : plan.routes) {
        VisitSheet sheet;
        sheet.groupId = route.groupId;
        sheet.groupCode = route.groupCode;
        sheet.departmentId = route.departmentId;
        sheet.departmentName = departmentName[route.departmentId];
        sheet.cadres = cadres[route.groupId];
        sheet.route = &route;
        for (const PlannedVisit &visit : route.visits) {
            const HouseholdFacts &f = facts.at(visit.householdId);
            VisitSheetRow row;
            row.groupCode = route.groupCode;
            row.stop = visit.stop;
            row.sequence = visit.sequence;
            row.householdCode = f.household->code;
            row.address = f.household->address;
            row.head = f.head ? f.head->name : std::string();
            row.residents = f.residents;
            row.phone = f.head ? maskPhone(f.head->phone) : std::string();
            row.flags = flagLabels(f.household->flags);
            row.plannedOn = visit.plannedOn;
            row.deadline = visit.deadline;
            sheet.rows.push_back(std::move(row));
        }
        sheets.push_back(std::move(sheet));
    }
    return sheets;
}

} // namespace lianxin
