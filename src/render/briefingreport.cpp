#include "render/briefingreport.h"

#include "render/briefingtable.h"
#include "render/heatmapoverlay.h"
#include "render/labellayout.h"
#include "render/maptransform.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <stdexcept>

namespace lianxin {

namespace {

// Vectors are drawn at this resolution; it also sets the map's symbol sizes (dpi) and
// the size the heat-map image is resampled to.
constexpr int kResolution = 300;
constexpr double kMarginMm = 12.0;
constexpr double kGapMm = 6.0;
constexpr double kMapShare = 0.6; // of the content width on page 1

double mm(double millimetres) { return millimetres / 25.4 * kResolution; }


// Title, date and summary across the top of page 1; returns where the body starts.
double paintHeader(QPainter &painter, const BriefingContent &content, const QRectF &page)
{
    const QFont titleFont = mapFont({}, 18.0, true, kResolution);
    const QFont dateFont = mapFont({}, 10.0, false, kResolution);
    const QFont summaryFont = mapFont({}, 9.5, false, kResolution);
    const QFontMetricsF title(titleFont), date(dateFont), summary(summaryFont);
    double y = page.top();
    painter.setPen(QColor(0x1f, 0x2d, 0x3d));
    painter.setFont(titleFont);
    painter.drawText(QPointF(page.left(), y + title.ascent()),
                     title.elidedText(content.title, Qt::ElideRight, page.width() * 0.75));
    const QString when = content.date.isValid() ? content.date.toString(content.dateFormat) : QString();
    painter.setFont(dateFont);
    painter.drawText(QPointF(page.right() - date.horizontalAdvance(when), y + title.ascent()), when);
    y += title.height() + mm(1.0);
    painter.setPen(QPen(QColor(0xb0, 0x3a, 0x2e), mm(0.5)));
    painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
    y += mm(2.0);
    painter.setPen(QColor(0x20, 0x20, 0x20));
    painter.setFont(summaryFont);
    for (const QString &line : content.summaryLines) {
        painter.drawText(QPointF(page.left(), y + summary.ascent()),
                         summary.elidedText(line, Qt::ElideRight, page.width()));
        y += summary.height() * 1.2;
    }
    return y + mm(2.0);
}

void drawMapAt(QPainter &painter, const MapSettings &settings, const BriefingContent &content, const QRectF &box)
{
    painter.save();
    painter.translate(box.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), box.size()));
    MapRenderJob(settings, content.scene, content.styles).render(painter);
    painter.restore();
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), mm(0.25)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
}

// The heat under a world box: where the inset would hide the most important part.
double heatUnder(const MapSettings &settings, const Box &box)
{
    if (!settings.heatmap)
        return 0.0;
    const DensityRaster &raster = settings.heatmap->raster;
    const RasterGrid &grid = raster.grid;
    const int column0 = std::clamp(static_cast<int>((box.minX - grid.west) / grid.cellSize), 0, grid.width);
    const int column1 = std::clamp(static_cast<int>((box.maxX - grid.west) / grid.cellSize) + 1, 0, grid.width);
    const int row0 = std::clamp(static_cast<int>((grid.north - box.maxY) / grid.cellSize), 0, grid.height);
    const int row1 = std::clamp(static_cast<int>((grid.north - box.minY) / grid.cellSize) + 1, 0, grid.height);
    double sum = 0.0;
    for (int row = row0; row < row1; ++row)
        for (int column = column0; column < column1; ++column)
            sum += raster.value(row, column);
    return sum;
}

// The county in small at the right edge (upper or lower, whichever hides less of the
// heat map), with the main map's frame on it.
void paintOverview(QPainter &painter, const BriefingContent &content, const MapSettings &main, const QRectF &box)
{
    const Box &county = *content.overviewExtent;
    const double aspect = county.width() / county.height();
    const double height = std::min(box.height() * 0.42, box.width() * 0.3 / aspect);
    const double width = height * aspect;
    const MapTransform mainTransform(main.extent, main.outputSize);
    const QRectF lower(box.right() - width - mm(3.0), box.bottom() - height - mm(9.0), width, height);
    const QRectF upper(box.right() - width - mm(3.0), box.top() + mm(20.0), width, height);
    auto worldOf = [&](const QRectF &rect) {
        const PointXY a = mainTransform.toWorld(rect.topLeft() - box.topLeft());
        const PointXY b = mainTransform.toWorld(rect.bottomRight() - box.topLeft());
        return Box{std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x), std::max(a.y, b.y)};
    };
    const QRectF inset = heatUnder(main, worldOf(upper)) < heatUnder(main, worldOf(lower)) ? upper : lower;

    MapSettings settings = main;
    settings.extent = county;
    settings.outputSize = inset.size().toSize();
    settings.decorations = false;
    settings.labels = false;
    drawMapAt(painter, settings, content, inset);
    const MapTransform overview(county, settings.outputSize);
    const Box shown = mainTransform.visibleExtent();
    const QRectF frame = QRectF(overview.toPixel({shown.minX, shown.maxY}), overview.toPixel({shown.maxX, shown.minY}))
                             .translated(inset.topLeft())
                             .intersected(inset);
    painter.setPen(QPen(QColor(0x1f, 0x2d, 0x3d), mm(0.4)));
    painter.drawRect(frame);
}

void paintMap(QPainter &painter, const BriefingContent &content, const QRectF &box)
{
    MapSettings settings = content.map;
    settings.outputSize = box.size().toSize();
    settings.dpi = kResolution;
    drawMapAt(painter, settings, content, box);
    if (content.overviewExtent)
        paintOverview(painter, content, settings, box);
}

void paintFooter(QPainter &painter, const QRectF &page, const QString &footer, int pageNumber)
{
    const QFont font = mapFont({}, 7.5, false, kResolution);
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    painter.setPen(QColor(0x70, 0x70, 0x70));
    const QString text = footer.arg(pageNumber);
    painter.drawText(QPointF(page.right() - metrics.horizontalAdvance(text), page.bottom() + mm(6.0)), text);
}

} // namespace

int writeBriefingPdf(const BriefingContent &content, const QString &path)
{
    if (!content.scene)
        throw std::invalid_argument("briefing report: no map scene to draw");
    // QSaveFile writes beside the target and renames over it on commit; an exception or a
    // failed paint discards it, so the previous report (if any) is never lost or half-written.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw std::runtime_error("briefing report: cannot write " + path.toStdString() + ": "
                                 + file.errorString().toStdString());
    int pages = 1;
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("lianxin"));
        writer.setTitle(content.title);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (painter.begin(&writer)) {
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            const QRectF page(mm(kMarginMm), mm(kMarginMm), writer.width() - 2.0 * mm(kMarginMm),
                              writer.height() - 2.0 * mm(kMarginMm));
            const double bodyTop = paintHeader(painter, content, page);
            const QRectF mapBox(page.left(), bodyTop, page.width() * kMapShare, page.bottom() - bodyTop);
            paintMap(painter, content, mapBox);
            paintFooter(painter, page, content.footer, 1);

            // Tables: the rest of page 1, then two columns per further page.
            const QRectF firstFrame(mapBox.right() + mm(kGapMm), bodyTop, page.right() - mapBox.right() - mm(kGapMm),
                                    mapBox.height());
            const double columnWidth = (page.width() - mm(kGapMm)) / 2.0;
            int column = 1; // columns used on the current page after page 1
            auto nextFrame = [&]() {
                if (pages == 1 || column == 2) {
                    writer.newPage();
                    ++pages;
                    paintFooter(painter, page, content.footer, pages);
                    column = 0;
                }
                const QRectF frame(page.left() + column * (columnWidth + mm(kGapMm)), page.top(), columnWidth,
                                   page.height());
                ++column;
                return frame;
            };
            BriefingTableFlow flow(painter, kResolution, firstFrame, nextFrame, content.continued);
            flow.add({content.statisticsCaption, content.statistics, content.noStatistics});
            flow.add({content.threadsCaption, content.threads, content.noThreads});
            painted = painter.end();
        }
    }
    if (!painted) {
        file.cancelWriting();
        throw std::runtime_error("briefing report: cannot write " + path.toStdString());
    }
    if (!file.commit())
        throw std::runtime_error("briefing report: cannot finish " + path.toStdString() + ": "
                                 + file.errorString().toStdString());
    return pages;
}

} // namespace lianxin
