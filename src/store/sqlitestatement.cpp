#include "store/sqlitestatement.h"

#include <sqlite3.h>

namespace lianxin {

std::string databaseFileName(sqlite3 *db)
{
    const char *name = sqlite3_db_filename(db, "main");
    return name ? name : "";
}

[[noreturn]] void throwSqliteError(sqlite3 *db, int code, const std::string &what)
{
    const std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    const std::string message = databaseFileName(db) + ": " + what + ": " + detail;
    switch (code & 0xff) {
    case SQLITE_CONSTRAINT:
        throw StoreError(StoreError::Kind::BadInput, message, detail);
    case SQLITE_READONLY:
        throw StoreError(StoreError::Kind::NotWritable, message);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw StoreError(StoreError::Kind::Corrupt, message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StoreError(StoreError::Kind::Sql, message + " (the file is in use by another program)");
    default:
        throw StoreError(StoreError::Kind::Sql, message);
    }
}

void execSql(sqlite3 *db, const std::string &sql)
{
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        throwSqliteError(db, rc, "cannot run \"" + sql.substr(0, 120) + "\"");
}

std::int64_t queryInteger(sqlite3 *db, const std::string &sql, std::int64_t fallback)
{
    SqliteStatement statement(db, sql);
    return statement.step() ? statement.int64At(0) : fallback;
}

SqliteStatement::SqliteStatement(sqlite3 *db, const std::string &sql)
    : m_db(db)
    , m_sql(sql)
{
    const int rc = sqlite3_prepare_v2(db, sql.c_str(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throwSqliteError(db, rc, "cannot prepare \"" + sql.substr(0, 120) + "\"");
    m_boundIntegers.resize(static_cast<size_t>(sqlite3_bind_parameter_count(m_stmt)) + 1);
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_stmt); }

namespace {
void checkBind(sqlite3 *db, int rc, const std::string &sql)
{
    if (rc != SQLITE_OK)
        throwSqliteError(db, rc, "cannot bind a value for \"" + sql.substr(0, 120) + "\"");
}
} // namespace

void SqliteStatement::bind(int index, std::int64_t value)
{
    checkBind(m_db, sqlite3_bind_int64(m_stmt, index, value), m_sql);
    m_boundIntegers[static_cast<size_t>(index)] = value;
}

void SqliteStatement::bind(int index, double value)
{
    checkBind(m_db, sqlite3_bind_double(m_stmt, index, value), m_sql);
    m_boundIntegers[static_cast<size_t>(index)].reset();
}

void SqliteStatement::bind(int index, std::string_view value)
{
    checkBind(m_db, sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8),
              m_sql);
    m_boundIntegers[static_cast<size_t>(index)].reset();
}

void SqliteStatement::bindBlob(int index, const std::vector<unsigned char> &blob)
{
    if (blob.empty()) {
        bindNull(index);
        return;
    }
    checkBind(m_db, sqlite3_bind_blob64(m_stmt, index, blob.data(), blob.size(), SQLITE_TRANSIENT), m_sql);
    m_boundIntegers[static_cast<size_t>(index)].reset();
}

void SqliteStatement::bindNull(int index)
{
    checkBind(m_db, sqlite3_bind_null(m_stmt, index), m_sql);
    m_boundIntegers[static_cast<size_t>(index)].reset();
}

std::optional<std::int64_t> SqliteStatement::boundInteger(const std::string &name) const
{
    const int index = sqlite3_bind_parameter_index(m_stmt, name.c_str());
    if (index <= 0)
        return std::nullopt;
    return m_boundIntegers[static_cast<size_t>(index)];
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Reset first so the statement releases its locks before the transaction unwinds.
    sqlite3_reset(m_stmt);
    throwSqliteError(m_db, rc, "cannot run \"" + m_sql.substr(0, 120) + "\"");
}

void SqliteStatement::execute()
{
    while (step()) {
    }
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

SqliteStatement::StorageClass SqliteStatement::storageClassAt(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return StorageClass::Integer;
    case SQLITE_FLOAT:
        return StorageClass::Real;
    case SQLITE_BLOB:
        return StorageClass::Blob;
    case SQLITE_NULL:
        return StorageClass::Null;
    default:
        return StorageClass::Text;
    }
}

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

std::int64_t SqliteStatement::int64At(int column) const { return sqlite3_column_int64(m_stmt, column); }

int SqliteStatement::intAt(int column) const { return sqlite3_column_int(m_stmt, column); }

double SqliteStatement::doubleAt(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string SqliteStatement::textAt(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(text, static_cast<size_t>(size)) : std::string();
}

std::optional<std::int64_t> SqliteStatement::optionalInt64At(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64At(column);
}

std::span<const unsigned char> SqliteStatement::blobAt(int column) const
{
    const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return {};
    return {data, static_cast<size_t>(size)};
}

SqliteTransaction::SqliteTransaction(sqlite3 *db, Lock lock)
    : m_db(db)
{
    execSql(db, lock == Lock::Write ? "BEGIN IMMEDIATE" : "BEGIN");
    m_open = true;
}

SqliteTransaction::~SqliteTransaction()
{
    // A failed ROLLBACK cannot be reported from a destructor; SQLite rolls the
    // transaction back itself when the connection closes or the journal is next read.
    if (m_open)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteTransaction::commit()
{
    execSql(m_db, "COMMIT");
    m_open = false;
}

} // namespace lianxin
