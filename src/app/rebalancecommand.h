#pragma once
// Applying a rebalancing as one undoable edit: redo writes the change set, undo writes
// its reverse, each in one database transaction with its audit rows (assignmentstore.h).
// The command does not know the database: a writer given by the window performs a
// direction and reloads the project.
#include "store/assignmentstore.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <vector>

namespace lianxin {

class RebalanceCommand : public QUndoCommand {
public:
    // Writes `changes` and returns "" on success, else the reason (nothing was written).
    using Writer = std::function<QString(const std::vector<GroupChange> &changes)>;

    RebalanceCommand(const QString &text, std::vector<GroupChange> changes, Writer writer);

    // Writes the changes before the command goes on the stack, so a failure (stale data,
    // a locked file) pushes nothing; the push's redo() then does not write them again.
    QString writeFirst();

    // A later write that fails leaves the database as it was and marks the command
    // obsolete, so the stack drops it instead of claiming a state the file is not in.
    void redo() override;
    void undo() override;

    const std::vector<GroupChange> &changes() const { return m_changes; }
    const QString &lastError() const { return m_lastError; }

private:
    void write(const std::vector<GroupChange> &changes);

    std::vector<GroupChange> m_changes;
    Writer m_writer;
    bool m_skipNextRedo = false;
    QString m_lastError;
};

} // namespace lianxin
