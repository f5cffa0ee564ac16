#include "render/briefingtables.h"

#include "analysis/suggestionstats.h"

#include <algorithm>
#include <map>
#include <set>

namespace lianxin {

namespace {

QStringList tallyCells(const QString &name, const SuggestionTally &t)
{
    return {name,
            QString::number(t.total),
            QString::number(t.done),
            QString::number(t.inProgress),
            QString::number(t.blocked),
            briefingRate(t.total, t.onTimeRate())};
}

} // namespace

QString briefingRate(int total, double rate)
{
    return total > 0 ? QString::number(100.0 * rate, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

BriefingTable briefingStatisticsTable(const World &world, const Date &asOf, const BriefingTexts &texts)
{
    BriefingTable table;
    table.header = {texts.area, texts.total, texts.done, texts.inProgress, texts.blocked, texts.onTime};
    SuggestionTally county;
    for (StatsGrouping grouping : {StatsGrouping::GridArea, StatsGrouping::Village}) {
        SuggestionStatistics stats = suggestionStatistics(world, grouping, asOf);
        county = stats.county;
        // Busiest first: a leader reads the top of the table.
        std::stable_sort(stats.rows.begin(), stats.rows.end(),
                         [](const StatsRow &a, const StatsRow &b) { return a.tally.total > b.tally.total; });
        for (const StatsRow &row : stats.rows)
            if (row.tally.total > 0)
                table.rows.push_back(tallyCells(QString::fromStdString(row.name), row.tally));
    }
    table.rows.push_back(tallyCells(texts.county, county));
    return table;
}

BriefingTable briefingThreadsTable(const World &world, const BriefingTexts &texts, int top)
{
    std::map<Id, std::set<int>> rounds;
    for (const Suggestion &s : world.suggestions)
        if (s.threadId)
            rounds[*s.threadId].insert(s.round);
    std::vector<const TopicThread *> threads;
    for (const TopicThread &t : world.topicThreads)
        threads.push_back(&t);
    std::stable_sort(threads.begin(), threads.end(), [](const TopicThread *a, const TopicThread *b) {
        return a->memberCount != b->memberCount ? a->memberCount > b->memberCount : a->lastOn > b->lastOn;
    });
    BriefingTable table;
    table.header = {texts.thread, texts.members, texts.first, texts.last, texts.rounds};
    for (std::size_t i = 0; i < threads.size() && i < static_cast<std::size_t>(std::max(top, 0)); ++i) {
        const TopicThread &t = *threads[i];
        QStringList roundList;
        for (int r : rounds[t.id])
            roundList << QString::number(r);
        table.rows.push_back({QString::fromStdString(t.label), QString::number(t.memberCount),
                              QString::fromStdString(t.firstOn.toIso()), QString::fromStdString(t.lastOn.toIso()),
                              roundList.join(QLatin1Char(','))});
    }
    return table;
}

} // namespace lianxin
