#include "cli/threadsoutput.h"

#include "store/threadexport.h"

#include <algorithm>
#include <cstdio>

namespace lianxin::cli {

namespace {

int countOf(const std::map<SuggestionStatus, int> &mix, SuggestionStatus status)
{
    const auto it = mix.find(status);
    return it == mix.end() ? 0 : it->second;
}

std::size_t threadedCount(const ThreadingResult &result)
{
    return static_cast<std::size_t>(
        std::count_if(result.threadOf.begin(), result.threadOf.end(), [](const auto &id) { return id.has_value(); }));
}

std::string roundsText(const std::vector<int> &rounds)
{
    std::string text;
    for (const int round : rounds)
        text += (text.empty() ? "" : ",") + std::to_string(round);
    return text.empty() ? "-" : text;
}

} // namespace

nlohmann::ordered_json threadsJson(const ThreadingResult &result, const std::vector<ThreadInput> &inputs,
                                   const std::string &inputDescription)
{
    nlohmann::ordered_json threads = nlohmann::ordered_json::array();
    for (const FoundThread &found : result.threads) {
        const TopicThread &t = found.thread;
        nlohmann::ordered_json mix;
        for (const SuggestionStatus status : {SuggestionStatus::Done, SuggestionStatus::InProgress,
                                              SuggestionStatus::Blocked})
            mix[toString(status)] = countOf(found.statusMix, status);
        threads.push_back({{"id", t.id},
                           {"label", t.label},
                           {"concern_item", t.concernItem},
                           {"member_count", t.memberCount},
                           {"first_on", found.dated ? nlohmann::json(t.firstOn.toIso()) : nlohmann::json()},
                           {"last_on", found.dated ? nlohmann::json(t.lastOn.toIso()) : nlohmann::json()},
                           {"rounds", found.rounds},
                           {"status_mix", mix},
                           {"centre", {{"x", found.centre.x}, {"y", found.centre.y}}},
                           {"members", found.members}});
    }
    const std::size_t threaded = threadedCount(result);
    return {{"input", inputDescription},
            {"points", inputs.size()},
            {"threaded", threaded},
            {"noise", inputs.size() - threaded},
            {"threads", threads}};
}

void printThreadsTable(const ThreadingResult &result, std::size_t pointCount)
{
    std::vector<const FoundThread *> order;
    for (const FoundThread &found : result.threads)
        order.push_back(&found);
    std::stable_sort(order.begin(), order.end(), [](const FoundThread *a, const FoundThread *b) {
        return a->thread.memberCount > b->thread.memberCount;
    });
    std::printf("%6s %7s %-10s %-10s %-7s  %s\n", "id", "members", "first", "last", "rounds", "label");
    for (const FoundThread *found : order) {
        const TopicThread &t = found->thread;
        // Label last: Chinese text has no fixed width in a terminal's columns.
        std::printf("%6lld %7d %-10s %-10s %-7s  %s\n", static_cast<long long>(t.id), t.memberCount,
                    found->dated ? t.firstOn.toIso().c_str() : "-", found->dated ? t.lastOn.toIso().c_str() : "-",
                    roundsText(found->rounds).c_str(),
                    t.label.c_str());
    }
    const std::size_t threaded = threadedCount(result);
    std::printf("%zu threads; %zu of %zu points threaded, %zu left as noise\n", result.threads.size(), threaded,
                pointCount, pointCount - threaded);
}

void writeThreadsFile(const ThreadingResult &result, const std::vector<ThreadInput> &inputs, const std::string &path)
{
    std::vector<ThreadExportFeature> hulls;
    for (const FoundThread &found : result.threads)
        hulls.push_back({found.thread, found.rounds, countOf(found.statusMix, SuggestionStatus::Done),
                         countOf(found.statusMix, SuggestionStatus::InProgress),
                         countOf(found.statusMix, SuggestionStatus::Blocked), found.dated});
    std::vector<ThreadMemberFeature> members;
    for (std::size_t i = 0; i < inputs.size(); ++i)
        if (result.threadOf[i])
            members.push_back({inputs[i].id, *result.threadOf[i], inputs[i].location});
    writeThreadsGeoPackage(path, hulls, members);
}

} // namespace lianxin::cli
