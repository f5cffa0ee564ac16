#pragma once
// The heat-map panel (热力图): kernel radius and cell, weights, filters, a pinnable colour
// maximum, the colour ramp and the time slider. Computing runs on a worker thread with
// progress and cancel; the result is an overlay the window hands to the canvas. While a
// heat map is on, changing any setting, moving the time slider or panning outside the
// raster computes it again — with the same pinned maximum, so colours stay comparable.
#include "app/heatmapcomputation.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace lianxin {

class HeatmapFilterForm;
class TimeSlider;
// A worker's result, or its error.
struct HeatmapOutcome {
    HeatmapResult result;
    QString error; // empty on success
};

class HeatmapDock : public QWidget {
    Q_OBJECT

public:
    explicit HeatmapDock(QWidget *parent = nullptr);
    ~HeatmapDock() override;

    // The World the suggestions come from; clears the heat map. Fills the filter lists.
    void setWorld(std::shared_ptr<const World> world);
    // Where the map looks now (the canvas extent), asked at every computation.
    void setViewProvider(std::function<Box()> view) { m_view = std::move(view); }

    // Starts computing now (cancelling a running computation); returns at once.
    void compute();
    void cancel();
    void clear(); // switches the heat map off
    bool isComputing() const { return m_watcher.isRunning(); }
    bool isActive() const { return m_active; }
    const std::shared_ptr<const HeatmapOverlay> &overlay() const { return m_overlay; }
    const HeatmapResult &lastResult() const { return m_lastResult; }

    // The map moved: recompute when the view left the raster.
    void viewChanged();

    TimeSlider *timeSlider() const { return m_timeSlider; }
    QCheckBox *pinCheck() const { return m_pin; }
    QDoubleSpinBox *pinnedMaximum() const { return m_pinnedValue; }
    QComboBox *rampCombo() const { return m_ramp; }
    HeatmapFilterForm *filterForm() const { return m_filters; }

signals:
    void overlayChanged(std::shared_ptr<const lianxin::HeatmapOverlay> overlay); // null: none
    void computed(); // a computation finished (with or without an overlay)
    void statusMessage(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void settingChanged();
    void start();
    void onFinished();
    void showComputedMaximum();
    void retranslate();
    HeatmapRequest makeRequest() const;

    std::shared_ptr<const World> m_world;
    std::function<Box()> m_view;
    std::shared_ptr<const HeatmapOverlay> m_overlay;
    HeatmapResult m_lastResult;
    bool m_active = false;    // the user asked for a heat map and has not cleared it
    bool m_restart = false;   // a newer request waits for the cancelled one to wind down
    QFutureWatcher<HeatmapOutcome> m_watcher;
    QTimer m_debounce;        // spin boxes and pans send streams of changes

    // Children (Qt parent owns them).
    QSpinBox *m_radius = nullptr;
    QSpinBox *m_cell = nullptr;
    QComboBox *m_weight = nullptr;
    QCheckBox *m_perHouseholds = nullptr;
    QGroupBox *m_filterBox = nullptr;
    HeatmapFilterForm *m_filters = nullptr;
    QCheckBox *m_pin = nullptr;
    QDoubleSpinBox *m_pinnedValue = nullptr;
    QComboBox *m_ramp = nullptr;
    TimeSlider *m_timeSlider = nullptr;
    QPushButton *m_computeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_info = nullptr;
    std::vector<QLabel *> m_captions; // form labels, retranslated
};

} // namespace lianxin
