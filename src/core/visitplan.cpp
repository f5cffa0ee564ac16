#include "core/visitplan.h"

namespace lianxin {

int GroupRoute::stops() const
{
    int count = 0;
    for (const VisitLeg &leg : legs)
        count += static_cast<int>(leg.stops.size());
    return count;
}

const char *toString(VisitTier tier)
{
    switch (tier) {
    case VisitTier::Urgent:
        return "urgent";
    case VisitTier::Priority:
        return "priority";
    case VisitTier::Other:
        return "other";
    }
    return "other";
}

const char *toString(LegStart start)
{
    switch (start) {
    case LegStart::Base:
        return "base";
    case LegStart::Landing:
        return "landing";
    case LegStart::NearestShore:
        return "nearest_shore";
    }
    return "base";
}

} // namespace lianxin
