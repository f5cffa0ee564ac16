#include "store/boundarystore.h"

#include "store/changesetapplier.h"
#include "store/database.h"
#include "store/sqlitestatement.h"
#include "store/wkb.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <set>
#include <unordered_map>

namespace lianxin {

namespace {

std::string nowIsoUtc()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

// Builds the set in the order the applier needs none of (foreign keys are deferred) but a
// reader follows: areas, then what moved with them, then the versions.
class BoundarySetBuilder {
public:
    BoundarySetBuilder(const Database &db, const World &world, const AuditContext &audit)
        : m_db(db), m_world(world)
    {
        m_set.actor = audit.actor;
        m_set.note = audit.note;
        m_version = queryInteger(db.handle(), "SELECT coalesce(max(version), 0) + 1 FROM boundary_version");
        m_nextVersionId = nextFreeId(db, "boundary_version");
        m_at = nowIsoUtc();
    }

    void areas(const std::vector<GridArea> &after)
    {
        std::map<Id, const GridArea *> stored, wanted;
        for (const GridArea &area : m_world.gridAreas)
            stored[area.id] = &area;
        for (const GridArea &area : after)
            wanted[area.id] = &area;
        // A code another area holds today goes through a temporary one: UNIQUE is checked
        // row by row, and a renumbering swaps codes.
        std::map<std::string, Id> holder;
        for (const GridArea &area : m_world.gridAreas)
            holder[area.code] = area.id;
        for (const auto &[id, area] : wanted) {
            const auto old = stored.find(id);
            if (old == stored.end() || old->second->code == area->code)
                continue;
            const auto taken = holder.find(area->code);
            if (taken != holder.end() && taken->second != id) {
                m_set.rows.push_back(updateRow("grid_area", id, "code", fieldValue(old->second->code),
                                               fieldValue("~" + std::to_string(id))));
                m_temporaryCode[id] = "~" + std::to_string(id);
            }
        }
        for (const auto &[id, area] : wanted) {
            const auto old = stored.find(id);
            if (old == stored.end())
                add(*area);
            else
                update(*old->second, *area);
        }
        for (const auto &[id, area] : stored)
            if (!wanted.count(id))
                remove(*area);
        for (const GridArea &area : after)
            m_after[area.id] = &area;
    }

    void buildings(const std::vector<Id> &buildingAreas)
    {
        std::unordered_map<Id, Id> newArea; // building -> area, for those that move
        for (std::size_t i = 0; i < m_world.buildings.size() && i < buildingAreas.size(); ++i) {
            const Building &building = m_world.buildings[i];
            const Id to = buildingAreas[i];
            newArea[building.id] = to == 0 ? building.gridAreaId : to;
            if (to != 0 && to != building.gridAreaId)
                m_set.rows.push_back(updateRow("building", building.id, "grid_area_id", fieldValue(building.gridAreaId),
                                               fieldValue(to)));
        }
        std::unordered_map<Id, Id> householdArea;
        for (const Household &household : m_world.households) {
            if (!household.buildingId)
                continue;
            const auto found = newArea.find(*household.buildingId);
            if (found == newArea.end() || household.gridAreaId == std::optional<Id>(found->second))
                continue;
            householdArea[household.id] = found->second;
            m_set.rows.push_back(updateRow("household", household.id, "grid_area_id", fieldValue(household.gridAreaId),
                                           fieldValue(found->second)));
        }
        for (const Shop &shop : m_world.shops) {
            const Id to = shop.buildingId ? (newArea.count(*shop.buildingId) ? newArea.at(*shop.buildingId) : 0)
                                          : areaHolding(shop.location);
            if (to != 0 && shop.gridAreaId != std::optional<Id>(to))
                m_set.rows.push_back(
                    updateRow("shop", shop.id, "grid_area_id", fieldValue(shop.gridAreaId), fieldValue(to)));
        }
        for (const Suggestion &suggestion : m_world.suggestions) {
            const auto found = householdArea.find(suggestion.householdId);
            if (found == householdArea.end() || !suggestion.gridAreaId || *suggestion.gridAreaId == found->second)
                continue;
            m_set.rows.push_back(updateRow("suggestion", suggestion.id, "grid_area_id", fieldValue(suggestion.gridAreaId),
                                           fieldValue(found->second)));
        }
    }

    ChangeSet take()
    {
        for (RowChange &row : m_versions)
            m_set.rows.push_back(std::move(row));
        return std::move(m_set);
    }

private:
    void add(const GridArea &area)
    {
        m_set.rows.push_back(insertRow("grid_area", area.id,
                                       {{"code", fieldValue(area.code)},
                                        {"name", fieldValue(area.name)},
                                        {"department_id", fieldValue(area.departmentId)},
                                        {"geom", fieldValue(area.geometry)}}));
        version(area.id, "added", nullptr);
    }

    void update(const GridArea &old, const GridArea &area)
    {
        std::vector<FieldChange> fields;
        const auto temporary = m_temporaryCode.find(area.id);
        const std::string sawCode = temporary == m_temporaryCode.end() ? old.code : temporary->second;
        if (sawCode != area.code)
            fields.push_back({"code", fieldValue(sawCode), fieldValue(area.code)});
        if (old.name != area.name)
            fields.push_back({"name", fieldValue(old.name), fieldValue(area.name)});
        if (old.departmentId != area.departmentId)
            fields.push_back({"department_id", fieldValue(old.departmentId), fieldValue(area.departmentId)});
        if (!(old.geometry == area.geometry))
            fields.push_back({"geom", fieldValue(old.geometry), fieldValue(area.geometry)});
        if (fields.empty())
            return;
        m_set.rows.push_back(updateRow("grid_area", area.id, std::move(fields)));
        version(area.id, "changed", &old);
    }

    void remove(const GridArea &old)
    {
        m_set.rows.push_back(rowAsStored(m_db, "grid_area", old.id));
        version(old.id, "removed", &old);
    }

    void version(Id areaId, const char *kind, const GridArea *old)
    {
        m_versions.push_back(insertRow("boundary_version", m_nextVersionId++,
                                       {{"grid_area_id", fieldValue(areaId)},
                                        {"version", fieldValue(m_version)},
                                        {"at", fieldValue(m_at)},
                                        {"actor", fieldValue(m_set.actor)},
                                        {"note", fieldValue(m_set.note)},
                                        {"geom", old ? fieldValue(old->geometry) : nullValue()},
                                        {"kind", fieldValue(kind)},
                                        {"code", old ? fieldValue(old->code) : nullValue()},
                                        {"name", old ? fieldValue(old->name) : nullValue()},
                                        {"department_id", old ? fieldValue(old->departmentId) : nullValue()}}));
    }

    Id areaHolding(const PointXY &p) const
    {
        for (const auto &[id, area] : m_after)
            if (polygonContains(area->geometry, p))
                return id;
        return 0;
    }

    const Database &m_db;
    const World &m_world;
    ChangeSet m_set;
    std::vector<RowChange> m_versions;
    std::map<Id, std::string> m_temporaryCode;
    std::map<Id, const GridArea *> m_after;
    std::int64_t m_version = 1;
    Id m_nextVersionId = 1;
    std::string m_at;
};

} // namespace

ChangeSet boundaryChangeSet(const Database &db, const World &world, const std::vector<GridArea> &after,
                            const std::vector<Id> &buildingAreas, const AuditContext &audit)
{
    BoundarySetBuilder builder(db, world, audit);
    builder.areas(after);
    builder.buildings(buildingAreas);
    return builder.take();
}

std::vector<BoundaryVersion> boundaryVersions(const Database &db, const std::optional<std::string> &areaCode)
{
    std::vector<BoundaryVersion> versions;
    SqliteStatement query(db.handle(),
                          "SELECT v.version, min(v.at), min(v.actor), min(v.note), "
                          "group_concat(coalesce(v.code, g.code), ' '), "
                          "(SELECT max(a.change_set_id) FROM audit AS a WHERE a.table_name = 'boundary_version' "
                          "AND a.action = 'insert' AND a.row_id = min(v.id)), "
                          "sum(coalesce(v.code, g.code) = ?1) "
                          "FROM boundary_version AS v LEFT JOIN grid_area AS g ON g.id = v.grid_area_id "
                          "GROUP BY v.version ORDER BY v.version");
    query.bind(1, areaCode.value_or(""));
    while (query.step()) {
        if (areaCode && query.int64At(6) == 0)
            continue;
        BoundaryVersion version;
        version.version = static_cast<int>(query.int64At(0));
        version.at = query.textAt(1);
        version.actor = query.textAt(2);
        version.note = query.textAt(3);
        const std::string codes = query.textAt(4);
        for (std::size_t start = 0; start < codes.size();) {
            const std::size_t end = std::min(codes.find(' ', start), codes.size());
            version.codes.push_back(codes.substr(start, end - start));
            start = end + 1;
        }
        std::sort(version.codes.begin(), version.codes.end());
        version.changeSetId = query.isNull(5) ? 0 : query.int64At(5);
        versions.push_back(std::move(version));
    }
    return versions;
}

std::vector<GridArea> gridAreasAsOf(const Database &db, const World &world, int version)
{
    if (queryInteger(db.handle(), "SELECT count(*) FROM boundary_version WHERE version = " + std::to_string(version)) == 0)
        throw StoreError(StoreError::Kind::BadInput,
                         db.path() + ": there is no boundary version " + std::to_string(version));
    std::map<Id, GridArea> areas;
    for (const GridArea &area : world.gridAreas)
        areas[area.id] = area;
    // The first row of each area at or after `version` holds the area as it was then.
    SqliteStatement query(db.handle(), "SELECT grid_area_id, kind, AsBinary(geom), code, name, department_id "
                                       "FROM boundary_version WHERE version >= ? ORDER BY version, id");
    query.bind(1, version);
    std::set<Id> seen;
    while (query.step()) {
        const Id id = query.int64At(0);
        if (!seen.insert(id).second)
            continue;
        if (query.textAt(1) == "added") {
            areas.erase(id);
            continue;
        }
        GridArea area;
        area.id = id;
        const auto blob = query.blobAt(2);
        area.geometry = polygonFromWkb(blob);
        area.code = query.textAt(3);
        area.name = query.textAt(4);
        area.departmentId = query.int64At(5);
        areas[id] = std::move(area);
    }
    std::vector<GridArea> result;
    for (auto &[id, area] : areas)
        result.push_back(std::move(area));
    return result;
}

} // namespace lianxin
