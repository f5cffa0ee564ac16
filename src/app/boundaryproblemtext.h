#pragma once
// A coverage problem in the interface language: the analysis writes its messages in
// English for the CLI and logs; the dock says the same from the problem's fields.
#include "analysis/coveragerules.h"

#include <QCoreApplication>
#include <QString>

namespace lianxin {

struct BoundaryProblemText {
    Q_DECLARE_TR_FUNCTIONS(BoundaryProblemText)

public:
    static QString of(const CoverageProblem &problem, const BoundaryLayout &layout);
};

} // namespace lianxin
