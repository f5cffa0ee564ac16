// The change-set applier against a hand-written transaction doing the same writes, in
// the same run, on the demo world at scale 1 and 10: every household changes group
// (updates, with the saw-value check and an audit row each), and as many residents are
// added (inserts). The baseline is what a feature would write without the applier: one
// prepared UPDATE/INSERT per row in one transaction, no check, no audit. The ratio is the
// price of optimistic locking + audit; the absolute time says whether a 153,100-row
// import fits its 20 s.
#include "demo/demoworld.h"
#include "store/changesetapplier.h"
#include "store/database.h"
#include "store/sqlitestatement.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>

using namespace lianxin;

namespace {

// A saved demo world per scale, copied fresh for every iteration.
const std::filesystem::path &savedWorld(int scale)
{
    static std::map<int, std::filesystem::path> paths;
    auto it = paths.find(scale);
    if (it != paths.end())
        return it->second;
    DemoOptions options;
    options.scale = scale;
    options.coastlinePath = LIANXIN_BENCH_COASTLINE;
    const auto path = std::filesystem::temp_directory_path() / ("bench-changeset-" + std::to_string(scale) + ".sqlite");
    std::filesystem::remove(path);
    Database::create(path.string())->saveWorld(generateDemoWorld(options));
    return paths.emplace(scale, path).first->second;
}

std::filesystem::path freshCopy(int scale)
{
    const auto copy = std::filesystem::temp_directory_path() / "bench-changeset-copy.sqlite";
    std::filesystem::remove(copy);
    std::filesystem::copy_file(savedWorld(scale), copy);
    return copy;
}

struct Move {
    Id household, from, to;
};

std::vector<Move> everyHouseholdMoves(const Database &db)
{
    std::vector<Move> moves;
    const Id groups = queryInteger(db.handle(), "SELECT max(id) FROM contact_group");
    SqliteStatement query(db.handle(), "SELECT id, group_id FROM household ORDER BY id");
    while (query.step()) {
        const Id from = query.int64At(1);
        moves.push_back({query.int64At(0), from, from % groups + 1});
    }
    return moves;
}

ChangeSet movesAsChangeSet(const std::vector<Move> &moves, const Database &db)
{
    ChangeSet set{"bench", "every household changes group", {}, {}};
    for (const Move &m : moves)
        set.rows.push_back(updateRow("household", m.household, "group_id", fieldValue(m.from), fieldValue(m.to)));
    // As many new residents, one per household.
    Id next = nextFreeId(db, "resident");
    for (const Move &m : moves)
        set.rows.push_back(insertRow("resident", next++,
                                     {{"household_id", fieldValue(m.household)}, {"name", fieldValue("新住户")},
                                      {"gender", fieldValue("女")}, {"birth_year", fieldValue(1990)},
                                      {"is_head", fieldValue(false)}, {"party_member", fieldValue(false)},
                                      {"phone", fieldValue("13800000000")}}));
    return set;
}

void handWritten(const std::vector<Move> &moves, Database &db)
{
    SqliteTransaction transaction(db.handle());
    SqliteStatement update(db.handle(), "UPDATE household SET group_id = ? WHERE id = ?");
    for (const Move &m : moves) {
        update.bind(1, m.to);
        update.bind(2, m.household);
        update.execute();
    }
    SqliteStatement insert(db.handle(), "INSERT INTO resident (id, household_id, name, gender, birth_year, is_head, "
                                        "party_member, phone) VALUES (?, ?, '新住户', '女', 1990, 0, 0, '13800000000')");
    Id next = queryInteger(db.handle(), "SELECT max(id) + 1 FROM resident");
    for (const Move &m : moves) {
        insert.bind(1, next++);
        insert.bind(2, m.household);
        insert.execute();
    }
    transaction.commit();
}

void BM_HandWrittenTransaction(benchmark::State &state)
{
    const int scale = static_cast<int>(state.range(0));
    std::size_t rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const auto copy = freshCopy(scale);
        auto db = Database::open(copy.string());
        const std::vector<Move> moves = everyHouseholdMoves(*db);
        rows = moves.size() * 2;
        state.ResumeTiming();
        handWritten(moves, *db);
    }
    state.counters["rows"] = static_cast<double>(rows);
}

void BM_ApplyChangeSet(benchmark::State &state)
{
    const int scale = static_cast<int>(state.range(0));
    std::size_t rows = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const auto copy = freshCopy(scale);
        auto db = Database::open(copy.string());
        const ChangeSet set = movesAsChangeSet(everyHouseholdMoves(*db), *db);
        rows = set.rows.size();
        state.ResumeTiming();
        benchmark::DoNotOptimize(applyChangeSet(*db, set));
    }
    state.counters["rows"] = static_cast<double>(rows);
}

} // namespace

BENCHMARK(BM_HandWrittenTransaction)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_ApplyChangeSet)->Arg(1)->Arg(10)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_MAIN();
