// references: every id one feature keeps of another resolves, and no layer uses an id
// twice.
#include "analysis/checks.h"
#include "analysis/featurenames.h"
#include "analysis/validationrun.h"

namespace lianxin::validation {

namespace {

using namespace validationcheck;

class ReferenceChecker {
public:
    explicit ReferenceChecker(ValidationRun &run)
        : m_run(run)
        , m_ids(run.ids())
    {
        const World &w = run.world();
        m_total = w.islands.size() + w.townships.size() + w.departments.size() + w.leaders.size()
                  + w.urbanAreas.size() + w.gridAreas.size() + w.villages.size() + w.buildings.size() + w.shops.size()
                  + w.cadres.size() + w.groups.size() + w.groupMembers.size() + w.households.size()
                  + w.residents.size() + w.suggestions.size() + w.suggestionEvents.size() + w.topicThreads.size();
    }

    const WorldIds &ids() const { return m_ids; }

    // Calls check(feature) for each feature of the layer, then reports duplicate ids;
    // false once cancelled.
    template <typename Feature, typename Check>
    bool layer(const char *layer, const std::vector<Feature> &features, const IdLookup &lookup, Check check)
    {
        for (const Feature &feature : features) {
            if (!m_run.progress(m_done++, m_total))
                return false;
            check(feature);
        }
        for (std::size_t index : lookup.duplicates())
            m_run.addIssue(References, layer, features[index].id,
                           describe(features[index]) + ": duplicate id in " + layer);
        return !m_run.cancelled();
    }

    template <typename Feature>
    void require(const Feature &feature, const char *layer, const char *field, Id target, const IdLookup &lookup,
                 const char *targetLayer)
    {
        if (!lookup.contains(target))
            m_run.addIssue(References, layer, feature.id,
                           describe(feature) + ": " + field + ' ' + std::to_string(target) + " is not a "
                               + targetLayer + " id");
    }

    template <typename Feature>
    void require(const Feature &feature, const char *layer, const char *field, const std::optional<Id> &target,
                 const IdLookup &lookup, const char *targetLayer)
    {
        if (target)
            require(feature, layer, field, *target, lookup, targetLayer);
    }

    void report(const char *layer, Id id, std::string message)
    {
        m_run.addIssue(References, layer, id, std::move(message));
    }

    bool members(const std::vector<GroupMember> &members)
    {
        for (const GroupMember &member : members) {
            if (!m_run.progress(m_done++, m_total))
                return false;
            // A membership row has no id of its own: it is filed under its group.
            if (!m_ids.groups.contains(member.groupId))
                report(table::GroupMember, member.groupId,
                       describe(member) + ": groupId " + std::to_string(member.groupId) + " is not a "
                           + table::ContactGroup + " id");
            if (!m_ids.cadres.contains(member.cadreId))
                report(table::GroupMember, member.groupId,
                       describe(member) + ": cadreId " + std::to_string(member.cadreId) + " is not a " + table::Cadre
                           + " id");
        }
        return true;
    }

private:
    ValidationRun &m_run;
    const WorldIds &m_ids;
    std::size_t m_total = 0;
    std::size_t m_done = 0;
};

} // namespace

void checkReferences(ValidationRun &run)
{
    namespace t = table;
    const World &w = run.world();
    ReferenceChecker c(run);
    const WorldIds &ids = c.ids();

    // Each layer, then what each of its features must refer to; stop once cancelled.
    if (!c.layer(t::Island, w.islands, ids.islands, [&](const Island &f) {
            c.require(f, t::Island, "townshipId", f.townshipId, ids.townships, t::Township);
        }))
        return;
    if (!c.layer(t::Township, w.townships, ids.townships, [](const Township &) {}))
        return;
    if (!c.layer(t::Department, w.departments, ids.departments, [&](const Department &f) {
            if (f.kind == DepartmentKind::Township && !f.townshipId)
                c.report(t::Department, f.id, describe(f) + ": a township unit without a townshipId");
            c.require(f, t::Department, "townshipId", f.townshipId, ids.townships, t::Township);
        }))
        return;
    if (!c.layer(t::Leader, w.leaders, ids.leaders, [&](const Leader &f) {
            for (Id township : f.townshipIds)
                c.require(f, t::Leader, "townshipIds entry", township, ids.townships, t::Township);
        }))
        return;
    if (!c.layer(t::UrbanArea, w.urbanAreas, ids.urbanAreas, [&](const UrbanArea &f) {
            c.require(f, t::UrbanArea, "townshipId", f.townshipId, ids.townships, t::Township);
        }))
        return;
    if (!c.layer(t::GridArea, w.gridAreas, ids.gridAreas, [&](const GridArea &f) {
            c.require(f, t::GridArea, "departmentId", f.departmentId, ids.departments, t::Department);
        }))
        return;
    if (!c.layer(t::Village, w.villages, ids.villages, [&](const Village &f) {
            c.require(f, t::Village, "townshipId", f.townshipId, ids.townships, t::Township);
            c.require(f, t::Village, "islandId", f.islandId, ids.islands, t::Island);
        }))
        return;
    if (!c.layer(t::Building, w.buildings, ids.buildings, [&](const Building &f) {
            c.require(f, t::Building, "gridAreaId", f.gridAreaId, ids.gridAreas, t::GridArea);
        }))
        return;
    if (!c.layer(t::Shop, w.shops, ids.shops, [&](const Shop &f) {
            c.require(f, t::Shop, "buildingId", f.buildingId, ids.buildings, t::Building);
            c.require(f, t::Shop, "gridAreaId", f.gridAreaId, ids.gridAreas, t::GridArea);
        }))
        return;
    if (!c.layer(t::Cadre, w.cadres, ids.cadres, [&](const Cadre &f) {
            c.require(f, t::Cadre, "departmentId", f.departmentId, ids.departments, t::Department);
        }))
        return;
    if (!c.layer(t::ContactGroup, w.groups, ids.groups, [&](const ContactGroup &f) {
            c.require(f, t::ContactGroup, "departmentId", f.departmentId, ids.departments, t::Department);
        }))
        return;
    if (!c.members(w.groupMembers))
        return;
    if (!c.layer(t::Household, w.households, ids.households, [&](const Household &f) {
            c.require(f, t::Household, "buildingId", f.buildingId, ids.buildings, t::Building);
            c.require(f, t::Household, "villageId", f.villageId, ids.villages, t::Village);
            c.require(f, t::Household, "gridAreaId", f.gridAreaId, ids.gridAreas, t::GridArea);
            c.require(f, t::Household, "groupId", f.groupId, ids.groups, t::ContactGroup);
            c.require(f, t::Household, "townshipId", f.townshipId, ids.townships, t::Township);
        }))
        return;
    if (!c.layer(t::Resident, w.residents, ids.residents, [&](const Resident &f) {
            c.require(f, t::Resident, "householdId", f.householdId, ids.households, t::Household);
        }))
        return;
    if (!c.layer(t::Suggestion, w.suggestions, ids.suggestions, [&](const Suggestion &f) {
            c.require(f, t::Suggestion, "householdId", f.householdId, ids.households, t::Household);
            c.require(f, t::Suggestion, "departmentId", f.departmentId, ids.departments, t::Department);
            c.require(f, t::Suggestion, "gridAreaId", f.gridAreaId, ids.gridAreas, t::GridArea);
            c.require(f, t::Suggestion, "villageId", f.villageId, ids.villages, t::Village);
            c.require(f, t::Suggestion, "threadId", f.threadId, ids.topicThreads, t::TopicThread);
        }))
        return;
    if (!c.layer(t::SuggestionEvent, w.suggestionEvents, ids.events, [&](const SuggestionEvent &f) {
            c.require(f, t::SuggestionEvent, "suggestionId", f.suggestionId, ids.suggestions, t::Suggestion);
        }))
        return;
    c.layer(t::TopicThread, w.topicThreads, ids.topicThreads, [](const TopicThread &) {});
}

} // namespace lianxin::validation
