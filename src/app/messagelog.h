#pragma once
// The Messages panel (QGIS's "Log Messages"): style files that did not parse, features
// that could not be drawn, databases that failed to open, each with its time. Nothing
// here ever interrupts the user; the status bar points to it.
#include <QListWidget>
#include <QSet>

namespace lianxin {

class MessageLog : public QListWidget {
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit MessageLog(QWidget *parent = nullptr);

    void addMessage(Level level, const QString &text);
    // Adds messages not already listed (render problems repeat on every frame).
    void addOnce(Level level, const QStringList &texts);
    int warningCount() const { return m_warnings; }

signals:
    void messageAdded(lianxin::MessageLog::Level level, const QString &text);

private:
    int m_warnings = 0;
    QSet<QString> m_once;
};

} // namespace lianxin
