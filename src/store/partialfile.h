#pragma once
// How every export writes a file: first into NAME.partial.EXT beside it (same folder, so
// the final rename is atomic; the extension stays last because GDAL's drivers choose
// their output by it, and GDAL's XLSX writer cuts a path at its first ".xlsx"), then
// renamed over the target. On any failure the partial file is removed and the target is
// untouched: a reader never sees half a file.
#include <functional>
#include <string>

namespace lianxin {

// The partial file's path for `path`: "dir/heat.tif" -> "dir/heat.partial.tif".
std::string partialPathFor(const std::string &path);

// Calls write(partialPath) and renames the result over `path`. `what` names the file for
// messages ("GeoTIFF", "rosters"). Throws StoreError(NotWritable) for a missing folder or a
// failed rename; rethrows what `write` throws. A leftover partial file of a killed run is
// removed first (GeoPackage refuses to overwrite one).
void writeThroughPartialFile(const std::string &path, const std::string &what,
                             const std::function<void(const std::string &partialPath)> &write);

} // namespace lianxin
