#include "cli/pointinput.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace lianxin::cli {

bool isProjectDatabase(const std::string &path)
{
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (extension == ".gpkg")
        return false;
    // Named like a project database: treated as one even when missing or unreadable, so
    // the error is the database's ("not found", "not an SQLite database"), not a point
    // file's about layers.
    if (extension == ".sqlite" || extension == ".sqlite3" || extension == ".db")
        return true;
    char header[16] = {};
    std::ifstream in(path, std::ios::binary);
    in.read(header, sizeof header);
    return in.gcount() == sizeof header && std::memcmp(header, "SQLite format 3", 16) == 0;
}

void addPointFileOptions(CLI::App &command, PointLayerOptions &options)
{
    command.add_option("--layer", options.layerName, "Layer of a multi-layer file (default: its only layer)");
    command.add_option("--x-field", options.xField, "CSV: column of x / longitude")->capture_default_str();
    command.add_option("--y-field", options.yField, "CSV: column of y / latitude")->capture_default_str();
    command.add_option("--csv-epsg", options.csvEpsg, "CSV: EPSG code of the coordinates (4326 for lon/lat)")
        ->capture_default_str();
}

} // namespace lianxin::cli
