#include "store/visitstore.h"

#include "store/changesetapplier.h"
#include "store/database.h"
#include "store/sqlitestatement.h"
#include "store/wkb.h"

namespace lianxin {

namespace {

using Values = std::vector<std::pair<std::string, FieldValue>>;

Date storedDate(const SqliteStatement &row, int column, const Database &db)
{
    const std::string text = row.textAt(column);
    const std::optional<Date> date = Date::parseIso(text);
    if (!date)
        throw StoreError(StoreError::Kind::Corrupt, db.path() + ": \"" + text + "\" is not a date");
    return *date;
}

Values roundValues(const VisitRound &r)
{
    const bool department = r.scope.kind == VisitScopeKind::Department;
    const bool township = r.scope.kind == VisitScopeKind::Township;
    return {{"name", r.name},
            {"start_on", r.start.toIso()},
            {"end_on", r.end.toIso()},
            {"department_id", department ? fieldValue(r.scope.id) : nullValue()},
            {"township_id", township ? fieldValue(r.scope.id) : nullValue()},
            {"goal", toString(r.goal)},
            {"priority_first", fieldValue(r.priorityFirst)},
            {"visits_per_day", fieldValue(r.visitsPerDay)},
            {"urgent_working_days", fieldValue(r.urgentWorkingDays)},
            {"from_x", r.from ? fieldValue(r.from->x) : nullValue()},
            {"from_y", r.from ? fieldValue(r.from->y) : nullValue()}};
}

Values recordValues(const VisitRecord &r)
{
    return {{"round_id", fieldValue(r.roundId)},
            {"household_id", fieldValue(r.householdId)},
            {"visited_on", r.on.toIso()},
            {"cadres", r.cadres},
            {"outcome", toString(r.outcome)},
            {"note", r.note},
            {"suggestion_id", fieldValue(r.suggestionId)}};
}

ChangeSet newSet(const std::string &actor, const std::string &note)
{
    ChangeSet set;
    set.actor = actor;
    set.note = note;
    return set;
}

constexpr const char *kRoundColumns =
    "id, name, start_on, end_on, department_id, township_id, goal, priority_first, visits_per_day, "
    "urgent_working_days, from_x, from_y";

VisitRound roundAt(const SqliteStatement &row, const Database &db)
{
    VisitRound r;
    r.id = row.int64At(0);
    r.name = row.textAt(1);
    r.start = storedDate(row, 2, db);
    r.end = storedDate(row, 3, db);
    if (!row.isNull(4))
        r.scope = {VisitScopeKind::Department, row.int64At(4)};
    else if (!row.isNull(5))
        r.scope = {VisitScopeKind::Township, row.int64At(5)};
    r.goal = visitGoalFromString(row.textAt(6)).value_or(VisitGoal::Everyone);
    r.priorityFirst = row.int64At(7) != 0;
    r.visitsPerDay = row.intAt(8);
    r.urgentWorkingDays = row.intAt(9);
    if (!row.isNull(10))
        r.from = PointXY{row.doubleAt(10), row.doubleAt(11)};
    return r;
}

} // namespace

std::vector<VisitRound> loadVisitRounds(const Database &db)
{
    SqliteStatement rows(db.handle(), std::string("SELECT ") + kRoundColumns + " FROM visit_round ORDER BY id");
    std::vector<VisitRound> rounds;
    while (rows.step())
        rounds.push_back(roundAt(rows, db));
    return rounds;
}

std::optional<VisitRound> findVisitRound(const Database &db, const std::string &name)
{
    SqliteStatement row(db.handle(), std::string("SELECT ") + kRoundColumns + " FROM visit_round WHERE name = ?");
    row.bind(1, name);
    if (!row.step())
        return std::nullopt;
    return roundAt(row, db);
}

std::vector<VisitRecord> loadVisitRecords(const Database &db, Id roundId)
{
    SqliteStatement rows(db.handle(), "SELECT id, round_id, household_id, visited_on, cadres, outcome, note, "
                                      "suggestion_id FROM visit_record WHERE ?1 = 0 OR round_id = ?1 ORDER BY id");
    rows.bind(1, roundId);
    std::vector<VisitRecord> records;
    while (rows.step()) {
        VisitRecord r;
        r.id = rows.int64At(0);
        r.roundId = rows.int64At(1);
        r.householdId = rows.int64At(2);
        r.on = storedDate(rows, 3, db);
        r.cadres = rows.textAt(4);
        const std::string outcome = rows.textAt(5);
        const auto parsed = visitOutcomeFromString(outcome);
        if (!parsed)
            throw StoreError(StoreError::Kind::Corrupt, db.path() + ": visit_record " + std::to_string(r.id) +
                                                            " has the unknown outcome \"" + outcome + "\"");
        r.outcome = *parsed;
        r.note = rows.textAt(6);
        if (!rows.isNull(7))
            r.suggestionId = rows.int64At(7);
        records.push_back(std::move(r));
    }
    return records;
}

std::vector<IslandLanding> loadIslandLandings(const Database &db)
{
    SqliteStatement rows(db.handle(), "SELECT id, island_id, name, AsBinary(geom) FROM island_landing ORDER BY id");
    std::vector<IslandLanding> landings;
    while (rows.step())
        landings.push_back({rows.int64At(0), rows.int64At(1), rows.textAt(2), pointFromWkb(rows.blobAt(3))});
    return landings;
}

ChangeSet createRoundChangeSet(const Database &db, const VisitRound &round, const std::string &actor,
                               const std::string &note)
{
    ChangeSet set = newSet(actor, note);
    set.rows.push_back(insertRow("visit_round", nextFreeId(db, "visit_round"), roundValues(round)));
    return set;
}

ChangeSet updateRoundChangeSet(const Database &db, const VisitRound &wanted, const std::string &actor,
                               const std::string &note)
{
    const RowChange stored = rowAsStored(db, "visit_round", wanted.id);
    std::vector<FieldChange> changes;
    for (auto &[column, value] : roundValues(wanted))
        for (const FieldChange &field : stored.fields)
            if (field.column == column && !sameValue(field.before, value))
                changes.push_back({column, field.before, value});
    ChangeSet set = newSet(actor, note);
    if (!changes.empty())
        set.rows.push_back(updateRow("visit_round", wanted.id, std::move(changes)));
    return set;
}

ChangeSet recordVisitsChangeSet(const Database &db, const std::vector<VisitRecord> &records, const std::string &actor,
                                const std::string &note)
{
    ChangeSet set = newSet(actor, note);
    Id id = nextFreeId(db, "visit_record");
    for (const VisitRecord &record : records)
        set.rows.push_back(insertRow("visit_record", id++, recordValues(record)));
    return set;
}

ChangeSet addLandingChangeSet(const Database &db, const IslandLanding &landing, const std::string &actor,
                              const std::string &note)
{
    ChangeSet set = newSet(actor, note);
    set.rows.push_back(insertRow("island_landing", nextFreeId(db, "island_landing"),
                                 {{"island_id", fieldValue(landing.islandId)},
                                  {"name", landing.name},
                                  {"geom", fieldValue(landing.location)}}));
    return set;
}

std::vector<Id> insertedIds(const ChangeSet &set, const std::string &table)
{
    std::vector<Id> ids;
    for (const RowChange &row : set.rows)
        if (row.action == RowAction::Insert && row.table == table)
            ids.push_back(row.id);
    return ids;
}

} // namespace lianxin
