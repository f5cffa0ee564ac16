// Every way a file can be wrong is refused with the right kind and a message naming the
// file, and the file is left byte for byte as it was.
#include "sampleworld.h"
#include "storetestutil.h"
#include "testsupport.h"

#include "store/database.h"
#include "store/schema.h"
#include "store/spatialiteconnection.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <stdexcept>

#include <sys/wait.h>
#include <unistd.h>

using namespace lianxin;
using namespace lianxin::test;
namespace fs = std::filesystem;

namespace {

using Kind = StoreError::Kind;

// open() must throw `kind`, name the file, and leave its bytes (or its absence) alone.
void checkRefused(const fs::path &path, Kind kind, Database::Mode mode, const std::string &words)
{
    const bool existed = fs::exists(path);
    const std::string before = existed && fs::is_regular_file(path) ? fileBytes(path) : std::string();
    const StoreError error = caughtStoreError([&] { Database::open(path.string(), mode); });
    INFO(error.what());
    CHECK(error.kind() == kind);
    CHECK_THAT(std::string(error.what()), Catch::Contains(path.string()) && Catch::Contains(words));
    CHECK(fs::exists(path) == existed);
    if (existed && fs::is_regular_file(path))
        CHECK(fileBytes(path) == before);
    CHECK_FALSE(fs::exists(path.string() + "-journal"));
}

void checkRefusedInBothModes(const fs::path &path, Kind kind, const std::string &words)
{
    checkRefused(path, kind, Database::Mode::ReadOnly, words);
    checkRefused(path, kind, Database::Mode::ReadWrite, words);
}

fs::path sampleProject(const fs::path &dir, const std::string &name = "project.sqlite")
{
    const fs::path path = dir / name;
    Database::create(path.string())->saveWorld(sampleWorld());
    return path;
}

void setUserVersion(const fs::path &path, int version)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlExec(db, "PRAGMA user_version = " + std::to_string(version));
    sqlite3_close(db);
}

// Restores permissions even when a CHECK fails, so the temporary folder can be removed.
struct PermissionsGuard {
    fs::path path;
    fs::perms saved;
    explicit PermissionsGuard(fs::path p)
        : path(std::move(p))
        , saved(fs::status(path).permissions())
    {
    }
    ~PermissionsGuard() { fs::permissions(path, saved); }
};

constexpr fs::perms kNoWrite = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;

} // namespace

TEST_CASE("open() refuses what is not a project database and leaves it untouched")
{
    const fs::path dir = freshTempDir("notadatabase");

    SECTION("a missing file")
    {
        checkRefusedInBothModes(dir / "missing.sqlite", Kind::NotFound, "no such file");
    }
    SECTION("a text file")
    {
        writeBytes(dir / "notes.sqlite", "网格片区 grid areas\nnot a database at all, but long enough to have a header "
                                         "of one hundred bytes if anyone looked for one there.\n");
        checkRefusedInBothModes(dir / "notes.sqlite", Kind::NotADatabase, "not an SQLite database");
    }
    SECTION("a PNG image")
    {
        std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33);
        png += std::string(200, '\x42');
        writeBytes(dir / "picture.sqlite", png);
        checkRefusedInBothModes(dir / "picture.sqlite", Kind::NotADatabase, "not an SQLite database");
    }
    SECTION("an empty file")
    {
        writeBytes(dir / "empty.sqlite", "");
        checkRefusedInBothModes(dir / "empty.sqlite", Kind::NotADatabase, "empty");
    }
    SECTION("a folder")
    {
        fs::create_directory(dir / "folder.sqlite");
        checkRefusedInBothModes(dir / "folder.sqlite", Kind::NotADatabase, "folder");
    }
    SECTION("an SQLite database of another program")
    {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open((dir / "other.sqlite").c_str(), &db) == SQLITE_OK);
        sqlExec(db, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x'); PRAGMA user_version = 3");
        sqlite3_close(db);
        checkRefusedInBothModes(dir / "other.sqlite", Kind::BadInput, "not a Lianxin project database");
    }
    SECTION("a SpatiaLite database that is not ours")
    {
        {
            SqliteConnection db = openSpatialiteConnection((dir / "gis.sqlite").string(), ConnectionMode::Create);
            sqlExec(db.get(), "SELECT InitSpatialMetadata(1)");
        }
        checkRefusedInBothModes(dir / "gis.sqlite", Kind::BadInput, "not a Lianxin project database");
    }
    SECTION("a project file without a schema version")
    {
        const fs::path path = sampleProject(dir);
        setUserVersion(path, 0);
        checkRefusedInBothModes(path, Kind::BadInput, "no schema version");
    }
}

TEST_CASE("open() refuses damaged files and leaves them untouched")
{
    const fs::path dir = freshTempDir("corrupt");
    const fs::path path = sampleProject(dir);
    const std::string good = fileBytes(path);
    REQUIRE(good.size() > 8192);

    SECTION("truncated to half")
    {
        writeBytes(path, good.substr(0, good.size() / 2));
        checkRefusedInBothModes(path, Kind::Corrupt, "truncated");
    }
    SECTION("truncated inside the header")
    {
        writeBytes(path, good.substr(0, 60));
        checkRefusedInBothModes(path, Kind::Corrupt, "truncated");
    }
    SECTION("a valid header over a scrambled first page")
    {
        // The length matches the header, so only SQLite's first read can tell.
        std::string scrambled = good;
        for (size_t i = 100; i < 4096; ++i)
            scrambled[i] = static_cast<char>(0xA5 ^ (i * 31));
        writeBytes(path, scrambled);
        checkRefusedInBothModes(path, Kind::Corrupt, "damaged");
    }
    SECTION("an impossible page size")
    {
        std::string bad = good;
        bad[16] = 0x03; // 0x0310 = 784, not a power of two
        bad[17] = 0x10;
        writeBytes(path, bad);
        checkRefusedInBothModes(path, Kind::Corrupt, "page size");
    }
}

TEST_CASE("open() refuses a file written by a newer schema")
{
    const fs::path path = sampleProject(freshTempDir("newer"));
    setUserVersion(path, 99);
    checkRefusedInBothModes(path, Kind::NewerSchema, "schema version 99");
    const StoreError error = caughtStoreError([&] { Database::open(path.string()); });
    CHECK_THAT(std::string(error.what()), Catch::Contains("up to " + std::to_string(Database::kSchemaVersion)));
}

TEST_CASE("open() read-write refuses a file or folder without write permission")
{
    // Tests run as root, who may write anyway: the permission bits are what counts.
    const fs::path dir = freshTempDir("permissions");
    const fs::path path = sampleProject(dir);

    SECTION("a read-only file")
    {
        PermissionsGuard guard(path);
        fs::permissions(path, kNoWrite, fs::perm_options::remove);
        checkRefused(path, Kind::NotWritable, Database::Mode::ReadWrite, "read-only");
        auto db = Database::open(path.string(), Database::Mode::ReadOnly);
        checkSameWorld(sampleWorld(), db->loadWorld());
    }
    SECTION("a read-only folder")
    {
        PermissionsGuard guard(dir);
        fs::permissions(dir, kNoWrite, fs::perm_options::remove);
        checkRefused(path, Kind::NotWritable, Database::Mode::ReadWrite, "folder");
        auto db = Database::open(path.string(), Database::Mode::ReadOnly);
        CHECK(db->tableCounts().at("household") == 4);
    }
}

TEST_CASE("create() makes a current, empty project and refuses to overwrite")
{
    const fs::path dir = freshTempDir("create");
    const fs::path path = dir / "new.sqlite";
    {
        auto db = Database::create(path.string());
        CHECK(db->schemaVersion() == Database::kSchemaVersion);
        CHECK(sqlInteger(db->handle(), "PRAGMA user_version") == Database::kSchemaVersion);
        CHECK(db->tableCounts().size() == dataTables().size());
        for (const auto &[table, count] : db->tableCounts())
            CHECK(count == 0);
        CHECK(db->geometryTables().size() == 13);
    }
    const std::string bytes = fileBytes(path);
    CHECK(Database::open(path.string())->schemaVersion() == Database::kSchemaVersion);

    const StoreError exists = caughtStoreError([&] { Database::create(path.string()); });
    CHECK(exists.kind() == Kind::AlreadyExists);
    CHECK_THAT(std::string(exists.what()), Catch::Contains(path.string()));
    CHECK(fileBytes(path) == bytes);

    const StoreError noFolder = caughtStoreError([&] { Database::create((dir / "nowhere" / "x.sqlite").string()); });
    CHECK(noFolder.kind() == Kind::NotFound);

    {
        PermissionsGuard guard(dir);
        fs::permissions(dir, kNoWrite, fs::perm_options::remove);
        const StoreError readOnly = caughtStoreError([&] { Database::create((dir / "other.sqlite").string()); });
        CHECK(readOnly.kind() == Kind::NotWritable);
        CHECK_THAT(std::string(readOnly.what()), Catch::Contains((dir / "other.sqlite").string()));
    }
    CHECK_FALSE(fs::exists(dir / "other.sqlite"));
}

TEST_CASE("Migrations run in one transaction, in order, all or nothing")
{
    const fs::path path = sampleProject(freshTempDir("migrations"));
    const std::string before = fileBytes(path);
    SqliteConnection db = openSpatialiteConnection(path.string(), ConnectionMode::ReadWrite);
    const int current = Database::kSchemaVersion;
    REQUIRE(userVersion(db.get()) == current);

    std::vector<Migration> steps = schemaMigrations();
    REQUIRE(steps.size() == static_cast<std::size_t>(current));
    int stepOneRuns = 0;
    steps.front().apply = [&](sqlite3 *) { ++stepOneRuns; };

    SECTION("a failing step leaves the file as it was")
    {
        steps.push_back({current + 1, "add a note column", [](sqlite3 *conn) {
                             sqlExec(conn, "ALTER TABLE household ADD COLUMN note TEXT");
                             throw StoreError(Kind::Sql, "step failed on purpose");
                         }});
        const StoreError error = caughtStoreError([&] { applyMigrations(db.get(), steps); });
        CHECK_THAT(std::string(error.what()), Catch::Contains("schema version " + std::to_string(current + 1)) &&
                                                  Catch::Contains("add a note column") &&
                                                  Catch::Contains("on purpose"));
        CHECK(userVersion(db.get()) == current);
        CHECK(sqlInteger(db.get(), "SELECT count(*) FROM pragma_table_info('household') WHERE name = 'note'") == 0);
        db.reset();
        CHECK(fileBytes(path) == before);
    }
    SECTION("only the steps above the file's version run")
    {
        steps.push_back({current + 1, "add a note column",
                         [](sqlite3 *conn) { sqlExec(conn, "ALTER TABLE household ADD COLUMN note TEXT"); }});
        applyMigrations(db.get(), steps);
        CHECK(stepOneRuns == 0);
        CHECK(userVersion(db.get()) == current + 1);
        CHECK(sqlInteger(db.get(), "SELECT count(*) FROM pragma_table_info('household') WHERE name = 'note'") == 1);
        CHECK(sqlInteger(db.get(), "SELECT count(*) FROM household") == 4);
    }
    SECTION("a gap in the steps is a programming error")
    {
        steps.push_back({current + 2, "skips a version", [](sqlite3 *) {}});
        CHECK_THROWS_AS(applyMigrations(db.get(), steps), std::logic_error);
        CHECK(userVersion(db.get()) == current);
    }
}

TEST_CASE("A version 1 file is upgraded on open, its rows and audit kept")
{
    const fs::path path = freshTempDir("upgrade-v1") / "old.sqlite";
    {
        // What a build of schema version 1 wrote: the first step only, a world, an audit row.
        SqliteConnection db = openSpatialiteConnection(path.string(), ConnectionMode::Create);
        applyMigrations(db.get(), {schemaMigrations().front()});
        REQUIRE(userVersion(db.get()) == 1);
        sqlExec(db.get(), "INSERT INTO audit (at, actor, table_name, row_id, action, before_json, after_json) "
                          "VALUES ('2021-05-01T08:00:00Z', 'old build', 'household', 7, 'update', '{}', '{}')");
    }
    const std::string before = fileBytes(path);
    // Read-only cannot upgrade: it says how to, and leaves the file as it is.
    CHECK_THAT(std::string(caughtStoreError([&] { Database::open(path.string(), Database::Mode::ReadOnly); }).what()),
               Catch::Contains("open it read-write once"));
    CHECK(fileBytes(path) == before);

    auto db = Database::open(path.string());
    CHECK(db->schemaVersion() == Database::kSchemaVersion);
    CHECK(sqlInteger(db->handle(), "SELECT count(*) FROM audit WHERE actor = 'old build' AND change_set_id IS NULL") == 1);
    db->saveWorld(sampleWorld());
    CHECK(db->loadWorld().households.size() == 4);
    CHECK(sqlInteger(db->handle(), "SELECT count(*) FROM audit") == 1);
}

TEST_CASE("A file left mid-save by a crash is recovered read-write and refused read-only")
{
    const fs::path path = sampleProject(freshTempDir("hotjournal"));
    const fs::path journal = path.string() + "-journal";
    const std::string pristine = fileBytes(path);

    // A child process starts a big write with a tiny page cache, so SQLite has to write
    // into the database file before the commit, then dies without committing.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        sqlite3 *db = nullptr;
        sqlite3_open(path.c_str(), &db);
        sqlite3_exec(db, "PRAGMA cache_size = 4; BEGIN; "
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                         "INSERT INTO audit (at, actor, table_name, action) "
                         "SELECT '2021-05-01', hex(randomblob(100)), 'household', 'update' FROM n",
                     nullptr, nullptr, nullptr);
        ::_exit(0); // no COMMIT, no close: as if the power went
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(fs::exists(journal));
    REQUIRE(fs::file_size(journal) > 0);
    REQUIRE(fileBytes(path) != pristine); // the half-written save reached the file

    const std::string fileBefore = fileBytes(path);
    const std::string journalBefore = fileBytes(journal);
    const StoreError error = caughtStoreError([&] { Database::open(path.string(), Database::Mode::ReadOnly); });
    CHECK(error.kind() == Kind::Corrupt);
    CHECK_THAT(std::string(error.what()), Catch::Contains(path.string()) && Catch::Contains("open it read-write"));
    CHECK(fileBytes(path) == fileBefore);
    CHECK(fileBytes(journal) == journalBefore);

    auto db = Database::open(path.string(), Database::Mode::ReadWrite);
    CHECK(fileBytes(path) == pristine); // rolled back to the last commit, byte for byte
    CHECK_FALSE(fs::exists(journal));
    CHECK(db->tableCounts().at("audit") == 0);
    checkSameWorld(sampleWorld(), db->loadWorld());
    CHECK(db->foreignKeyProblems().empty());
}
