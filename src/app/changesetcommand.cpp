#include "app/rebalancecommand.h"

#include <utility>

namespace lianxin {

RebalanceCommand::RebalanceCommand(const QString &text, std::vector<GroupChange> changes, Writer writer)
    : QUndoCommand(text)
    , m_changes(std::move(changes))
    , m_writer(std::move(writer))
{
}

QString RebalanceCommand::writeFirst() { return writeBeforeRedo(); }

QString RebalanceCommand::writeBeforeUndo()
{
    m_alreadyWritten = write(Direction::Undo).isEmpty();
    return m_lastError;
}

QString RebalanceCommand::writeBeforeRedo()
{
    m_alreadyWritten = write(Direction::Apply).isEmpty();
    return m_lastError;
}

void RebalanceCommand::redo()
{
    if (std::exchange(m_alreadyWritten, false))
        return;
    if (!write(Direction::Apply).isEmpty())
        setObsolete(true);
}

void RebalanceCommand::undo()
{
    if (std::exchange(m_alreadyWritten, false))
        return;
    if (!write(Direction::Undo).isEmpty())
        setObsolete(true);
}

QString RebalanceCommand::write(Direction direction)
{
    if (!m_writer)
        m_lastError = QStringLiteral("no database to write to");
    else
        m_lastError = m_writer(direction == Direction::Apply ? m_changes : reversed(m_changes), direction);
    return m_lastError;
}

} // namespace lianxin
