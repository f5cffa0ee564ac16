#pragma once
// The list a cadre pair carries to the doors, as rows: the same rows go to the XLSX sheet
// and to the printed PDF, so what is printed and what is imported back always match.
// Phone numbers are masked (maskPhone); no other personal data than the head's name.
#include "core/visitplan.h"

#include <string>
#include <vector>

namespace lianxin {

struct VisitSheetRow {
    std::string groupCode;
    int stop = 0;
    int sequence = 0;
    std::string householdCode;
    std::string address;
    std::string head;       // head of household, else the first resident
    int residents = 0;
    std::string phone;      // masked
    std::string flags;      // "五老 低保 困难 重病"
    Date plannedOn;
    std::optional<Date> deadline;
};

struct VisitSheet {
    Id groupId = 0;
    std::string groupCode;
    Id departmentId = 0;
    std::string departmentName;
    std::string cadres;      // leader first, "、"-separated
    const GroupRoute *route = nullptr; // into the plan the sheet was made from
    std::vector<VisitSheetRow> rows;   // in route order
};

} // namespace lianxin
