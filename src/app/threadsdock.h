#pragma once
// The topic-threads panel (专题): the project's recurring complaints as a table sortable
// by size or recency; choosing one zooms to its hull and highlights its suggestions.
// "Find threads" clusters the suggestions again on a worker thread and saves the threads
// into the database in one transaction; the window then reloads the project.
#include <vector> // before <compare> (via core/date.h): moc 6.4 cannot parse <compare> first

#include "analysis/topicthreads.h"
#include "render/mapscene.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lianxin {

struct ThreadRunOutcome {
    int threads = 0;
    int threaded = 0; // suggestions in some thread
    qint64 elapsedMs = 0;
    QString error; // empty when the threads were saved
};

class ThreadsDock : public QWidget {
    Q_OBJECT

public:
    enum class Order { BySize, ByRecency };

    explicit ThreadsDock(QWidget *parent = nullptr);
    ~ThreadsDock() override;

    // The database file (threads are saved there), its World and its scene (highlights).
    void setProject(const QString &path, std::shared_ptr<const World> world, std::shared_ptr<const MapScene> scene);
    void setOrder(Order order);
    ThreadingOptions options() const;

    // Runs findTopicThreads on the shown World and saves the result; returns at once.
    void findThreads();
    bool isFinding() const { return m_watcher.isRunning(); }
    // Selects the thread in table row `row` (as sorted now), as a click does.
    void chooseRow(int row);
    QTableWidget *table() const { return m_table; }

signals:
    // The thread's member suggestions (on the "suggestions" layer) and its hull's bounds.
    void threadChosen(const std::vector<lianxin::FeatureHit> &members, const lianxin::Box &bounds);
    // New threads are in the database: the project should be read again.
    void threadsSaved(const QString &summary);
    void failed(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildTable();
    void sortTable();
    void onFinished();
    void retranslate();

    QString m_path;
    std::shared_ptr<const World> m_world;
    std::shared_ptr<const MapScene> m_scene;
    QFutureWatcher<ThreadRunOutcome> m_watcher;

    // Children (Qt parent owns them).
    QComboBox *m_order = nullptr;
    QTableWidget *m_table = nullptr;
    QDoubleSpinBox *m_eps = nullptr;
    QSpinBox *m_minSize = nullptr;
    QCheckBox *m_useText = nullptr;
    QDoubleSpinBox *m_textSimilarity = nullptr;
    QCheckBox *m_useDays = nullptr;
    QSpinBox *m_days = nullptr;
    QPushButton *m_find = nullptr;
    QLabel *m_info = nullptr;
    std::vector<QLabel *> m_captions;
};

} // namespace lianxin
