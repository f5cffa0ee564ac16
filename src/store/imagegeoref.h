#pragma once
// Georeferencing for a plain image of a raster grid (the PNG heat map): an ESRI world
// file beside it and GDAL's .aux.xml naming EPSG:4549, so QGIS and GDAL place the image
// where it belongs without asking for its coordinate system.
#include "core/densityraster.h"

#include <string>

namespace lianxin {

// "heat.png" -> "heat.pgw", "map.jpg" -> "map.jgw", "x.tif" -> "x.tfw"; else "<name>.wld".
std::string worldFilePath(const std::string &imagePath);

// Writes the world file (cell size, rotation 0, the centre of the north-west cell) and
// "<image>.aux.xml" with the project's coordinate system. Throws StoreError(NotWritable)
// naming the file it could not write.
void writeImageGeoreference(const RasterGrid &grid, const std::string &imagePath);

} // namespace lianxin
