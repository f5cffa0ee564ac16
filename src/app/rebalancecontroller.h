#pragma once
// The rebalancing of issue 5 as one unit the main window adds: the rebalance dock, its
// preview on the map canvas, Apply as an undoable command on the window's undo stack
// (write, audit, reload) and the roster export. The window hands it each loaded project
// and reloads when it asks.
#include "app/changesetcommand.h"
#include "app/projectloader.h"

#include <QObject>

#include <vector>

class QDockWidget;
class QMainWindow;
class QUndoStack;

namespace lianxin {

class MapCanvas;
class RebalancePanel;

class RebalanceController : public QObject {
    Q_OBJECT

public:
    // Adds the dock to `window` (right dock area); none of the three is owned.
    RebalanceController(QMainWindow *window, MapCanvas *canvas, QUndoStack *undoStack);

    void setProject(const LoadedProject &project);
    void retranslate();
    QDockWidget *dock() const { return m_dock; }
    RebalancePanel *panel() const { return m_panel; }

    // Writes the preview on show as one command on the undo stack; a failure (stale
    // data, a read-only file) shows a message box, writes nothing and returns false.
    bool applyPreview();
    // Asks for a file name, then exports.
    void chooseRosterFile();
    // Rosters of the project on screen (as in the database) as .xlsx or .csv; a failure
    // shows a message box. Returns the household rows written, -1 on failure.
    int exportRosters(const QString &path);

signals:
    void reloadRequested(); // the database changed under the project on screen
    void statusMessage(const QString &text);

private:
    ChangeSetCommand::WriteResult writeChanges(const QString &path, const ChangeSet &set);
    void showError(const QString &title, const QString &text, const QString &details);

    QMainWindow *m_window = nullptr; // not owned
    MapCanvas *m_canvas = nullptr;   // not owned
    QUndoStack *m_undoStack = nullptr; // not owned
    RebalancePanel *m_panel = nullptr; // owned by its dock (Qt parent)
    QDockWidget *m_dock = nullptr;     // owned by the window
    LoadedProject m_project;
};

} // namespace lianxin
