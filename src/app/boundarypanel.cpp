#include "app/boundarypanel.h"

#include "app/boundaryproblemtext.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {

QString signedPair(long long gained, long long lost)
{
    return QStringLiteral("+%1 / −%2").arg(gained).arg(lost);
}

void fillCounts(QTreeWidgetItem *item, const ImpactCounts &gained, const ImpactCounts &lost, long long before, long long after)
{
    item->setText(1, QStringLiteral("%1 → %2").arg(before).arg(after));
    item->setText(2, signedPair(gained.buildings, lost.buildings));
    item->setText(3, signedPair(gained.households, lost.households));
    item->setText(4, signedPair(gained.residents, lost.residents));
    item->setText(5, signedPair(gained.shops, lost.shops));
    item->setText(6, signedPair(gained.openSuggestions, lost.openSuggestions));
}

} // namespace

BoundaryPanel::BoundaryPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildTools());
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    auto *impactPage = new QWidget(m_tabs);
    auto *impactLayout = new QVBoxLayout(impactPage);
    impactLayout->setContentsMargins(0, 0, 0, 0);
    m_impact = new QTreeWidget(impactPage);
    m_impact->setColumnCount(7);
    m_impact->setRootIsDecorated(true);
    m_impact->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    impactLayout->addWidget(m_impact, 3);
    m_offers = new QListWidget(impactPage);
    m_offers->setMaximumHeight(70);
    m_offers->setWordWrap(true);
    impactLayout->addWidget(m_offers, 1);
    m_tabs->addTab(impactPage, QString());
    m_problems = new QListWidget(m_tabs);
    m_problems->setWordWrap(true);
    m_tabs->addTab(m_problems, QString());
    m_tabs->addTab(buildVersions(), QString());
    layout->addWidget(m_tabs, 1);

    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit problemChosen({item->data(Qt::UserRole).toDouble(), item->data(Qt::UserRole + 1).toDouble()});
    });
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit problemChosen({item->data(Qt::UserRole).toDouble(), item->data(Qt::UserRole + 1).toDouble()});
    });
    connect(m_offers, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit rebalanceRequested(item->data(Qt::UserRole).toLongLong(), item->text());
    });
    retranslate();
}

QWidget *BoundaryPanel::buildTools()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *tools = new QHBoxLayout;
    m_toolGroup = new QButtonGroup(this);
    for (int mode = 0; mode < 6; ++mode) {
        auto *button = new QToolButton(box);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_toolGroup->addButton(button, mode);
        m_toolButtons.push_back(button);
        tools->addWidget(button);
    }
    tools->addStretch();
    m_toolButtons.front()->setChecked(true);
    connect(m_toolGroup, &QButtonGroup::idClicked, this, &BoundaryPanel::toolChosen);
    grid->addLayout(tools, 0, 0, 1, 3);
    m_assignLabel = new QLabel(box);
    m_target = new QComboBox(box);
    m_assign = new QPushButton(box);
    grid->addWidget(m_assignLabel, 1, 0);
    grid->addWidget(m_target, 1, 1);
    grid->addWidget(m_assign, 1, 2);
    m_note = new QLineEdit(box);
    m_save = new QPushButton(box);
    m_renumber = new QPushButton(box);
    grid->addWidget(m_note, 2, 0, 1, 2);
    grid->addWidget(m_save, 2, 2);
    grid->addWidget(m_renumber, 3, 2);
    grid->setColumnStretch(1, 1);
    connect(m_assign, &QPushButton::clicked, this, [this] {
        if (m_target->currentIndex() >= 0)
            emit assignRequested(m_target->currentData().toLongLong());
    });
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(m_note->text()); });
    connect(m_renumber, &QPushButton::clicked, this, &BoundaryPanel::renumberRequested);
    return box;
}

QWidget *BoundaryPanel::buildVersions()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_versions = new QListWidget(page);
    layout->addWidget(m_versions, 1);
    auto *buttons = new QHBoxLayout;
    m_showVersion = new QPushButton(page);
    m_compareVersion = new QPushButton(page);
    m_restoreVersion = new QPushButton(page);
    for (QPushButton *button : {m_showVersion, m_compareVersion, m_restoreVersion})
        buttons->addWidget(button);
    layout->addLayout(buttons);
    m_comparison = new QLabel(page);
    m_comparison->setWordWrap(true);
    layout->addWidget(m_comparison);
    connect(m_showVersion, &QPushButton::clicked, this, [this] {
        if (chosenVersion() > 0)
            emit versionShowRequested(chosenVersion());
    });
    connect(m_compareVersion, &QPushButton::clicked, this, [this] {
        if (chosenVersion() > 0)
            emit versionCompareRequested(chosenVersion());
    });
    connect(m_restoreVersion, &QPushButton::clicked, this, [this] {
        if (chosenVersion() > 0)
            emit versionRestoreRequested(chosenVersion());
    });
    return page;
}

int BoundaryPanel::chosenVersion() const
{
    const QListWidgetItem *item = m_versions->currentItem();
    return item ? item->data(Qt::UserRole).toInt() : 0;
}

void BoundaryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BoundaryPanel::retranslate()
{
    const QStringList tools = {tr("Vertex"), tr("Transfer"), tr("Split"), tr("Merge"), tr("Buildings"), tr("Lock")};
    const QStringList tips = {
        tr("Drag a vertex or a border (it moves in every area sharing it); double-click a border adds a vertex, "
           "Delete removes the one under the cursor; snaps to vertices and edges within 10 pixels"),
        tr("Click a line across an area, double-click to end: the piece beyond it goes to the neighbour it touches"),
        tr("Click a line across an area, double-click to end: the smaller piece becomes a new area"),
        tr("Click two neighbouring areas: the second joins the first"),
        tr("Click buildings to choose them, then hand them to an area: the border is redrawn around them"),
        tr("Click an area to lock or unlock it: a locked area neither gains nor loses ground")};
    for (std::size_t i = 0; i < m_toolButtons.size(); ++i) {
        m_toolButtons[i]->setText(tools[static_cast<int>(i)]);
        m_toolButtons[i]->setToolTip(tips[static_cast<int>(i)]);
    }
    m_assignLabel->setText(tr("Hand to:"));
    m_assign->setText(tr("Assign buildings"));
    m_note->setPlaceholderText(tr("Why (kept with the version)"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Check the coverage and write the change as one version"));
    m_renumber->setText(tr("Renumber"));
    m_renumber->setToolTip(tr("Codes in reading order: north to south, west to east"));
    m_tabs->setTabText(0, tr("Impact"));
    m_tabs->setTabText(1, tr("Problems"));
    m_tabs->setTabText(2, tr("Versions"));
    m_impact->setHeaderLabels({tr("Area / department"), tr("Households"), tr("Buildings"), tr("Households ±"),
                               tr("Residents"), tr("Shops"), tr("Open suggestions")});
    m_showVersion->setText(tr("Show"));
    m_compareVersion->setText(tr("Compare"));
    m_restoreVersion->setText(tr("Restore"));
    m_offers->setToolTip(tr("Double-click: open the rebalancing for that department"));
}

void BoundaryPanel::setAreas(const BoundaryLayout &layout)
{
    const QVariant chosen = m_target->currentData();
    m_target->clear();
    for (const BoundaryArea &area : layout.areas)
        m_target->addItem(QString::fromStdString(area.code + " " + area.name), QVariant::fromValue<qlonglong>(area.id));
    const int index = m_target->findData(chosen);
    if (index >= 0)
        m_target->setCurrentIndex(index);
}

void BoundaryPanel::setImpact(const BoundaryImpact &impact)
{
    m_impact->clear();
    m_summary->setText(impact.empty() ? tr("No building changes area.")
                                      : tr("%1 building(s) and %2 household(s) change area; %3 household(s) change department.")
                                            .arg(impact.buildings.size())
                                            .arg(impact.households.size())
                                            .arg(impact.householdsChangingDepartment().size()));
    if (impact.empty())
        return;
    auto *areas = new QTreeWidgetItem(m_impact, {tr("Areas")});
    for (const AreaImpact &area : impact.areas) {
        auto *item = new QTreeWidgetItem(areas, {QString::fromStdString(area.code)});
        fillCounts(item, area.gained, area.lost, area.householdsBefore, area.householdsAfter);
    }
    auto *departments = new QTreeWidgetItem(m_impact, {tr("Departments (load)")});
    for (const DepartmentImpact &department : impact.departments) {
        auto *item = new QTreeWidgetItem(departments, {QString::fromStdString(department.name)});
        fillCounts(item, department.gained, department.lost, department.householdsBefore, department.householdsAfter);
        if (department.cadres > 0)
            item->setToolTip(1, tr("%1 → %2 households per cadre")
                                    .arg(department.householdsBefore / static_cast<double>(department.cadres), 0, 'f', 1)
                                    .arg(department.householdsAfter / static_cast<double>(department.cadres), 0, 'f', 1));
    }
    if (!impact.groupLosses.empty()) {
        auto *groups = new QTreeWidgetItem(m_impact, {tr("Contact groups losing households")});
        for (const GroupLoss &loss : impact.groupLosses) {
            auto *item = new QTreeWidgetItem(groups, {QString::fromStdString(loss.code)});
            item->setText(3, QStringLiteral("−%1").arg(loss.households));
        }
    }
    m_impact->expandAll();
}

void BoundaryPanel::setProblems(const CoverageReport &report, const BoundaryLayout &layout)
{
    m_problems->clear();
    for (const CoverageProblem &problem : report.problems) {
        auto *item = new QListWidgetItem(BoundaryProblemText::of(problem, layout), m_problems);
        item->setToolTip(QString::fromStdString(problem.message)); // the analysis's own words, with the details
        item->setData(Qt::UserRole, problem.place.x);
        item->setData(Qt::UserRole + 1, problem.place.y);
        item->setForeground(blocksSave(problem.rule) ? QColor(0xb0, 0x10, 0x20) : QColor(0x9a, 0x6a, 0x00));
    }
    m_tabs->setTabText(1, report.problems.empty() ? tr("Problems") : tr("Problems (%1)").arg(report.problems.size()));
    m_save->setEnabled(report.canSave());
}

void BoundaryPanel::setVersions(const std::vector<BoundaryVersion> &versions)
{
    m_versions->clear();
    for (const BoundaryVersion &version : versions) {
        QStringList codes;
        for (const std::string &code : version.codes)
            codes << QString::fromStdString(code);
        auto *item = new QListWidgetItem(tr("Version %1 · %2 · %3 · %4: %5")
                                             .arg(version.version)
                                             .arg(QString::fromStdString(version.at), QString::fromStdString(version.actor),
                                                  codes.join(QStringLiteral(" ")), QString::fromStdString(version.note)),
                                         m_versions);
        item->setData(Qt::UserRole, version.version);
    }
}

void BoundaryPanel::setComparison(const QString &text) { m_comparison->setText(text); }

void BoundaryPanel::showVersionsTab() { m_tabs->setCurrentIndex(2); }

void BoundaryPanel::setMessage(const QString &text) { m_message->setText(text); }

void BoundaryPanel::addRebalanceOffer(const QString &text, Id departmentId)
{
    auto *item = new QListWidgetItem(text, m_offers);
    item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(departmentId));
}

} // namespace lianxin
