// The briefing's tables, shared by lianxin-cli report and the app: what a leader reads
// must be the article's figures, busiest first, and the largest threads with their rounds.
#include "analysis/suggestionstats.h"
#include "analysis/topicthreads.h"
#include "render/briefingtables.h"
#include "renderfixture.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lianxin;
using namespace lianxin::test;

TEST_CASE("The statistics table lists busy areas first and ends with the article's county figures")
{
    const World &world = demoWorld();
    const BriefingTable table = briefingStatisticsTable(world, latestEventDate(world));
    REQUIRE(table.header.size() == 6);
    REQUIRE(!table.rows.empty());
    CHECK(table.rows.back() == QStringList{QStringLiteral("全县合计"), QStringLiteral("1013"), QStringLiteral("585"),
                                           QStringLiteral("224"), QStringLiteral("204"), QStringLiteral("100.0 %")});
    // Grid areas then villages, each busiest first; areas without suggestions left out.
    int sum = 0;
    int gridRows = 0;
    for (std::size_t i = 0; i + 1 < table.rows.size(); ++i) {
        const int total = table.rows[i][1].toInt();
        CHECK(total > 0);
        sum += total;
        gridRows += table.rows[i][0].startsWith(QStringLiteral("NCS-")) ? 1 : 0;
    }
    CHECK(gridRows == 28);
    CHECK(sum == 1013); // every suggestion lies in exactly one grid area or village
    for (std::size_t i = 1; i < static_cast<std::size_t>(gridRows); ++i)
        CHECK(table.rows[i - 1][1].toInt() >= table.rows[i][1].toInt());
    CHECK(briefingRate(0, 1.0) == QStringLiteral("–")); // no suggestions: no rate, not 100 %
}

TEST_CASE("The threads table lists the largest threads with the rounds they span")
{
    World world = demoWorld();
    const ThreadingResult found = findTopicThreads(threadInputsOf(world), namedPlacesOf(world), ThreadingOptions{});
    for (const FoundThread &t : found.threads)
        world.topicThreads.push_back(t.thread);
    for (std::size_t i = 0; i < world.suggestions.size(); ++i)
        world.suggestions[i].threadId = found.threadOf[i];

    BriefingTexts texts;
    texts.rounds = QStringLiteral("Rounds");
    const BriefingTable table = briefingThreadsTable(world, texts, 5);
    CHECK(table.header.back() == QStringLiteral("Rounds"));
    REQUIRE(table.rows.size() == std::min<std::size_t>(5, found.threads.size()));
    for (std::size_t i = 1; i < table.rows.size(); ++i)
        CHECK(table.rows[i - 1][1].toInt() >= table.rows[i][1].toInt());
    // The biggest thread's rounds are those of its members.
    const auto biggest = std::max_element(found.threads.begin(), found.threads.end(), [](const auto &a, const auto &b) {
        return a.thread.memberCount < b.thread.memberCount;
    });
    QStringList rounds;
    for (int r : biggest->rounds)
        rounds << QString::number(r);
    CHECK(table.rows[0][4] == rounds.join(QLatin1Char(',')));
    CHECK(table.rows[0][1].toInt() == biggest->thread.memberCount);
}
