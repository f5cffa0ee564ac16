#pragma once
// The rebalance dock (联户调整, issue 5 "GUI"): choose a scope, tolerance, priority
// weights, the compactness↔stability trade-off and locked groups; Preview balances off
// the GUI thread (progress, Cancel) and shows the proposal on the map, its metrics and
// a load histogram; Apply and Export ask the window, which owns the database and undo.
#include "app/rebalancepreview.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>
#include <set>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace lianxin {

class LoadHistogram;
class RebalanceMetricsTable;

class RebalancePanel : public QWidget {
    Q_OBJECT

public:
    explicit RebalancePanel(QWidget *parent = nullptr);
    ~RebalancePanel() override; // cancels and waits for a running preview

    // The project on screen; drops any preview (it was made for other data).
    void setWorld(std::shared_ptr<const World> world);

    void setScope(const RebalanceScope &scope);
    RebalanceScope scope() const;
    void setTolerance(int tolerance);
    void setStabilityMetres(int metres); // 0 = compact only … 500 = hardly move anyone
    int stabilityMetres() const;
    // Locks groups of the current scope (unknown ids are ignored).
    void setLockedGroups(const std::set<Id> &groupIds);
    RebalanceRequest request() const;

    void startPreview();
    void cancelPreview();
    bool isRunning() const { return m_watcher.isRunning(); }
    // The finished proposal on show, if any (also after an error: check ok()).
    const RebalancePreview *preview() const { return m_preview ? m_preview.get() : nullptr; }
    void clearPreview();
    // A note for the audit log: the settings the preview on show was made with ("" if none).
    QString describeRequest() const;

    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *applyButton() const { return m_applyButton; }
    RebalanceMetricsTable *metricsTable() const { return m_metrics; }
    LoadHistogram *histogram() const { return m_histogram; }

signals:
    void overlayChanged(std::shared_ptr<const lianxin::PreviewOverlay> overlay); // null: none
    void previewFinished(); // done, failed or cancelled
    void applyRequested();
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillScopeTargets();
    void fillGroups();
    void onFinished();
    void showPreview();
    void showSummary(); // the status line of the preview on show
    void updateButtons();
    QString scopeName() const;

    std::shared_ptr<const World> m_world;
    quint64 m_worldGeneration = 0; // counts setWorld() calls
    QComboBox *m_scopeKind = nullptr; // children below are owned by this widget (Qt parents)
    QComboBox *m_scopeTarget = nullptr;
    QSpinBox *m_tolerance = nullptr;
    QSpinBox *m_weights[4] = {};
    QSlider *m_stability = nullptr;
    QListWidget *m_groups = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    RebalanceMetricsTable *m_metrics = nullptr;
    LoadHistogram *m_histogram = nullptr;
    QLabel *m_scopeLabel = nullptr; // labels retranslated in place
    QLabel *m_toleranceLabel = nullptr;
    QLabel *m_weightsLabel = nullptr;
    QLabel *m_weightLabels[4] = {};
    QLabel *m_compactLabel = nullptr;
    QLabel *m_stableLabel = nullptr;
    QLabel *m_stabilityValue = nullptr;
    QLabel *m_locksLabel = nullptr;

    // The worker reads these; they outlive it (shared) even if the panel goes first.
    struct Job {
        std::atomic<bool> cancel{false};
        std::atomic<int> permille{0};
        quint64 worldGeneration = 0; // of the snapshot it balances
    };
    std::shared_ptr<Job> m_job;
    QFutureWatcher<RebalancePreview> m_watcher;
    QTimer m_progressTimer;
    std::unique_ptr<RebalancePreview> m_preview;
    QString m_previewScopeName; // "the whole county" or the body, as the preview was asked
};

} // namespace lianxin
