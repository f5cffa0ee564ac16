#include "app/projectwriter.h"

#include "store/changesetapplier.h"
#include "store/database.h"

#include <exception>

namespace lianxin {

std::string auditActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? std::string("lianxin") : user.toStdString();
}

ChangeSetCommand::WriteResult writeChangeSet(const QString &path, const ChangeSet &set)
{
    try {
        std::unique_ptr<Database> db = Database::open(path.toStdString(), Database::Mode::ReadWrite);
        const AppliedChangeSet applied = applyChangeSet(*db, set);
        return {QString(), applied.changeSetId};
    } catch (const std::exception &error) {
        return {QString::fromStdString(error.what()), 0};
    }
}

} // namespace lianxin
