#include "app/visitpanel.h"

#include "analysis/visitsheetrows.h"
#include "app/visitroundform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGroupBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace lianxin {

namespace {

QTableWidget *table(QWidget *parent, int minimumHeight)
{
    auto *t = new QTableWidget(parent);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setMinimumHeight(minimumHeight);
    // The table scrolls sideways itself; its columns must not widen the dock.
    t->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    t->setMinimumWidth(160);
    return t;
}

QTableWidgetItem *item(const QString &text, QVariant data = {})
{
    auto *i = new QTableWidgetItem(text);
    if (data.isValid())
        i->setData(Qt::UserRole, data);
    return i;
}

QTableWidgetItem *number(double value)
{
    auto *i = new QTableWidgetItem;
    i->setData(Qt::DisplayRole, value);
    i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

} // namespace

VisitPanel::VisitPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_form(new VisitRoundForm(this))
    , m_rounds(new QComboBox(this))
    , m_planButton(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_planSummary(new QLabel(this))
    , m_groups(table(this, 150))
    , m_households(table(this, 150))
    , m_date(new QDateEdit(QDate(2021, 5, 6), this))
    , m_dateLabel(new QLabel(this))
    , m_seen(new QPushButton(this))
    , m_absent(new QPushButton(this))
    , m_moved(new QPushButton(this))
    , m_refused(new QPushButton(this))
    , m_level(new QComboBox(this))
    , m_showOpen(new QCheckBox(this))
    , m_coverage(table(this, 120))
    , m_summary(new QLabel(this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancel->hide();
    // Short lines without word wrap: a wrapping label in a scroll area gets squeezed.
    m_planSummary->setWordWrap(false);
    m_summary->setWordWrap(true);
    m_households->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setSortingEnabled(false);
    for (const CoverageLevel level : {CoverageLevel::Group, CoverageLevel::Department, CoverageLevel::GridArea,
                                      CoverageLevel::Village, CoverageLevel::Township})
        m_level->addItem(QString(), static_cast<int>(level));

    // Three tabs under the round's row, so the dock fits beside the map at 1366×768.
    auto *layout = new QVBoxLayout(this);
    auto *roundRow = new QHBoxLayout;
    roundRow->addWidget(m_rounds, 1);
    roundRow->addWidget(m_planButton);
    roundRow->addWidget(m_cancel);
    layout->addLayout(roundRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_tabs, 1);

    auto *routes = new QWidget(m_tabs);
    auto *routesLayout = new QVBoxLayout(routes);
    routesLayout->addWidget(m_planSummary);
    routesLayout->addWidget(m_groups, 1);
    routesLayout->addWidget(m_households, 1);
    auto *recordRow = new QHBoxLayout;
    recordRow->addWidget(m_dateLabel);
    recordRow->addWidget(m_date);
    recordRow->addStretch(1);
    routesLayout->addLayout(recordRow);
    auto *outcomeRow = new QGridLayout; // two by two: four buttons side by side overflow the dock
    outcomeRow->addWidget(m_seen, 0, 0);
    outcomeRow->addWidget(m_absent, 0, 1);
    outcomeRow->addWidget(m_moved, 1, 0);
    outcomeRow->addWidget(m_refused, 1, 1);
    routesLayout->addLayout(outcomeRow);
    routesLayout->addWidget(m_print);
    m_tabs->addTab(routes, QString());

    auto *coverage = new QWidget(m_tabs);
    auto *coverageLayout = new QVBoxLayout(coverage);
    coverageLayout->addWidget(m_level);
    coverageLayout->addWidget(m_showOpen);
    coverageLayout->addWidget(m_summary);
    coverageLayout->addWidget(m_coverage, 1);
    m_tabs->addTab(coverage, QString());

    auto *create = new QWidget(m_tabs);
    auto *createLayout = new QVBoxLayout(create);
    createLayout->addWidget(m_form);
    createLayout->addStretch(1);
    m_tabs->addTab(create, QString());

    connect(m_rounds, &QComboBox::activated, this, [this] { emit roundChosen(currentRoundId()); });
    connect(m_planButton, &QPushButton::clicked, this, &VisitPanel::planRequested);
    connect(m_cancel, &QPushButton::clicked, this, &VisitPanel::cancelRequested);
    connect(m_print, &QPushButton::clicked, this, &VisitPanel::printRequested);
    connect(m_groups, &QTableWidget::itemSelectionChanged, this, [this] {
        fillHouseholds();
        emit groupChosen(currentGroupRow());
    });
    const std::pair<QPushButton *, VisitOutcome> outcomes[] = {{m_seen, VisitOutcome::Seen},
                                                               {m_absent, VisitOutcome::Absent},
                                                               {m_moved, VisitOutcome::Moved},
                                                               {m_refused, VisitOutcome::Refused}};
    for (const auto &[button, outcome] : outcomes)
        connect(button, &QPushButton::clicked, this, [this, outcome = outcome] {
            const std::vector<Id> households = selectedHouseholds();
            if (!households.empty())
                emit recordRequested(households, outcome, visitDate());
        });
    connect(m_level, &QComboBox::currentIndexChanged, this, &VisitPanel::coverageLevelChanged);
    connect(m_showOpen, &QCheckBox::toggled, this, &VisitPanel::showOpenChanged);
    retranslate();
}

void VisitPanel::setWorld(std::shared_ptr<const World> world)
{
    m_world = std::move(world);
    m_householdOf.clear(); // filled when a group's households are first shown, not on every load
    if (m_world)
        m_form->setWorld(*m_world);
    setPlan(nullptr, {});
}

void VisitPanel::setRounds(const std::vector<VisitRound> &rounds, Id current)
{
    m_rounds->clear();
    for (const VisitRound &r : rounds)
        m_rounds->addItem(QString::fromStdString(r.name), static_cast<qlonglong>(r.id));
    m_rounds->setCurrentIndex(std::max(0, m_rounds->findData(static_cast<qlonglong>(current))));
    m_planButton->setEnabled(!rounds.empty());
    if (rounds.empty())
        m_tabs->setCurrentIndex(2);
}

void VisitPanel::setPlan(std::shared_ptr<const VisitPlan> plan, const std::map<Id, HouseholdVisitState> &states)
{
    const int row = currentGroupRow();
    const bool samePlan = plan && plan == m_plan;
    m_plan = std::move(plan);
    m_states = states;
    if (!samePlan && m_plan)
        m_tabs->setCurrentIndex(0); // a new plan: show its routes
    fillGroups();
    if (samePlan && row >= 0)
        chooseGroupRow(row);
    else
        fillHouseholds();
    if (!m_plan) {
        m_planSummary->setText(tr("No plan yet: choose a round and press Plan."));
        return;
    }
    const VisitPlan &p = *m_plan;
    m_planSummary->setText(tr("%1 groups, %2 households, %3 km walked\n"
                              "(nearest neighbour + 2-opt: %4 km)\n"
                              "%5 groups need more than the round's %6 working days")
                               .arg(p.routes.size())
                               .arg(p.households)
                               .arg(p.metres / 1000.0, 0, 'f', 1)
                               .arg(p.baselineMetres / 1000.0, 0, 'f', 1)
                               .arg(p.overCapacityGroups)
                               .arg(p.workingDays));
}

void VisitPanel::fillGroups()
{
    const QSignalBlocker blocker(m_groups);
    m_groups->setRowCount(0);
    if (!m_plan)
        return;
    m_groups->setRowCount(static_cast<int>(m_plan->routes.size()));
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        const GroupRoute &r = m_plan->routes[static_cast<std::size_t>(row)];
        int visited = 0;
        for (const PlannedVisit &v : r.visits) {
            const auto state = m_states.find(v.householdId);
            visited += state != m_states.end() && state->second.state == VisitState::Visited ? 1 : 0;
        }
        m_groups->setItem(row, 0, item(QString::fromStdString(r.groupCode), row));
        m_groups->setItem(row, 1, number(r.households));
        m_groups->setItem(row, 2, number(r.stops()));
        m_groups->setItem(row, 3, number(std::round(r.metres)));
        m_groups->setItem(row, 4, item(QString::number(r.daysNeeded) + (r.overCapacity ? QStringLiteral(" !") : QString())));
        m_groups->setItem(row, 5, item(QStringLiteral("%1/%2").arg(visited).arg(r.households)));
    }
    m_groups->resizeColumnsToContents();
}

void VisitPanel::fillHouseholds()
{
    m_households->setRowCount(0);
    const int row = currentGroupRow();
    if (!m_plan || row < 0)
        return;
    const GroupRoute &route = m_plan->routes[static_cast<std::size_t>(row)];
    if (m_householdOf.empty() && m_world)
        for (const Household &h : m_world->households)
            m_householdOf[h.id] = &h;
    m_households->setRowCount(static_cast<int>(route.visits.size()));
    for (int r = 0; r < m_households->rowCount(); ++r) {
        const PlannedVisit &visit = route.visits[static_cast<std::size_t>(r)];
        const Household *h = m_householdOf.at(visit.householdId);
        const auto state = m_states.find(visit.householdId);
        QString text = tr("not yet");
        if (state != m_states.end() && state->second.closedBy)
            text = QString::fromUtf8(sheetLabel(*state->second.closedBy));
        else if (state != m_states.end() && state->second.absentCount > 0)
            text = tr("not at home ×%1").arg(state->second.absentCount);
        m_households->setItem(r, 0, number(visit.stop));
        m_households->setItem(r, 1, item(QString::fromStdString(h->code), static_cast<qlonglong>(h->id)));
        m_households->setItem(r, 2, item(text)); // the state next to the code: what a user ticks by
        m_households->setItem(r, 3, item(QString::fromStdString(h->address)));
        m_households->setItem(r, 4, item(QString::fromStdString(flagLabels(h->flags))));
        m_households->setItem(r, 5, item(QString::fromStdString(visit.plannedOn.toIso())));
    }
    m_households->resizeColumnsToContents();
}

void VisitPanel::setCoverage(const VisitCoverage &coverage)
{
    m_coverage->setSortingEnabled(false);
    m_coverage->setRowCount(static_cast<int>(coverage.rows.size()));
    for (int row = 0; row < m_coverage->rowCount(); ++row) {
        const CoverageRow &r = coverage.rows[static_cast<std::size_t>(row)];
        m_coverage->setItem(row, 0, item(QString::fromStdString(r.name)));
        m_coverage->setItem(row, 1, number(r.counts.households));
        m_coverage->setItem(row, 2, number(r.counts.visited));
        m_coverage->setItem(row, 3, number(r.counts.notVisited));
        m_coverage->setItem(row, 4, number(r.counts.absentTwice));
        m_coverage->setItem(row, 5, number(r.counts.priorityNotVisited));
    }
    m_coverage->resizeColumnsToContents();
    m_coverage->setSortingEnabled(true);
    const CoverageCounts &t = coverage.total;
    m_summary->setText(tr("不漏一户: %1 of %2 households visited (%3 %), %4 not yet, %5 not at home twice, "
                          "%6 priority households not yet seen")
                           .arg(t.visited)
                           .arg(t.households)
                           .arg(t.households ? 100.0 * t.visited / t.households : 100.0, 0, 'f', 1)
                           .arg(t.notVisited)
                           .arg(t.absentTwice)
                           .arg(t.priorityNotVisited));
}

void VisitPanel::setPlanning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_planButton->setEnabled(!running && m_rounds->count() > 0);
    m_form->createButton()->setEnabled(!running);
    if (running)
        m_progress->setValue(0);
}

void VisitPanel::setProgress(double fraction) { m_progress->setValue(static_cast<int>(fraction * 1000.0)); }

Id VisitPanel::currentRoundId() const { return m_rounds->currentData().toLongLong(); }

int VisitPanel::currentGroupRow() const
{
    const QList<QTableWidgetItem *> items = m_groups->selectedItems();
    return items.isEmpty() ? -1 : m_groups->item(items.front()->row(), 0)->data(Qt::UserRole).toInt();
}

void VisitPanel::chooseGroupRow(int row)
{
    if (row >= 0 && row < m_groups->rowCount())
        m_groups->selectRow(row);
}

std::vector<Id> VisitPanel::selectedHouseholds() const
{
    std::vector<Id> ids;
    for (int row = 0; row < m_households->rowCount(); ++row)
        if (m_households->item(row, 1)->isSelected())
            ids.push_back(m_households->item(row, 1)->data(Qt::UserRole).toLongLong());
    return ids;
}

void VisitPanel::selectHouseholdRows(const std::vector<int> &rows)
{
    m_households->clearSelection();
    m_households->setSelectionMode(QAbstractItemView::MultiSelection);
    for (const int row : rows)
        m_households->selectRow(row);
    m_households->setSelectionMode(QAbstractItemView::ExtendedSelection);
}

Date VisitPanel::visitDate() const { return {m_date->date().year(), m_date->date().month(), m_date->date().day()}; }

CoverageLevel VisitPanel::coverageLevel() const { return static_cast<CoverageLevel>(m_level->currentData().toInt()); }

bool VisitPanel::showOpenOnMap() const { return m_showOpen->isChecked(); }

QPushButton *VisitPanel::outcomeButton(VisitOutcome outcome) const
{
    switch (outcome) {
    case VisitOutcome::Seen:
        return m_seen;
    case VisitOutcome::Absent:
        return m_absent;
    case VisitOutcome::Moved:
        return m_moved;
    case VisitOutcome::Refused:
        return m_refused;
    }
    return m_seen;
}

void VisitPanel::retranslate()
{
    m_rounds->setToolTip(tr("The visit round shown"));
    m_planButton->setText(tr("Plan"));
    m_planButton->setToolTip(tr("Plan the round: every group's households in walking order (Ctrl+Shift+P)"));
    m_planButton->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_cancel->setText(tr("Cancel"));
    m_print->setText(tr("Print sheets…"));
    m_dateLabel->setText(tr("Visited on:"));
    m_seen->setText(tr("Seen"));
    m_absent->setText(tr("Not at home"));
    m_moved->setText(tr("Moved"));
    m_refused->setText(tr("Refused"));
    m_showOpen->setText(tr("Mark households not yet visited on the map"));
    m_tabs->setTabText(0, tr("Routes and visits"));
    m_tabs->setTabText(1, tr("Coverage"));
    m_tabs->setTabText(2, tr("New round"));
    const QString levels[] = {tr("By group"), tr("By department"), tr("By grid area"), tr("By village"), tr("By township")};
    for (int i = 0; i < m_level->count(); ++i)
        m_level->setItemText(i, levels[i]);
    m_groups->setColumnCount(6);
    m_groups->setHorizontalHeaderLabels(
        {tr("Group"), tr("Households"), tr("Stops"), tr("Metres"), tr("Days"), tr("Visited")});
    m_households->setColumnCount(6);
    m_households->setHorizontalHeaderLabels(
        {tr("Stop"), tr("Household"), tr("State"), tr("Address"), tr("Priority"), tr("Planned")});
    m_coverage->setColumnCount(6);
    m_coverage->setHorizontalHeaderLabels(
        {tr("Name"), tr("Households"), tr("Visited"), tr("Not yet"), tr("Absent twice"), tr("Priority open")});
}

void VisitPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lianxin
