// lianxin-cli visits record and visits import: visit records written as one change set
// each, after every row was checked; a refused input writes nothing.
#include "cli/clicommon.h"
#include "cli/visitscommon.h"
#include "store/changesetapplier.h"
#include "store/database.h"
#include "store/visitsheetxlsx.h"
#include "store/visitstore.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <set>
#include <tuple>

namespace lianxin::cli {

namespace {

struct RecordArgs {
    std::string file, round, household, date, outcome, by, note, suggestion;
};

struct ImportArgs {
    std::string file, round, xlsx;
};

// A record's identity for "already recorded": the same door, day and outcome.
using RecordKey = std::tuple<Id, int, VisitOutcome>;
RecordKey keyOf(const VisitRecord &r) { return {r.householdId, r.on.toDays(), r.outcome}; }

std::optional<Id> suggestionOf(const std::map<std::string, Id> &ids, const std::string &code, const std::string &where)
{
    if (code.empty())
        return std::nullopt;
    const auto found = ids.find(code);
    if (found == ids.end())
        throw VisitsInputError(where + "no suggestion \"" + code + "\"");
    return found->second;
}

const Household &householdOf(const std::map<std::string, const Household *> &households, const std::string &code,
                             const VisitRound &round, const std::string &where)
{
    const auto found = households.find(code);
    if (found == households.end())
        throw VisitsInputError(where + "household \"" + code + "\" is not one of round \"" + round.name +
                               "\"'s households");
    return *found->second;
}

int runRecord(const RecordArgs &args)
{
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadWrite);
    const World world = db->loadWorld();
    const VisitRound round = requireRound(*db, args.round);
    const Household &household = householdOf(householdsOfRoundByCode(world, round), args.household, round, "");
    const std::optional<VisitOutcome> outcome = visitOutcomeFromString(args.outcome);
    if (!outcome)
        throw VisitsInputError("--outcome must be seen, absent, moved or refused, not \"" + args.outcome + "\"");
    VisitRecord record;
    record.roundId = round.id;
    record.householdId = household.id;
    record.on = parseDate("--date", args.date);
    record.cadres = args.by.empty() ? cadresOfGroup(world, household.groupId) : args.by;
    record.outcome = *outcome;
    record.note = args.note;
    record.suggestionId = suggestionOf(suggestionIdsByCode(world), args.suggestion, "--suggestion: ");
    const ChangeSet set = recordVisitsChangeSet(*db, {record}, kCliActor, "record visit " + household.code + " in " + round.name);
    const AppliedChangeSet applied = applyChangeSet(*db, set);
    std::cout << "recorded " << household.code << " " << record.on.toIso() << " " << toString(record.outcome)
              << " (visit " << insertedIds(set, "visit_record").front() << ", change set " << applied.changeSetId
              << ")\n";
    return Success;
}

VisitRecord recordOfEntry(const VisitSheetEntry &entry, const VisitRound &round,
                          const std::map<std::string, const Household *> &households,
                          const std::map<std::string, Id> &suggestions, const World &world)
{
    const std::string where = "sheet \"" + entry.sheet + "\" row " + std::to_string(entry.row) + ": ";
    if (!entry.roundName.empty() && entry.roundName != round.name)
        throw VisitsInputError(where + "the row is of round \"" + entry.roundName + "\", not \"" + round.name + "\"");
    const Household &household = householdOf(households, entry.householdCode, round, where);
    if (!entry.date)
        throw VisitsInputError(where + (entry.dateText.empty() ? std::string("no 走访日期")
                                                                : "走访日期 \"" + entry.dateText + "\" is not a date"));
    const std::optional<VisitOutcome> outcome = visitOutcomeFromSheetLabel(entry.outcome);
    if (!outcome)
        throw VisitsInputError(where + "结果 must be 见面, 不在家, 已搬离 or 拒访, not \"" + entry.outcome + "\"");
    VisitRecord record;
    record.roundId = round.id;
    record.householdId = household.id;
    record.on = *entry.date;
    record.cadres = entry.cadres.empty() ? cadresOfGroup(world, household.groupId) : entry.cadres;
    record.outcome = *outcome;
    record.note = entry.note;
    record.suggestionId = suggestionOf(suggestions, entry.suggestionCode, where);
    return record;
}

int runImport(const ImportArgs &args)
{
    const std::vector<VisitSheetEntry> entries = readVisitSheetsXlsx(args.xlsx);
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadWrite);
    const World world = db->loadWorld();
    const VisitRound round = requireRound(*db, args.round);
    const auto households = householdsOfRoundByCode(world, round);
    const auto suggestions = suggestionIdsByCode(world);

    std::set<RecordKey> known;
    for (const VisitRecord &r : loadVisitRecords(*db, round.id))
        known.insert(keyOf(r));
    std::vector<VisitRecord> records;
    int blank = 0, already = 0;
    for (const VisitSheetEntry &entry : entries) {
        if (entry.blank()) {
            ++blank;
            continue;
        }
        VisitRecord record = recordOfEntry(entry, round, households, suggestions, world);
        if (!known.insert(keyOf(record)).second) {
            ++already;
            continue;
        }
        records.push_back(std::move(record));
    }
    const ChangeSet set = recordVisitsChangeSet(*db, records, kCliActor, "import visit sheets " + args.xlsx);
    applyChangeSet(*db, set);
    std::cout << "imported " << records.size() << " visits into round " << round.name << " (" << already
              << " already recorded, " << blank << " rows not filled in)\n";
    return Success;
}

} // namespace

void addVisitsRecord(CLI::App &visits, int &exitCode)
{
    auto args = std::make_shared<RecordArgs>();
    CLI::App *record = visits.add_subcommand("record", "Record one visit of a household");
    record->add_option("file", args->file, "Project database (.sqlite)")->required();
    record->add_option("--round", args->round, "Round name")->required();
    record->add_option("--household", args->household, "Household code, e.g. H000123")->required();
    record->add_option("--date", args->date, "Visit day YYYY-MM-DD")->required();
    record->add_option("--outcome", args->outcome, "seen, absent, moved or refused")->required();
    record->add_option("--by", args->by, "Visitors' names (default: the household's group)");
    record->add_option("--note", args->note, "A note");
    record->add_option("--suggestion", args->suggestion, "Code of a suggestion collected at the visit");
    record->callback([args, &exitCode] { exitCode = runRecord(*args); });
}

void addVisitsImport(CLI::App &visits, int &exitCode)
{
    auto args = std::make_shared<ImportArgs>();
    CLI::App *import = visits.add_subcommand("import", "Import the filled-in visit sheets (XLSX from visits plan --xlsx)");
    import->add_option("file", args->file, "Project database (.sqlite)")->required();
    import->add_option("--round", args->round, "Round name")->required();
    import->add_option("xlsx", args->xlsx, "The returned sheets (.xlsx)")->required();
    import->callback([args, &exitCode] { exitCode = runImport(*args); });
}

} // namespace lianxin::cli
