#include "demo/shoreline.h"

#include "demo/geosops.h"

namespace lianxin::demo {

GeosGeometry inlandPart(const GeosContext &geos, const Island &island)
{
    GeosGeometry land = geos.polygon(island.geometry);
    GeosGeometry shrunk = checked(geos, geos.buffer(land.get(), -kShoreInsetMetres), "island inset");
    return snapToGrid(geos, shrunk.get());
}

} // namespace lianxin::demo
