#include "app/statsdock.h"

#include "core/workcalendar.h"
#include "render/choropleth.h"
#include "render/colourramp.h"

#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace lianxin {

namespace {

constexpr int kChoroplethClasses = 5;

Date today()
{
    const QDate d = QDate::currentDate();
    return {d.year(), d.month(), d.day()};
}

// A cell that shows a formatted number ("97.5 %") but sorts by the number itself.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(double value, const QString &text)
        : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidgetItem *numberItem(int value) { return new NumberItem(value, QLocale().toString(value)); }

QString percent(double share) { return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %"); }

} // namespace

StatsDock::StatsDock(QWidget *parent)
    : QWidget(parent)
    , m_county(new QLabel(this))
    , m_grouping(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_overdueCaption(new QLabel(this))
    , m_overdue(new QTableWidget(this))
    , m_choroplethCaption(new QLabel(this))
    , m_choropleth(new QComboBox(this))
{
    m_county->setWordWrap(true);
    m_county->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QTableWidget *table : {m_table, m_overdue}) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->setSortingEnabled(true);
    }
    // Names in full, numbers as wide as they are: a narrow dock scrolls sideways rather
    // than cutting "NCS-01 乐园片区" to "NCS-01 乐…".
    m_table->setColumnCount(7);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overdue->setColumnCount(4);
    m_overdue->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overdue->setMaximumHeight(140);

    auto *choropleth = new QHBoxLayout;
    choropleth->addWidget(m_choroplethCaption);
    choropleth->addWidget(m_choropleth, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_county);
    layout->addWidget(m_grouping);
    layout->addWidget(m_table, 1);
    layout->addLayout(choropleth);
    layout->addWidget(m_overdueCaption);
    layout->addWidget(m_overdue);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, &StatsDock::recompute);
    connect(m_choropleth, &QComboBox::currentIndexChanged, this, &StatsDock::applyChoropleth);
    retranslate();
}

void StatsDock::setProject(std::shared_ptr<const World> world, std::shared_ptr<const MapScene> scene,
                           std::shared_ptr<const StyleLibrary> styles)
{
    // The canvas got the new scene with its own styles: nothing to restore there.
    m_styledLayer.clear();
    m_world = std::move(world);
    m_scene = std::move(scene);
    m_styles = std::move(styles);
    {
        const QSignalBlocker blocker(m_choropleth);
        m_choropleth->setCurrentIndex(0);
    }
    recompute();
}

void StatsDock::setGrouping(StatsGrouping grouping)
{
    m_grouping->setCurrentIndex(grouping == StatsGrouping::Village ? 1 : grouping == StatsGrouping::Department ? 2 : 0);
}

void StatsDock::setChoroplethField(const QString &field)
{
    const int index = m_choropleth->findData(field.isEmpty() ? QVariant() : QVariant(field));
    m_choropleth->setCurrentIndex(std::max(0, index));
}

void StatsDock::recompute()
{
    if (!m_world) {
        m_stats = {};
        m_county->clear();
        fillTables();
        return;
    }
    const int g = m_grouping->currentIndex();
    const StatsGrouping grouping = g == 1 ? StatsGrouping::Village : g == 2 ? StatsGrouping::Department : StatsGrouping::GridArea;
    // A World of thousands of suggestions takes milliseconds: no worker needed.
    m_stats = suggestionStatistics(*m_world, grouping, today());
    m_county->setText(countyText());
    fillTables();
    m_choropleth->setEnabled(!choroplethLayerId().isEmpty());
    applyChoropleth();
}

QString StatsDock::countyText() const
{
    const SuggestionTally &c = m_stats.county;
    const QLocale locale;
    QString text = tr("County: %1 suggestions — %2 done, %3 in progress, %4 blocked; replied on time %5")
                       .arg(locale.toString(c.total), locale.toString(c.done), locale.toString(c.inProgress),
                            locale.toString(c.blocked), percent(c.onTimeRate()));
    if (const auto satisfaction = c.meanSatisfaction())
        text += tr("; satisfaction %1 / 5").arg(locale.toString(*satisfaction, 'f', 2));
    return text;
}

void StatsDock::fillTables()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(static_cast<int>(m_stats.rows.size()));
    int row = 0;
    for (const StatsRow &r : m_stats.rows) {
        const SuggestionTally &t = r.tally;
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(r.name)));
        m_table->setItem(row, 1, numberItem(t.total));
        m_table->setItem(row, 2, numberItem(t.done));
        m_table->setItem(row, 3, numberItem(t.inProgress));
        m_table->setItem(row, 4, numberItem(t.blocked));
        // No suggestions, no rate: "–" (sorted lowest), as in the briefing and the CLI.
        m_table->setItem(row, 5, t.total > 0 ? new NumberItem(t.onTimeRate(), percent(t.onTimeRate()))
                                             : new NumberItem(-1.0, QStringLiteral("–")));
        const auto satisfaction = t.meanSatisfaction();
        m_table->setItem(row, 6, new NumberItem(satisfaction.value_or(0.0), satisfaction ? QLocale().toString(*satisfaction, 'f', 2) : QStringLiteral("–")));
        ++row;
    }
    m_table->setSortingEnabled(true);

    m_overdue->setSortingEnabled(false);
    m_overdue->setRowCount(static_cast<int>(m_stats.overdue.size()));
    row = 0;
    for (const OverdueSuggestion &o : m_stats.overdue) {
        m_overdue->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(o.code)));
        m_overdue->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(o.dispatchedOn.toIso())));
        m_overdue->setItem(row, 2, new QTableWidgetItem(o.repliedOn ? QString::fromStdString(o.repliedOn->toIso())
                                                                    : tr("no reply")));
        m_overdue->setItem(row, 3, numberItem(o.workingDaysLate));
        ++row;
    }
    m_overdue->setSortingEnabled(true);
    m_overdue->setVisible(!m_stats.overdue.empty());
    m_overdueCaption->setText(m_stats.overdue.empty()
                                  ? tr("Overdue: none — no reply is later than %1 working days").arg(kReplyDeadlineWorkingDays)
                                  : tr("Overdue: %1 suggestions").arg(m_stats.overdue.size()));
}

QString StatsDock::choroplethLayerId() const
{
    switch (m_grouping->currentIndex()) {
    case 0:
        return QStringLiteral("grid_areas");
    case 1:
        return QStringLiteral("villages");
    default:
        return {}; // departments have no area of their own
    }
}

void StatsDock::restoreStyle(const QString &layerId)
{
    const MapLayer *layer = m_scene ? m_scene->layer(layerId) : nullptr;
    if (layer && m_styles)
        emit layerStyleRequested(layerId, m_styles->styleFor(*layer));
}

void StatsDock::applyChoropleth()
{
    const QString field = m_choropleth->currentData().toString();
    const QString layerId = field.isEmpty() ? QString() : choroplethLayerId();
    if (!m_styledLayer.isEmpty() && m_styledLayer != layerId)
        restoreStyle(std::exchange(m_styledLayer, QString()));
    const MapLayer *layer = m_scene && !layerId.isEmpty() ? m_scene->layer(layerId) : nullptr;
    if (!layer)
        return;
    try {
        Style style = choroplethStyle(*layer, field, kChoroplethClasses, ColourRamp::named(QStringLiteral("reds")));
        // Keep the layer's own labels (a coloured area still needs its name), at the
        // scales its style shows them: one untitled label rule per class with that class's
        // filter, so every area is labelled once and the no-data ElseFilter still works.
        if (m_styles) {
            const std::vector<StyleRule> classes = style.rules;
            for (const StyleRule &labelRule : m_styles->styleFor(*layer).rules) {
                if (!labelRule.filter.comparisons.empty() || labelRule.elseFilter)
                    continue;
                std::vector<Symbolizer> texts;
                std::copy_if(labelRule.symbolizers.begin(), labelRule.symbolizers.end(), std::back_inserter(texts),
                             [](const Symbolizer &s) { return std::holds_alternative<TextSymbolizer>(s); });
                if (texts.empty())
                    continue;
                for (const StyleRule &classRule : classes) {
                    StyleRule labels = labelRule;
                    labels.title.clear(); // not a legend row
                    labels.filter = classRule.filter;
                    labels.elseFilter = classRule.elseFilter;
                    labels.symbolizers = texts;
                    style.rules.push_back(std::move(labels));
                }
            }
        }
        emit layerStyleRequested(layerId, style);
        m_styledLayer = layerId;
    } catch (const std::exception &e) {
        if (m_styledLayer == layerId)
            restoreStyle(std::exchange(m_styledLayer, QString()));
        emit failed(tr("Choropleth not drawn: %1").arg(QString::fromStdString(e.what())));
    }
}

void StatsDock::retranslate()
{
    {
        const QSignalBlocker blocker(m_grouping);
        const int index = std::max(0, m_grouping->currentIndex());
        m_grouping->clear();
        m_grouping->addItems({tr("By grid area"), tr("By fishing village"), tr("By department")});
        m_grouping->setCurrentIndex(index);
    }
    {
        const QSignalBlocker blocker(m_choropleth);
        const int index = std::max(0, m_choropleth->currentIndex());
        m_choropleth->clear();
        m_choropleth->addItem(tr("None"));
        m_choropleth->addItem(tr("Suggestions"), QStringLiteral("total"));
        m_choropleth->addItem(tr("Done"), QStringLiteral("done"));
        m_choropleth->addItem(tr("In progress"), QStringLiteral("in_progress"));
        m_choropleth->addItem(tr("Blocked"), QStringLiteral("blocked"));
        m_choropleth->addItem(tr("On-time reply rate"), QStringLiteral("on_time_rate"));
        m_choropleth->addItem(tr("Per 100 households"), QStringLiteral("per_100_households"));
        m_choropleth->setCurrentIndex(index);
    }
    m_choroplethCaption->setText(tr("Colour areas by"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Total"), tr("Done"), tr("In progress"), tr("Blocked"), tr("On time"), tr("Satisfaction")});
    m_overdue->setHorizontalHeaderLabels({tr("Code"), tr("Dispatched"), tr("Replied"), tr("Working days late")});
    if (m_world) {
        m_county->setText(countyText());
        fillTables();
    }
}

void StatsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lianxin
