#pragma once
// Writing a density raster (the heat map) as a georeferenced GeoTIFF that QGIS or any GIS
// opens in the right place: one Float64 band, EPSG:4549, no nodata value (0 is a real
// density, not a hole).
#include "core/densityraster.h"

#include <string>

namespace lianxin {

// Writes to a temporary file next to `path` and renames it over `path`, so a reader
// never sees a half-written file. Throws StoreError (NotWritable or BadInput) naming the
// file and the problem; an existing file at `path` is replaced.
void writeDensityGeoTiff(const DensityRaster &raster, const std::string &path);

} // namespace lianxin
