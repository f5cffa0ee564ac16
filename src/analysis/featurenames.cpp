#include "analysis/featurenames.h"

#include <cstdio>

namespace lianxin::validation {

namespace {
// "layer id (detail)", or "layer id" when there is no detail to show.
std::string named(const char *layer, Id id, const std::string &detail)
{
    std::string text = std::string(layer) + ' ' + std::to_string(id);
    if (!detail.empty())
        text += " (" + detail + ')';
    return text;
}

std::string joined(const std::string &a, const std::string &b)
{
    if (a.empty())
        return b;
    if (b.empty())
        return a;
    return a + ' ' + b;
}
} // namespace

std::string describe(const Island &island)
{
    return named(table::Island, island.id, island.nameZh.empty() ? island.nameEn : island.nameZh);
}
std::string describe(const Township &township) { return named(table::Township, township.id, township.name); }
std::string describe(const Department &department) { return named(table::Department, department.id, department.name); }
std::string describe(const Leader &leader) { return named(table::Leader, leader.id, leader.name); }
std::string describe(const UrbanArea &urbanArea) { return named(table::UrbanArea, urbanArea.id, urbanArea.name); }
std::string describe(const GridArea &gridArea)
{
    return named(table::GridArea, gridArea.id, joined(gridArea.code, gridArea.name));
}
std::string describe(const Village &village) { return named(table::Village, village.id, village.name); }
std::string describe(const Building &building) { return named(table::Building, building.id, building.address); }
std::string describe(const Shop &shop) { return named(table::Shop, shop.id, shop.name); }
std::string describe(const Cadre &cadre) { return named(table::Cadre, cadre.id, cadre.name); }
std::string describe(const ContactGroup &group) { return named(table::ContactGroup, group.id, group.code); }
std::string describe(const GroupMember &member)
{
    return std::string(table::GroupMember) + " (group " + std::to_string(member.groupId) + ", cadre "
           + std::to_string(member.cadreId) + ')';
}
std::string describe(const Household &household) { return named(table::Household, household.id, household.code); }
std::string describe(const Resident &resident)
{
    return named(table::Resident, resident.id, "of household " + std::to_string(resident.householdId));
}
std::string describe(const Suggestion &suggestion) { return named(table::Suggestion, suggestion.id, suggestion.code); }
std::string describe(const SuggestionEvent &event)
{
    return named(table::SuggestionEvent, event.id, std::string(toString(event.kind)) + " of suggestion "
                                                       + std::to_string(event.suggestionId));
}
std::string describe(const TopicThread &thread) { return named(table::TopicThread, thread.id, thread.label); }

std::string formatDecimal(double value)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string formatArea(double squareMetres) { return formatDecimal(squareMetres) + " m²"; }

std::string formatPoint(const PointXY &point)
{
    return '(' + formatDecimal(point.x) + ' ' + formatDecimal(point.y) + ')';
}

} // namespace lianxin::validation
