#include "cli/progressprinter.h"

#include <cstdio>
#include <unistd.h>

namespace lianxin::cli {

ProgressPrinter::ProgressPrinter(bool quiet)
    : m_quiet(quiet)
    , m_terminal(::isatty(STDERR_FILENO) == 1)
{
}

void ProgressPrinter::report(double fraction, const std::string &step)
{
    if (m_quiet)
        return;
    const int percent = static_cast<int>(fraction * 100.0 + 0.5);
    if (m_terminal) {
        std::fprintf(stderr, "\r%3d%% %-40s", percent, step.c_str());
        std::fflush(stderr);
    } else if (step != m_lastStep) {
        std::fprintf(stderr, "%3d%% %s\n", percent, step.c_str());
    }
    m_lastStep = step;
}

void ProgressPrinter::finish()
{
    if (!m_quiet && m_terminal)
        std::fprintf(stderr, "\r100%% %-40s\n", "done");
}

} // namespace lianxin::cli
