#pragma once
// The three rounds of door-to-door visits of 2021 (article: the third in May).
#include "core/date.h"
#include "demo/random.h"

namespace lianxin::demo {

inline constexpr int kVisitRounds = 3;

struct VisitRound {
    Date first;
    Date last;
};

// Round 1 in March, round 2 in April, round 3 in May 2021 (round is 1-based).
VisitRound visitRound(int round);

// A visit day of the round: a working day mostly, now and then a weekend day when
// cadres find people at home.
Date visitDay(int round, Random &random);

} // namespace lianxin::demo
