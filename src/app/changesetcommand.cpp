#include "app/changesetcommand.h"

#include <utility>

namespace lianxin {

ChangeSetCommand::ChangeSetCommand(const QString &text, ChangeSet set, std::string undoNote, Writer writer)
    : QUndoCommand(text)
    , m_set(std::move(set))
    , m_undoNote(std::move(undoNote))
    , m_writer(std::move(writer))
{
}

QString ChangeSetCommand::writeFirst() { return writeBeforeRedo(); }

QString ChangeSetCommand::writeBeforeUndo()
{
    m_alreadyWritten = write(Direction::Undo).isEmpty();
    return m_lastError;
}

QString ChangeSetCommand::writeBeforeRedo()
{
    m_alreadyWritten = write(Direction::Apply).isEmpty();
    return m_lastError;
}

void ChangeSetCommand::redo()
{
    if (std::exchange(m_alreadyWritten, false))
        return;
    if (!write(Direction::Apply).isEmpty())
        setObsolete(true);
}

void ChangeSetCommand::undo()
{
    if (std::exchange(m_alreadyWritten, false))
        return;
    if (!write(Direction::Undo).isEmpty())
        setObsolete(true);
}

QString ChangeSetCommand::write(Direction direction)
{
    if (!m_writer) {
        m_lastError = QStringLiteral("no database to write to");
        return m_lastError;
    }
    const WriteResult result = direction == Direction::Apply
                                   ? m_writer(m_set, direction)
                                   : m_writer(reversed(m_set, m_undoNote, m_appliedId ? std::optional<Id>(m_appliedId)
                                                                                      : std::nullopt),
                                              direction);
    m_lastError = result.error;
    if (m_lastError.isEmpty() && direction == Direction::Apply)
        m_appliedId = result.changeSetId;
    return m_lastError;
}

} // namespace lianxin
