#include "store/openchecks.h"

#include "store/sqlitestatement.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>

namespace lianxin {

namespace fs = std::filesystem;

namespace {

constexpr size_t kHeaderSize = 100; // https://www.sqlite.org/fileformat.html#the_database_header
constexpr char kMagic[] = "SQLite format 3"; // 16 bytes with its terminating NUL

std::uint32_t bigEndian(const unsigned char *bytes, int count)
{
    std::uint32_t value = 0;
    for (int i = 0; i < count; ++i)
        value = (value << 8) | bytes[i];
    return value;
}

[[noreturn]] void fail(StoreError::Kind kind, const std::string &path, const std::string &problem)
{
    throw StoreError(kind, path + ": " + problem);
}

fs::path folderOf(const std::string &path)
{
    const fs::path parent = fs::absolute(path).parent_path();
    return parent.empty() ? fs::current_path() : parent;
}

// Why `target` may not be written, or nullopt if it may.
std::optional<std::string> whyNotWritable(const fs::path &target)
{
    struct stat info {};
    if (::stat(target.c_str(), &info) != 0)
        return std::string("cannot be examined (") + std::strerror(errno) + ")";
    if ((info.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
        return std::string("is marked read-only (nobody has write permission)");
    if (::access(target.c_str(), W_OK) != 0) {
        if (errno == EROFS)
            return std::string("is on a read-only file system");
        return std::string("cannot be written (") + std::strerror(errno) + ")";
    }
    return std::nullopt;
}

} // namespace

void checkDatabaseFile(const std::string &path)
{
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        fail(StoreError::Kind::NotFound, path, "no such file");
    if (fs::is_directory(status))
        fail(StoreError::Kind::NotADatabase, path, "is a folder, not a database file");
    if (!fs::is_regular_file(status))
        fail(StoreError::Kind::NotADatabase, path, "is not a regular file (a device, pipe or socket)");
    const auto size = fs::file_size(path, error);
    if (error)
        fail(StoreError::Kind::NotADatabase, path, "cannot be read (" + error.message() + ")");
    if (size == 0)
        fail(StoreError::Kind::NotADatabase, path, "is an empty file, not a database");

    std::array<unsigned char, kHeaderSize> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail(StoreError::Kind::NotADatabase, path, "cannot be read (" + std::string(std::strerror(errno)) + ")");
    in.read(reinterpret_cast<char *>(header.data()), header.size());
    const auto got = static_cast<size_t>(in.gcount());
    if (got < sizeof kMagic || std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
        fail(StoreError::Kind::NotADatabase, path, "is not an SQLite database (it does not start with the SQLite header)");
    if (got < kHeaderSize)
        fail(StoreError::Kind::Corrupt, path,
             "is truncated: only " + std::to_string(size) + " bytes, less than the 100-byte database header");

    // Page size 1 encodes 65536. The page count is trustworthy only when the "version
    // valid for" field matches the change counter (older writers did not keep it).
    const std::uint32_t rawPageSize = bigEndian(&header[16], 2);
    const std::uint64_t pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        fail(StoreError::Kind::Corrupt, path, "is damaged: its header gives an impossible page size of " +
                                                  std::to_string(rawPageSize));
    const std::uint64_t pageCount = bigEndian(&header[28], 4);
    const bool countValid = pageCount != 0 && bigEndian(&header[24], 4) == bigEndian(&header[92], 4);
    if (countValid && size < pageSize * pageCount)
        fail(StoreError::Kind::Corrupt, path,
             "is truncated: the file has " + std::to_string(size) + " bytes but its header says " +
                 std::to_string(pageCount) + " pages of " + std::to_string(pageSize) + " bytes (" +
                 std::to_string(pageSize * pageCount) + " bytes)");
}

FirstRead checkFirstRead(sqlite3 *db, const std::string &path)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master", -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            rc = SQLITE_OK;
    }
    const std::string detail = sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    if (rc == SQLITE_OK)
        return FirstRead::Ok;
    if (rc == SQLITE_READONLY_ROLLBACK)
        return FirstRead::NeedsRecovery;
    if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        fail(StoreError::Kind::Corrupt, path, "is damaged and cannot be read (" + detail + ")");
    throwSqliteError(db, rc, "cannot read the database");
}

int checkProjectContents(sqlite3 *db, const std::string &path, Database::Mode mode)
{
    const auto hasTable = [db](const char *name) {
        SqliteStatement query(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
        query.bind(1, name);
        return query.step();
    };
    if (!hasTable("meta") || !hasTable("geometry_columns"))
        fail(StoreError::Kind::BadInput, path,
             "is an SQLite database but not a Lianxin project database (it has no meta table or no "
             "SpatiaLite metadata)");
    const int version = static_cast<int>(queryInteger(db, "PRAGMA user_version"));
    if (version > Database::kSchemaVersion)
        fail(StoreError::Kind::NewerSchema, path,
             "was written by a newer Lianxin (schema version " + std::to_string(version) +
                 "); this version reads schema versions up to " + std::to_string(Database::kSchemaVersion));
    if (version < 1)
        fail(StoreError::Kind::BadInput, path,
             "is not a Lianxin project database (it has no schema version)");
    if (version < Database::kSchemaVersion && mode == Database::Mode::ReadOnly)
        fail(StoreError::Kind::BadInput, path,
             "has the older schema version " + std::to_string(version) + " and must be upgraded to version " +
                 std::to_string(Database::kSchemaVersion) + "; open it read-write once");
    return version;
}

void checkWritable(const std::string &path)
{
    if (const auto why = whyNotWritable(path))
        fail(StoreError::Kind::NotWritable, path, "cannot be opened for writing: the file " + *why);
    const fs::path folder = folderOf(path);
    if (const auto why = whyNotWritable(folder))
        fail(StoreError::Kind::NotWritable, path,
             "cannot be opened for writing: its folder " + folder.string() + " " + *why +
                 " (SQLite writes a journal file beside the database)");
}

void checkNewDatabaseLocation(const std::string &path)
{
    std::error_code error;
    if (fs::exists(fs::symlink_status(path, error)))
        fail(StoreError::Kind::AlreadyExists, path, "already exists; refusing to overwrite it");
    const fs::path folder = folderOf(path);
    if (!fs::is_directory(folder, error))
        fail(StoreError::Kind::NotFound, path, "cannot be created: the folder " + folder.string() + " does not exist");
    if (const auto why = whyNotWritable(folder))
        fail(StoreError::Kind::NotWritable, path, "cannot be created: the folder " + folder.string() + " " + *why);
}

} // namespace lianxin
