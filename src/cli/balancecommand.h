#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli balance DB [--scope all|department:ID|township:ID] [--tolerance 1]
//  [--stability 50] [--weights FILE.json] [--dry-run] [--json] [--roster OUT.xlsx|csv]`
// and, for any point file, `lianxin-cli balance --households FILE --groups N
//  [--tolerance 1] --out result.gpkg`.
void addBalanceCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
