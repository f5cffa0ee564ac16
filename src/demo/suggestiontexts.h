#pragma once
// How residents voice each of the article's concern items: how often, how often it is
// blocked by policy, which district department it may go to, and template sentences.
#include "demo/random.h"

#include <string>
#include <vector>

namespace lianxin::demo {

struct ItemProfile {
    std::string item;              // exactly as in concernItems()
    double weight = 1.0;           // share among background suggestions
    double blockedWeight = 1.0;    // relative odds of being blocked by policy or conditions
    bool urbanOnly = false;        // lifts and property management are town matters
    std::string districtDepartment; // the department a policy item may be routed to, or ""
    std::vector<std::string> templates; // "{p}" stands for the place
};

// One profile per item of concernItems(), in its order. Throws std::logic_error if the
// table and concernItems() disagree.
const std::vector<ItemProfile> &itemProfiles();
const ItemProfile &itemProfile(const std::string &item);

// A resident's sentence about `profile.item` at `place` (e.g. "海星路12号",
// "北城村"), with a varying opening and closing.
std::string suggestionText(const ItemProfile &profile, const std::string &place, Random &random);

} // namespace lianxin::demo
