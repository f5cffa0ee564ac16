#include "demo/residents.h"

#include "demo/names.h"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace lianxin::demo {

namespace {

constexpr int kCensusYear = 2021;
constexpr int kMaxHousehold = 6;
constexpr int kPhoneAge = 12;

// Extra members beyond the head: one-person homes are common on the islands, where the
// young leave for the mainland (the article's 15,310 households hold 23,301 people).
std::vector<int> householdSizes(std::size_t households, long long total, Random &random)
{
    const long long extra = total - static_cast<long long>(households);
    if (extra < 0)
        throw std::invalid_argument("fewer residents (" + std::to_string(total) + ") than households ("
                                    + std::to_string(households) + ")");
    if (extra > static_cast<long long>(households) * (kMaxHousehold - 1))
        throw std::invalid_argument("more residents (" + std::to_string(total) + ") than " + std::to_string(households)
                                    + " households can hold");
    const double mean = households ? static_cast<double>(extra) / static_cast<double>(households) : 0.0;
    std::vector<int> sizes(households, 1);
    long long sum = 0;
    // Geometric-like tail with the wanted mean, then trimmed or topped up to be exact.
    const double p = mean / (1.0 + mean);
    for (int &size : sizes) {
        while (size < kMaxHousehold && random.chance(p))
            ++size;
        sum += size - 1;
    }
    while (sum != extra) {
        int &size = sizes[random.index(sizes.size())];
        if (sum > extra && size > 1) {
            --size;
            --sum;
        } else if (sum < extra && size < kMaxHousehold) {
            ++size;
            ++sum;
        }
    }
    return sizes;
}

std::string phoneNumber(Random &random)
{
    static const std::array<const char *, 3> prefixes = {"13", "15", "18"};
    std::string phone = prefixes[random.index(prefixes.size())];
    for (int i = 0; i < 9; ++i)
        phone += static_cast<char>('0' + random.index(10));
    return phone;
}

Resident person(Id householdId, const std::string &surname, bool male, int birthYear, Random &random)
{
    Resident r;
    r.householdId = householdId;
    r.name = surname + randomGivenName(random, male, birthYear);
    r.gender = male ? "男" : "女";
    r.birthYear = birthYear;
    if (kCensusYear - birthYear >= kPhoneAge)
        r.phone = phoneNumber(random);
    return r;
}

void addFamily(World &world, const Household &household, int size, Random &random)
{
    const bool elder = (household.flags & FiveElders) != 0;
    const bool headMale = random.chance(0.72);
    const int headBorn =
        elder ? random.uniformInt(1932, 1956) : std::clamp(static_cast<int>(random.normal(1966, 13)), 1930, 1998);
    const std::string surname = randomSurname(random);
    std::vector<Resident> family;
    family.push_back(person(household.id, surname, headMale, headBorn, random));
    family.back().isHead = true;
    family.back().partyMember = random.chance(elder ? 0.6 : 0.1);
    if (size >= 2) {
        const bool hasSpouse = random.chance(0.85);
        if (hasSpouse) {
            const int born = std::clamp(headBorn + random.uniformInt(-4, 4), 1928, 2000);
            family.push_back(person(household.id, randomSurname(random), !headMale, born, random));
        }
    }
    while (static_cast<int>(family.size()) < size) {
        // Children of the head, or a parent living with a younger head.
        const bool parent = headBorn > 1975 && random.chance(0.35);
        const int born = parent ? headBorn - random.uniformInt(24, 32)
                                : std::min(kCensusYear, headBorn + random.uniformInt(22, 36));
        const bool male = random.chance(0.5);
        family.push_back(person(household.id, parent && !male ? randomSurname(random) : surname, male, born, random));
    }
    for (Resident &resident : family) {
        if (!resident.isHead)
            resident.partyMember = kCensusYear - resident.birthYear >= 18 && random.chance(0.05);
        resident.id = static_cast<Id>(world.residents.size() + 1);
        world.residents.push_back(std::move(resident));
    }
}

} // namespace

void populateHouseholds(World &world, long long total, Random &random)
{
    const std::vector<int> sizes = householdSizes(world.households.size(), total, random);
    world.residents.reserve(static_cast<std::size_t>(total));
    for (std::size_t h = 0; h < world.households.size(); ++h)
        addFamily(world, world.households[h], sizes[h], random);
}

} // namespace lianxin::demo
