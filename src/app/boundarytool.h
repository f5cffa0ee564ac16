#pragma once
// The map tool of the "Grid boundaries" mode, reading the canvas's mouse and keys:
//   Vertex    drag a vertex or a border segment (it moves in every area sharing it,
//             snapping to vertices and edges of areas, buildings and the urban outline
//             within 10 pixels, shown while dragging); double-click a border to add a
//             vertex; Delete removes the vertex under the cursor. A press elsewhere pans.
//   Transfer, Split   click a line, double-click to end (Esc drops it).
//   Merge     click two neighbouring areas.   Buildings  click buildings to choose them.
//   Lock      click an area to lock or unlock it.
// Every finished gesture becomes one undoable step through the controller.
#include "analysis/coverageedges.h"
#include "render/boundaryoverlay.h"

#include <QObject>
#include <QPointF>

#include <optional>
#include <vector>

namespace lianxin {

class BoundaryController;
class MapCanvas;

class BoundaryTool : public QObject {
    Q_OBJECT

public:
    enum Mode { Vertex, Transfer, Split, Merge, Buildings, Lock };

    BoundaryTool(BoundaryController *controller, MapCanvas *canvas);
    void setActive(bool active);
    void setMode(int mode);
    Mode mode() const { return m_mode; }
    // The layout changed (a step, an undo, a new project): the view is rebuilt on demand.
    void reset();
    // Adds the tool's marks (vertices, the one under the cursor, the snap, the line, the
    // chosen buildings) to the overlay.
    void decorate(BoundaryOverlay &overlay) const;
    std::vector<Polygon> chosenFootprints() const;
    void clearChoice();

signals:
    void changed(); // the marks changed: draw again
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CoverageEdges &edges();
    PointXY worldAt(const QPointF &pixel) const;
    double pixels(double count) const;
    void hover(const PointXY &p);
    bool pressVertex(const PointXY &p);
    void dragTo(const PointXY &p);
    void finishDrag();
    bool addVertexAt(const PointXY &p);
    bool removeHotVertex();
    void clickAt(const PointXY &p);
    void finishLine();
    std::optional<Id> areaAt(const PointXY &p) const;
    std::optional<Id> areaCrossedMost(const std::vector<PointXY> &line) const;
    Box changedRegion(const BoundaryLayout &before, const BoundaryLayout &after, const std::vector<std::size_t> &areas) const;

    BoundaryController *m_controller; // owns this tool
    MapCanvas *m_canvas;              // not owned
    bool m_active = false;
    Mode m_mode = Vertex;
    std::optional<CoverageEdges> m_edges;
    std::optional<std::size_t> m_hotNode;
    std::optional<CoverageEdges::Segment> m_hotSegment;
    // A drag in progress.
    bool m_dragging = false;
    BoundaryLayout m_before;
    PointXY m_dragStart;
    std::pair<PointXY, PointXY> m_segmentStart;
    std::optional<PointXY> m_snap;
    // The other modes.
    std::vector<PointXY> m_line;
    bool m_ignoreRelease = false;
    std::optional<Id> m_firstArea;
    std::vector<std::size_t> m_chosen; // building indices
};

} // namespace lianxin
