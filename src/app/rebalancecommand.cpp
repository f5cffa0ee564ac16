#include "app/rebalancecommand.h"

#include <utility>

namespace lianxin {

RebalanceCommand::RebalanceCommand(const QString &text, std::vector<GroupChange> changes, Writer writer)
    : QUndoCommand(text)
    , m_changes(std::move(changes))
    , m_writer(std::move(writer))
{
}

QString RebalanceCommand::writeFirst()
{
    write(m_changes);
    m_skipNextRedo = m_lastError.isEmpty();
    return m_lastError;
}

void RebalanceCommand::redo()
{
    if (std::exchange(m_skipNextRedo, false))
        return;
    write(m_changes);
}

void RebalanceCommand::undo() { write(reversed(m_changes)); }

void RebalanceCommand::write(const std::vector<GroupChange> &changes)
{
    m_lastError = m_writer ? m_writer(changes) : QStringLiteral("no database to write to");
    if (!m_lastError.isEmpty())
        setObsolete(true);
}

} // namespace lianxin
