#pragma once
// The "Grid boundaries" mode (issue 9) as one unit the main window adds: the mode's
// toggle, its dock (tools, live impact, coverage problems, versions), the overlay and the
// map tool on the canvas. Each editing step is a BoundaryStepCommand on the window's undo
// stack; Save checks the coverage and writes ONE change set as a ChangeSetCommand, then
// offers the households that changed department to the rebalancing.
#include "analysis/boundaryimpact.h"
#include "analysis/boundarysession.h"
#include "app/changesetcommand.h"
#include "app/projectloader.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QMainWindow;
class QUndoStack;

namespace lianxin {

class BoundaryOverlayWidget;
class BoundaryPanel;
class BoundarySnapper;
class BoundaryTool;
class MapCanvas;

class BoundaryController : public QObject {
    Q_OBJECT

public:
    // Adds the dock to `window` (right dock area); none of the three is owned.
    BoundaryController(QMainWindow *window, MapCanvas *canvas, QUndoStack *undoStack);
    ~BoundaryController() override;

    void setProject(const LoadedProject &project);
    void retranslate();
    QDockWidget *dock() const { return m_dock; }
    QAction *modeAction() const { return m_modeAction; }
    BoundaryPanel *panel() const { return m_panel; }
    BoundaryTool *tool() const { return m_tool; }
    BoundaryOverlayWidget *overlay() const { return m_overlay; }
    bool active() const;

    // The edit under way (null before a project is open).
    const BoundarySession *session() const { return m_session.get(); }
    const BoundarySnapper *snapper() const { return m_snapper.get(); }
    const BoundaryImpact &impact() const { return m_impact; }
    const CoverageReport &report() const { return m_report; }

    // One undoable step: `edit` makes the new layout from the session's; a refused edit
    // (EditRefused) shows why and pushes nothing. Returns whether a step was pushed.
    bool applyEdit(const QString &text, const std::function<BoundaryLayout(const BoundarySession &)> &edit);
    // A step whose result is known (the map tool's drags).
    void commitStep(const QString &text, const BoundaryLayout &before, const BoundaryLayout &after);
    // While a vertex is dragged: the placement follows at once for the buildings in
    // `changed`, the impact after a short pause (debounced), nothing is pushed.
    void previewLayout(const BoundaryLayout &layout, const Box &changed);
    // Shows `layout` as the edit under way (undo/redo of a step, a dropped drag).
    void showLayout(const BoundaryLayout &layout);

    // Checks the coverage and writes the change as one change set; a failing coverage or
    // a failed write shows why and writes nothing. Returns whether it was written.
    bool save(const QString &note);

    // Versions saved in the database (newest last), a dashed overlay of one, a comparison
    // with today in the dock, and its restoring as an editing step (Save makes it a version).
    void refreshVersions();
    void showVersion(int version);
    void compareVersion(int version);
    bool restoreVersion(int version);

signals:
    void reloadRequested(); // the database changed under the project on screen
    void statusMessage(const QString &text);
    // Households moved into `departmentId`'s areas by the saved change: a scope for the
    // rebalancing ("assign the 212 households NCS-12 gained to groups of 文旅局").
    void rebalanceOffered(lianxin::Id departmentId, const QString &description);

private:
    void setActive(bool on);
    void startSession(const std::optional<BoundaryLayout> &layout);
    void refreshAnalysis();
    void refreshImpact();
    void refreshOverlay();
    ChangeSetCommand::WriteResult writeChanges(const QString &path, const ChangeSet &set);
    void offerRebalancing(const BoundaryImpact &impact);

    QMainWindow *m_window = nullptr;   // not owned
    MapCanvas *m_canvas = nullptr;     // not owned
    QUndoStack *m_undoStack = nullptr; // not owned
    BoundaryPanel *m_panel = nullptr;  // owned by its dock
    QDockWidget *m_dock = nullptr;     // owned by the window
    QAction *m_modeAction = nullptr;   // child
    BoundaryOverlayWidget *m_overlay = nullptr; // child of the canvas
    BoundaryTool *m_tool = nullptr;    // child
    LoadedProject m_project;
    std::unique_ptr<BoundarySession> m_session;
    std::unique_ptr<BoundarySnapper> m_snapper;
    BoundaryImpact m_impact;
    CoverageReport m_report;
    std::vector<Polygon> m_versionShapes;
    QTimer m_impactTimer; // debounces the impact while a vertex is dragged
};

} // namespace lianxin
