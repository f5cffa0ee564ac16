#include "app/boundarytool.h"

#include "analysis/boundaryedits.h"
#include "analysis/boundarysnap.h"
#include "app/boundarycontroller.h"
#include "app/boundarypanel.h"
#include "app/mapcanvas.h"

#include <QKeyEvent>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace lianxin {

namespace {
constexpr double kPickPixels = 8.0;
constexpr double kSnapPixels = 10.0;
constexpr double kShowVerticesBelowMetresPerPixel = 3.0;
} // namespace

BoundaryTool::BoundaryTool(BoundaryController *controller, MapCanvas *canvas)
    : QObject(controller)
    , m_controller(controller)
    , m_canvas(canvas)
{
}

void BoundaryTool::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        m_canvas->installEventFilter(this);
    else
        m_canvas->removeEventFilter(this);
    m_canvas->setMouseTracking(true);
    reset();
}

void BoundaryTool::setMode(int mode)
{
    m_mode = static_cast<Mode>(mode);
    m_line.clear();
    m_firstArea.reset();
    emit changed();
}

void BoundaryTool::reset()
{
    m_edges.reset();
    m_hotNode.reset();
    m_hotSegment.reset();
    m_dragging = false;
    m_snap.reset();
    emit changed();
}

CoverageEdges &BoundaryTool::edges()
{
    if (!m_edges)
        m_edges.emplace(m_controller->session()->layout(), m_controller->session()->tolerance());
    return *m_edges;
}

PointXY BoundaryTool::worldAt(const QPointF &pixel) const { return m_canvas->transform().toWorld(pixel); }

double BoundaryTool::pixels(double count) const { return count * m_canvas->metresPerPixel(); }

bool BoundaryTool::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas || !m_active || !m_controller->session())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        if (m_mode == Vertex)
            return pressVertex(worldAt(mouse->position()));
        return true; // the other tools take clicks, not pans
    }
    case QEvent::MouseMove: {
        const PointXY p = worldAt(static_cast<QMouseEvent *>(event)->position());
        if (m_dragging) {
            dragTo(p);
            return true;
        }
        hover(p);
        return false; // the canvas still reports the cursor
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        if (m_dragging) {
            finishDrag();
            return true;
        }
        if (m_mode == Vertex)
            return false;
        if (!std::exchange(m_ignoreRelease, false))
            clickAt(worldAt(mouse->position()));
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        const PointXY p = worldAt(static_cast<QMouseEvent *>(event)->position());
        if (m_mode == Vertex)
            return addVertexAt(p);
        if (m_mode == Transfer || m_mode == Split) {
            // The double-click's own point ends the line (once, whether or not the click
            // before it already put it there).
            const double near = pixels(3.0);
            if (m_line.empty() || std::hypot(m_line.back().x - p.x, m_line.back().y - p.y) > near)
                m_line.push_back(p);
            m_ignoreRelease = true;
            finishLine();
        }
        return true;
    }
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && m_mode == Vertex)
            return removeHotVertex();
        if (key == Qt::Key_Escape && (!m_line.empty() || m_firstArea || m_dragging)) {
            if (m_dragging)
                m_controller->showLayout(m_before); // the drag is dropped, nothing pushed
            m_line.clear();
            m_firstArea.reset();
            reset();
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

void BoundaryTool::hover(const PointXY &p)
{
    if (m_mode != Vertex) {
        if (!m_line.empty())
            emit changed();
        return;
    }
    const auto node = edges().nodeNear(p, pixels(kPickPixels));
    const auto segment = node ? std::nullopt : edges().segmentNear(p, pixels(kPickPixels));
    const bool same = node == m_hotNode && (segment.has_value() == m_hotSegment.has_value()) &&
                      (!segment || (segment->a == m_hotSegment->a && segment->b == m_hotSegment->b));
    m_hotNode = node;
    m_hotSegment = segment;
    if (!same)
        emit changed();
}

bool BoundaryTool::pressVertex(const PointXY &p)
{
    hover(p);
    if (!m_hotNode && !m_hotSegment)
        return false; // a pan
    m_dragging = true;
    m_before = m_controller->session()->layout();
    m_dragStart = p;
    if (m_hotSegment)
        m_segmentStart = {edges().nodes()[m_hotSegment->a], edges().nodes()[m_hotSegment->b]};
    return true;
}

Box BoundaryTool::changedRegion(const BoundaryLayout &before, const BoundaryLayout &after,
                                const std::vector<std::size_t> &areas) const
{
    Box region{m_dragStart.x, m_dragStart.y, m_dragStart.x, m_dragStart.y};
    for (std::size_t a : areas)
        region = unite(unite(region, boundsOf(before.areas[a].geometry)), boundsOf(after.areas[a].geometry));
    return region;
}

void BoundaryTool::dragTo(const PointXY &p)
{
    CoverageEdges &view = edges();
    std::vector<std::size_t> areas;
    try {
        if (m_hotNode) {
            m_snap.reset();
            PointXY target = p;
            if (const auto snapped = m_controller->snapper()->snap(view, p, pixels(kSnapPixels), *m_hotNode)) {
                target = snapped->point;
                m_snap = target;
            }
            view.moveNode(*m_hotNode, target);
            areas = view.areasAt(*m_hotNode);
        } else {
            const PointXY delta{p.x - m_dragStart.x, p.y - m_dragStart.y};
            view.moveNode(m_hotSegment->a, m_segmentStart.first);
            view.moveNode(m_hotSegment->b, m_segmentStart.second);
            view.moveSegment(*m_hotSegment, delta);
            areas = view.areasAt(m_hotSegment->a);
            for (std::size_t a : view.areasAt(m_hotSegment->b))
                areas.push_back(a);
        }
    } catch (const EditRefused &refused) {
        m_dragging = false;
        emit statusMessage(QString::fromStdString(refused.what()));
        reset();
        return;
    }
    const BoundaryLayout after = view.layout();
    m_controller->previewLayout(after, changedRegion(m_before, after, areas));
}

void BoundaryTool::finishDrag()
{
    m_dragging = false;
    m_snap.reset();
    const BoundaryLayout after = edges().layout();
    if (after == m_before) {
        emit changed();
        return;
    }
    m_controller->commitStep(m_hotSegment ? tr("Move a border") : tr("Move a vertex"), m_before, after);
}

bool BoundaryTool::addVertexAt(const PointXY &p)
{
    const auto segment = edges().segmentNear(p, pixels(kPickPixels));
    if (!segment)
        return false;
    const BoundaryLayout before = m_controller->session()->layout();
    edges().insertNode(*segment, p);
    m_controller->commitStep(tr("Add a vertex"), before, edges().layout());
    return true;
}

bool BoundaryTool::removeHotVertex()
{
    if (!m_hotNode)
        return false;
    const BoundaryLayout before = m_controller->session()->layout();
    try {
        edges().removeNode(*m_hotNode);
    } catch (const EditRefused &refused) {
        emit statusMessage(QString::fromStdString(refused.what()));
        reset();
        return true;
    }
    m_controller->commitStep(tr("Remove a vertex"), before, edges().layout());
    return true;
}

std::optional<Id> BoundaryTool::areaAt(const PointXY &p) const
{
    for (const BoundaryArea &area : m_controller->session()->layout().areas)
        if (polygonContains(area.geometry, p))
            return area.id;
    return std::nullopt;
}

std::optional<Id> BoundaryTool::areaCrossedMost(const std::vector<PointXY> &line) const
{
    const GeosContext &geos = m_controller->session()->geos();
    const GEOSContextHandle_t h = geos.handle();
    GEOSCoordSequence *seq = GEOSCoordSeq_create_r(h, static_cast<unsigned>(line.size()), 2);
    for (unsigned i = 0; i < line.size(); ++i)
        GEOSCoordSeq_setXY_r(h, seq, i, line[i].x, line[i].y);
    const GeosGeometry path = geos.own(GEOSGeom_createLineString_r(h, seq));
    std::optional<Id> best;
    double bestLength = 0.0;
    for (const BoundaryArea &area : m_controller->session()->layout().areas) {
        const GeosGeometry shape = geos.polygon(area.geometry);
        const GeosGeometry inside = geos.intersection(shape.get(), path.get());
        double length = 0.0;
        if (inside && GEOSLength_r(h, inside.get(), &length) == 1 && length > bestLength) {
            bestLength = length;
            best = area.id;
        }
    }
    return best;
}

void BoundaryTool::clickAt(const PointXY &p)
{
    switch (m_mode) {
    case Transfer:
    case Split:
        m_line.push_back(p);
        break;
    case Merge:
        if (const auto area = areaAt(p); area && !m_firstArea) {
            m_firstArea = area;
        } else if (area && m_firstArea) {
            const Id keep = *std::exchange(m_firstArea, std::nullopt);
            m_controller->applyEdit(tr("Merge two areas"), [&](const BoundarySession &s) {
                return mergeAreas(s.geos(), s.layout(), keep, *area, s.tolerance());
            });
        }
        break;
    case Buildings: {
        const std::vector<Building> &buildings = m_controller->session()->world().buildings;
        for (std::size_t i = 0; i < buildings.size(); ++i)
            if (polygonContains(buildings[i].geometry, p)) {
                const auto at = std::find(m_chosen.begin(), m_chosen.end(), i);
                if (at == m_chosen.end())
                    m_chosen.push_back(i);
                else
                    m_chosen.erase(at);
            }
        break;
    }
    case Lock:
        if (const auto area = areaAt(p)) {
            BoundaryLayout after = m_controller->session()->layout();
            BoundaryArea *target = after.find(*area);
            target->locked = !target->locked;
            m_controller->commitStep(target->locked ? tr("Lock %1").arg(QString::fromStdString(target->code))
                                                    : tr("Unlock %1").arg(QString::fromStdString(target->code)),
                                     m_controller->session()->layout(), after);
        }
        break;
    case Vertex:
        break;
    }
    emit changed();
}

void BoundaryTool::finishLine()
{
    std::vector<PointXY> line;
    std::swap(line, m_line);
    line.erase(std::unique(line.begin(), line.end()), line.end());
    const auto area = line.size() >= 2 ? areaCrossedMost(line) : std::nullopt;
    if (!area) {
        m_controller->panel()->setMessage(tr("Draw the line across an area: click its points, double-click the last"));
        emit changed();
        return;
    }
    if (m_mode == Transfer)
        m_controller->applyEdit(tr("Transfer a piece"), [&](const BoundarySession &s) {
            return transferByLine(s.geos(), s.layout(), *area, line, std::nullopt, s.tolerance());
        });
    else
        m_controller->applyEdit(tr("Split an area"), [&](const BoundarySession &s) {
            Id next = 1;
            for (const BoundaryArea &a : s.layout().areas)
                next = std::max(next, a.id + 1);
            for (const BoundaryArea &a : s.recorded().areas)
                next = std::max(next, a.id + 1);
            return splitByLine(s.geos(), s.layout(), *area, line, next, s.tolerance());
        });
    emit changed();
}

void BoundaryTool::decorate(BoundaryOverlay &overlay) const
{
    if (m_edges && m_canvas->metresPerPixel() < kShowVerticesBelowMetresPerPixel)
        for (std::size_t n = 0; n < m_edges->nodes().size(); ++n)
            if (!m_edges->areasAt(n).empty())
                overlay.vertices.push_back(m_edges->nodes()[n]);
    if (m_edges && m_hotNode)
        overlay.hotVertex = m_edges->nodes()[*m_hotNode];
    if (m_edges && m_hotSegment)
        overlay.hotSegment = std::make_pair(m_edges->nodes()[m_hotSegment->a], m_edges->nodes()[m_hotSegment->b]);
    overlay.snapTarget = m_snap;
    overlay.line = m_line;
    for (std::size_t i : m_chosen)
        overlay.chosenBuildings.push_back(m_controller->session()->world().buildings[i].geometry);
}

std::vector<Polygon> BoundaryTool::chosenFootprints() const
{
    std::vector<Polygon> footprints;
    for (std::size_t i : m_chosen)
        footprints.push_back(m_controller->session()->world().buildings[i].geometry);
    return footprints;
}

void BoundaryTool::clearChoice()
{
    m_chosen.clear();
    emit changed();
}

} // namespace lianxin
