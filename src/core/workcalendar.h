#pragma once
// Working days in mainland China: Monday to Friday, minus public holidays, plus the
// weekend days declared as make-up working days (调休). The 2021 calendar follows the
// State Council notice 国办发明电〔2020〕27号; other years count weekdays only.
#include "core/date.h"

namespace lianxin {

bool isWorkingDay(const Date &date);

// Working days strictly after `from` up to and including `to` (0 if to <= from):
// a reply on the next working day took 1 working day.
int workingDaysBetween(const Date &from, const Date &to);

// The date `count` working days after `from`.
Date addWorkingDays(const Date &from, int count);

// The article's rule: a reply within 7 working days of dispatch.
inline constexpr int kReplyDeadlineWorkingDays = 7;

} // namespace lianxin
