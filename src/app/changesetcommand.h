#pragma once
// An edit of the project file as one undoable command: redo writes the change set, undo
// writes its reverse (changeset.h), each in one database transaction with its audit rows.
// Every editor of the app (rebalancing, threads, boundaries, the platform, visits, import)
// pushes one of these. The command does not know the database: a writer given by the
// editor performs a direction and reloads the project.
//
// The write happens BEFORE the undo stack moves (writeFirst, writeBeforeUndo,
// writeBeforeRedo): when it fails (a file locked by another program, a row someone else
// changed meanwhile) nothing is written and the stack stays where the file is, so the
// command can be tried again and the two never disagree.
#include "store/changeset.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace lianxin {

class ChangeSetCommand : public QUndoCommand {
public:
    enum class Direction { Apply, Undo };
    struct WriteResult {
        QString error;       // "" on success; else the reason (nothing was written)
        Id changeSetId = 0;  // the change_set row written
    };
    // Writes `set` (already reversed for Undo).
    using Writer = std::function<WriteResult(const ChangeSet &set, Direction direction)>;

    // `undoNote` is the audit note of the reverse, e.g. "Undo of: rebalance department 3".
    ChangeSetCommand(const QString &text, ChangeSet set, std::string undoNote, Writer writer);

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

    const ChangeSet &changeSet() const { return m_set; }
    const QString &lastError() const { return m_lastError; }

private:
    QString write(Direction direction);

    ChangeSet m_set;
    std::string m_undoNote;
    Writer m_writer;
    Id m_appliedId = 0; // the change_set row of the last apply: an undo names it
    bool m_alreadyWritten = false;
    QString m_lastError;
};

} // namespace lianxin
