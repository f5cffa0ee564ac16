#include "demo/cadres.h"

#include "demo/names.h"
#include "demo/sampling.h"

#include <algorithm>
#include <array>
#include <bit>
#include <deque>
#include <stdexcept>

namespace lianxin::demo {

namespace {

constexpr int kCensusYear = 2021;
constexpr double kPartyShare = 0.6;
constexpr double kLocalShare = 0.55;
constexpr int kMaxSeniority = 35;

// A cadre's traits as PairingRule-shaped bits: two cadres meet a rule exactly when
// they differ in its bit.
unsigned traitsOf(const Cadre &c)
{
    return (c.partyMember ? PartyWithNonParty : 0u) | (c.seniorityYears >= kSeniorYears ? SeniorWithJunior : 0u)
           | (c.local ? LocalWithNonLocal : 0u);
}

Cadre newCadre(Id departmentId, Random &random)
{
    Cadre c;
    c.departmentId = departmentId;
    c.partyMember = random.chance(kPartyShare);
    c.seniorityYears = random.uniformInt(0, kMaxSeniority);
    c.local = random.chance(kLocalShare);
    c.birthYear = kCensusYear - c.seniorityYears - random.uniformInt(22, 28);
    const bool male = random.chance(0.6);
    c.gender = male ? "男" : "女";
    c.name = randomPersonName(random, male, c.birthYear);
    return c;
}

// Greedy pairing, linear after the sort: cadres wait in eight queues by traits; each cadre, strongest
// mentors first, takes the head of the most complementary non-empty queue.
std::vector<std::pair<Cadre, Cadre>> pairGreedily(std::vector<Cadre> pool, std::size_t pairs, std::vector<Cadre> &rest)
{
    std::stable_sort(pool.begin(), pool.end(), [](const Cadre &a, const Cadre &b) {
        return std::popcount(traitsOf(a)) > std::popcount(traitsOf(b));
    });
    std::array<std::deque<std::size_t>, 8> queues;
    for (std::size_t i = 0; i < pool.size(); ++i)
        queues[traitsOf(pool[i])].push_back(i);
    std::vector<bool> taken(pool.size(), false);
    std::vector<std::pair<Cadre, Cadre>> result;
    for (std::size_t i = 0; i < pool.size() && result.size() < pairs; ++i) {
        if (taken[i])
            continue;
        const unsigned mine = traitsOf(pool[i]);
        std::deque<std::size_t> &own = queues[mine];
        own.erase(std::find(own.begin(), own.end(), i));
        taken[i] = true;
        int bestScore = -1;
        unsigned bestTraits = 0;
        for (unsigned t = 0; t < 8; ++t) {
            const int score = std::popcount(mine ^ t);
            if (!queues[t].empty() && score > bestScore) {
                bestScore = score;
                bestTraits = t;
            }
        }
        if (bestScore < 0)
            throw std::logic_error("pairGreedily: not enough cadres to pair");
        const std::size_t partner = queues[bestTraits].front();
        queues[bestTraits].pop_front();
        taken[partner] = true;
        result.emplace_back(pool[i], pool[partner]);
    }
    for (std::size_t i = 0; i < pool.size(); ++i)
        if (!taken[i])
            rest.push_back(pool[i]);
    return result;
}

// The pair in leading order: the party member leads a non-member, else the senior.
std::pair<Cadre, Cadre> inLeadingOrder(std::pair<Cadre, Cadre> pair)
{
    const Cadre &a = pair.first;
    const Cadre &b = pair.second;
    const bool swap = a.partyMember != b.partyMember ? b.partyMember : b.seniorityYears > a.seniorityYears;
    if (swap)
        std::swap(pair.first, pair.second);
    return pair;
}

} // namespace

unsigned pairingRules(const Cadre &a, const Cadre &b) { return traitsOf(a) ^ traitsOf(b); }

void staffContactGroups(World &world, int cadres, Random &random)
{
    const auto groups = static_cast<long long>(world.groups.size());
    if (cadres < groups || cadres > 2 * groups)
        throw std::invalid_argument(std::to_string(cadres) + " cadres cannot staff " + std::to_string(groups)
                                    + " groups of one or two");
    const long long singles = 2 * groups - cadres;
    std::vector<bool> single(world.groups.size(), false);
    for (std::size_t g : uniformSample(world.groups.size(), static_cast<std::size_t>(singles), random))
        single[g] = true;

    // Department by department, as the groups are numbered body by body.
    world.cadres.reserve(static_cast<std::size_t>(cadres));
    world.groupMembers.reserve(static_cast<std::size_t>(cadres));
    std::size_t first = 0;
    while (first < world.groups.size()) {
        const Id department = world.groups[first].departmentId;
        std::size_t last = first;
        std::size_t pairs = 0;
        std::size_t alone = 0;
        for (; last < world.groups.size() && world.groups[last].departmentId == department; ++last)
            (single[last] ? alone : pairs) += 1;

        std::vector<Cadre> pool;
        for (std::size_t i = 0; i < 2 * pairs + alone; ++i)
            pool.push_back(newCadre(department, random));
        std::vector<Cadre> rest;
        std::vector<std::pair<Cadre, Cadre>> paired = pairGreedily(std::move(pool), pairs, rest);
        // Best pairs are found first; spread them over the territory.
        random.shuffle(paired);
        random.shuffle(rest);

        auto enrol = [&](Cadre cadre, ContactGroup &group, bool leader) {
            cadre.id = static_cast<Id>(world.cadres.size() + 1);
            world.groupMembers.push_back({group.id, cadre.id, leader});
            world.cadres.push_back(std::move(cadre));
        };
        std::size_t nextPair = 0;
        std::size_t nextSingle = 0;
        for (std::size_t g = first; g < last; ++g) {
            ContactGroup &group = world.groups[g];
            if (single[g]) {
                group.rulesMet = 0;
                enrol(rest.at(nextSingle++), group, true);
            } else {
                auto [leader, member] = inLeadingOrder(paired.at(nextPair++));
                group.rulesMet = pairingRules(leader, member);
                enrol(std::move(leader), group, true);
                enrol(std::move(member), group, false);
            }
        }
        first = last;
    }
}

} // namespace lianxin::demo
