#include "cli/threadscommand.h"

#include "analysis/topicthreads.h"
#include "cli/clicommon.h"
#include "cli/pointinput.h"
#include "cli/threadsoutput.h"
#include "store/database.h"
#include "store/threadstore.h"

#include <filesystem>
#include <iostream>
#include <memory>

namespace lianxin::cli {

namespace {

struct ThreadsArgs {
    std::string file;
    std::string out;
    // The analysis defaults, tuned on demo worlds of six seeds (see topicthreads.h).
    double eps = ThreadingOptions{}.epsMetres;
    int minSize = ThreadingOptions{}.minSize;
    double textSimilarity = *ThreadingOptions{}.textSimilarity;
    bool noText = false;
    std::optional<int> days;
    bool json = false;
    bool save = false;
    // Point files: which columns hold the concern item, the text, the date and the status.
    std::string itemField = "concern_item";
    std::string textField = "text";
    std::string dateField = "submitted_on";
    std::string statusField = "status";
    PointLayerOptions pointFile;
};

// What to cluster, the places that name threads, and the ids of earlier threads.
struct ThreadSource {
    std::vector<ThreadInput> inputs;
    std::vector<NamedPlace> places;
    std::map<Id, std::vector<Id>> previous;
    std::string description;
    std::unique_ptr<Database> database; // open while the threads may still be saved
};

ThreadSource databaseSource(const ThreadsArgs &args)
{
    ThreadSource source;
    source.database = Database::open(args.file, args.save ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    const World world = source.database->loadWorld();
    source.inputs = threadInputsOf(world);
    source.places = namedPlacesOf(world);
    source.previous = threadMembershipOf(world);
    source.description = "suggestions of " + args.file;
    return source;
}

// The fields a user names explicitly must exist; the defaults are used when present.
PointLayerOptions fileOptions(const ThreadsArgs &args, const CLI::App &command)
{
    PointLayerOptions options = args.pointFile;
    const std::pair<const char *, const std::string *> fields[] = {{"--item-field", &args.itemField},
                                                                   {"--text-field", &args.textField},
                                                                   {"--date-field", &args.dateField},
                                                                   {"--status-field", &args.statusField}};
    for (const auto &[option, name] : fields) {
        if (name->empty())
            continue;
        if (command.count(option) > 0)
            options.keepFields.push_back(*name);
        else
            options.optionalFields.push_back(*name);
    }
    return options;
}

const std::string &fieldValue(const PointLayer &layer, const std::string &field, std::size_t index)
{
    static const std::string none;
    const auto it = layer.fields.find(field);
    return it == layer.fields.end() ? none : it->second[index];
}

ThreadSource fileSource(const ThreadsArgs &args, const CLI::App &command)
{
    if (args.save)
        throw std::invalid_argument("--save writes threads into a project database; " + args.file
                                    + " is a point file (use --out threads.gpkg)");
    const PointLayer layer = readPointLayer(args.file, fileOptions(args, command));
    ThreadSource source;
    source.description = layer.sourceDescription;
    source.inputs.reserve(layer.points.size());
    for (std::size_t i = 0; i < layer.points.size(); ++i) {
        ThreadInput input;
        input.id = layer.featureIds[i];
        input.location = layer.points[i];
        input.concernItem = fieldValue(layer, args.itemField, i);
        input.text = fieldValue(layer, args.textField, i);
        const std::string &date = fieldValue(layer, args.dateField, i);
        if (!date.empty()) {
            input.submittedOn = Date::parseIso(date.substr(0, 10));
            if (!input.submittedOn)
                throw std::invalid_argument(args.file + ": feature " + std::to_string(input.id) + " has '" + date
                                            + "' in " + args.dateField + ", not a date YYYY-MM-DD");
        }
        input.status = suggestionStatusFromString(fieldValue(layer, args.statusField, i));
        source.inputs.push_back(std::move(input));
    }
    return source;
}

std::map<Id, Id> threadOfEachInput(const ThreadingResult &result, const std::vector<ThreadInput> &inputs)
{
    std::map<Id, Id> threadOf;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (result.threadOf[i])
            threadOf[inputs[i].id] = *result.threadOf[i];
    return threadOf;
}

int runThreads(const ThreadsArgs &args, const CLI::App &command)
{
    ThreadSource source = isProjectDatabase(args.file) ? databaseSource(args) : fileSource(args, command);
    ThreadingOptions options;
    options.epsMetres = args.eps;
    options.minSize = args.minSize;
    options.textSimilarity = args.noText ? std::nullopt : std::optional<double>(args.textSimilarity);
    options.windowDays = args.days;
    const ThreadingResult result = findTopicThreads(source.inputs, source.places, options, source.previous);

    if (!args.out.empty())
        writeThreadsFile(result, source.inputs, args.out);
    if (args.save) {
        std::vector<TopicThread> threads;
        for (const FoundThread &found : result.threads)
            threads.push_back(found.thread);
        replaceTopicThreads(*source.database, threads, threadOfEachInput(result, source.inputs));
    }
    if (args.json) {
        std::cout << threadsJson(result, source.inputs, source.description).dump(2) << "\n";
        return Success;
    }
    printThreadsTable(result, source.inputs.size());
    if (!args.out.empty())
        std::cout << "wrote " << args.out << " (layers topic_thread and thread_member)\n";
    if (args.save)
        std::cout << "saved " << result.threads.size() << " threads into " << args.file << "\n";
    return Success;
}

} // namespace

void addThreadsCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<ThreadsArgs>();
    CLI::App *command = app.add_subcommand(
        "threads", "Recurring complaints (topic threads): DBSCAN on location within one concern item, with text "
                   "similarity and an optional time window");
    command->add_option("file", args->file, "Project database (.sqlite) or point file (GeoPackage, GeoJSON, "
                                            "Shapefile, CSV with x/y columns)")
        ->required();
    command->add_option("--eps", args->eps, "Neighbourhood radius (m)")->check(CLI::PositiveNumber)
        ->capture_default_str();
    command->add_option("--min-size", args->minSize, "Points a neighbourhood needs to grow a thread (itself included)")
        ->check(CLI::Range(1, 1000000))
        ->capture_default_str();
    auto *textSim = command->add_option("--text-sim", args->textSimilarity,
                                        "Least cosine similarity of the texts (character bigrams, TF-IDF)")
                        ->check(CLI::Range(0.0, 1.0))
                        ->capture_default_str();
    command->add_flag("--no-text", args->noText, "Ignore the texts")->excludes(textSim);
    command->add_option("--days", args->days, "Neighbours at most this many days apart (default: any)")
        ->check(CLI::PositiveNumber);
    command->add_option("--out", args->out, "GeoPackage to write: thread hulls and member points (.gpkg)");
    command->add_flag("--json", args->json, "Print the threads as JSON");
    command->add_flag("--save", args->save,
                      "WRITE the threads into the project database (replacing its topic_thread rows and every "
                      "suggestion's thread_id; ids stay stable across re-runs)");
    command->add_option("--item-field", args->itemField, "Point file: concern item column (used when present)")
        ->capture_default_str();
    command->add_option("--text-field", args->textField, "Point file: text column (used when present)")
        ->capture_default_str();
    command->add_option("--date-field", args->dateField, "Point file: date column YYYY-MM-DD (used when present)")
        ->capture_default_str();
    command->add_option("--status-field", args->statusField,
                        "Point file: status column done/in_progress/blocked (used when present)")
        ->capture_default_str();
    addPointFileOptions(*command, args->pointFile);
    command->callback([args, command, &exitCode] {
        if (!args->out.empty() && std::filesystem::path(args->out).extension() != ".gpkg")
            exitCode = fail("--out must name a GeoPackage (.gpkg): " + args->out);
        else
            exitCode = runThreads(*args, *command);
    });
}

} // namespace lianxin::cli
