#include "app/identifypanel.h"

#include "app/layertitles.h"
#include "app/translations.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lianxin {

namespace {
constexpr int kHitRole = Qt::UserRole; // index into m_hits on feature rows, -1 elsewhere
constexpr std::size_t kExpandAllUpTo = 3;
} // namespace

QString featureCaption(const FeatureHit &hit)
{
    for (const char *field : {"code", "name", "address", "group_code", "title"}) {
        const QString text = toDisplayString(hit.layer->value(hit.index, QLatin1String(field)));
        if (!text.isEmpty())
            return text;
    }
    return QStringLiteral("#%1").arg(hit.layer->features()[hit.index].id);
}

IdentifyPanel::IdentifyPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
{
    m_tree->setColumnCount(2);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_summary->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &IdentifyPanel::onCurrentChanged);
    retranslate();
}

void IdentifyPanel::showResults(std::vector<FeatureHit> hits)
{
    m_hits = std::move(hits);
    m_identified = true;
    rebuild();
}

void IdentifyPanel::clear()
{
    m_hits.clear();
    m_identified = false;
    rebuild();
}

void IdentifyPanel::rebuild()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const bool english = interfaceLanguage() == QLatin1String("en");
    QTreeWidgetItem *layerItem = nullptr;
    const MapLayer *currentLayer = nullptr;
    int layerCount = 0;
    for (std::size_t i = 0; i < m_hits.size(); ++i) {
        const FeatureHit &hit = m_hits[i];
        if (hit.layer != currentLayer) {
            currentLayer = hit.layer;
            layerItem = new QTreeWidgetItem(m_tree);
            layerItem->setData(0, kHitRole, -1);
            QFont bold = layerItem->font(0);
            bold.setBold(true);
            layerItem->setFont(0, bold);
            layerItem->setExpanded(true);
            layerCount = 0;
        }
        ++layerCount;
        layerItem->setText(0, QStringLiteral("%1 (%2)").arg(LayerTitles::title(*hit.layer)).arg(layerCount));

        auto *featureItem = new QTreeWidgetItem(layerItem);
        featureItem->setText(0, featureCaption(hit));
        featureItem->setData(0, kHitRole, static_cast<int>(i));
        const auto &fields = hit.layer->fields();
        const auto &values = hit.layer->features()[hit.index].values;
        for (std::size_t f = 0; f < fields.size() && f < values.size(); ++f) {
            auto *row = new QTreeWidgetItem(featureItem);
            const QString alias = fields[f].alias.isEmpty() ? fields[f].name : fields[f].alias;
            row->setText(0, english ? fields[f].name : alias);
            row->setToolTip(0, fields[f].name);
            row->setText(1, toDisplayString(values[f]));
            row->setData(0, kHitRole, static_cast<int>(i));
        }
        featureItem->setExpanded(m_hits.size() <= kExpandAllUpTo || i == 0);
    }
    if (!m_hits.empty())
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    retranslate();
}

void IdentifyPanel::onCurrentChanged(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int index = item->data(0, kHitRole).toInt();
    if (index >= 0 && static_cast<std::size_t>(index) < m_hits.size())
        emit featureChosen(m_hits[static_cast<std::size_t>(index)]);
}

void IdentifyPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild(); // field names switch between aliases and attribute names
    QWidget::changeEvent(event);
}

void IdentifyPanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    if (!m_identified)
        m_summary->setText(tr("Click the map to see the features under the cursor."));
    else if (m_hits.empty())
        m_summary->setText(tr("No feature here."));
    else
        m_summary->setText(tr("Features here: %1").arg(m_hits.size()));
}

} // namespace lianxin
