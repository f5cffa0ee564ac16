#include "app/boundarystepcommand.h"

namespace lianxin {

BoundaryStepCommand::BoundaryStepCommand(const QString &text, BoundaryLayout before, BoundaryLayout after, Show show)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_show(std::move(show))
{
}

} // namespace lianxin
