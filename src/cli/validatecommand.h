#pragma once
#include <CLI/CLI.hpp>

namespace lianxin::cli {
// `lianxin-cli validate FILE [--json]`: lists every problem; exit code 1 if any.
void addValidateCommand(CLI::App &app, int &exitCode);
} // namespace lianxin::cli
