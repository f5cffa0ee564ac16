#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli report DB --out brief.pdf [--radius 200] [--cell 10] [--date YYYY-MM-DD]`:
// the leaders' briefing (issue 4) as an A4 landscape PDF: heat map, topic threads,
// statistics by grid area and village, top threads.
void addReportCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
