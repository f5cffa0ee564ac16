#include "store/partialfile.h"

#include "store/storeerror.h"

#include <filesystem>
#include <system_error>

namespace lianxin {

std::string partialPathFor(const std::string &path)
{
    const std::filesystem::path target(path);
    return (target.parent_path() / (target.stem().string() + ".partial" + target.extension().string())).string();
}

void writeThroughPartialFile(const std::string &path, const std::string &what,
                             const std::function<void(const std::string &partialPath)> &write)
{
    const std::filesystem::path target(path);
    const std::filesystem::path directory = target.has_parent_path() ? target.parent_path() : ".";
    if (!std::filesystem::is_directory(directory))
        throw StoreError(StoreError::Kind::NotWritable, "folder does not exist for " + path);
    const std::filesystem::path partial = partialPathFor(path);
    std::error_code ignored;
    std::filesystem::remove(partial, ignored);
    try {
        write(partial.string());
    } catch (...) {
        std::filesystem::remove(partial, ignored);
        throw;
    }
    std::error_code error;
    std::filesystem::rename(partial, target, error);
    if (error) {
        std::filesystem::remove(partial, ignored);
        throw StoreError(StoreError::Kind::NotWritable,
                         "cannot move the finished " + what + " into place at " + path + ": " + error.message());
    }
}

} // namespace lianxin
