#pragma once
// Shared pieces of the lianxin-cli commands: exit codes, where the data lives, and the
// one way errors reach the user.
#include <string>

namespace lianxin::cli {

enum ExitCode : int {
    Success = 0,
    ProblemsFound = 1, // the command ran and found problems (validate)
    Failed = 2,        // bad input, unreadable file, cancelled ...
};

// The folder holding changdao-coast.geojson: $LIANXIN_DATA_DIR, else the installed
// share folder, else the source tree the binary was built from.
std::string dataDir();
std::string defaultCoastlinePath();

// Prints "lianxin-cli: <message>" to stderr and returns Failed.
int fail(const std::string &message);

} // namespace lianxin::cli
