#pragma once
// RAII over the sqlite3 C API: a prepared statement that finalizes itself and a
// transaction that rolls back unless committed. Every failure becomes a StoreError whose
// message names the database file, what was being done and SQLite's own explanation.
#include "store/storeerror.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace lianxin {

// The file behind a connection ("" for an in-memory one).
std::string databaseFileName(sqlite3 *db);

// Throws a StoreError for a failed sqlite3 call `code`; the kind follows the result
// code (constraint -> BadInput, read-only -> NotWritable, corrupt -> Corrupt, else Sql).
[[noreturn]] void throwSqliteError(sqlite3 *db, int code, const std::string &what);

// Runs statements that return no rows we care about (DDL, PRAGMA, BEGIN...).
void execSql(sqlite3 *db, const std::string &sql);

// Runs a query whose first column of the first row is an integer; `fallback` if no row.
std::int64_t queryInteger(sqlite3 *db, const std::string &sql, std::int64_t fallback = 0);

class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, const std::string &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters are 1-based as in SQLite. Text and blobs are copied by SQLite, so
    // temporaries are safe to pass.
    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, unsigned value) { bind(index, static_cast<std::int64_t>(value)); }
    void bind(int index, bool value) { bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, std::string_view value);
    void bind(int index, const std::string &value) { bind(index, std::string_view(value)); }
    void bind(int index, const char *value) { bind(index, std::string_view(value)); }
    // An empty blob binds NULL: an empty geometry is stored as NULL.
    void bindBlob(int index, const std::vector<unsigned char> &blob);
    void bindNull(int index);
    template <typename T>
    void bind(int index, const std::optional<T> &value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }

    // The integer last bound to the parameter named `name` (e.g. ":group_id"), nullopt
    // if none or NULL. Lets an error report say which value a constraint rejected.
    std::optional<std::int64_t> boundInteger(const std::string &name) const;

    // Advances to the next row: true if there is one, false when done.
    bool step();
    // Steps a statement that returns no rows, then resets it for the next use.
    void execute();
    void reset();

    // Result columns are 0-based.
    enum class StorageClass { Null, Integer, Real, Text, Blob };
    StorageClass storageClassAt(int column) const;
    bool isNull(int column) const;
    std::int64_t int64At(int column) const;
    int intAt(int column) const;
    double doubleAt(int column) const;
    std::string textAt(int column) const;
    std::optional<std::int64_t> optionalInt64At(int column) const;
    // Valid until the next step/reset; empty for NULL.
    std::span<const unsigned char> blobAt(int column) const;

    const std::string &sql() const { return m_sql; }

private:
    sqlite3 *m_db = nullptr;      // not owned
    sqlite3_stmt *m_stmt = nullptr; // owned; finalized in the destructor
    std::string m_sql;
    std::vector<std::optional<std::int64_t>> m_boundIntegers; // by parameter index
};

// Begins on construction, ROLLBACK on destruction unless committed. A Write transaction
// is BEGIN IMMEDIATE: it takes the write lock at once, so a concurrent writer fails here
// rather than halfway through. A Read transaction gives a consistent snapshot.
class SqliteTransaction {
public:
    enum class Lock { Read, Write };
    explicit SqliteTransaction(sqlite3 *db, Lock lock = Lock::Write);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    void commit();

private:
    sqlite3 *m_db = nullptr; // not owned
    bool m_open = false;
};

} // namespace lianxin
