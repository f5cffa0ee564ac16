#include "app/rebalancepanel.h"

#include "app/loadhistogram.h"
#include "app/rebalancemetricstable.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>

namespace lianxin {

namespace {

constexpr int kMaxStabilityMetres = 500;
constexpr int kProgressPollMs = 100;

int kindIndex(RebalanceScope::Kind kind) { return static_cast<int>(kind); }

} // namespace

RebalancePanel::RebalancePanel(QWidget *parent)
    : QWidget(parent)
    , m_scopeKind(new QComboBox(this))
    , m_scopeTarget(new QComboBox(this))
    , m_tolerance(new QSpinBox(this))
    , m_stability(new QSlider(Qt::Horizontal, this))
    , m_groups(new QListWidget(this))
    , m_previewButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_applyButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_metrics(new RebalanceMetricsTable(this))
    , m_histogram(new LoadHistogram(this))
    , m_scopeLabel(new QLabel(this))
    , m_toleranceLabel(new QLabel(this))
    , m_weightsLabel(new QLabel(this))
    , m_compactLabel(new QLabel(this))
    , m_stableLabel(new QLabel(this))
    , m_stabilityValue(new QLabel(this))
    , m_locksLabel(new QLabel(this))
{
    m_scopeKind->addItems({QString(), QString(), QString()}); // texts in retranslate()
    m_scopeTarget->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scopeTarget->setMinimumContentsLength(8);
    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scopeKind);
    scopeRow->addWidget(m_scopeTarget, 1);

    m_tolerance->setRange(0, 20);
    m_tolerance->setValue(1);

    auto *weights = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        m_weightLabels[i] = new QLabel(this);
        m_weights[i] = new QSpinBox(this);
        m_weights[i]->setRange(0, 5);
        m_weights[i]->setPrefix(QStringLiteral("+"));
        weights->addWidget(m_weightLabels[i], i / 2, (i % 2) * 2);
        weights->addWidget(m_weights[i], i / 2, (i % 2) * 2 + 1);
    }

    m_stability->setRange(0, kMaxStabilityMetres);
    m_stability->setSingleStep(10);
    m_stability->setPageStep(50);
    m_stability->setValue(50);
    auto *stabilityRow = new QHBoxLayout;
    stabilityRow->addWidget(m_compactLabel);
    stabilityRow->addWidget(m_stability, 1);
    stabilityRow->addWidget(m_stableLabel);

    m_groups->setMaximumHeight(110);
    m_groups->setUniformItemSizes(true);

    auto *form = new QFormLayout;
    form->addRow(m_scopeLabel, scopeRow);
    form->addRow(m_toleranceLabel, m_tolerance);
    form->addRow(m_weightsLabel, weights);
    form->addRow(m_stabilityValue, stabilityRow);
    form->addRow(m_locksLabel, m_groups);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_applyButton);

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_metrics);
    layout->addWidget(m_histogram, 1);
    layout->addWidget(m_exportButton);

    m_progressTimer.setInterval(kProgressPollMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_job)
            m_progress->setValue(m_job->permille.load());
    });
    connect(&m_watcher, &QFutureWatcher<RebalancePreview>::finished, this, &RebalancePanel::onFinished);
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, &RebalancePanel::fillScopeTargets);
    connect(m_scopeTarget, &QComboBox::currentIndexChanged, this, &RebalancePanel::fillGroups);
    connect(m_stability, &QSlider::valueChanged, this,
            [this](int metres) { m_stabilityValue->setText(tr("Stability %1 m:").arg(metres)); });
    connect(m_previewButton, &QPushButton::clicked, this, &RebalancePanel::startPreview);
    connect(m_cancelButton, &QPushButton::clicked, this, &RebalancePanel::cancelPreview);
    connect(m_applyButton, &QPushButton::clicked, this, &RebalancePanel::applyRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &RebalancePanel::exportRequested);
    retranslate();
    updateButtons();
}

RebalancePanel::~RebalancePanel()
{
    if (m_job)
        m_job->cancel = true;
    m_watcher.waitForFinished();
}

void RebalancePanel::setWorld(std::shared_ptr<const World> world)
{
    cancelPreview();
    clearPreview();
    m_world = std::move(world);
    ++m_worldGeneration;
    fillScopeTargets();
    updateButtons();
}

void RebalancePanel::setScope(const RebalanceScope &scope)
{
    m_scopeKind->setCurrentIndex(kindIndex(scope.kind)); // refills the targets
    if (scope.kind != RebalanceScope::Kind::County)
        m_scopeTarget->setCurrentIndex(std::max(0, m_scopeTarget->findData(QVariant::fromValue<qlonglong>(scope.id))));
}

RebalanceScope RebalancePanel::scope() const
{
    RebalanceScope scope;
    scope.kind = static_cast<RebalanceScope::Kind>(std::max(0, m_scopeKind->currentIndex()));
    if (scope.kind != RebalanceScope::Kind::County)
        scope.id = m_scopeTarget->currentData().toLongLong();
    return scope;
}

void RebalancePanel::setTolerance(int tolerance) { m_tolerance->setValue(tolerance); }

void RebalancePanel::setStabilityMetres(int metres) { m_stability->setValue(metres); }

int RebalancePanel::stabilityMetres() const { return m_stability->value(); }

void RebalancePanel::setLockedGroups(const std::set<Id> &groupIds)
{
    for (int row = 0; row < m_groups->count(); ++row) {
        QListWidgetItem *item = m_groups->item(row);
        item->setCheckState(groupIds.count(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

RebalanceRequest RebalancePanel::request() const
{
    RebalanceRequest request;
    request.scope = scope();
    request.tolerance = m_tolerance->value();
    request.stabilityMetres = m_stability->value();
    request.world.fiveEldersExtra = m_weights[0]->value();
    request.world.subsistenceAllowanceExtra = m_weights[1]->value();
    request.world.hardshipExtra = m_weights[2]->value();
    request.world.seriousIllnessExtra = m_weights[3]->value();
    for (int row = 0; row < m_groups->count(); ++row)
        if (m_groups->item(row)->checkState() == Qt::Checked)
            request.world.lockedGroups.insert(m_groups->item(row)->data(Qt::UserRole).toLongLong());
    return request;
}

void RebalancePanel::startPreview()
{
    if (!m_world)
        return;
    cancelPreview();
    clearPreview();
    auto job = std::make_shared<Job>();
    job->worldGeneration = m_worldGeneration;
    m_job = job;
    m_progress->setValue(0);
    m_progressTimer.start();
    m_previewScopeName = scopeName();
    m_status->setText(tr("Balancing %1…").arg(m_previewScopeName));
    // The worker holds its own references: the World snapshot and the job's flags.
    m_watcher.setFuture(QtConcurrent::run([world = m_world, request = request(), job] {
        return computeRebalancePreview(*world, request, [job](double p) {
            job->permille = static_cast<int>(std::clamp(p, 0.0, 1.0) * 1000.0);
            return !job->cancel.load();
        });
    }));
    updateButtons();
}

void RebalancePanel::cancelPreview()
{
    if (m_job && m_watcher.isRunning())
        m_job->cancel = true;
}

void RebalancePanel::clearPreview()
{
    const bool had = m_preview != nullptr;
    m_preview.reset();
    m_metrics->clearMetrics();
    m_histogram->clear();
    m_status->clear();
    m_progress->setValue(0);
    if (had)
        emit overlayChanged(nullptr);
    updateButtons();
}

void RebalancePanel::onFinished()
{
    m_progressTimer.stop();
    auto result = std::make_unique<RebalancePreview>(m_watcher.result());
    // A proposal for data no longer on screen (the project reloaded meanwhile) is void.
    const bool stale = !m_job || m_job->worldGeneration != m_worldGeneration;
    m_job.reset();
    if (result->cancelled || stale) {
        m_progress->setValue(0);
        m_status->setText(stale ? tr("Preview discarded: the project was reloaded meanwhile; nothing changed.")
                                : tr("Preview cancelled: nothing changed."));
    } else if (!result->error.empty()) {
        m_progress->setValue(0);
        const QString error = QString::fromStdString(result->error);
        m_status->setText(tr("Cannot balance: %1").arg(error));
        // Window-modal and not waited for, like the window's other errors.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot balance"),
                                    tr("%1 cannot be balanced with these settings.").arg(m_previewScopeName), QMessageBox::Ok, this);
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    } else {
        m_preview = std::move(result);
        m_progress->setValue(1000);
        showPreview();
    }
    updateButtons();
    emit previewFinished();
}

void RebalancePanel::showPreview()
{
    const RebalanceMetrics &metrics = m_preview->metrics;
    m_metrics->setMetrics(metrics);
    // One capacity for every group shown: shade it (the county has one per scope).
    std::optional<std::pair<int, int>> band;
    for (const ScopeMetrics &scope : m_preview->result.scopes) {
        if (scope.households == 0 || scope.groups == 0)
            continue;
        const std::pair<int, int> bounds{scope.lowerBound, scope.upperBound};
        band = !band || *band == bounds ? std::optional(bounds) : std::nullopt;
        if (!band)
            break;
    }
    m_histogram->setHistograms(metrics.before.loadHistogram, metrics.after.loadHistogram, band);
    showSummary();
    emit overlayChanged(m_preview->overlay);
}

void RebalancePanel::showSummary()
{
    if (!m_preview)
        return;
    const QLocale locale;
    const RebalanceMetrics &metrics = m_preview->metrics;
    m_status->setText(tr("%1: %2 of %3 households would change group; mean walk %4 m → %5 m.")
                          .arg(m_previewScopeName, locale.toString(static_cast<qulonglong>(m_preview->changes.size())),
                               locale.toString(static_cast<qulonglong>(m_preview->households.size())),
                               locale.toString(metrics.before.distance.mean, 'f', 1),
                               locale.toString(metrics.after.distance.mean, 'f', 1)));
}

void RebalancePanel::updateButtons()
{
    const bool running = m_watcher.isRunning();
    m_previewButton->setEnabled(m_world && !running);
    m_cancelButton->setEnabled(running);
    m_applyButton->setEnabled(!running && m_preview && m_preview->ok() && !m_preview->changes.empty());
    m_exportButton->setEnabled(m_world != nullptr);
    m_scopeTarget->setEnabled(m_scopeKind->currentIndex() != kindIndex(RebalanceScope::Kind::County));
}

void RebalancePanel::fillScopeTargets()
{
    const qlonglong previous = m_scopeTarget->currentData().toLongLong();
    const QSignalBlocker blocker(m_scopeTarget);
    m_scopeTarget->clear();
    const auto kind = static_cast<RebalanceScope::Kind>(std::max(0, m_scopeKind->currentIndex()));
    if (m_world && kind == RebalanceScope::Kind::Department) {
        for (const Department &department : m_world->departments)
            if (department.kind == DepartmentKind::District)
                m_scopeTarget->addItem(QString::fromStdString(department.name), QVariant::fromValue<qlonglong>(department.id));
    } else if (m_world && kind == RebalanceScope::Kind::Township) {
        for (const Township &township : m_world->townships)
            m_scopeTarget->addItem(QString::fromStdString(township.name), QVariant::fromValue<qlonglong>(township.id));
    }
    m_scopeTarget->setCurrentIndex(std::max(0, m_scopeTarget->findData(QVariant::fromValue(previous))));
    updateButtons();
    fillGroups();
}

void RebalancePanel::fillGroups()
{
    std::set<Id> locked;
    for (int row = 0; row < m_groups->count(); ++row)
        if (m_groups->item(row)->checkState() == Qt::Checked)
            locked.insert(m_groups->item(row)->data(Qt::UserRole).toLongLong());
    m_groups->clear();
    if (!m_world)
        return;
    Id department = 0;
    try {
        department = departmentOfScope(*m_world, scope());
    } catch (const std::exception &) {
        return; // a township without its unit has no groups to lock
    }
    std::map<Id, int> households;
    for (const Household &household : m_world->households)
        ++households[household.groupId];
    for (const ContactGroup &group : m_world->groups) {
        if (department != 0 && group.departmentId != department)
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2 households)").arg(QString::fromStdString(group.code)).arg(households[group.id]),
                                         m_groups);
        item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(group.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(locked.count(group.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QString RebalancePanel::scopeName() const
{
    if (m_scopeKind->currentIndex() == kindIndex(RebalanceScope::Kind::County))
        return tr("the whole county");
    return m_scopeTarget->currentText();
}

QString RebalancePanel::describeRequest() const
{
    if (!m_preview)
        return {};
    const RebalanceRequest &r = m_preview->request; // the settings may have changed since
    return tr("Rebalance %1: tolerance %2, stability %3 m, extra weights %4/%5/%6/%7, %8 locked groups")
        .arg(m_previewScopeName)
        .arg(r.tolerance)
        .arg(r.stabilityMetres)
        .arg(r.world.fiveEldersExtra)
        .arg(r.world.subsistenceAllowanceExtra)
        .arg(r.world.hardshipExtra)
        .arg(r.world.seriousIllnessExtra)
        .arg(r.world.lockedGroups.size());
}

void RebalancePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RebalancePanel::retranslate()
{
    m_scopeKind->setItemText(kindIndex(RebalanceScope::Kind::County), tr("Whole county"));
    m_scopeKind->setItemText(kindIndex(RebalanceScope::Kind::Department), tr("Department"));
    m_scopeKind->setItemText(kindIndex(RebalanceScope::Kind::Township), tr("Township"));
    m_scopeLabel->setText(tr("Scope:"));
    m_toleranceLabel->setText(tr("Tolerance:"));
    m_tolerance->setToolTip(tr("How far a group's load may lie from the scope's mean, in weight units"));
    m_weightsLabel->setText(tr("Extra weight:"));
    const QString flags[4] = {tr("Five elders"), tr("Subsistence allowance"), tr("Hardship"), tr("Serious illness")};
    for (int i = 0; i < 4; ++i) {
        m_weightLabels[i]->setText(flags[i]);
        m_weights[i]->setToolTip(tr("Extra load units a household with this flag counts for"));
    }
    m_compactLabel->setText(tr("Compact"));
    m_stableLabel->setText(tr("Stable"));
    m_stabilityValue->setText(tr("Stability %1 m:").arg(m_stability->value()));
    m_stability->setToolTip(tr("Metres of walking a move must save before a household changes group"));
    m_locksLabel->setText(tr("Locked groups:"));
    m_groups->setToolTip(tr("Checked groups keep exactly their households"));
    m_previewButton->setText(tr("Preview"));
    m_cancelButton->setText(tr("Cancel"));
    m_applyButton->setText(tr("Apply"));
    m_applyButton->setToolTip(tr("Write the proposal to the database (undo with Ctrl+Z)"));
    m_exportButton->setText(tr("Export rosters…"));
    m_exportButton->setToolTip(tr("Write the groups' rosters as in the database, for printing (XLSX or CSV)"));
    if (m_world)
        fillGroups(); // the rows name their household counts in words
    showSummary();
}

} // namespace lianxin
