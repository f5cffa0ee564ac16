#include "render/visitsheetpage.h"

#include "render/labellayout.h"
#include "render/maprenderjob.h"
#include "render/maptransform.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lianxin {

namespace {

struct TableColumn {
    QString title;
    double widthMm;
};

// 186 mm: the A4 portrait width inside 12 mm margins.
const std::vector<TableColumn> &listColumns()
{
    static const std::vector<TableColumn> columns = {
        {QStringLiteral("站"), 8},     {QStringLiteral("序"), 8},      {QStringLiteral("地址"), 38},
        {QStringLiteral("住户编号"), 20}, {QStringLiteral("户主"), 16},   {QStringLiteral("人数"), 9},
        {QStringLiteral("电话"), 22},   {QStringLiteral("重点"), 17},   {QStringLiteral("日期"), 16},
        {QStringLiteral("结果"), 14},   {QStringLiteral("签名"), 18}};
    return columns;
}

const QColor kInk(0x20, 0x20, 0x20);
const QColor kRoute(0xb0, 0x3a, 0x2e);
const QColor kRule(0x90, 0x90, 0x90);

class Units {
public:
    explicit Units(double dpi) : m_dpi(dpi) {}
    double mm(double millimetres) const { return millimetres / 25.4 * m_dpi; }
    QFont font(double points, bool bold = false) const { return mapFont({}, points, bold, m_dpi); }

private:
    double m_dpi;
};

QStringList listCells(const VisitSheetRow &row)
{
    return {QString::number(row.stop),
            QString::number(row.sequence),
            QString::fromStdString(row.address),
            QString::fromStdString(row.householdCode),
            QString::fromStdString(row.head),
            QString::number(row.residents),
            QString::fromStdString(row.phone),
            QString::fromStdString(row.flags) +
                (row.deadline ? QStringLiteral(" 限%1").arg(QString::fromStdString(row.deadline->toIso().substr(5)))
                              : QString()),
            QString(), QString(), QString()};
}

// Draws one table row of cells clipped to their columns; returns the row's height.
double drawRow(QPainter &painter, const Units &u, const QRectF &area, double y, const std::vector<TableColumn> &columns,
               const QStringList &cells, bool header)
{
    const double height = u.mm(header ? 6.0 : 5.6);
    painter.setFont(u.font(header ? 8.0 : 7.5, header));
    const QFontMetricsF metrics(painter.font());
    double x = area.left();
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const double width = u.mm(columns[c].widthMm);
        const QRectF cell(x, y, width, height);
        painter.setPen(QPen(kRule, u.mm(0.15)));
        painter.setBrush(header ? QColor(0xee, 0xee, 0xee) : QColor(Qt::transparent));
        painter.drawRect(cell);
        painter.setPen(kInk);
        const QString text = metrics.elidedText(cells.value(static_cast<int>(c)), Qt::ElideRight, width - u.mm(1.4));
        painter.drawText(cell.adjusted(u.mm(0.7), 0, -u.mm(0.7), 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += width;
    }
    return height;
}

double drawLines(QPainter &painter, const Units &u, const QStringList &lines, double points, bool bold, double x, double y,
                 double width)
{
    painter.setFont(u.font(points, bold));
    painter.setPen(kInk);
    const QFontMetricsF metrics(painter.font());
    for (const QString &line : lines) {
        painter.drawText(QPointF(x, y + metrics.ascent()), metrics.elidedText(line, Qt::ElideRight, width));
        y += metrics.height() * 1.25;
    }
    return y;
}

Box routeExtent(const GroupRoute &route)
{
    Box box{route.base.x, route.base.y, route.base.x, route.base.y};
    for (const VisitLeg &leg : route.legs) {
        box = unite(box, Box{leg.start.x, leg.start.y, leg.start.x, leg.start.y});
        for (const VisitStop &stop : leg.stops)
            box = unite(box, Box{stop.location.x, stop.location.y, stop.location.x, stop.location.y});
    }
    // Room around the outer stops, and never closer than a street's width.
    const double pad = std::max({box.width(), box.height(), 200.0}) * 0.12;
    const double cx = (box.minX + box.maxX) / 2.0, cy = (box.minY + box.maxY) / 2.0;
    const double halfW = std::max(box.width() / 2.0, 100.0) + pad, halfH = std::max(box.height() / 2.0, 100.0) + pad;
    return {cx - halfW, cy - halfH, cx + halfW, cy + halfH};
}

void paintRouteOverlay(QPainter &painter, const Units &u, const GroupRoute &route, const MapTransform &transform)
{
    painter.setBrush(Qt::NoBrush);
    for (const VisitLeg &leg : route.legs) {
        QPainterPath path(transform.toPixel(leg.start));
        for (const VisitStop &stop : leg.stops)
            path.lineTo(transform.toPixel(stop.location));
        painter.setPen(QPen(kRoute, u.mm(0.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        const QPointF start = transform.toPixel(leg.start);
        const double s = u.mm(2.2);
        painter.setPen(QPen(Qt::white, u.mm(0.3)));
        painter.setBrush(kRoute);
        painter.drawRect(QRectF(start.x() - s / 2, start.y() - s / 2, s, s));
        painter.setBrush(Qt::NoBrush);
    }
    painter.setFont(u.font(6.0, true));
    for (const VisitLeg &leg : route.legs)
        for (const VisitStop &stop : leg.stops) {
            const QPointF at = transform.toPixel(stop.location);
            const double r = u.mm(stop.number >= 10 ? 2.0 : 1.7);
            painter.setPen(QPen(kRoute, u.mm(0.35)));
            painter.setBrush(Qt::white);
            painter.drawEllipse(at, r, r);
            painter.setPen(kRoute);
            painter.drawText(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r), Qt::AlignCenter, QString::number(stop.number));
        }
}

void paintMap(QPainter &painter, const Units &u, const VisitSheetDocument &document, const GroupRoute &route,
              const QRectF &box)
{
    MapSettings settings;
    settings.extent = routeExtent(route);
    settings.outputSize = box.size().toSize();
    settings.dpi = 300.0;
    settings.decorations = false;
    settings.labels = false;
    for (const char *layer : {"islands", "villages", "grid_areas", "buildings", "households"})
        settings.layers.push_back({QString::fromLatin1(layer), true, 0.8});
    painter.save();
    painter.translate(box.topLeft());
    painter.setClipRect(QRectF(QPointF(0, 0), box.size()));
    MapRenderJob(settings, document.scene, document.styles).render(painter);
    paintRouteOverlay(painter, u, route, MapTransform(settings.extent, settings.outputSize));
    painter.restore();
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), u.mm(0.25)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
}

QStringList headerLines(const VisitSheetDocument &document, const VisitSheet &sheet)
{
    const GroupRoute &r = *sheet.route;
    QString load = QStringLiteral("%1 户 · %2 人 · %3 站 · 步行约 %4 米 · 需 %5 个工作日")
                       .arg(r.households)
                       .arg(r.residents)
                       .arg(r.stops())
                       .arg(static_cast<long long>(std::lround(r.metres)))
                       .arg(r.daysNeeded);
    if (r.overCapacity)
        load += QStringLiteral(" · 超出本轮工作日");
    if (r.legs.size() > 1)
        load += QStringLiteral(" · %1 个岛分段走访").arg(r.legs.size());
    return {QString::fromStdString(sheet.departmentName) + QStringLiteral(" · 联户干部：") +
                QString::fromStdString(sheet.cadres) + QStringLiteral(" · ") + document.period,
            load};
}

QStringList contactLines(const VisitSheetDocument &document, const VisitSheet &sheet)
{
    QStringList lines;
    for (const QString &line : document.contactLines)
        lines << QString(line)
                     .replace(QStringLiteral("%1"), QString::fromStdString(sheet.groupCode))
                     .replace(QStringLiteral("%2"), QString::fromStdString(sheet.cadres))
                     .replace(QStringLiteral("%3"), QString::fromStdString(sheet.departmentName));
    return lines;
}

} // namespace

int paintGroupPages(VisitSheetPageContext &context, const VisitSheetDocument &document, const VisitSheet &sheet)
{
    QPainter &painter = context.painter;
    const Units u(context.dpi);
    const QRectF &page = context.page;
    const std::vector<TableColumn> &columns = listColumns();
    const QStringList contacts = contactLines(document, sheet);
    const double footerTop = page.bottom() - u.mm(4.5) * contacts.size();

    double y = drawLines(painter, u, {document.title + QStringLiteral(" · ") + QString::fromStdString(sheet.groupCode)},
                         13.0, true, page.left(), page.top(), page.width());
    y = drawLines(painter, u, headerLines(document, sheet), 8.5, false, page.left(), y, page.width()) + u.mm(1.0);
    const QRectF mapBox(page.left(), y, page.width(), u.mm(82.0));
    paintMap(painter, u, document, *sheet.route, mapBox);
    y = mapBox.bottom() + u.mm(3.0);

    QStringList titles;
    for (const TableColumn &column : columns)
        titles << column.title;
    int pages = 1;
    auto footer = [&] { drawLines(painter, u, contacts, 7.5, false, page.left(), footerTop, page.width()); };
    y += drawRow(painter, u, page, y, columns, titles, true);
    for (const VisitSheetRow &row : sheet.rows) {
        if (y + u.mm(5.6) > footerTop - u.mm(1.0)) {
            footer();
            context.newPage();
            ++pages;
            y = drawLines(painter, u, {document.title + QStringLiteral(" · ") + QString::fromStdString(sheet.groupCode) +
                                       QStringLiteral("（续）")},
                          11.0, true, page.left(), page.top(), page.width()) + u.mm(1.0);
            y += drawRow(painter, u, page, y, columns, titles, true);
        }
        y += drawRow(painter, u, page, y, columns, listCells(row), false);
    }
    footer();
    return pages;
}

int paintCover(VisitSheetPageContext &context, const VisitSheetDocument &document)
{
    QPainter &painter = context.painter;
    const Units u(context.dpi);
    const QRectF &page = context.page;
    double y = drawLines(painter, u, {document.title}, 20.0, true, page.left(), page.top() + u.mm(10.0), page.width());
    y = drawLines(painter, u, {document.bodyName, document.period}, 12.0, false, page.left(), y + u.mm(2.0),
                  page.width());
    painter.setPen(QPen(kRoute, u.mm(0.5)));
    painter.drawLine(QPointF(page.left(), y + u.mm(1.0)), QPointF(page.right(), y + u.mm(1.0)));
    y = drawLines(painter, u, document.coverLines, 10.0, false, page.left(), y + u.mm(4.0), page.width()) + u.mm(4.0);

    const std::vector<TableColumn> columns = {
        {QStringLiteral("组号"), 18}, {QStringLiteral("联户干部"), 50}, {QStringLiteral("户数"), 14},
        {QStringLiteral("人数"), 14}, {QStringLiteral("站数"), 14},    {QStringLiteral("步行(米)"), 22},
        {QStringLiteral("工作日"), 16}, {QStringLiteral("及时访"), 16},  {QStringLiteral("备注"), 22}};
    QStringList titles;
    for (const TableColumn &column : columns)
        titles << column.title;
    int pages = 1;
    y += drawRow(painter, u, page, y, columns, titles, true);
    for (const VisitSheet *sheet : document.sheets) {
        if (y + u.mm(5.6) > page.bottom()) {
            context.newPage();
            ++pages;
            y = page.top() + drawRow(painter, u, page, page.top(), columns, titles, true);
        }
        const GroupRoute &r = *sheet->route;
        int urgent = 0;
        for (const VisitSheetRow &row : sheet->rows)
            urgent += row.deadline ? 1 : 0;
        y += drawRow(painter, u, page, y, columns,
                     {QString::fromStdString(sheet->groupCode), QString::fromStdString(sheet->cadres),
                      QString::number(r.households), QString::number(r.residents), QString::number(r.stops()),
                      QString::number(std::lround(r.metres)), QString::number(r.daysNeeded), QString::number(urgent),
                      r.overCapacity ? QStringLiteral("超出工作日") : QString()},
                     false);
    }
    return pages;
}

} // namespace lianxin
