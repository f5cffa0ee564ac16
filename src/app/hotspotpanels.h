#pragma once
// The hotspot panels of issue 4 as one unit the main window adds: the heat-map, topic-
// threads and statistics docks, wired to the map canvas, and the briefing report. The
// window only hands it each loaded project and reloads when threads were saved.
#include "app/projectloader.h"

#include <QFutureWatcher>
#include <QObject>

#include <vector>

class QDockWidget;
class QMainWindow;

namespace lianxin {

class HeatmapDock;
class MapCanvas;
class StatsDock;
class ThreadsDock;
struct BriefingOutcome {
    int pages = 0;
    QString error; // empty on success
};

class HotspotPanels : public QObject {
    Q_OBJECT

public:
    // Adds the docks to `window` (right dock area, tabbed); neither is owned.
    HotspotPanels(QMainWindow *window, MapCanvas *canvas);
    ~HotspotPanels() override;

    void setProject(const LoadedProject &project);
    void retranslate();
    std::vector<QDockWidget *> docks() const;

    HeatmapDock *heatmapDock() const { return m_heatmap; }
    ThreadsDock *threadsDock() const { return m_threads; }
    StatsDock *statsDock() const { return m_stats; }

    // Asks for a file name, then writes the briefing.
    void chooseBriefingFile();
    // Writes the A4 briefing of the current view (with the heat map) on a worker thread;
    // briefingWritten or briefingFailed follows (a failure also shows a message box).
    void writeBriefing(const QString &path);
    bool isWritingBriefing() const { return m_briefing.isRunning(); }

signals:
    void reloadRequested(); // threads were saved into the project database
    void statusMessage(const QString &text);
    void briefingWritten(const QString &path, int pages);
    void briefingFailed(const QString &path, const QString &error);

private:
    QDockWidget *addDock(QWidget *widget, const QString &objectName);
    void onBriefingDone();

    QMainWindow *m_window = nullptr; // not owned
    MapCanvas *m_canvas = nullptr;   // not owned
    LoadedProject m_project;
    HeatmapDock *m_heatmap = nullptr; // owned by their docks (Qt parents)
    ThreadsDock *m_threads = nullptr;
    StatsDock *m_stats = nullptr;
    QDockWidget *m_heatmapDock = nullptr; // owned by the window
    QDockWidget *m_threadsDock = nullptr;
    QDockWidget *m_statsDock = nullptr;
    QString m_briefingPath;
    QFutureWatcher<BriefingOutcome> m_briefing;
};

} // namespace lianxin
