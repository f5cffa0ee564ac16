#include "app/briefingcontent.h"

#include "analysis/suggestionstats.h"
#include "core/workcalendar.h"
#include "render/briefingtables.h"
#include "render/heatmaplayer.h"

namespace lianxin {

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
    const Date asOf{date.year(), date.month(), date.day()};
    const SuggestionStatistics stats = suggestionStatistics(world, StatsGrouping::GridArea, asOf);
    const SuggestionTally &c = stats.county;
    content.summaryLines << tr("Suggestions: %1 — done %2, in progress %3, blocked %4")
                                .arg(c.total)
                                .arg(c.done)
                                .arg(c.inProgress)
                                .arg(c.blocked);
    content.summaryLines << tr("Replied within %1 working days: %2; overdue: %3")
                                .arg(kReplyDeadlineWorkingDays)
                                .arg(briefingRate(c.total, c.onTimeRate()))
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

    // The tables of the printed report (render/briefingtables.h), in the interface language.
    BriefingTexts texts;
    texts.area = tr("Grid area / village");
    texts.total = tr("Total");
    texts.done = tr("Done");
    texts.inProgress = tr("In progress");
    texts.blocked = tr("Blocked");
    texts.onTime = tr("On time");
    texts.county = tr("County total");
    texts.thread = tr("Thread");
    texts.members = tr("Suggestions");
    texts.first = tr("First");
    texts.last = tr("Last");
    texts.rounds = tr("Rounds");
    content.statisticsCaption = tr("Suggestions by area");
    content.noStatistics = tr("No statistics.");
    content.threadsCaption = tr("Recurring suggestions (topic threads)");
    content.noThreads = tr("No topic threads yet: find them in the Topic threads panel, then write the briefing again.");
    content.continued = tr(" (continued)");
    //: %1 is the page number
    content.footer = tr("Changdao grid community service · page %1");
    //: QDate format of the briefing's date
    content.dateFormat = tr("d MMMM yyyy");
    content.statistics = briefingStatisticsTable(world, asOf, texts);
    content.threads = briefingThreadsTable(world, texts);
    return content;
}

} // namespace lianxin
