#include "app/messagelog.h"

#include <QApplication>
#include <QStyle>
#include <QTime>

namespace lianxin {

namespace {
constexpr int kMaxRows = 2000; // a flood of render problems must not grow without end
} // namespace

MessageLog::MessageLog(QWidget *parent)
    : QListWidget(parent)
{
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
}

void MessageLog::addMessage(Level level, const QString &text)
{
    const QStyle::StandardPixmap icon = level == Level::Error     ? QStyle::SP_MessageBoxCritical
                                        : level == Level::Warning ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    auto *item = new QListWidgetItem(style()->standardIcon(icon),
                                     QStringLiteral("%1  %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")), text));
    addItem(item);
    while (count() > kMaxRows)
        delete takeItem(0);
    scrollToBottom();
    if (level != Level::Info)
        ++m_warnings;
    emit messageAdded(level, text);
}

void MessageLog::addOnce(Level level, const QStringList &texts)
{
    for (const QString &text : texts)
        if (!m_once.contains(text)) {
            m_once.insert(text);
            addMessage(level, text);
        }
}

} // namespace lianxin
