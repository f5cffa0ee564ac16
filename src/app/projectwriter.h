#pragma once
// How the app's editors write into the project file on screen: open it read-write, apply
// one change set (changesetapplier.h), close it. Shared by every ChangeSetCommand writer
// so they all name the same actor and report failures the same way.
#include "app/changesetcommand.h"

#include <QString>

namespace lianxin {

// Who the audit log names: the account running the app ("lianxin" if unknown).
std::string auditActor();

// Applies `set` to the database at `path`. On failure the result's error holds the
// store's message (it names the file, the row and the reason); nothing was written.
ChangeSetCommand::WriteResult writeChangeSet(const QString &path, const ChangeSet &set);

} // namespace lianxin
