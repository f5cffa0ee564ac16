#pragma once
// A suggestion while the world is being made, before it is numbered by date.
#include "core/suggestions.h"
#include "core/world.h"

#include <cstddef>
#include <string>

namespace lianxin::demo {

struct SuggestionDraft {
    std::size_t household = 0; // index into world.households
    int round = 1;
    std::string item;
    std::string text;
    Id departmentId = 0;
    int planted = -1; // index of the planted problem it belongs to, or -1
    Date submittedOn;
    SuggestionStatus status = SuggestionStatus::Done;
};

} // namespace lianxin::demo
