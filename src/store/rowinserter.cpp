#include "store/rowinserter.h"

#include "store/schema.h"

#include <sqlite3.h>

namespace lianxin {

namespace {

std::string insertSql(const std::string &table, const std::vector<std::string> &columns,
                      const std::string &geometryColumn)
{
    std::string names;
    std::string values;
    for (const std::string &column : columns) {
        names += (names.empty() ? "" : ", ") + column;
        values += (values.empty() ? ":" : ", :") + column;
    }
    if (!geometryColumn.empty()) {
        names += ", " + geometryColumn;
        values += ", GeomFromWKB(:" + geometryColumn + ", " + std::to_string(kProjectSrid) + ")";
    }
    return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ")";
}

} // namespace

RowInserter::RowInserter(sqlite3 *db, std::string table, const std::vector<std::string> &columns,
                         const std::string &geometryColumn)
    : m_db(db)
    , m_table(std::move(table))
    , m_statement(db, insertSql(m_table, columns, geometryColumn))
{
}

void RowInserter::insert(Id id)
{
    insert(std::to_string(id));
}

void RowInserter::insert(const std::string &rowLabel)
{
    try {
        m_statement.execute();
    } catch (const StoreError &error) {
        // SQLite's own words first (the queries below replace them), then a better
        // reason worked out while the rejected values are still bound.
        const std::string sqliteReason = sqlite3_errmsg(m_db);
        const std::string reason = explainFailure();
        m_statement.reset();
        throw StoreError(error.kind(), databaseFileName(m_db) + ": cannot save " + m_table + " " + rowLabel + ": " +
                                           (reason.empty() ? sqliteReason : reason));
    }
}

std::string RowInserter::explainFailure() const
{
    // PRAGMA foreign_key_list columns: id, seq, table, from, to, on_update, on_delete, match.
    SqliteStatement keys(m_db, "SELECT \"table\", \"from\", coalesce(\"to\", 'rowid') FROM pragma_foreign_key_list('" +
                                   m_table + "')");
    std::string missing;
    while (keys.step()) {
        const std::string parent = keys.textAt(0);
        const std::string column = keys.textAt(1);
        const auto value = m_statement.boundInteger(":" + column);
        if (!value)
            continue;
        SqliteStatement lookup(m_db, "SELECT 1 FROM " + parent + " WHERE " + keys.textAt(2) + " = ?");
        lookup.bind(1, *value);
        if (!lookup.step())
            missing += (missing.empty() ? "" : "; ") + column + " " + std::to_string(*value) + " -> " + parent +
                       " (missing)";
    }
    return missing;
}

} // namespace lianxin
