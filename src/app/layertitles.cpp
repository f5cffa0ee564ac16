#include "app/layertitles.h"

namespace lianxin {

QString LayerTitles::title(const MapLayer &layer)
{
    const QString &id = layer.id();
    if (id == QLatin1String("islands"))
        return tr("Islands");
    if (id == QLatin1String("townships"))
        return tr("Township units");
    if (id == QLatin1String("villages"))
        return tr("Fishing villages");
    if (id == QLatin1String("grid_areas"))
        return tr("Urban grid areas");
    if (id == QLatin1String("buildings"))
        return tr("Buildings");
    if (id == QLatin1String("shops"))
        return tr("Shops");
    if (id == QLatin1String("group_territories"))
        return tr("Contact-group territories");
    if (id == QLatin1String("topic_threads"))
        return tr("Topic threads");
    if (id == QLatin1String("households"))
        return tr("Households");
    if (id == QLatin1String("suggestions"))
        return tr("Suggestions");
    return layer.title();
}

} // namespace lianxin
