#pragma once
// The handling workflow of each suggestion (article: 平台派单 -> 部门接单 -> 办理 ->
// 情况反馈 -> 平台回访), as dated events.
#include "core/world.h"
#include "demo/random.h"

namespace lianxin::demo {

// Fills world.suggestionEvents and each suggestion's repliedOn, closedOn and
// satisfaction. Every suggestion is dispatched on or after the day it was made,
// accepted the same or the next working day, and answered (first feedback) within
// kReplyDeadlineWorkingDays working days of dispatch. Done: then handled and revisited
// (satisfaction mostly 4-5); a few were sent back as unsatisfactory (reopen) and went
// round once more. In progress: handling under way. Blocked: the feedback explains why.
void recordWorkflow(World &world, Random &random);

} // namespace lianxin::demo
