#pragma once
// Residents' suggestions (意见建议) and their handling workflow:
// 平台派单 dispatch -> 部门接单 accept -> 办理 handle -> 情况反馈 feedback -> 平台回访 revisit.
#include "core/date.h"
#include "core/places.h"

#include <vector>

namespace lianxin {

enum class SuggestionStatus { Done, InProgress, Blocked };

enum class EventKind { Dispatch, Accept, Handle, Feedback, Revisit, Reopen };

// The article's five groups of concerns (1..5) and their concrete items.
struct ConcernItem {
    int group = 1;
    std::string name; // e.g. "消除水产加工异味"
};

// Names of the concern groups, indexed 1..5 (index 0 unused).
const std::vector<std::string> &concernGroupNames();
// All concrete items of the article, in its order.
const std::vector<ConcernItem> &concernItems();

struct Suggestion {
    Id id = 0;
    std::string code;     // e.g. "S2021-0001"
    Id householdId = 0;
    std::optional<Id> gridAreaId;
    std::optional<Id> villageId;
    Id departmentId = 0;  // the body handling it
    int round = 1;        // visit round 1..3
    int concernGroup = 1; // 1..5
    std::string concernItem;
    std::string text;     // the resident's words, in Chinese
    SuggestionStatus status = SuggestionStatus::InProgress;
    Date submittedOn;
    Date repliedOn;       // first feedback to the resident
    std::optional<Date> closedOn;   // done only
    std::optional<int> satisfaction; // 1..5 at revisit, done only
    std::optional<Id> threadId;
    PointXY location;
};

struct SuggestionEvent {
    Id id = 0;
    Id suggestionId = 0;
    EventKind kind = EventKind::Dispatch;
    Date on;
    std::string actor; // who: the platform, a department, a cadre
    std::string note;
};

// A recurring complaint found by clustering (topic thread, 意见办理小专题).
struct TopicThread {
    Id id = 0;
    std::string label;
    std::string concernItem;
    Date firstOn;
    Date lastOn;
    int memberCount = 0;
    Polygon hull;
};

const char *toString(SuggestionStatus status); // "done", "in_progress", "blocked"
// The article's words for a status: "已办结", "正在办理", "疑难受限".
const char *articleLabel(SuggestionStatus status);
const char *toString(EventKind kind);          // "dispatch", ...
std::optional<SuggestionStatus> suggestionStatusFromString(const std::string &text);
std::optional<EventKind> eventKindFromString(const std::string &text);

} // namespace lianxin
