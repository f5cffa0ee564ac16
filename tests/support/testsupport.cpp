#include "testsupport.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace lianxin::test {

namespace {
// The build fixes both folders (see tests/CMakeLists.txt); the environment may move them.
std::filesystem::path fromEnv(const char *name, const char *builtIn)
{
    const char *value = std::getenv(name);
    return (value && *value) ? value : builtIn;
}
} // namespace

std::filesystem::path dataDir() { return fromEnv("LIANXIN_DATA_DIR", LIANXIN_BUILT_DATA_DIR); }

std::filesystem::path coastlinePath() { return dataDir() / "changdao-coast.geojson"; }

std::filesystem::path demoDatabasePath() { return fromEnv("LIANXIN_TEST_DIR", LIANXIN_BUILT_TEST_DIR) / "demo.sqlite"; }

std::filesystem::path freshTempDir(const std::string &name)
{
    const auto dir = fromEnv("LIANXIN_TEST_DIR", LIANXIN_BUILT_TEST_DIR) / "tmp" / (name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::string commandOutput(const std::string &command)
{
    std::string out;
    FILE *pipe = ::popen(command.c_str(), "r");
    if (!pipe)
        return out;
    std::array<char, 4096> buffer{};
    while (const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        out.append(buffer.data(), n);
    ::pclose(pipe);
    return out;
}

} // namespace lianxin::test
