#include "analysis/visitcoverage.h"

#include "analysis/visitscope.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace lianxin {

namespace {

constexpr CoverageLevel kLevels[] = {CoverageLevel::Group, CoverageLevel::Department, CoverageLevel::GridArea,
                                     CoverageLevel::Village, CoverageLevel::Township};

// Names of the rows of one level, and the row id of a household.
class LevelKeys {
public:
    LevelKeys(const World &world, CoverageLevel level)
        : m_level(level)
    {
        for (const ContactGroup &g : world.groups) {
            m_departmentOfGroup.emplace(g.id, g.departmentId);
            if (level == CoverageLevel::Group)
                m_names.emplace(g.id, g.code);
        }
        if (level == CoverageLevel::Department)
            for (const Department &d : world.departments)
                m_names.emplace(d.id, d.name);
        if (level == CoverageLevel::GridArea)
            for (const GridArea &g : world.gridAreas)
                m_names.emplace(g.id, g.code + " " + g.name);
        if (level == CoverageLevel::Village)
            for (const Village &v : world.villages)
                m_names.emplace(v.id, v.name);
        if (level == CoverageLevel::Township)
            for (const Township &t : world.townships)
                m_names.emplace(t.id, t.name);
    }
    Id of(const Household &h) const
    {
        switch (m_level) {
        case CoverageLevel::Group:
            return h.groupId;
        case CoverageLevel::Department: {
            const auto found = m_departmentOfGroup.find(h.groupId);
            return found == m_departmentOfGroup.end() ? 0 : found->second;
        }
        case CoverageLevel::GridArea:
            return h.gridAreaId.value_or(0);
        case CoverageLevel::Village:
            return h.villageId.value_or(0);
        case CoverageLevel::Township:
            return h.townshipId;
        }
        return 0;
    }
    std::string name(Id id) const
    {
        const auto found = m_names.find(id);
        if (found != m_names.end())
            return found->second;
        return id == 0 ? "(none)" : "(unknown " + std::to_string(id) + ")";
    }

private:
    CoverageLevel m_level;
    std::unordered_map<Id, Id> m_departmentOfGroup;
    std::unordered_map<Id, std::string> m_names;
};

CoverageCounts countsOf(const Household &h, const HouseholdVisitState &state)
{
    CoverageCounts c;
    c.households = 1;
    const bool visited = state.state == VisitState::Visited;
    c.visited = visited ? 1 : 0;
    c.notVisited = visited ? 0 : 1;
    c.absentTwice = !visited && state.absentCount >= 2 ? 1 : 0;
    c.seen = state.closedBy == VisitOutcome::Seen ? 1 : 0;
    c.moved = state.closedBy == VisitOutcome::Moved ? 1 : 0;
    c.refused = state.closedBy == VisitOutcome::Refused ? 1 : 0;
    const bool priority = isPriorityHousehold(h.flags) || isUrgentHousehold(h.flags);
    c.priority = priority ? 1 : 0;
    c.priorityNotVisited = priority && !visited ? 1 : 0;
    return c;
}

int openRank(const OpenHousehold &h)
{
    if (isUrgentHousehold(h.flags))
        return 0;
    if (isPriorityHousehold(h.flags))
        return 1;
    return h.absentCount >= 2 ? 2 : 3;
}

} // namespace

void CoverageCounts::add(const CoverageCounts &o)
{
    households += o.households;
    visited += o.visited;
    notVisited += o.notVisited;
    absentTwice += o.absentTwice;
    seen += o.seen;
    moved += o.moved;
    refused += o.refused;
    priority += o.priority;
    priorityNotVisited += o.priorityNotVisited;
}

const char *toString(CoverageLevel level)
{
    switch (level) {
    case CoverageLevel::Group:
        return "group";
    case CoverageLevel::Department:
        return "department";
    case CoverageLevel::GridArea:
        return "grid";
    case CoverageLevel::Village:
        return "village";
    case CoverageLevel::Township:
        return "township";
    }
    return "group";
}

std::optional<CoverageLevel> coverageLevelFromString(const std::string &text)
{
    for (const CoverageLevel level : kLevels)
        if (text == toString(level))
            return level;
    return std::nullopt;
}

std::map<Id, HouseholdVisitState> householdVisitStates(const World &world, const VisitRound &round,
                                                       const std::vector<VisitRecord> &records)
{
    std::unordered_map<Id, std::vector<VisitRecord>> recordsOf;
    for (const VisitRecord &record : records)
        if (record.roundId == round.id)
            recordsOf[record.householdId].push_back(record);
    std::map<Id, HouseholdVisitState> states;
    for (const std::size_t i : householdsOfRound(world, round)) {
        const Id id = world.households[i].id;
        const auto found = recordsOf.find(id);
        states.emplace(id, found == recordsOf.end() ? HouseholdVisitState{} : visitStateOf(found->second));
    }
    return states;
}

VisitCoverage visitCoverage(const World &world, const VisitRound &round, const std::vector<VisitRecord> &records,
                            CoverageLevel level)
{
    const std::map<Id, HouseholdVisitState> states = householdVisitStates(world, round, records);
    const LevelKeys keys(world, level);
    std::unordered_map<Id, std::string> groupCode;
    for (const ContactGroup &g : world.groups)
        groupCode.emplace(g.id, g.code);

    VisitCoverage coverage;
    coverage.level = level;
    std::map<Id, CoverageRow> rows;
    for (const Household &h : world.households) {
        const auto state = states.find(h.id);
        if (state == states.end())
            continue;
        const CoverageCounts counts = countsOf(h, state->second);
        const Id key = keys.of(h);
        CoverageRow &row = rows[key];
        row.id = key;
        row.counts.add(counts);
        coverage.total.add(counts);
        if (counts.notVisited)
            coverage.open.push_back({h.id, h.code, h.address, groupCode.contains(h.groupId) ? groupCode[h.groupId] : "",
                                     h.flags, state->second.absentCount});
    }
    for (auto &[id, row] : rows) {
        row.name = keys.name(id);
        coverage.rows.push_back(std::move(row));
    }
    for (const VisitRecord &record : records)
        if (record.roundId == round.id && !states.contains(record.householdId))
            ++coverage.recordsOutsideScope;
    std::sort(coverage.open.begin(), coverage.open.end(), [](const OpenHousehold &a, const OpenHousehold &b) {
        return std::make_tuple(openRank(a), a.groupCode, a.code) < std::make_tuple(openRank(b), b.groupCode, b.code);
    });
    return coverage;
}

} // namespace lianxin
