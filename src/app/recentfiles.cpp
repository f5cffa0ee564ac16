#include "app/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace lianxin {

namespace {
const QString kKey = QStringLiteral("recentFiles");
} // namespace

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentFiles::files() const { return QSettings().value(kKey).toStringList().mid(0, kMaxFiles); }

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(kKey, list.mid(0, kMaxFiles));
    rebuildMenu();
}

void RecentFiles::retranslate() { rebuildMenu(); }

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = files();
    int number = 1;
    for (const QString &path : list) {
        // "&1 demo.sqlite  (/data/…)": the number is the keyboard accelerator.
        const QString text = QStringLiteral("&%1 %2  (%3)")
                                 .arg(number++)
                                 .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path()));
        QAction *action = m_menu->addAction(text, this, [this, path] { emit openRequested(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (list.isEmpty()) {
        m_menu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_menu->addSeparator();
    m_menu->addAction(tr("&Clear the list"), this, [this] {
        QSettings().remove(kKey);
        rebuildMenu();
    });
}

} // namespace lianxin
