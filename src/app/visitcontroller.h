#pragma once
// Visit rounds (issue 11) as one unit the main window adds: the "Visit rounds" dock,
// planning on a worker thread (progress, cancel), the chosen group's route and the
// households not yet visited drawn over the map, visit records and new rounds as
// undoable commands on the window's undo stack, the printed sheets, and "不漏一户" on the
// status bar.
// A Qt header first: moc's preprocessor fails on <concepts> (through core/date.h's
// <compare>) unless libstdc++'s configuration was read before.
#include <QObject>

#include "analysis/visitcoverage.h"
#include "app/changesetcommand.h"
#include "app/projectloader.h"
#include "core/visitplan.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QDockWidget;
class QLabel;
class QMainWindow;
class QUndoStack;

namespace lianxin {

class MapCanvas;
class VisitPanel;

class VisitController : public QObject {
    Q_OBJECT

public:
    VisitController(QMainWindow *window, MapCanvas *canvas, QUndoStack *undoStack);
    ~VisitController() override;

    void setProject(const LoadedProject &project);
    void retranslate();
    QDockWidget *dock() const { return m_dock; }
    VisitPanel *panel() const { return m_panel; }
    QLabel *statusLabel() const { return m_status; }

    // Writes a new round (one command on the undo stack); false and a message box when
    // the round is malformed or the write is refused.
    bool createRound(const VisitRound &round);
    // Starts planning the current round on a worker thread; planned() when done.
    bool startPlanning();
    void cancelPlanning();
    bool isPlanning() const { return m_watcher.isRunning(); }
    // Records the visits of `households` (one command on the undo stack).
    bool recordVisits(const std::vector<Id> &households, VisitOutcome outcome, const Date &on);
    // Prints the current plan's sheets to `path` (one PDF per body); the files written.
    QStringList printSheets(const QString &path);

    std::shared_ptr<const VisitPlan> plan() const { return m_plan; }
    const VisitCoverage &coverage() const { return m_coverage; }
    std::optional<VisitRound> currentRound() const;

signals:
    void planned();
    void recordsChanged();
    void statusMessage(const QString &text);

private:
    void refreshRounds(Id choose);
    void refreshRecords();
    void updateOverlay();
    void onPlanned();
    void choosePrintFile();
    ChangeSetCommand::WriteResult write(const ChangeSet &set, bool roundsChanged);
    void showError(const QString &title, const QString &text, const QString &details);

    QMainWindow *m_window = nullptr;  // not owned
    MapCanvas *m_canvas = nullptr;    // not owned
    QUndoStack *m_undoStack = nullptr; // not owned
    VisitPanel *m_panel = nullptr;    // owned by the dock (Qt parent)
    QDockWidget *m_dock = nullptr;    // owned by the window
    QLabel *m_status = nullptr;       // owned by the status bar

    LoadedProject m_project;
    std::vector<VisitRound> m_rounds;
    std::vector<IslandLanding> m_landings;
    std::vector<VisitRecord> m_records; // of the current round
    std::shared_ptr<const VisitPlan> m_plan;
    VisitCoverage m_coverage;

    struct PlanRun;
    std::shared_ptr<PlanRun> m_run; // progress and cancel of the planning in flight
    QFutureWatcher<std::shared_ptr<const VisitPlan>> m_watcher;
    QTimer m_progressTimer;
};

} // namespace lianxin
