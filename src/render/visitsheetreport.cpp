#include "render/visitsheetreport.h"

#include "render/visitsheetpage.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <stdexcept>

namespace lianxin {

namespace {

constexpr int kResolution = 300;
constexpr double kMarginMm = 12.0;

double mm(double millimetres) { return millimetres / 25.4 * kResolution; }

} // namespace

int writeVisitSheetPdf(const VisitSheetDocument &document, const QString &path)
{
    if (!document.scene)
        throw std::invalid_argument("visit sheets: no map scene to draw");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("visit sheets: cannot write " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    int pages = 1;
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("lianxin"));
        writer.setTitle(document.title + QStringLiteral(" · ") + document.bodyName);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (painter.begin(&writer)) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            const QRectF page(mm(kMarginMm), mm(kMarginMm), writer.width() - 2.0 * mm(kMarginMm),
                              writer.height() - 2.0 * mm(kMarginMm));
            VisitSheetPageContext context{painter, kResolution, page, [&] {
                                              writer.newPage();
                                              ++pages;
                                          }};
            paintCover(context, document);
            for (const VisitSheet *sheet : document.sheets) {
                context.newPage();
                paintGroupPages(context, document, *sheet);
            }
            painted = painter.end();
        }
    }
    if (!painted) {
        file.cancelWriting();
        throw std::runtime_error("visit sheets: cannot write " + path.toStdString());
    }
    if (!file.commit())
        throw std::runtime_error("visit sheets: cannot finish " + path.toStdString() + ": " +
                                 file.errorString().toStdString());
    return pages;
}

} // namespace lianxin
