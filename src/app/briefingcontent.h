#pragma once
// What the briefing report shows, gathered from the open project and the map as the user
// sees it (view, layers, heat map): the county summary, the statistics per grid area and
// the largest topic threads. Texts follow the interface language.
#include "app/projectloader.h"
#include "render/briefingreport.h"

#include <QCoreApplication>
#include <QDate>

namespace lianxin {

struct BriefingContentBuilder {
    Q_DECLARE_TR_FUNCTIONS(BriefingContentBuilder)

public:
    // `map` is the canvas's settings (its size is replaced by the report's).
    static BriefingContent build(const LoadedProject &project, const MapSettings &map, const QDate &date);
};

} // namespace lianxin
