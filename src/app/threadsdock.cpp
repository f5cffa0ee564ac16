#include "app/threadsdock.h"

#include "store/database.h"
#include "store/threadstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace lianxin {

namespace {

enum Column { LabelColumn, MembersColumn, FirstColumn, LastColumn, RoundsColumn, ColumnCount };
enum Caption { Eps, MinSize, Text, Days, CaptionCount };
constexpr int kThreadIdRole = Qt::UserRole;

// Worker side: cluster the loaded World (keeping the current threads' ids where the
// membership barely changed) and replace the threads in the file in one transaction.
ThreadRunOutcome findAndSave(const QString &path, const std::shared_ptr<const World> &world, const ThreadingOptions &options)
{
    ThreadRunOutcome outcome;
    QElapsedTimer timer;
    timer.start();
    try {
        const ThreadingResult result =
            findTopicThreads(threadInputsOf(*world), namedPlacesOf(*world), options, threadMembershipOf(*world));
        std::vector<TopicThread> threads;
        std::map<Id, Id> threadOfSuggestion;
        for (const FoundThread &found : result.threads) {
            threads.push_back(found.thread);
            for (Id member : found.members)
                threadOfSuggestion[member] = found.thread.id;
        }
        const std::unique_ptr<Database> db = Database::open(path.toStdString(), Database::Mode::ReadWrite);
        replaceTopicThreads(*db, threads, threadOfSuggestion);
        outcome.threads = static_cast<int>(threads.size());
        outcome.threaded = static_cast<int>(threadOfSuggestion.size());
    } catch (const std::exception &e) {
        outcome.error = QString::fromStdString(e.what());
    }
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value); // sorts as a number
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ThreadsDock::ThreadsDock(QWidget *parent)
    : QWidget(parent)
    , m_order(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_eps(new QDoubleSpinBox(this))
    , m_minSize(new QSpinBox(this))
    , m_useText(new QCheckBox(this))
    , m_textSimilarity(new QDoubleSpinBox(this))
    , m_useDays(new QCheckBox(this))
    , m_days(new QSpinBox(this))
    , m_find(new QPushButton(this))
    , m_info(new QLabel(this))
{
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Labels in full ("规划停车场 · 海滨路"): a narrow dock scrolls sideways instead.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(true);

    const ThreadingOptions defaults;
    m_eps->setRange(5.0, 5000.0);
    m_eps->setDecimals(0);
    m_eps->setSuffix(QStringLiteral(" m"));
    m_eps->setValue(defaults.epsMetres);
    m_minSize->setRange(2, 100);
    m_minSize->setValue(defaults.minSize);
    m_textSimilarity->setRange(0.0, 1.0);
    m_textSimilarity->setSingleStep(0.05);
    m_textSimilarity->setValue(defaults.textSimilarity.value_or(0.3));
    m_useText->setChecked(defaults.textSimilarity.has_value());
    m_days->setRange(1, 3650);
    m_days->setValue(60);
    m_useDays->setChecked(false);
    m_days->setEnabled(false);
    m_info->setWordWrap(true);

    for (int i = 0; i < CaptionCount; ++i)
        m_captions.push_back(new QLabel(this));
    auto *textRow = new QHBoxLayout;
    textRow->addWidget(m_useText);
    textRow->addWidget(m_textSimilarity, 1);
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(m_useDays);
    daysRow->addWidget(m_days, 1);
    auto *form = new QFormLayout;
    form->addRow(m_captions[Eps], m_eps);
    form->addRow(m_captions[MinSize], m_minSize);
    form->addRow(m_captions[Text], textRow);
    form->addRow(m_captions[Days], daysRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_order);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_find);
    layout->addWidget(m_info);

    connect(m_useText, &QCheckBox::toggled, m_textSimilarity, &QWidget::setEnabled);
    connect(m_useDays, &QCheckBox::toggled, m_days, &QWidget::setEnabled);
    connect(m_order, &QComboBox::currentIndexChanged, this, &ThreadsDock::sortTable);
    connect(m_find, &QPushButton::clicked, this, &ThreadsDock::findThreads);
    connect(&m_watcher, &QFutureWatcher<ThreadRunOutcome>::finished, this, &ThreadsDock::onFinished);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) { chooseRow(row); });
    retranslate();
}

// Saving cannot be interrupted halfway (one transaction); closing waits for it.
ThreadsDock::~ThreadsDock() { m_watcher.waitForFinished(); }

void ThreadsDock::setProject(const QString &path, std::shared_ptr<const World> world,
                             std::shared_ptr<const MapScene> scene)
{
    m_path = path;
    m_world = std::move(world);
    m_scene = std::move(scene);
    m_find->setEnabled(m_world && !isFinding());
    rebuildTable();
}

void ThreadsDock::setOrder(Order order) { m_order->setCurrentIndex(order == Order::ByRecency ? 1 : 0); }

ThreadingOptions ThreadsDock::options() const
{
    ThreadingOptions options;
    options.epsMetres = m_eps->value();
    options.minSize = m_minSize->value();
    options.textSimilarity = m_useText->isChecked() ? std::optional<double>(m_textSimilarity->value()) : std::nullopt;
    options.windowDays = m_useDays->isChecked() ? std::optional<int>(m_days->value()) : std::nullopt;
    return options;
}

void ThreadsDock::rebuildTable()
{
    m_table->setSortingEnabled(false); // or rows move while they are filled
    m_table->setRowCount(0);
    if (!m_world)
        return;
    std::map<Id, std::set<int>> rounds;
    for (const Suggestion &s : m_world->suggestions)
        if (s.threadId)
            rounds[*s.threadId].insert(s.round);
    m_table->setRowCount(static_cast<int>(m_world->topicThreads.size()));
    int row = 0;
    for (const TopicThread &thread : m_world->topicThreads) {
        auto *label = new QTableWidgetItem(QString::fromStdString(thread.label));
        label->setData(kThreadIdRole, QVariant::fromValue<qint64>(thread.id));
        label->setToolTip(label->text());
        QStringList roundList;
        for (int r : rounds[thread.id])
            roundList << QString::number(r);
        m_table->setItem(row, LabelColumn, label);
        m_table->setItem(row, MembersColumn, numberItem(thread.memberCount));
        m_table->setItem(row, FirstColumn, new QTableWidgetItem(QString::fromStdString(thread.firstOn.toIso())));
        m_table->setItem(row, LastColumn, new QTableWidgetItem(QString::fromStdString(thread.lastOn.toIso())));
        m_table->setItem(row, RoundsColumn, new QTableWidgetItem(roundList.join(QLatin1Char(','))));
        ++row;
    }
    m_table->setSortingEnabled(true);
    sortTable();
    m_info->setText(tr("%n thread(s)", nullptr, static_cast<int>(m_world->topicThreads.size())));
}

void ThreadsDock::sortTable()
{
    // Biggest first, or most recent first: what a leader asks about first.
    m_table->sortItems(m_order->currentIndex() == 1 ? LastColumn : MembersColumn, Qt::DescendingOrder);
}

void ThreadsDock::chooseRow(int row)
{
    const QTableWidgetItem *item = m_table->item(row, LabelColumn);
    if (!item || !m_world || !m_scene)
        return;
    m_table->selectRow(row);
    const Id threadId = item->data(kThreadIdRole).value<qint64>();
    const auto thread = std::find_if(m_world->topicThreads.begin(), m_world->topicThreads.end(),
                                     [threadId](const TopicThread &t) { return t.id == threadId; });
    const MapLayer *layer = m_scene->layer(QStringLiteral("suggestions"));
    if (thread == m_world->topicThreads.end() || !layer)
        return;
    std::set<Id> members;
    for (const Suggestion &s : m_world->suggestions)
        if (s.threadId == threadId)
            members.insert(s.id);
    std::vector<FeatureHit> hits;
    std::optional<Box> bounds;
    if (!thread->hull.outer.empty())
        bounds = boundsOf(thread->hull);
    for (std::size_t i = 0; i < layer->features().size(); ++i) {
        const MapFeature &feature = layer->features()[i];
        if (!members.contains(feature.id))
            continue;
        hits.push_back({layer, i});
        bounds = bounds ? unite(*bounds, feature.bounds) : feature.bounds;
    }
    if (bounds)
        emit threadChosen(hits, *bounds);
}

void ThreadsDock::findThreads()
{
    if (!m_world || m_path.isEmpty() || isFinding())
        return;
    m_find->setEnabled(false);
    m_info->setText(tr("Finding threads…"));
    m_watcher.setFuture(QtConcurrent::run(findAndSave, m_path, m_world, options()));
}

void ThreadsDock::onFinished()
{
    m_find->setEnabled(m_world != nullptr);
    const ThreadRunOutcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty()) {
        m_info->setText(tr("Threads not saved: %1").arg(outcome.error));
        emit failed(m_info->text());
        return;
    }
    const QString summary = tr("%1 threads of %2 suggestions found and saved in %3 ms")
                                .arg(outcome.threads)
                                .arg(outcome.threaded)
                                .arg(outcome.elapsedMs);
    m_info->setText(summary);
    emit threadsSaved(summary);
}

void ThreadsDock::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Thread"), tr("Suggestions"), tr("First"), tr("Last"), tr("Rounds")});
    {
        const QSignalBlocker blocker(m_order);
        const int index = std::max(0, m_order->currentIndex());
        m_order->clear();
        m_order->addItem(tr("Largest first"));
        m_order->addItem(tr("Most recent first"));
        m_order->setCurrentIndex(index);
    }
    m_captions[Eps]->setText(tr("Distance"));
    m_captions[MinSize]->setText(tr("Minimum size"));
    m_captions[Text]->setText(tr("Similar text"));
    m_captions[Days]->setText(tr("Within days"));
    m_eps->setToolTip(tr("Suggestions this close to each other can be one thread (DBSCAN eps)"));
    m_useText->setToolTip(tr("Only suggestions whose texts share enough character pairs (bigram TF-IDF cosine)"));
    m_useDays->setToolTip(tr("Only suggestions submitted this many days apart or less"));
    m_find->setText(tr("Find threads"));
    m_find->setToolTip(tr("Cluster the suggestions again and save the threads into the database"));
}

void ThreadsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lianxin
