#pragma once
// The briefing's tables, built once for both the CLI report and the app's Briefing action
// so the same database always gives the same briefing: statistics per grid area, then per
// village (busiest first, areas without suggestions left out), the county total last;
// the largest topic threads with the rounds they span. Texts come from the caller (the
// app passes its translations); the defaults are the Chinese of the printed report.
#include "core/world.h"
#include "render/briefingreport.h"

namespace lianxin {

struct BriefingTexts {
    QString area = QStringLiteral("网格片区 / 渔村");
    QString total = QStringLiteral("总数");
    QString done = QStringLiteral("已办结");
    QString inProgress = QStringLiteral("正在办理");
    QString blocked = QStringLiteral("疑难受限");
    QString onTime = QStringLiteral("按时答复");
    QString county = QStringLiteral("全县合计");
    QString thread = QStringLiteral("专题");
    QString members = QStringLiteral("件数");
    QString first = QStringLiteral("首次");
    QString last = QStringLiteral("最近");
    QString rounds = QStringLiteral("轮次");
};

// The threads a briefing lists at most: what fits beside the statistics on page 2.
constexpr int kBriefingTopThreads = 12;

// "100.0 %"; "–" for an area without suggestions (no rate to speak of).
QString briefingRate(int total, double rate);

BriefingTable briefingStatisticsTable(const World &world, const Date &asOf, const BriefingTexts &texts = {});
// The largest first, the most recent among equals.
BriefingTable briefingThreadsTable(const World &world, const BriefingTexts &texts = {},
                                   int top = kBriefingTopThreads);

} // namespace lianxin
