#pragma once
// Forming two-person contact groups from the cadres of one body by the article's rules:
// party member with non-member (党员带非党), senior with junior (老带新), local with
// non-local (当地带外地). Maximum-weight matching on the complete graph of the body's
// cadres (LEMON MaxWeightedMatching, exact), where a pair weighs the sum of the rules it
// meets; cadres left over (odd count) form one-person groups. Pure computation.
#include "core/people.h"

#include <string>
#include <vector>

namespace lianxin {

struct PairingOptions {
    int seniorYears = kSeniorYears; // seniority from which a cadre counts as senior (老)
    int partyWeight = 4;      // weight of 党员带非党
    int seniorWeight = 2;     // weight of 老带新
    int localWeight = 1;      // weight of 当地带外地
};

struct FormedPair {
    Id first = 0;             // the group leader: the party member / senior / local one
    Id second = 0;            // 0 for a one-person group
    unsigned rulesMet = 0;    // PairingRule bits
    // For each rule the pair breaks, why, in Chinese: e.g.
    // "党员带非党: 本单位党员 30 名、非党员 10 名，非党员不足".
    std::vector<std::string> broken;
};

struct PairingReport {
    std::vector<FormedPair> pairs; // ordered by first cadre id
    int ruleCount[3] = {0, 0, 0};  // pairs meeting PartyWithNonParty, SeniorWithJunior, LocalWithNonLocal
    int totalWeight = 0;
};

// `cadres` are one body's cadres; throws std::invalid_argument for duplicate ids or
// negative weights. Deterministic: ties break towards lower cadre ids.
PairingReport pairCadres(const std::vector<Cadre> &cadres, const PairingOptions &options = {});

// The rules a pair meets (order of the two does not matter).
unsigned pairingRulesOf(const Cadre &a, const Cadre &b, int seniorYears);

} // namespace lianxin
