#include "app/visitroundform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace lianxin {

namespace {

Date dateOf(const QDate &d) { return {d.year(), d.month(), d.day()}; }
QDate qdateOf(const Date &d) { return QDate(d.year, d.month, d.day); }

// Scope in a combo entry: kind * 1e6 + id keeps it one integer.
constexpr qlonglong kScopeFactor = 1000000;

} // namespace

VisitRoundForm::VisitRoundForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_start(new QDateEdit(QDate(2021, 5, 6), this))
    , m_end(new QDateEdit(QDate(2021, 5, 28), this))
    , m_scope(new QComboBox(this))
    , m_priorityOnly(new QCheckBox(this))
    , m_priorityFirst(new QCheckBox(this))
    , m_perDay(new QSpinBox(this))
    , m_create(new QPushButton(this))
    , m_nameLabel(new QLabel(this))
    , m_datesLabel(new QLabel(this))
    , m_scopeLabel(new QLabel(this))
    , m_perDayLabel(new QLabel(this))
{
    for (QDateEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_perDay->setRange(1, 60);
    m_perDay->setValue(8);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(8);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nameLabel, 0, 0);
    layout->addWidget(m_name, 0, 1, 1, 2);
    // Start and end on rows of their own: the dock is narrow at 1366×768.
    layout->addWidget(m_datesLabel, 1, 0);
    layout->addWidget(m_start, 1, 1, 1, 2);
    layout->addWidget(m_end, 2, 1, 1, 2);
    layout->addWidget(m_scopeLabel, 3, 0);
    layout->addWidget(m_scope, 3, 1, 1, 2);
    layout->addWidget(m_priorityOnly, 4, 0, 1, 3);
    layout->addWidget(m_priorityFirst, 5, 0, 1, 3);
    layout->addWidget(m_perDayLabel, 6, 0);
    layout->addWidget(m_perDay, 6, 1);
    layout->addWidget(m_create, 7, 1, 1, 2);
    connect(m_create, &QPushButton::clicked, this, [this] { emit createRequested(round()); });
    retranslate();
}

void VisitRoundForm::setWorld(const World &world)
{
    m_scope->clear();
    m_scope->addItem(tr("Whole county"), 0);
    for (const Department &d : world.departments)
        m_scope->addItem(QString::fromStdString(d.name),
                         static_cast<qlonglong>(VisitScopeKind::Department) * kScopeFactor + d.id);
    for (const Township &t : world.townships)
        m_scope->addItem(tr("Township: %1").arg(QString::fromStdString(t.name)),
                         static_cast<qlonglong>(VisitScopeKind::Township) * kScopeFactor + t.id);
}

VisitRound VisitRoundForm::round() const
{
    VisitRound r;
    r.name = m_name->text().trimmed().toStdString();
    r.start = dateOf(m_start->date());
    r.end = dateOf(m_end->date());
    const qlonglong scope = m_scope->currentData().toLongLong();
    r.scope = {static_cast<VisitScopeKind>(scope / kScopeFactor), scope % kScopeFactor};
    r.goal = m_priorityOnly->isChecked() ? VisitGoal::PriorityOnly : VisitGoal::Everyone;
    r.priorityFirst = m_priorityFirst->isChecked();
    r.visitsPerDay = m_perDay->value();
    return r;
}

void VisitRoundForm::setRound(const VisitRound &r)
{
    m_name->setText(QString::fromStdString(r.name));
    m_start->setDate(qdateOf(r.start));
    m_end->setDate(qdateOf(r.end));
    const int index = m_scope->findData(static_cast<qlonglong>(r.scope.kind) * kScopeFactor + r.scope.id);
    m_scope->setCurrentIndex(std::max(index, 0));
    m_priorityOnly->setChecked(r.goal == VisitGoal::PriorityOnly);
    m_priorityFirst->setChecked(r.priorityFirst);
    m_perDay->setValue(r.visitsPerDay);
}

void VisitRoundForm::retranslate()
{
    m_nameLabel->setText(tr("Round:"));
    m_name->setPlaceholderText(tr("e.g. 2021 third round"));
    m_datesLabel->setText(tr("Dates:"));
    m_scopeLabel->setText(tr("Scope:"));
    if (m_scope->count() > 0)
        m_scope->setItemText(0, tr("Whole county"));
    m_priorityOnly->setText(tr("Priority households only (五老, 低保, 困难, 重病)"));
    m_priorityFirst->setText(tr("Visit priority households first (重点访)"));
    m_perDayLabel->setText(tr("Visits a day:"));
    m_create->setText(tr("Create round"));
}

void VisitRoundForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lianxin
