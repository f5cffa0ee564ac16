#pragma once
// Applying a rebalancing as one undoable edit: redo writes the change set, undo writes
// its reverse, each in one database transaction with its audit rows (assignmentstore.h).
// The command does not know the database: a writer given by the window performs a
// direction and reloads the project.
//
// The write happens BEFORE the undo stack moves (writeFirst, writeBeforeUndo,
// writeBeforeRedo): when it fails (a file locked by another program, a household someone
// else changed meanwhile) nothing is written and the stack stays where the file is, so
// the command can be tried again and the two never disagree.
#include "store/assignmentstore.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <vector>

namespace lianxin {

class RebalanceCommand : public QUndoCommand {
public:
    enum class Direction { Apply, Undo };
    // Writes `changes` and returns "" on success, else the reason (nothing was written).
    using Writer = std::function<QString(const std::vector<GroupChange> &changes, Direction direction)>;

    RebalanceCommand(const QString &text, std::vector<GroupChange> changes, Writer writer);

    // Before the command goes on the stack: the push's redo() then writes nothing again.
    QString writeFirst();
    // Before QUndoStack::undo() / redo() with this command: on "" the stack may move and
    // the command's undo()/redo() writes nothing again; otherwise leave the stack alone.
    QString writeBeforeUndo();
    QString writeBeforeRedo();

    // Without a write before (e.g. a QUndoView click) they write themselves; a failure
    // then marks the command obsolete so the stack drops it rather than claiming a state
    // the file is not in.
    void redo() override;
    void undo() override;

    const std::vector<GroupChange> &changes() const { return m_changes; }
    const QString &lastError() const { return m_lastError; }

private:
    QString write(Direction direction);

    std::vector<GroupChange> m_changes;
    Writer m_writer;
    bool m_alreadyWritten = false;
    QString m_lastError;
};

} // namespace lianxin
