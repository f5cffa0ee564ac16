#pragma once
// The leaders' briefing (issue 4): one A4 landscape PDF with title, date, the map with the
// heat map and topic threads, legend, scale bar and north arrow, the statistics table and
// the top threads. Drawn with the same MapRenderJob as the canvas.
#include "render/maprenderjob.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace lianxin {

struct BriefingTable {
    QStringList header;
    std::vector<QStringList> rows;
};

struct BriefingContent {
    QString title = QStringLiteral("长岛网格连心服务 意见建议简报");
    QDate date;
    QStringList summaryLines;  // e.g. "意见建议 1013 件：已办结 585，正在办理 224，疑难受限 204"
    MapSettings map;           // extent, layers, heatmap overlay; size is set by the report
    // When set: a small map of this extent (the county) in the main map's right-hand
    // corner that hides less heat, with the same layers, outlining where the main map is.
    std::optional<Box> overviewExtent;
    std::shared_ptr<const MapScene> scene;
    std::shared_ptr<const StyleLibrary> styles;
    BriefingTable statistics;  // per grid area / village / department
    BriefingTable threads;     // top threads
    // The page's fixed words; Chinese by default, the app passes its interface language.
    QString statisticsCaption = QStringLiteral("意见建议办理情况统计");
    QString noStatistics = QStringLiteral("没有统计数据。");
    QString threadsCaption = QStringLiteral("反复出现的意见建议（专题）");
    QString noThreads = QStringLiteral("尚未计算意见建议专题：运行 lianxin-cli threads 后重新生成简报。");
    QString continued = QStringLiteral("（续）");
    QString footer = QStringLiteral("长岛网格连心服务 · 第 %1 页"); // %1: the page number
    QString dateFormat = QStringLiteral("yyyy年M月d日");             // QDate::toString format
};

// Writes the PDF (page 1: map and the start of the tables; further pages as the tables
// need) to `path` through a QSaveFile: the target is replaced whole or not at all.
// Throws std::runtime_error naming the path on failure. Returns the page count.
int writeBriefingPdf(const BriefingContent &content, const QString &path);

} // namespace lianxin
