#pragma once
// Visit rounds, visit records and island landings in the project database (schema v5).
// Reads are plain queries; every write is a change set (changesetapplier.h): one
// transaction, audited, refused whole on a conflict, undone by its reverse.
#include "core/visitrecord.h"
#include "core/visitround.h"
#include "store/changeset.h"

#include <optional>
#include <string>
#include <vector>

namespace lianxin {

class Database;

// By id.
std::vector<VisitRound> loadVisitRounds(const Database &db);
std::optional<VisitRound> findVisitRound(const Database &db, const std::string &name);
// The records of one round by id (every round's with roundId 0).
std::vector<VisitRecord> loadVisitRecords(const Database &db, Id roundId = 0);
std::vector<IslandLanding> loadIslandLandings(const Database &db);

// The set inserting `round` under the next free id (round.id is ignored).
ChangeSet createRoundChangeSet(const Database &db, const VisitRound &round, const std::string &actor,
                               const std::string &note);
// The set turning the stored round `wanted.id` into `wanted`, only the columns that
// differ (empty if none). Throws StoreError(BadInput) if there is no such round.
ChangeSet updateRoundChangeSet(const Database &db, const VisitRound &wanted, const std::string &actor,
                               const std::string &note);
// The set inserting `records` under consecutive free ids (their ids are ignored).
ChangeSet recordVisitsChangeSet(const Database &db, const std::vector<VisitRecord> &records,
                                const std::string &actor, const std::string &note);
// The set inserting `landing` under the next free id.
ChangeSet addLandingChangeSet(const Database &db, const IslandLanding &landing, const std::string &actor,
                              const std::string &note);

// The ids the last applied insert set gave its rows, in order (for the app's selection).
std::vector<Id> insertedIds(const ChangeSet &set, const std::string &table);

} // namespace lianxin
