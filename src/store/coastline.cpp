#include "store/coastline.h"

#include "core/projection.h"
#include "store/storeerror.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>

namespace lianxin {

namespace {

Ring projectedRing(const Projector &projector, const OGRLinearRing &ring)
{
    Ring result;
    result.reserve(static_cast<size_t>(ring.getNumPoints()));
    for (int i = 0; i < ring.getNumPoints(); ++i)
        result.push_back(projector.toProjected({ring.getX(i), ring.getY(i)}));
    return result;
}

Polygon projectedPolygon(const Projector &projector, const OGRPolygon &polygon)
{
    Polygon result;
    result.outer = projectedRing(projector, *polygon.getExteriorRing());
    for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
        result.holes.push_back(projectedRing(projector, *polygon.getInteriorRing(i)));
    return result;
}

} // namespace

std::vector<Island> readCoastline(const std::string &path)
{
    if (!std::filesystem::exists(path))
        throw StoreError(StoreError::Kind::NotFound, "coastline file not found: " + path);
    GDALAllRegister();
    std::unique_ptr<GDALDataset> dataset(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset || dataset->GetLayerCount() < 1)
        throw StoreError(StoreError::Kind::BadInput, "coastline file is not a readable vector file: " + path);

    const Projector projector;
    std::vector<Island> islands;
    OGRLayer *layer = dataset->GetLayer(0);
    for (auto &feature : *layer) {
        const OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || wkbFlatten(geometry->getGeometryType()) != wkbPolygon)
            continue;
        Island island;
        island.id = static_cast<Id>(islands.size() + 1);
        island.nameZh = feature->GetFieldAsString("name_zh");
        island.nameEn = feature->GetFieldAsString("name_en");
        island.geometry = projectedPolygon(projector, *geometry->toPolygon());
        islands.push_back(std::move(island));
    }
    if (islands.empty())
        throw StoreError(StoreError::Kind::BadInput, "coastline file has no polygons: " + path);
    return islands;
}

} // namespace lianxin
