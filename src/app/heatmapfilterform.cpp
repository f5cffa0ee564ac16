#include "app/heatmapfilterform.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>

#include <set>

namespace lianxin {

namespace {

enum Caption { GroupCaption, ItemCaption, StatusCaption, DepartmentCaption, GridAreaCaption, CaptionCount };

// Combo entries carry their filter value as item data; an invalid QVariant means "all".
template <typename T>
std::optional<T> chosen(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional<T>(data.value<T>()) : std::nullopt;
}

// -1 (a list that was empty) and indexes past the end mean "all".
void restore(QComboBox *combo, int index) { combo->setCurrentIndex(index >= 0 && index < combo->count() ? index : 0); }

// By the id behind the entry, not its position: another database lists other departments
// and areas, and the same row would be a different one ("All" when it is gone).
void restoreData(QComboBox *combo, const QVariant &data)
{
    const int index = data.isValid() ? combo->findData(data) : -1;
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

HeatmapFilterForm::HeatmapFilterForm(QWidget *parent)
    : QWidget(parent)
    , m_group(new QComboBox(this))
    , m_item(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_gridArea(new QComboBox(this))
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < CaptionCount; ++i)
        m_captions.push_back(new QLabel(this));
    // The items follow the group first (fillItems blocks the item list's own signal), so
    // whoever hears changed() reads the new items.
    connect(m_group, &QComboBox::currentIndexChanged, this, &HeatmapFilterForm::fillItems);
    QComboBox *const combos[CaptionCount] = {m_group, m_item, m_status, m_department, m_gridArea};
    for (int i = 0; i < CaptionCount; ++i) {
        combos[i]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combos[i]->setMinimumContentsLength(8);
        form->addRow(m_captions[static_cast<std::size_t>(i)], combos[i]);
        connect(combos[i], &QComboBox::currentIndexChanged, this, &HeatmapFilterForm::changed);
    }
    retranslate();
}

void HeatmapFilterForm::setWorld(const World *world)
{
    m_world = world;
    fillLists();
}

void HeatmapFilterForm::fillLists()
{
    const int group = m_group->currentIndex(), item = m_item->currentIndex();
    const QVariant department = m_department->currentData(), area = m_gridArea->currentData();
    const QSignalBlocker b1(m_group), b2(m_item), b3(m_department), b4(m_gridArea);
    m_group->clear();
    m_group->addItem(tr("All concerns"));
    const auto &groups = concernGroupNames();
    for (std::size_t g = 1; g < groups.size(); ++g)
        m_group->addItem(QString::fromStdString(groups[g]), static_cast<int>(g));
    m_department->clear();
    m_department->addItem(tr("All departments"));
    m_gridArea->clear();
    m_gridArea->addItem(tr("All grid areas"));
    if (m_world) {
        // Only departments that handle suggestions: the others would show an empty map.
        std::set<Id> handling;
        for (const Suggestion &s : m_world->suggestions)
            handling.insert(s.departmentId);
        for (const Department &d : m_world->departments)
            if (handling.contains(d.id))
                m_department->addItem(QString::fromStdString(d.name), QVariant::fromValue<qint64>(d.id));
        for (const GridArea &a : m_world->gridAreas)
            m_gridArea->addItem(QString::fromStdString(a.code + " " + a.name), QVariant::fromValue<qint64>(a.id));
    }
    restore(m_group, group);
    fillItems();
    restore(m_item, item);
    restoreData(m_department, department);
    restoreData(m_gridArea, area);
}

void HeatmapFilterForm::fillItems()
{
    const QSignalBlocker blocker(m_item);
    m_item->clear();
    m_item->addItem(tr("All items"));
    const std::optional<int> group = chosen<int>(m_group);
    for (const ConcernItem &item : concernItems())
        if (!group || item.group == *group)
            m_item->addItem(QString::fromStdString(item.name), QString::fromStdString(item.name));
}

HeatmapFilter HeatmapFilterForm::filter() const
{
    HeatmapFilter filter;
    filter.concernGroup = chosen<int>(m_group);
    if (const auto item = chosen<QString>(m_item))
        filter.concernItem = item->toStdString();
    if (const auto status = chosen<int>(m_status))
        filter.statuses.insert(static_cast<SuggestionStatus>(*status));
    if (const auto department = chosen<qint64>(m_department))
        filter.departmentId = *department;
    if (const auto area = chosen<qint64>(m_gridArea))
        filter.gridAreaId = *area;
    return filter;
}

void HeatmapFilterForm::retranslate()
{
    m_captions[GroupCaption]->setText(tr("Concern group"));
    m_captions[ItemCaption]->setText(tr("Concern item"));
    m_captions[StatusCaption]->setText(tr("Status"));
    m_captions[DepartmentCaption]->setText(tr("Department"));
    m_captions[GridAreaCaption]->setText(tr("Grid area"));
    {
        const QSignalBlocker blocker(m_status);
        const int index = m_status->currentIndex();
        m_status->clear();
        m_status->addItem(tr("All statuses"));
        for (SuggestionStatus status : {SuggestionStatus::Done, SuggestionStatus::InProgress, SuggestionStatus::Blocked})
            m_status->addItem(QString::fromUtf8(articleLabel(status)), static_cast<int>(status));
        restore(m_status, index);
    }
    fillLists(); // the "all" entries
}

void HeatmapFilterForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lianxin
