#pragma once
// How validation issues name tables, features and numbers, e.g.
// "grid_area 7 (NCS-07 乐园片区)" or "household 123 (H0000123)".
#include "core/world.h"

#include <string>

namespace lianxin::validation {

// Table names of the project database (DESIGN.md, "Data model").
namespace table {
inline constexpr const char *Island = "island";
inline constexpr const char *Township = "township";
inline constexpr const char *Department = "department";
inline constexpr const char *Leader = "leader";
inline constexpr const char *UrbanArea = "urban_area";
inline constexpr const char *GridArea = "grid_area";
inline constexpr const char *Village = "village";
inline constexpr const char *Building = "building";
inline constexpr const char *Shop = "shop";
inline constexpr const char *Cadre = "cadre";
inline constexpr const char *ContactGroup = "contact_group";
inline constexpr const char *GroupMember = "group_member";
inline constexpr const char *Household = "household";
inline constexpr const char *Resident = "resident";
inline constexpr const char *Suggestion = "suggestion";
inline constexpr const char *SuggestionEvent = "suggestion_event";
inline constexpr const char *TopicThread = "topic_thread";
} // namespace table

std::string describe(const Island &island);
std::string describe(const Township &township);
std::string describe(const Department &department);
std::string describe(const Leader &leader);
std::string describe(const UrbanArea &urbanArea);
std::string describe(const GridArea &gridArea);
std::string describe(const Village &village);
std::string describe(const Building &building);
std::string describe(const Shop &shop);
std::string describe(const Cadre &cadre);
std::string describe(const ContactGroup &group);
std::string describe(const GroupMember &member);
std::string describe(const Household &household);
// Residents are named by id and household only: their names are personal data.
std::string describe(const Resident &resident);
std::string describe(const Suggestion &suggestion);
std::string describe(const SuggestionEvent &event);
std::string describe(const TopicThread &thread);

// "2000.0 m²"
std::string formatArea(double squareMetres);
// "(295.0 200.0)", projected metres.
std::string formatPoint(const PointXY &point);
// A number with one decimal, "60.0".
std::string formatDecimal(double value);

} // namespace lianxin::validation
