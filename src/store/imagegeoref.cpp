#include "store/imagegeoref.h"

#include "core/projection.h"
#include "store/partialfile.h"
#include "store/storeerror.h"

#include <ogr_spatialref.h>

#include <cpl_conv.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace lianxin {

namespace {

// Through a partial file like every export: never a half-written world file beside an image.
void writeTextFile(const std::string &path, const std::string &text)
{
    writeThroughPartialFile(path, "georeference", [&](const std::string &partial) {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out)
            throw StoreError(StoreError::Kind::NotWritable, "cannot write " + path);
    });
}

std::string projectWkt()
{
    OGRSpatialReference srs;
    char *wkt = nullptr;
    // Without PROJ's database the SRS would be empty and the image placed nowhere: say so.
    if (srs.importFromEPSG(kProjectSrid) != OGRERR_NONE || srs.exportToWkt(&wkt) != OGRERR_NONE) {
        CPLFree(wkt);
        throw StoreError(StoreError::Kind::NotWritable,
                         "cannot describe EPSG:" + std::to_string(kProjectSrid) + " (is PROJ's database installed?)");
    }
    std::string text = wkt ? wkt : "";
    CPLFree(wkt);
    return text;
}

} // namespace

std::string worldFilePath(const std::string &imagePath)
{
    std::filesystem::path path(imagePath);
    const std::string extension = path.extension().string();
    // The ESRI convention: first and last letter of the extension, then "w".
    if (extension.size() == 4)
        return path.replace_extension(std::string(".") + extension[1] + extension[3] + "w").string();
    return imagePath + ".wld";
}

void writeImageGeoreference(const RasterGrid &grid, const std::string &imagePath)
{
    // World files give the CENTRE of the top-left pixel, not its corner.
    std::ostringstream world;
    world.precision(17);
    world << grid.cellSize << "\n0\n0\n" << -grid.cellSize << "\n"
          << grid.west + grid.cellSize / 2.0 << "\n" << grid.north - grid.cellSize / 2.0 << "\n";
    writeTextFile(worldFilePath(imagePath), world.str());
    // WKT holds no '<' or '&', so it goes into the XML as it is.
    writeTextFile(imagePath + ".aux.xml", "<PAMDataset>\n  <SRS dataAxisToSRSAxisMapping=\"1,2\">" + projectWkt()
                                              + "</SRS>\n</PAMDataset>\n");
}

} // namespace lianxin
