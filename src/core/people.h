#pragma once
// The people of the service network: departments, leaders, cadres in contact groups,
// households and residents.
#include "core/places.h"

#include <vector>

namespace lianxin {

enum class DepartmentKind { District, Township };

// 区直部门 (24) or a township-level unit acting as a responsible body (10).
struct Department {
    Id id = 0;
    std::string name;
    DepartmentKind kind = DepartmentKind::District;
    std::optional<Id> townshipId; // set for DepartmentKind::Township
};

// 区级领导; each is linked to one or more township units (包联).
struct Leader {
    Id id = 0;
    std::string name;
    std::string title;
    std::vector<Id> townshipIds;
};

struct Cadre {
    Id id = 0;
    std::string name;
    Id departmentId = 0;
    bool partyMember = false;
    int seniorityYears = 0; // years in service
    bool local = false;     // born on the islands (当地)
    int birthYear = 1980;
    std::string gender;     // "男" / "女"
};

// A cadre with at least this many years of service counts as senior (老) in 老带新: the
// demo's pairing and the analysis's default share it.
inline constexpr int kSeniorYears = 10;

// Pairing rules of a two-person group (article: 党员带非党, 老带新, 当地带外地).
enum PairingRule : unsigned {
    PartyWithNonParty = 1u << 0,
    SeniorWithJunior = 1u << 1,
    LocalWithNonLocal = 1u << 2,
};

// 联户组: one or two cadres who look after about 24 households.
struct ContactGroup {
    Id id = 0;
    std::string code;    // e.g. "G0001"
    Id departmentId = 0; // the responsible body (district department or township unit)
    unsigned rulesMet = 0; // PairingRule bits this group satisfies
};

struct GroupMember {
    Id groupId = 0;
    Id cadreId = 0;
    bool isLeader = false; // 组长
};

// Priority flags from the visits (五老, 低保户, 困难户, 重病).
enum HouseholdFlag : unsigned {
    FiveElders = 1u << 0,
    SubsistenceAllowance = 1u << 1,
    Hardship = 1u << 2,
    SeriousIllness = 1u << 3,
};

struct Household {
    Id id = 0;
    std::string code;     // e.g. "H000001"
    std::string address;
    std::optional<Id> buildingId; // urban households
    std::optional<Id> villageId;  // fishing-village households
    std::optional<Id> gridAreaId; // urban households
    Id townshipId = 0;
    Id groupId = 0;
    unsigned flags = 0; // HouseholdFlag bits
    PointXY location;
};

// No national ID numbers are kept; phone numbers are stored for the visits and masked
// in every view and export (see maskPhone()).
struct Resident {
    Id id = 0;
    Id householdId = 0;
    std::string name;
    std::string gender;
    int birthYear = 1970;
    bool isHead = false;
    bool partyMember = false;
    std::string phone;
};

// "13812345678" -> "138****5678"; anything shorter than 7 characters is fully masked.
std::string maskPhone(const std::string &phone);

} // namespace lianxin
