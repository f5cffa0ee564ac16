#pragma once
// The main window only wires docks, actions and the map canvas together; each panel,
// the loader and the canvas do their own work.
#include "app/projectloader.h"
#include "core/geometry.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>
#include <optional>

class QDockWidget;
class QMenu;
class QToolBar;
class QUndoStack;

namespace lianxin {

class BoundaryController;
class HotspotPanels;
class IdentifyPanel;
class LayerPanel;
class MapCanvas;
class MessageLog;
class RebalanceController;
class RecentFiles;
class SearchBox;
class StatusReadout;
class VisitController;
struct CanvasFrame;
struct FeatureHit;
struct MainActions;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Restore: window geometry, dock layout and the last extent of each database come
    // back from QSettings. Fresh: the defaults (reproducible screenshots).
    enum class SavedState { Restore, Fresh };

    explicit MainWindow(SavedState state = SavedState::Restore, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the project database off the GUI thread; the map shows it when ready. A file
    // that fails to open leaves the current map as it was.
    void openDatabase(const QString &path);
    // The extent to show when the next database opens (instead of the full extent).
    void setStartExtent(const Box &extent) { m_startExtent = extent; }

    void identifyAt(const PointXY &p);
    // Household code, building address, grid-area code or name: zooms to the first hit.
    bool search(const QString &text);

    const LoadedProject &project() const { return m_project; } // the database on screen
    MapCanvas *mapCanvas() const { return m_canvas; }
    LayerPanel *layerPanel() const { return m_layerPanel; }
    IdentifyPanel *identifyPanel() const { return m_identifyPanel; }
    SearchBox *searchBox() const { return m_searchBox; }
    MessageLog *messageLog() const { return m_messageLog; }
    const MainActions &actions() const { return *m_actions; }
    HotspotPanels *hotspots() const { return m_hotspots; } // heat map, statistics, threads
    RebalanceController *rebalance() const { return m_rebalance; } // the rebalance dock, apply, rosters
    QUndoStack *undoStack() const { return m_undoStack; } // edits of the database on screen
    BoundaryController *boundaries() const { return m_boundaries; } // the "Grid boundaries" mode
    VisitController *visits() const { return m_visits; } // the visit rounds dock

signals:
    void databaseLoaded();
    void databaseFailed(const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QDockWidget *addDock(QWidget *widget, const QString &objectName, Qt::DockWidgetArea area);
    void buildMenus();
    void connectCanvas();
    void retranslate();
    void onLoaded();
    void showProject(const LoadedProject &project);
    void onFrame(const CanvasFrame &frame);
    void showFeature(const FeatureHit &hit);
    void chooseDatabase();
    void saveViewState();
    void reloadProject(); // the same database and view, after an edit wrote to it
    void switchLanguage(const QString &code);
    void undoEdit();
    void redoEdit();

    SavedState m_savedState;
    std::unique_ptr<MainActions> m_actions;
    MapCanvas *m_canvas = nullptr; // widgets below are owned by the window (Qt parents)
    LayerPanel *m_layerPanel = nullptr;
    IdentifyPanel *m_identifyPanel = nullptr;
    MessageLog *m_messageLog = nullptr;
    SearchBox *m_searchBox = nullptr;
    StatusReadout *m_readout = nullptr;
    QDockWidget *m_layerDock = nullptr;
    QDockWidget *m_identifyDock = nullptr;
    QDockWidget *m_messageDock = nullptr;
    QToolBar *m_mapToolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_panelsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    HotspotPanels *m_hotspots = nullptr; // child
    QUndoStack *m_undoStack = nullptr;   // child
    RebalanceController *m_rebalance = nullptr; // child
    BoundaryController *m_boundaries = nullptr; // child
    VisitController *m_visits = nullptr;        // child

    LoadedProject m_project; // the database on screen
    QString m_loadingPath;
    bool m_reloadWhenLoaded = false; // an edit wrote to the file while it was being read
    std::optional<Box> m_startExtent;
    QFutureWatcher<LoadedProject> m_loader;
};

} // namespace lianxin
