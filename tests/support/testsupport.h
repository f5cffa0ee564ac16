#pragma once
// Paths shared by the tests. The demo database is generated once per ctest run by the
// "demo_db" fixture (tests/CMakeLists.txt) and read by every test that needs it.
#include <filesystem>
#include <string>

namespace lianxin::test {

// data/ of the source tree (coastline).
std::filesystem::path dataDir();
std::filesystem::path coastlinePath();
// The scale-1 demo database of this test run (seed 20210501).
std::filesystem::path demoDatabasePath();
// A fresh, empty directory for one test, removed at the end of the test run.
std::filesystem::path freshTempDir(const std::string &name);
// What a shell command (e.g. pdfinfo, pdftotext) prints on stdout; empty if it cannot run.
std::string commandOutput(const std::string &command);

} // namespace lianxin::test
