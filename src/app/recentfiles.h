#pragma once
// File ▸ Recent databases: the last five opened files, newest first, kept in QSettings
// ("recentFiles"). Files that no longer exist are shown disabled rather than dropped, so
// a database on an unplugged drive comes back when the drive does.
#include <QObject>
#include <QStringList>

class QMenu;

namespace lianxin {

class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int kMaxFiles = 5;

    // Fills `menu` (not owned; it must outlive this object, e.g. as its Qt parent).
    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    QStringList files() const;
    void retranslate();

signals:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace lianxin
