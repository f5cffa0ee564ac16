#include "cli/clicommon.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace lianxin::cli {

std::string dataDir()
{
    if (const char *env = std::getenv("LIANXIN_DATA_DIR"); env && *env)
        return env;
    const std::filesystem::path installed = "/usr/local/share/lianxin";
    if (std::filesystem::exists(installed / "changdao-coast.geojson"))
        return installed.string();
    return LIANXIN_BUILT_DATA_DIR;
}

std::string defaultCoastlinePath() { return (std::filesystem::path(dataDir()) / "changdao-coast.geojson").string(); }

int fail(const std::string &message)
{
    std::cerr << "lianxin-cli: " << message << '\n';
    return Failed;
}

} // namespace lianxin::cli
