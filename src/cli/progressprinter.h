#pragma once
// Progress of a long command on stderr: one line rewritten in place on a terminal,
// a line per step otherwise (logs, CI).
#include <string>

namespace lianxin::cli {

class ProgressPrinter {
public:
    explicit ProgressPrinter(bool quiet);
    void report(double fraction, const std::string &step);
    void finish();

private:
    bool m_quiet = false;
    bool m_terminal = false;
    std::string m_lastStep;
};

} // namespace lianxin::cli
