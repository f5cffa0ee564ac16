#pragma once
// One editing step of the grid boundaries (a dragged vertex, a transfer, a split ...)
// on the window's undo stack: the layouts before and after, as values, so undo and redo
// restore the geometry exactly. It writes nothing: Save is a ChangeSetCommand of its own.
#include "analysis/boundarylayout.h"

#include <QUndoCommand>

#include <functional>

namespace lianxin {

class BoundaryStepCommand : public QUndoCommand {
public:
    using Show = std::function<void(const BoundaryLayout &)>;
    BoundaryStepCommand(const QString &text, BoundaryLayout before, BoundaryLayout after, Show show);

    void redo() override { m_show(m_after); }
    void undo() override { m_show(m_before); }
    const BoundaryLayout &after() const { return m_after; }

private:
    BoundaryLayout m_before;
    BoundaryLayout m_after;
    Show m_show;
};

} // namespace lianxin
