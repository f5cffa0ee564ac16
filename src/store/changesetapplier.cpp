#include "store/changesetapplier.h"

#include "store/auditjson.h"
#include "store/database.h"
#include "store/foreignkeys.h"
#include "store/schema.h"
#include "store/sqlitestatement.h"
#include "store/tableschema.h"

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <chrono>
#include <ctime>
#include <map>
#include <memory>
#include <set>

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

const std::string kNothingChanged = "; nothing was changed";

[[noreturn]] void refuse(const Database &db, const std::string &problem)
{
    throw StoreError(StoreError::Kind::BadInput, db.path() + ": " + problem + kNothingChanged);
}

[[noreturn]] void conflict(const Database &db, const RowChange &row, const std::string &column,
                           const std::string &problem)
{
    throw ChangeConflict(db.path() + ": " + row.label() + " " + problem + kNothingChanged, row.table, row.id, column);
}

// Everything that can be checked without reading rows: tables, columns, duplicates.
void checkShape(const Database &db, const TableSchemas &schemas, const ChangeSet &set)
{
    for (const RowChange &row : set.rows) {
        const TableSchema *table = schemas.find(row.table);
        if (!table)
            refuse(db, "there is no table " + row.table);
        if (!isEditableTable(row.table))
            refuse(db, "the table " + row.table + " is written by Lianxin itself, not by an edit");
        if (row.action != RowAction::Update && row.id <= 0)
            refuse(db, row.label() + ": an id must be positive");
        if (row.action == RowAction::Update && row.fields.empty())
            refuse(db, row.label() + ": an update must change at least one column");
        std::set<std::string> seen;
        for (const FieldChange &field : row.fields) {
            if (field.column == "id")
                refuse(db, row.label() + ": the id is the row's key and cannot be changed");
            if (!table->column(field.column))
                refuse(db, row.label() + ": the table has no column " + field.column);
            if (!seen.insert(field.column).second)
                refuse(db, row.label() + ": the column " + field.column + " is listed twice");
        }
    }
}

// Prepared statements, one per (table, action, column list), reused across rows.
class StatementCache {
public:
    explicit StatementCache(sqlite3 *db)
        : m_db(db)
    {
    }
    SqliteStatement &get(const std::string &sql)
    {
        auto &slot = m_statements[sql];
        if (!slot)
            slot = std::make_unique<SqliteStatement>(m_db, sql);
        return *slot;
    }

private:
    sqlite3 *m_db;
    std::map<std::string, std::unique_ptr<SqliteStatement>> m_statements;
};

void bindValue(SqliteStatement &statement, int index, const FieldValue &value)
{
    struct Bind {
        SqliteStatement &statement;
        int index;
        void operator()(std::monostate) const { statement.bindNull(index); }
        void operator()(std::int64_t v) const { statement.bind(index, v); }
        void operator()(double v) const { statement.bind(index, v); }
        void operator()(const std::string &v) const { statement.bind(index, v); }
        void operator()(const GeometryWkb &v) const { statement.bindBlob(index, v.bytes); }
    };
    std::visit(Bind{statement, index}, value);
}

FieldValue storedValue(const SqliteStatement &query, int column, bool geometry)
{
    if (query.isNull(column))
        return nullValue();
    if (geometry) {
        const auto blob = query.blobAt(column);
        return GeometryWkb{{blob.begin(), blob.end()}};
    }
    switch (query.storageClassAt(column)) {
    case SqliteStatement::StorageClass::Integer:
        return query.int64At(column);
    case SqliteStatement::StorageClass::Real:
        return query.doubleAt(column);
    case SqliteStatement::StorageClass::Blob: {
        const auto blob = query.blobAt(column);
        return GeometryWkb{{blob.begin(), blob.end()}};
    }
    default:
        return query.textAt(column);
    }
}

// "SELECT AsBinary(geom), name FROM t WHERE id = ?" for the listed columns.
std::string selectSql(const TableSchema &table, const std::vector<std::string> &columns)
{
    std::string sql = "SELECT ";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const ColumnSchema &column = *table.column(columns[i]);
        sql += (i ? ", " : "") + (column.isGeometry() ? "AsBinary(" + quoteIdentifier(column.name) + ")"
                                                       : quoteIdentifier(column.name));
    }
    return sql + " FROM " + quoteIdentifier(table.name) + " WHERE id = ?";
}

std::string valueSql(const ColumnSchema &column)
{
    return column.isGeometry() ? "GeomFromWKB(?, " + std::to_string(*column.srid) + ")" : "?";
}

class Applier {
public:
    Applier(Database &db, const TableSchemas &schemas)
        : m_db(db)
        , m_schemas(schemas)
        , m_statements(db.handle())
    {
    }

    // What an update or delete saw must hold; an insert's id must be free.
    void checkSaw(const RowChange &row)
    {
        const TableSchema &table = *m_schemas.find(row.table);
        std::vector<std::string> columns;
        for (const FieldChange &field : row.fields)
            columns.push_back(field.column);
        SqliteStatement &query = m_statements.get(selectSql(table, columns));
        query.bind(1, row.id);
        const bool exists = query.step();
        if (row.action == RowAction::Insert) {
            query.reset();
            if (exists)
                conflict(m_db, row, "", "exists already (added by someone else meanwhile?)");
            return;
        }
        if (!exists) {
            query.reset();
            conflict(m_db, row, "", "does not exist (removed by someone else meanwhile?)");
        }
        for (std::size_t i = 0; i < row.fields.size(); ++i) {
            const FieldChange &field = row.fields[i];
            const bool geometry = table.column(field.column)->isGeometry();
            const FieldValue stored = storedValue(query, static_cast<int>(i), geometry);
            if (!sameValue(stored, field.before) && !(geometry && sameGeometry(table, field, stored))) {
                query.reset();
                conflict(m_db, row, field.column,
                         "has " + field.column + " = " + describeValue(stored) + ", not " +
                             describeValue(field.before) + " as the change expects (edited by someone else meanwhile?)");
            }
        }
        query.reset();
    }

    void write(const RowChange &row)
    {
        const TableSchema &table = *m_schemas.find(row.table);
        std::string sql;
        if (row.action == RowAction::Insert) {
            std::string names = "id", values = "?";
            for (const FieldChange &field : row.fields) {
                names += ", " + quoteIdentifier(field.column);
                values += ", " + valueSql(*table.column(field.column));
            }
            sql = "INSERT INTO " + quoteIdentifier(table.name) + " (" + names + ") VALUES (" + values + ")";
        } else if (row.action == RowAction::Update) {
            std::string assignments;
            for (const FieldChange &field : row.fields)
                assignments += (assignments.empty() ? "" : ", ") + quoteIdentifier(field.column) + " = " +
                               valueSql(*table.column(field.column));
            sql = "UPDATE " + quoteIdentifier(table.name) + " SET " + assignments + " WHERE id = ?";
        } else {
            sql = "DELETE FROM " + quoteIdentifier(table.name) + " WHERE id = ?";
        }
        SqliteStatement &statement = m_statements.get(sql);
        int index = 1;
        if (row.action == RowAction::Insert)
            statement.bind(index++, row.id);
        if (row.action != RowAction::Delete)
            for (const FieldChange &field : row.fields)
                bindValue(statement, index++, field.after);
        if (row.action != RowAction::Insert)
            statement.bind(index, row.id);
        try {
            statement.execute();
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::BadInput)
                throw;
            // A CHECK, NOT NULL or UNIQUE constraint: SQLite's words name the column.
            refuse(m_db, row.label() + " cannot be " + doneWord(row.action) + ": " + error.detail());
        }
    }

    void audit(const RowChange &row, Id changeSetId, const std::string &at, const std::string &actor)
    {
        SqliteStatement &record = m_statements.get(
            "INSERT INTO audit (at, actor, table_name, row_id, action, before_json, after_json, change_set_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        record.bind(1, at);
        record.bind(2, actor);
        record.bind(3, row.table);
        record.bind(4, row.id);
        record.bind(5, toString(row.action));
        if (row.action == RowAction::Insert)
            record.bindNull(6);
        else
            record.bind(6, auditJson(row, AuditSide::Before));
        if (row.action == RowAction::Delete)
            record.bindNull(7);
        else
            record.bind(7, auditJson(row, AuditSide::After));
        record.bind(8, changeSetId);
        record.execute();
    }

private:
    static std::string doneWord(RowAction action)
    {
        return action == RowAction::Insert ? "added" : action == RowAction::Update ? "changed" : "removed";
    }

    // Two WKB encodings of the same geometry (e.g. big- and little-endian) are the same.
    bool sameGeometry(const TableSchema &table, const FieldChange &field, const FieldValue &stored)
    {
        const auto *saw = std::get_if<GeometryWkb>(&field.before);
        const auto *now = std::get_if<GeometryWkb>(&stored);
        if (!saw || !now)
            return false;
        SqliteStatement &normalise = m_statements.get("SELECT AsBinary(GeomFromWKB(?, " +
                                                      std::to_string(*table.column(field.column)->srid) + "))");
        normalise.bindBlob(1, saw->bytes);
        const bool ok = normalise.step() && !normalise.isNull(0);
        std::vector<unsigned char> bytes;
        if (ok) {
            const auto blob = normalise.blobAt(0);
            bytes.assign(blob.begin(), blob.end());
        }
        normalise.reset();
        return ok && bytes == now->bytes;
    }

    Database &m_db;
    const TableSchemas &m_schemas;
    StatementCache m_statements;
};

} // namespace

AppliedChangeSet applyChangeSet(Database &db, const ChangeSet &set)
{
    if (set.empty())
        return {};
    sqlite3 *handle = db.handle();
    if (sqlite3_db_readonly(handle, "main") == 1)
        throw StoreError(StoreError::Kind::NotWritable, db.path() + ": the database is open read-only" + kNothingChanged);
    const TableSchemas schemas = TableSchemas::read(handle);
    checkShape(db, schemas, set);

    // BEGIN IMMEDIATE: nobody can change a checked row between our check and our write.
    SqliteTransaction transaction(handle, SqliteTransaction::Lock::Write);
    execSql(handle, "PRAGMA defer_foreign_keys = ON"); // ends with the transaction
    const std::string at = nowIsoUtc();
    SqliteStatement header(handle, "INSERT INTO change_set (at, actor, note, row_count, undoes) VALUES (?, ?, ?, ?, ?)");
    header.bind(1, at);
    header.bind(2, set.actor);
    header.bind(3, set.note);
    header.bind(4, static_cast<std::int64_t>(set.rows.size()));
    header.bind(5, set.undoes);
    header.execute();
    const Id changeSetId = sqlite3_last_insert_rowid(handle);

    Applier applier(db, schemas);
    for (const RowChange &row : set.rows) {
        applier.checkSaw(row);
        applier.write(row);
        applier.audit(row, changeSetId, at, set.actor);
    }
    // Foreign keys are deferred, so a set may list its rows in any order; what is still
    // dangling at the end refuses the set, named.
    if (const auto dangling = firstDeferredViolation(handle))
        refuse(db, *dangling);
    transaction.commit();
    return {changeSetId, static_cast<int>(set.rows.size())};
}

RowChange rowAsStored(const Database &db, const std::string &table, Id id)
{
    const TableSchemas schemas = TableSchemas::read(db.handle());
    const TableSchema *schema = schemas.find(table);
    if (!schema)
        throw StoreError(StoreError::Kind::BadInput, db.path() + ": there is no table " + table);
    std::vector<std::string> columns;
    for (const ColumnSchema &column : schema->columns)
        if (column.name != "id")
            columns.push_back(column.name);
    SqliteStatement query(db.handle(), selectSql(*schema, columns));
    query.bind(1, id);
    if (!query.step())
        throw StoreError(StoreError::Kind::BadInput, db.path() + ": there is no " + table + " " + std::to_string(id));
    std::vector<std::pair<std::string, FieldValue>> values;
    for (std::size_t i = 0; i < columns.size(); ++i)
        values.emplace_back(columns[i], storedValue(query, static_cast<int>(i), schema->column(columns[i])->isGeometry()));
    return deleteRow(table, id, std::move(values));
}

Id nextFreeId(const Database &db, const std::string &table)
{
    const TableSchemas schemas = TableSchemas::read(db.handle());
    if (!schemas.find(table))
        throw StoreError(StoreError::Kind::BadInput, db.path() + ": there is no table " + table);
    return queryInteger(db.handle(), "SELECT coalesce(max(id), 0) + 1 FROM " + quoteIdentifier(table));
}

} // namespace lianxin
