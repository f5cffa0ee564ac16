#include "app/heatmapdock.h"

#include "app/heatmapfilterform.h"
#include "app/timeslider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <set>

namespace lianxin {

namespace {

constexpr int kDebounceMs = 300;
constexpr int kProgressSteps = 1000;

enum Caption { RadiusCaption, CellCaption, WeightCaption, MaximumCaption, RampCaption, PeriodCaption, CaptionCount };

void runComputation(QPromise<HeatmapOutcome> &promise, const HeatmapRequest &request)
{
    promise.setProgressRange(0, kProgressSteps);
    HeatmapOutcome outcome;
    try {
        outcome.result = computeHeatmap(request, [&promise](double fraction) {
            promise.setProgressValue(static_cast<int>(fraction * kProgressSteps));
            return !promise.isCanceled();
        });
    } catch (const std::exception &e) {
        if (promise.isCanceled())
            return; // no result: the dock sees a cancelled future
        outcome.error = QString::fromStdString(e.what());
    }
    promise.addResult(std::move(outcome));
}


} // namespace

HeatmapDock::HeatmapDock(QWidget *parent)
    : QWidget(parent)
    , m_radius(new QSpinBox(this))
    , m_cell(new QSpinBox(this))
    , m_weight(new QComboBox(this))
    , m_perHouseholds(new QCheckBox(this))
    , m_filterBox(new QGroupBox(this))
    , m_filters(new HeatmapFilterForm(m_filterBox))
    , m_pin(new QCheckBox(this))
    , m_pinnedValue(new QDoubleSpinBox(this))
    , m_ramp(new QComboBox(this))
    , m_timeSlider(new TimeSlider(this))
    , m_computeButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_info(new QLabel(this))
{
    m_radius->setRange(20, 5000);
    m_radius->setSingleStep(10);
    m_radius->setValue(200);
    m_radius->setSuffix(QStringLiteral(" m"));
    m_cell->setRange(1, 500);
    m_cell->setValue(10);
    m_cell->setSuffix(QStringLiteral(" m"));
    m_pinnedValue->setDecimals(1);
    m_pinnedValue->setRange(0.1, 1e9);
    m_pinnedValue->setEnabled(false);
    // Long entries ("未解决加权（疑难受限3…）") must not widen the dock.
    for (QComboBox *combo : {m_weight, m_ramp}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    for (const ColourRamp &ramp : ColourRamp::builtIn())
        m_ramp->addItem(ramp.id(), ramp.id());
    m_progress->setRange(0, kProgressSteps);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progress->hide();
    m_cancelButton->setEnabled(false);
    m_clearButton->setEnabled(false);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    for (int i = 0; i < CaptionCount; ++i)
        m_captions.push_back(new QLabel(this));
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin);
    pinRow->addWidget(m_pinnedValue, 1);
    form->addRow(m_captions[RadiusCaption], m_radius);
    form->addRow(m_captions[CellCaption], m_cell);
    form->addRow(m_captions[WeightCaption], m_weight);
    form->addRow(QString(), m_perHouseholds);
    auto *scale = new QFormLayout;
    scale->addRow(m_captions[MaximumCaption], pinRow);
    scale->addRow(m_captions[RampCaption], m_ramp);
    scale->addRow(m_captions[PeriodCaption], m_timeSlider);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_computeButton, 1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *filterLayout = new QVBoxLayout(m_filterBox);
    filterLayout->addWidget(m_filters);
    layout->addWidget(m_filterBox);
    layout->addLayout(scale);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_info);
    layout->addStretch(1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &HeatmapDock::compute);
    connect(&m_watcher, &QFutureWatcher<HeatmapOutcome>::finished, this, &HeatmapDock::onFinished);
    connect(&m_watcher, &QFutureWatcher<HeatmapOutcome>::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(m_computeButton, &QPushButton::clicked, this, [this] {
        m_active = true;
        compute();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, &HeatmapDock::cancel);
    connect(m_clearButton, &QPushButton::clicked, this, &HeatmapDock::clear);
    connect(m_pin, &QCheckBox::toggled, this, [this](bool pinned) {
        m_pinnedValue->setEnabled(pinned);
        if (!pinned)
            showComputedMaximum();
        settingChanged();
    });
    connect(m_filters, &HeatmapFilterForm::changed, this, &HeatmapDock::settingChanged);
    for (QSpinBox *spin : {m_radius, m_cell})
        connect(spin, &QSpinBox::valueChanged, this, &HeatmapDock::settingChanged);
    connect(m_pinnedValue, &QDoubleSpinBox::valueChanged, this, &HeatmapDock::settingChanged);
    for (QComboBox *combo : {m_weight, m_ramp})
        connect(combo, &QComboBox::currentIndexChanged, this, &HeatmapDock::settingChanged);
    connect(m_perHouseholds, &QCheckBox::toggled, this, &HeatmapDock::settingChanged);
    // A period step is a deliberate move: no debounce, so replay keeps its rhythm.
    connect(m_timeSlider, &TimeSlider::periodChanged, this, [this] {
        if (m_active)
            compute();
    });
    retranslate();
}

// A running computation finishes on its own (it only reads its copied request and the
// shared World); wait so its result never reaches a dead dock.
HeatmapDock::~HeatmapDock()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void HeatmapDock::setWorld(std::shared_ptr<const World> world)
{
    // A reload (new threads saved) brings the same lists back: the form keeps its choices
    // and the heat map comes back; a different database may have fewer entries.
    const bool wasActive = m_active;
    clear();
    m_world = std::move(world);
    m_filters->setWorld(m_world.get());
    if (m_world)
        m_timeSlider->setWorld(*m_world);
    if (wasActive && m_world)
        compute();
}

HeatmapRequest HeatmapDock::makeRequest() const
{
    HeatmapRequest request;
    request.world = m_world;
    request.view = m_view ? m_view() : Box{};
    request.radius = m_radius->value();
    request.cellSize = m_cell->value();
    request.weighting.preset = m_weight->currentIndex() == 1 ? HeatmapWeightPreset::Unresolved : HeatmapWeightPreset::Uniform;
    request.weighting.perHundredHouseholds = m_perHouseholds->isChecked();
    request.filter = m_filters->filter();
    const HeatmapPeriod period = m_timeSlider->currentPeriod();
    request.filter.rounds = period.rounds;
    request.filter.submittedFrom = period.from;
    request.filter.submittedTo = period.to;
    if (m_pin->isChecked())
        request.pinnedMaximum = m_pinnedValue->value();
    request.rampId = m_ramp->currentData().toString();
    request.unit = m_perHouseholds->isChecked() ? tr("per 100 households/km²") : tr("suggestions/km²");
    request.title = tr("Suggestion heat map");
    return request;
}

void HeatmapDock::settingChanged()
{
    if (m_active)
        m_debounce.start();
}

void HeatmapDock::compute()
{
    m_debounce.stop();
    if (!m_world)
        return;
    m_active = true;
    if (m_watcher.isRunning()) {
        m_restart = true; // onFinished starts the new request
        m_watcher.cancel();
        return;
    }
    start();
}

void HeatmapDock::start()
{
    m_restart = false;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->setEnabled(true);
    m_watcher.setFuture(QtConcurrent::run(runComputation, makeRequest()));
}

void HeatmapDock::cancel()
{
    m_restart = false;
    m_watcher.cancel();
}

void HeatmapDock::clear()
{
    cancel();
    m_debounce.stop();
    m_active = false;
    m_clearButton->setEnabled(false);
    if (m_overlay) {
        m_overlay.reset();
        emit overlayChanged(nullptr);
    }
    m_info->clear();
}

void HeatmapDock::onFinished()
{
    if (m_restart) {
        start();
        return;
    }
    m_progress->hide();
    m_cancelButton->setEnabled(false);
    const QFuture<HeatmapOutcome> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_info->setText(tr("Heat map cancelled."));
        emit computed();
        return;
    }
    const HeatmapOutcome outcome = future.result();
    if (!outcome.error.isEmpty()) {
        m_info->setText(tr("Heat map not computed: %1").arg(outcome.error));
        emit statusMessage(m_info->text());
        emit computed();
        return;
    }
    if (!m_active) { // cleared while it ran
        emit computed();
        return;
    }
    m_lastResult = outcome.result;
    m_overlay = outcome.result.overlay;
    m_clearButton->setEnabled(true);
    showComputedMaximum();
    const HeatmapResult &r = m_lastResult;
    const QLocale locale;
    QString info = tr("%1 suggestions, %2 × %3 cells of %4 m, maximum %5 %6, %7 ms")
                       .arg(locale.toString(r.pointCount), locale.toString(r.plan.grid.width),
                            locale.toString(r.plan.grid.height), locale.toString(r.plan.grid.cellSize),
                            locale.toString(r.computedMaximum, 'f', 1), makeRequest().unit)
                       .arg(r.elapsedMs);
    if (r.leftOutWithoutArea > 0)
        info += QLatin1Char('\n') + tr("%1 suggestions outside any grid area or village left out").arg(r.leftOutWithoutArea);
    m_info->setText(info);
    if (r.plan.coarsened)
        emit statusMessage(tr("Heat map: cells coarsened to %1 m to stay within %2 cells for this view")
                               .arg(locale.toString(r.plan.grid.cellSize), locale.toString(kMaxHeatmapCells)));
    emit overlayChanged(m_overlay);
    emit computed();
}

void HeatmapDock::showComputedMaximum()
{
    // Unpinned, the box shows what the scale's top is now; pinning keeps that value.
    if (m_pin->isChecked() || m_lastResult.computedMaximum <= 0.0)
        return;
    const QSignalBlocker blocker(m_pinnedValue);
    m_pinnedValue->setValue(m_lastResult.computedMaximum);
}

void HeatmapDock::viewChanged()
{
    if (!m_active || !m_overlay || !m_view)
        return;
    const Box view = m_view();
    const Box covered = m_overlay->raster.grid.extent();
    const bool inside = view.minX >= covered.minX && view.maxX <= covered.maxX && view.minY >= covered.minY
        && view.maxY <= covered.maxY;
    // Zoomed far in, the cells would show as blocks: compute finer cells for the new view.
    const bool coarse = m_lastResult.plan.coarsened
        && view.width() * view.height() < 0.25 * covered.width() * covered.height();
    if (!inside || coarse)
        m_debounce.start();
}

void HeatmapDock::retranslate()
{
    const char *captions[CaptionCount] = {
        QT_TR_NOOP("Radius"), QT_TR_NOOP("Cell size"), QT_TR_NOOP("Weights"),
        QT_TR_NOOP("Maximum"), QT_TR_NOOP("Colours"), QT_TR_NOOP("Period")};
    for (int i = 0; i < CaptionCount; ++i)
        m_captions[static_cast<std::size_t>(i)]->setText(tr(captions[i]));
    {
        const QSignalBlocker blocker(m_weight);
        const int index = std::max(0, m_weight->currentIndex());
        m_weight->clear();
        m_weight->addItem(tr("Uniform (each suggestion 1)"));
        m_weight->addItem(tr("Unresolved (blocked 3, in progress 2, done 1)"));
        m_weight->setCurrentIndex(index);
    }
    m_perHouseholds->setText(tr("Per 100 households"));
    m_perHouseholds->setToolTip(tr("Divide each suggestion by the households of its grid area or village"));
    m_pin->setText(tr("Pin"));
    m_pin->setToolTip(tr("Keep this maximum for every view and period, so a colour always means the same density"));
    m_pinnedValue->setToolTip(tr("Unpinned: the maximum of the current heat map"));
    m_filterBox->setTitle(tr("Filters"));
    m_computeButton->setText(tr("Show heat map"));
    m_cancelButton->setText(tr("Cancel"));
    m_clearButton->setText(tr("Remove"));
}

void HeatmapDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lianxin
