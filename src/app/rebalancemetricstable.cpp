#include "app/rebalancemetricstable.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

namespace lianxin {

namespace {

enum Row {
    LoadMin,
    LoadMax,
    LoadStd,
    WalkMean,
    WalkP90,
    HullShare,
    Radius,
    Moved,
    PartyRule,
    SeniorRule,
    LocalRule,
    RowCount
};

} // namespace

RebalanceMetricsTable::RebalanceMetricsTable(QWidget *parent)
    : QTableWidget(RowCount, 2, parent)
{
    setEditTriggers(NoEditTriggers);
    setSelectionMode(NoSelection);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < RowCount; ++row)
        for (int column = 0; column < 2; ++column) {
            auto *item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, column, item);
        }
    // Tall enough for every row without a scroll bar.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(AdjustToContents);
    retranslate();
    // Exactly as tall as its rows: the histogram below takes the rest of the dock.
    setFixedHeight(horizontalHeader()->sizeHint().height() + RowCount * verticalHeader()->defaultSectionSize()
                   + 2 * frameWidth());
}

void RebalanceMetricsTable::setMetrics(const RebalanceMetrics &metrics)
{
    m_metrics = metrics;
    fill();
}

void RebalanceMetricsTable::clearMetrics()
{
    m_metrics.reset();
    fill();
}

QString RebalanceMetricsTable::afterText(int row) const { return item(row, 1) ? item(row, 1)->text() : QString(); }

void RebalanceMetricsTable::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

void RebalanceMetricsTable::retranslate()
{
    setHorizontalHeaderLabels({tr("Before"), tr("After")});
    setVerticalHeaderLabels({tr("Smallest load"), tr("Largest load"), tr("Load std. dev."), tr("Mean walk (m)"),
                             tr("90th percentile walk (m)"), tr("Compactness (hull share)"), tr("Mean group radius (m)"),
                             tr("Households moved"), tr("Groups: party member with non-member"),
                             tr("Groups: senior with junior"), tr("Groups: local with non-local")});
    fill();
}

void RebalanceMetricsTable::fill()
{
    const QLocale locale;
    const auto set = [&](int row, const QString &before, const QString &after) {
        item(row, 0)->setText(before);
        item(row, 1)->setText(after);
    };
    if (!m_metrics) {
        for (int row = 0; row < RowCount; ++row)
            set(row, QString(), QString());
        return;
    }
    const RebalanceMetrics &m = *m_metrics;
    const auto number = [&](double value, int decimals) { return locale.toString(value, 'f', decimals); };
    const auto both = [&](int row, auto field, int decimals) {
        set(row, number(field(m.before), decimals), number(field(m.after), decimals));
    };
    both(LoadMin, [](const SideMetrics &s) { return s.load.min; }, 0);
    both(LoadMax, [](const SideMetrics &s) { return s.load.max; }, 0);
    both(LoadStd, [](const SideMetrics &s) { return s.load.stdDev; }, 2);
    both(WalkMean, [](const SideMetrics &s) { return s.distance.mean; }, 1);
    both(WalkP90, [](const SideMetrics &s) { return s.distance.p90; }, 1);
    both(HullShare, [](const SideMetrics &s) { return s.compactness.meanHullShare; }, 3);
    both(Radius, [](const SideMetrics &s) { return s.compactness.meanRadius; }, 1);
    set(Moved, QStringLiteral("–"), locale.toString(static_cast<qulonglong>(m.moved)));
    // Rebalancing moves households, not cadres: the pairings are the same on both sides.
    for (int rule = 0; rule < 3; ++rule) {
        const QString count = QStringLiteral("%1 / %2").arg(locale.toString(m.pairingRuleCount[rule]),
                                                             locale.toString(static_cast<qulonglong>(m.groups)));
        set(PartyRule + rule, count, count);
    }
}

} // namespace lianxin
