#pragma once
// Printed visit sheets (走访表): one PDF for one responsible body. A cover page of totals,
// then per group one A4 page (more when its list is long): a map of its route with
// numbered stops, the ordered list with blank columns for the date, the outcome and the
// signature, and the 便民服务 contact lines. Phones are printed masked, as the rows hold
// them (core/visitsheet.h).
#include "core/visitplan.h"
#include "core/visitsheet.h"
#include "render/mapscene.h"
#include "render/mapsettings.h"
#include "render/stylelibrary.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace lianxin {

struct VisitSheetDocument {
    QString title;                  // "2021年第三轮大走访 走访表"
    QString bodyName;               // the department or township unit
    QString period;                 // "2021-05-06 至 2021-05-28"
    QStringList coverLines;         // totals under the cover's title
    std::vector<const VisitSheet *> sheets; // the body's groups, in print order
    std::shared_ptr<const MapScene> scene;
    std::shared_ptr<const StyleLibrary> styles;
    // Lines at the foot of every group page; "%1" becomes the group's code, "%2" its
    // cadres, "%3" the body's name.
    QStringList contactLines = {
        QStringLiteral("便民服务：联户组 %1（%2，%3）——有事请找联户干部，户户到家、不漏一户。"),
        QStringLiteral("政务服务便民热线 12345 · 意见建议可在走访时提出，7个工作日内答复。")};
};

// Writes the PDF through a QSaveFile (replaced whole or not at all). Throws
// std::runtime_error naming the path on failure, std::invalid_argument without a scene.
// Returns the page count.
int writeVisitSheetPdf(const VisitSheetDocument &document, const QString &path);

} // namespace lianxin
