// Cadre pairing by the article's rules: the LEMON matching is the exact optimum, it says
// why a rule is broken, and on the demo it does at least as well as the demo's own groups.
#include "analysis/cadrepairing.h"
#include "demo/cadres.h"
#include "demofixture.h"

#include "testrandom.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <functional>
#include <map>
#include <set>

using namespace lianxin;

namespace {

using test::Random;

Cadre cadre(Id id, bool party, int years, bool local)
{
    Cadre c;
    c.id = id;
    c.partyMember = party;
    c.seniorityYears = years;
    c.local = local;
    return c;
}

int weightOf(unsigned rules, const PairingOptions &o)
{
    return ((rules & PartyWithNonParty) ? o.partyWeight : 0) + ((rules & SeniorWithJunior) ? o.seniorWeight : 0)
           + ((rules & LocalWithNonLocal) ? o.localWeight : 0);
}

// The best rule weight over every way of forming floor(n/2) pairs (one cadre alone when
// n is odd), by enumeration.
int bruteForceBest(const std::vector<Cadre> &cadres, const PairingOptions &o)
{
    std::vector<bool> used(cadres.size(), false);
    int best = -1;
    const bool odd = cadres.size() % 2 == 1;
    std::function<void(int, bool)> extend = [&](int sum, bool singleLeft) {
        std::size_t i = 0;
        while (i < cadres.size() && used[i])
            ++i;
        if (i == cadres.size()) {
            best = std::max(best, sum);
            return;
        }
        used[i] = true;
        if (singleLeft)
            extend(sum, false);
        for (std::size_t j = i + 1; j < cadres.size(); ++j) {
            if (used[j])
                continue;
            used[j] = true;
            extend(sum + weightOf(pairingRulesOf(cadres[i], cadres[j], o.seniorYears), o), singleLeft);
            used[j] = false;
        }
        used[i] = false;
    };
    extend(0, odd);
    return best;
}

// Every cadre in exactly one group; floor(n/2) pairs; reports consistent with the rules.
void checkWellFormed(const std::vector<Cadre> &cadres, const PairingReport &report, const PairingOptions &o)
{
    std::map<Id, const Cadre *> byId;
    for (const Cadre &c : cadres)
        byId[c.id] = &c;
    std::multiset<Id> seen;
    int pairs = 0;
    int weight = 0;
    int counts[3] = {0, 0, 0};
    for (const FormedPair &p : report.pairs) {
        seen.insert(p.first);
        if (p.second == 0) {
            CHECK(p.rulesMet == 0);
            continue;
        }
        ++pairs;
        seen.insert(p.second);
        const unsigned rules = pairingRulesOf(*byId.at(p.first), *byId.at(p.second), o.seniorYears);
        CHECK(p.rulesMet == rules);
        weight += weightOf(rules, o);
        for (int r = 0; r < 3; ++r)
            counts[r] += (rules >> r) & 1u;
        CHECK(p.broken.size() == 3u - static_cast<unsigned>(std::popcount(rules)));
        if (rules & PartyWithNonParty)
            CHECK(byId.at(p.first)->partyMember);
    }
    CHECK(seen.size() == cadres.size());
    CHECK(std::set<Id>(seen.begin(), seen.end()).size() == cadres.size());
    CHECK(pairs == static_cast<int>(cadres.size() / 2));
    CHECK(weight == report.totalWeight);
    for (int r = 0; r < 3; ++r)
        CHECK(counts[r] == report.ruleCount[r]);
    CHECK(std::is_sorted(report.pairs.begin(), report.pairs.end(),
                         [](const FormedPair &a, const FormedPair &b) { return a.first < b.first; }));
}

} // namespace

TEST_CASE("the matching has the brute-force optimum on small random bodies")
{
    for (std::uint64_t seed = 1; seed <= 60; ++seed) {
        Random random{seed};
        const int n = 1 + random.below(10);
        std::vector<Cadre> cadres;
        for (int i = 0; i < n; ++i)
            cadres.push_back(cadre(100 + 7 * i, random.below(2) == 1, random.below(25), random.below(2) == 1));
        PairingOptions options;
        if (seed % 2 == 0) { // other weights too, including ties and zero
            options.partyWeight = random.below(5);
            options.seniorWeight = random.below(5);
            options.localWeight = random.below(5);
        }
        INFO("seed " << seed << ", " << n << " cadres");
        const PairingReport report = pairCadres(cadres, options);
        CHECK(report.totalWeight == bruteForceBest(cadres, options));
        checkWellFormed(cadres, report, options);

        // Input order does not matter.
        std::reverse(cadres.begin(), cadres.end());
        const PairingReport again = pairCadres(cadres, options);
        REQUIRE(again.pairs.size() == report.pairs.size());
        for (std::size_t i = 0; i < report.pairs.size(); ++i) {
            CHECK(again.pairs[i].first == report.pairs[i].first);
            CHECK(again.pairs[i].second == report.pairs[i].second);
        }
    }
}

TEST_CASE("five party members and one non-member: the shortage is named")
{
    std::vector<Cadre> cadres;
    for (Id id = 1; id <= 5; ++id)
        cadres.push_back(cadre(id, true, 20, true));
    cadres.push_back(cadre(6, false, 2, false));
    const PairingReport report = pairCadres(cadres);
    REQUIRE(report.pairs.size() == 3);
    CHECK(report.ruleCount[0] == 1);
    CHECK(report.ruleCount[1] == 1); // only the junior non-member can meet 老带新 and 当地带外地
    CHECK(report.ruleCount[2] == 1);
    int shortages = 0;
    for (const FormedPair &p : report.pairs) {
        if (p.rulesMet & PartyWithNonParty) {
            CHECK(p.second == 6);
            CHECK(p.broken.empty());
            continue;
        }
        REQUIRE(p.broken.size() == 3);
        CHECK(p.broken[0] == "党员带非党: 本单位党员 5 名、非党员 1 名，非党员不足");
        CHECK(p.broken[1] == "老带新: 本单位老干部 5 名、新干部 1 名，新干部不足");
        ++shortages;
    }
    CHECK(shortages == 2);
    CHECK(report.totalWeight == 7);
}

TEST_CASE("an odd body leaves its highest-id cadre alone when nothing else matters")
{
    std::vector<Cadre> cadres;
    for (Id id = 1; id <= 5; ++id)
        cadres.push_back(cadre(id, true, 20, true));
    const PairingReport report = pairCadres(cadres);
    REQUIRE(report.pairs.size() == 3);
    CHECK(report.pairs.back().first == 5);
    CHECK(report.pairs.back().second == 0);
    REQUIRE(report.pairs.back().broken.size() == 1);
    CHECK(report.pairs.back().broken[0].find("奇数") != std::string::npos);
    // Enough of both sides but the rule still broken: not called a shortage.
    // Enough of both sides but the rule traded for two that weigh more: not a shortage.
    const std::vector<Cadre> conflict = {cadre(1, false, 2, false), cadre(2, true, 20, false), cadre(3, true, 2, true),
                                         cadre(4, false, 20, true)};
    PairingOptions options;
    options.partyWeight = 1;
    options.seniorWeight = 2;
    options.localWeight = 2;
    const PairingReport traded = pairCadres(conflict, options);
    CHECK(traded.totalWeight == 8);
    CHECK(traded.ruleCount[0] == 0);
    for (const FormedPair &p : traded.pairs) {
        REQUIRE(p.broken.size() == 1);
        CHECK(p.broken[0] == "党员带非党: 本单位党员 2 名、非党员 2 名，人数足够，但与权重更高的规则冲突");
    }
}

TEST_CASE("bad input is refused")
{
    CHECK_THROWS_AS(pairCadres({cadre(1, true, 1, true), cadre(1, false, 1, true)}), std::invalid_argument);
    PairingOptions options;
    options.localWeight = -1;
    CHECK_THROWS_AS(pairCadres({cadre(1, true, 1, true)}, options), std::invalid_argument);
    CHECK(pairCadres({}).pairs.empty());
}

TEST_CASE("on the demo, every body's matching meets at least as many rules as the demo's groups")
{
    const World &world = test::articleWorld();
    REQUIRE(PairingOptions{}.seniorYears == demo::kSeniorYears);
    const PairingOptions options;
    std::map<Id, std::vector<Cadre>> byBody;
    std::map<Id, const Cadre *> cadreById;
    for (const Cadre &c : world.cadres) {
        byBody[c.departmentId].push_back(c);
        cadreById[c.id] = &c;
    }
    std::map<Id, Id> bodyOfGroup;
    for (const ContactGroup &g : world.groups)
        bodyOfGroup[g.id] = g.departmentId;
    std::map<Id, std::vector<Id>> membersOf;
    for (const GroupMember &m : world.groupMembers)
        membersOf[m.groupId].push_back(m.cadreId);
    std::map<Id, int> demoWeight, demoRules;
    for (const ContactGroup &g : world.groups) {
        const std::vector<Id> &members = membersOf[g.id];
        if (members.size() == 2)
            CHECK(pairingRulesOf(*cadreById.at(members[0]), *cadreById.at(members[1]), options.seniorYears) == g.rulesMet);
        demoWeight[g.departmentId] += weightOf(g.rulesMet, options);
        demoRules[g.departmentId] += std::popcount(g.rulesMet);
    }
    int ours = 0, theirs = 0;
    for (const auto &[body, cadres] : byBody) {
        const PairingReport report = pairCadres(cadres, options);
        checkWellFormed(cadres, report, options);
        INFO("department " << body);
        CHECK(report.totalWeight >= demoWeight[body]);
        const int rules = report.ruleCount[0] + report.ruleCount[1] + report.ruleCount[2];
        CHECK(rules >= demoRules[body]);
        ours += rules;
        theirs += demoRules[body];
    }
    CHECK(ours > theirs); // the demo has single groups; the matching pairs everyone it can
}
