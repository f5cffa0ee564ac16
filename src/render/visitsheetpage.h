#pragma once
// One group's page(s) of the visit sheets: header, route map, list, contact lines.
// Internal to visitsheetreport.cpp.
#include "render/visitsheetreport.h"

#include <QRectF>

#include <functional>

class QPainter;

namespace lianxin {

struct VisitSheetPageContext {
    QPainter &painter;
    double dpi = 300.0;
    QRectF page;                     // the printable area in device pixels
    std::function<void()> newPage;   // starts the next page
};

// Paints the group's first page and as many continuation pages as the list needs; the
// first page is the current one. Returns the pages used.
int paintGroupPages(VisitSheetPageContext &context, const VisitSheetDocument &document, const VisitSheet &sheet);

// The cover: title, body, period, totals, and one line per group.
int paintCover(VisitSheetPageContext &context, const VisitSheetDocument &document);

} // namespace lianxin
