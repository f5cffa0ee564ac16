#pragma once
// The toolbar search field: household code, building address, grid-area code or name.
// Completes grid areas and addresses as the user types; Enter asks for the search.
#include <QElapsedTimer>
#include <QLineEdit>

class QStringListModel;

namespace lianxin {

class SearchBox : public QLineEdit {
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

    void setCompletions(const QStringList &terms);

signals:
    void searchRequested(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void request(const QString &text);

    QStringListModel *m_terms = nullptr; // owned by this widget (Qt parent)
    QString m_lastText;
    QElapsedTimer m_lastTime;
};

} // namespace lianxin
