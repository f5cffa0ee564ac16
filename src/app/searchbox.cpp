#include "app/searchbox.h"

#include <QCompleter>
#include <QEvent>
#include <QStringListModel>

namespace lianxin {

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_terms(new QStringListModel(this))
{
    setClearButtonEnabled(true);
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 30);
    auto *completer = new QCompleter(m_terms, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains); // "乐园" finds "乐园片区" and "乐园路12号"
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    // Picking a completion is a search, as pressing Enter is.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) { request(text); });
    connect(this, &QLineEdit::returnPressed, this, [this] { request(text()); });
    retranslate();
}

void SearchBox::request(const QString &text)
{
    const QString trimmed = text.trimmed();
    // Enter on a completion both activates it and returns in the field: search once.
    if (trimmed.isEmpty() || (trimmed == m_lastText && m_lastTime.isValid() && m_lastTime.elapsed() < 300))
        return;
    m_lastText = trimmed;
    m_lastTime.start();
    emit searchRequested(trimmed);
}

void SearchBox::setCompletions(const QStringList &terms) { m_terms->setStringList(terms); }

void SearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void SearchBox::retranslate()
{
    setPlaceholderText(tr("Search household, address, grid area…"));
    setToolTip(tr("Household code (H000123), building address, grid-area code (NCS-01) or name; Enter to go"));
}

} // namespace lianxin
