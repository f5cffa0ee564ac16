#include "store/database.h"

#include "store/openchecks.h"
#include "store/schema.h"
#include "store/spatialiteconnection.h"
#include "store/sqlitestatement.h"
#include "store/worldreader.h"
#include "store/worldwriter.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace lianxin {

namespace {

// Claims the path atomically (O_EXCL), so two creators cannot both think the file is
// theirs; SQLite treats the empty file as a new database.
void claimNewFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST)
            throw StoreError(StoreError::Kind::AlreadyExists, path + ": already exists; refusing to overwrite it");
        const auto kind = (error == EACCES || error == EROFS || error == EPERM) ? StoreError::Kind::NotWritable
                                                                                : StoreError::Kind::Sql;
        throw StoreError(kind, path + ": cannot be created (" + std::strerror(error) + ")");
    }
    ::close(fd);
}

void requireWritable(sqlite3 *db, const std::string &path)
{
    if (sqlite3_db_readonly(db, "main") == 1)
        throw StoreError(StoreError::Kind::NotWritable, path + ": the database is open read-only");
}

} // namespace

Database::Database(std::string path, sqlite3 *db)
    : m_path(std::move(path))
    , m_db(db)
{
}

Database::~Database()
{
    SqliteCloser()(m_db);
}

std::unique_ptr<Database> Database::open(const std::string &path, Mode mode)
{
    // Everything is checked through a read-only connection first; the file is reopened
    // read-write only when it passed, so no refusal can leave a trace in it.
    checkDatabaseFile(path);
    SqliteConnection reader = openSpatialiteConnection(path, ConnectionMode::ReadOnly);
    const FirstRead firstRead = checkFirstRead(reader.get(), path);
    if (firstRead == FirstRead::NeedsRecovery && mode == Mode::ReadOnly)
        throw StoreError(StoreError::Kind::Corrupt,
                         path + ": a program stopped in the middle of saving it; open it read-write once so that "
                                "SQLite can undo the unfinished save");
    int version = 0;
    if (firstRead == FirstRead::Ok)
        version = checkProjectContents(reader.get(), path, mode);
    if (mode == Mode::ReadOnly)
        return std::unique_ptr<Database>(new Database(path, reader.release()));

    reader.reset();
    checkWritable(path);
    SqliteConnection writer = openSpatialiteConnection(path, ConnectionMode::ReadWrite);
    // SQLite silently falls back to read-only when the OS refuses writing.
    requireWritable(writer.get(), path);
    if (firstRead == FirstRead::NeedsRecovery) {
        // This first read rolls the hot journal back; only then can the content be judged.
        checkFirstRead(writer.get(), path);
        version = checkProjectContents(writer.get(), path, mode);
    }
    if (version < kSchemaVersion)
        applyMigrations(writer.get(), schemaMigrations());
    return std::unique_ptr<Database>(new Database(path, writer.release()));
}

std::unique_ptr<Database> Database::create(const std::string &path)
{
    checkNewDatabaseLocation(path);
    claimNewFile(path);
    try {
        SqliteConnection db = openSpatialiteConnection(path, ConnectionMode::Create);
        applyMigrations(db.get(), schemaMigrations());
        return std::unique_ptr<Database>(new Database(path, db.release()));
    } catch (...) {
        // The file is ours (claimNewFile) and half made; leaving it would only confuse.
        std::error_code ignored;
        std::filesystem::remove(path, ignored);
        std::filesystem::remove(path + "-journal", ignored);
        throw;
    }
}

int Database::schemaVersion() const
{
    return userVersion(m_db);
}

void Database::saveWorld(const World &world)
{
    requireWritable(m_db, m_path);
    writeWorld(m_db, world);
}

World Database::loadWorld() const
{
    return readWorld(m_db);
}

void Database::setMeta(const std::string &key, const std::string &value)
{
    requireWritable(m_db, m_path);
    SqliteStatement upsert(m_db, "INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key);
    upsert.bind(2, value);
    upsert.execute();
}

std::string Database::meta(const std::string &key) const
{
    SqliteStatement query(m_db, "SELECT value FROM meta WHERE key = ?");
    query.bind(1, key);
    return query.step() ? query.textAt(0) : std::string();
}

std::map<std::string, std::string> Database::allMeta() const
{
    std::map<std::string, std::string> result;
    SqliteStatement query(m_db, "SELECT key, value FROM meta");
    while (query.step())
        result[query.textAt(0)] = query.textAt(1);
    return result;
}

} // namespace lianxin
