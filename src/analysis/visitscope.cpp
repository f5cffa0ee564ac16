#include "analysis/visitscope.h"

#include <algorithm>
#include <unordered_map>

namespace lianxin {

namespace {

template <typename Entity>
const Entity *findById(const std::vector<Entity> &entities, Id id)
{
    const auto found = std::find_if(entities.begin(), entities.end(), [id](const Entity &e) { return e.id == id; });
    return found == entities.end() ? nullptr : &*found;
}

} // namespace

std::string scopeProblem(const World &world, const VisitScope &scope)
{
    switch (scope.kind) {
    case VisitScopeKind::County:
        return "";
    case VisitScopeKind::Department:
        return findById(world.departments, scope.id) ? "" : "no department " + std::to_string(scope.id);
    case VisitScopeKind::Township:
        return findById(world.townships, scope.id) ? "" : "no township " + std::to_string(scope.id);
    }
    return "";
}

std::vector<std::size_t> householdsOfRound(const World &world, const VisitRound &round)
{
    std::unordered_map<Id, Id> departmentOfGroup;
    for (const ContactGroup &group : world.groups)
        departmentOfGroup.emplace(group.id, group.departmentId);
    auto inScope = [&](const Household &h) {
        switch (round.scope.kind) {
        case VisitScopeKind::County:
            return true;
        case VisitScopeKind::Department: {
            const auto found = departmentOfGroup.find(h.groupId);
            return found != departmentOfGroup.end() && found->second == round.scope.id;
        }
        case VisitScopeKind::Township:
            return h.townshipId == round.scope.id;
        }
        return false;
    };
    std::vector<std::size_t> result;
    for (std::size_t i = 0; i < world.households.size(); ++i) {
        const Household &h = world.households[i];
        if (!inScope(h))
            continue;
        if (round.goal == VisitGoal::PriorityOnly && !isPriorityHousehold(h.flags) && !isUrgentHousehold(h.flags))
            continue;
        result.push_back(i);
    }
    return result;
}

std::string scopeName(const World &world, const VisitScope &scope)
{
    if (scope.kind == VisitScopeKind::Department)
        if (const Department *d = findById(world.departments, scope.id))
            return d->name;
    if (scope.kind == VisitScopeKind::Township)
        if (const Township *t = findById(world.townships, scope.id))
            return t->name;
    return "全区";
}

} // namespace lianxin
