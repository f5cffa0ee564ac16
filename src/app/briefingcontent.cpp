#include "app/briefingcontent.h"

#include "analysis/suggestionstats.h"
#include "render/heatmaplayer.h"

#include <QLocale>

#include <algorithm>
#include <map>
#include <set>

namespace lianxin {

namespace {

QString percent(double share) { return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %"); }

} // namespace

BriefingContent BriefingContentBuilder::build(const LoadedProject &project, const MapSettings &map, const QDate &date)
{
    BriefingContent content;
    content.title = tr("Changdao grid community service — suggestions briefing");
    content.date = date;
    content.map = map;
    content.scene = project.scene;
    content.styles = project.styles;
    if (!project.world)
        return content;
    const World &world = *project.world;
    const SuggestionStatistics stats =
        suggestionStatistics(world, StatsGrouping::GridArea, Date{date.year(), date.month(), date.day()});
    const SuggestionTally &c = stats.county;
    content.summaryLines << tr("Suggestions: %1 — done %2, in progress %3, blocked %4")
                                .arg(c.total)
                                .arg(c.done)
                                .arg(c.inProgress)
                                .arg(c.blocked);
    content.summaryLines << tr("Replied within 7 working days: %1; overdue: %2")
                                .arg(percent(c.onTimeRate()))
                                .arg(stats.overdue.size());
    if (map.heatmap) {
        const HeatmapOverlay &heat = *map.heatmap;
        QString line = tr("Heat map: radius %1 m, colour scale up to %2 %3")
                           .arg(heat.raster.radius)
                           .arg(heatmapTickText(heat.maximum * heat.displayFactor), heat.unit);
        if (heatmapMaximumPinned(heat))
            line += tr(" (pinned)");
        content.summaryLines << line;
    }

    content.statistics.header = {tr("Grid area"), tr("Total"), tr("Done"), tr("In progress"), tr("Blocked"), tr("On time")};
    std::vector<StatsRow> rows = stats.rows;
    // Busiest first: a leader reads the top of the table.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const StatsRow &a, const StatsRow &b) { return a.tally.total > b.tally.total; });
    for (const StatsRow &r : rows)
        content.statistics.rows.push_back({QString::fromStdString(r.name), QString::number(r.tally.total),
                                           QString::number(r.tally.done), QString::number(r.tally.inProgress),
                                           QString::number(r.tally.blocked), percent(r.tally.onTimeRate())});

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
    if (threads.size() > static_cast<std::size_t>(kTopThreads))
        threads.resize(kTopThreads);
    content.threads.header = {tr("Thread"), tr("Suggestions"), tr("First"), tr("Last"), tr("Rounds")};
    for (const TopicThread *t : threads) {
        QStringList roundList;
        for (int r : rounds[t->id])
            roundList << QString::number(r);
        content.threads.rows.push_back({QString::fromStdString(t->label), QString::number(t->memberCount),
                                        QString::fromStdString(t->firstOn.toIso()),
                                        QString::fromStdString(t->lastOn.toIso()), roundList.join(QLatin1Char(','))});
    }
    return content;
}

} // namespace lianxin
