// group-scope: a household's contact group belongs to the body responsible for it (an
// urban household: the district department of its grid area; a village household: the
// township unit of its village's township); a group has one or two members; a cadre is
// in at most one group, and of that group's department.
#include "analysis/checks.h"
#include "analysis/featurenames.h"
#include "analysis/validationrun.h"

#include <map>
#include <unordered_map>

namespace lianxin::validation {

namespace {

using namespace validationcheck;

// The contact-group rules allow one or two cadres per group (two-person groups, a few single).
constexpr int kMaxGroupMembers = 2;

class ScopeChecker {
public:
    explicit ScopeChecker(ValidationRun &run)
        : m_run(run)
        , m_world(run.world())
        , m_ids(run.ids())
    {
        for (const Department &department : m_world.departments) {
            if (department.kind == DepartmentKind::Township && department.townshipId)
                m_townshipUnit.emplace(*department.townshipId, department.id);
        }
    }

    void checkHousehold(const Household &household)
    {
        const auto group = m_ids.groups.find(household.groupId);
        if (!group) // dangling: the references check reports it
            return;
        std::string servedBy;
        const std::optional<Id> body = responsibleBody(household, servedBy);
        const ContactGroup &contactGroup = m_world.groups[*group];
        // A body that is not a department is a dangling reference: references reports it.
        if (body && m_ids.departments.contains(*body) && contactGroup.departmentId != *body)
            m_run.addIssue(GroupScope, table::Household, household.id,
                           describe(household) + ": its group " + describe(contactGroup) + " belongs to "
                               + departmentName(contactGroup.departmentId) + ", but " + servedBy + " is served by "
                               + departmentName(*body));
    }

    void checkGroupsAndCadres()
    {
        std::vector<int> memberCount(m_world.groups.size(), 0);
        std::map<std::size_t, std::vector<Id>> groupsOfCadre; // ordered: issues come out by cadre
        for (const GroupMember &member : m_world.groupMembers) {
            const auto group = m_ids.groups.find(member.groupId);
            const auto cadre = m_ids.cadres.find(member.cadreId);
            if (group)
                ++memberCount[*group];
            if (!group || !cadre)
                continue;
            groupsOfCadre[*cadre].push_back(member.groupId);
            const Cadre &c = m_world.cadres[*cadre];
            const ContactGroup &g = m_world.groups[*group];
            if (c.departmentId != g.departmentId)
                m_run.addIssue(GroupScope, table::Cadre, c.id,
                               describe(c) + ": belongs to " + departmentName(c.departmentId) + " but is in group "
                                   + describe(g) + " of " + departmentName(g.departmentId));
        }
        for (std::size_t i = 0; i < m_world.groups.size(); ++i) {
            if (memberCount[i] < 1 || memberCount[i] > kMaxGroupMembers)
                m_run.addIssue(GroupScope, table::ContactGroup, m_world.groups[i].id,
                               describe(m_world.groups[i]) + ": has " + std::to_string(memberCount[i])
                                   + " members, not 1 or 2");
        }
        for (const auto &[cadre, groups] : groupsOfCadre) {
            if (groups.size() < 2)
                continue;
            std::string list;
            for (Id group : groups)
                list += (list.empty() ? "" : ", ") + std::to_string(group);
            m_run.addIssue(GroupScope, table::Cadre, m_world.cadres[cadre].id,
                           describe(m_world.cadres[cadre]) + ": is in " + std::to_string(groups.size())
                               + " groups (" + list + "), at most 1 allowed");
        }
    }

private:
    // The department or township unit that should visit the household, and (in
    // `servedBy`) the place that makes it so; nullopt when a reference does not resolve.
    std::optional<Id> responsibleBody(const Household &household, std::string &servedBy) const
    {
        if (household.buildingId && !household.villageId) {
            std::optional<Id> gridId = household.gridAreaId;
            if (!gridId) {
                if (const auto building = m_ids.buildings.find(*household.buildingId))
                    gridId = m_world.buildings[*building].gridAreaId;
            }
            const auto grid = gridId ? m_ids.gridAreas.find(*gridId) : std::nullopt;
            if (!grid)
                return std::nullopt;
            servedBy = "its " + describe(m_world.gridAreas[*grid]);
            return m_world.gridAreas[*grid].departmentId;
        }
        if (household.villageId && !household.buildingId) {
            const auto village = m_ids.villages.find(*household.villageId);
            if (!village)
                return std::nullopt;
            const Village &v = m_world.villages[*village];
            const auto unit = m_townshipUnit.find(v.townshipId);
            if (unit == m_townshipUnit.end())
                return std::nullopt;
            servedBy = "its " + describe(v) + " (township " + std::to_string(v.townshipId) + ')';
            return unit->second;
        }
        return std::nullopt; // neither or both: household-placement reports it
    }

    std::string departmentName(Id id) const
    {
        const auto index = m_ids.departments.find(id);
        return index ? describe(m_world.departments[*index]) : "department " + std::to_string(id);
    }

    ValidationRun &m_run;
    const World &m_world;
    const WorldIds &m_ids;
    std::unordered_map<Id, Id> m_townshipUnit; // township id -> its Township-kind department
};

} // namespace

void checkGroupScope(ValidationRun &run)
{
    ScopeChecker checker(run);
    const std::vector<Household> &households = run.world().households;
    for (std::size_t i = 0; i < households.size(); ++i) {
        if (!run.progress(i, households.size()))
            return;
        checker.checkHousehold(households[i]);
    }
    if (!run.progressAt(0.95))
        return;
    checker.checkGroupsAndCadres();
}

} // namespace lianxin::validation
