#include "cli/visitscommon.h"

#include "analysis/visitscope.h"
#include "store/database.h"
#include "store/visitstore.h"

#include <cstdlib>

namespace lianxin::cli {

namespace {

// An id if `text` is all digits, else nullopt.
std::optional<Id> idOf(const std::string &text)
{
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::strtoll(text.c_str(), nullptr, 10);
}

template <typename Entity>
Id findBody(const std::vector<Entity> &entities, const std::string &key, const std::string &kind)
{
    const std::optional<Id> id = idOf(key);
    for (const Entity &e : entities)
        if ((id && e.id == *id) || (!id && e.name == key))
            return e.id;
    throw VisitsInputError("--scope: no " + kind + " \"" + key + "\"");
}

} // namespace

VisitScope parseScope(const World &world, const std::string &text)
{
    if (text == "county")
        return {};
    const auto colon = text.find(':');
    const std::string kind = text.substr(0, colon);
    const std::string key = colon == std::string::npos ? "" : text.substr(colon + 1);
    if (kind == "department" && !key.empty())
        return {VisitScopeKind::Department, findBody(world.departments, key, "department")};
    if (kind == "township" && !key.empty())
        return {VisitScopeKind::Township, findBody(world.townships, key, "township")};
    throw VisitsInputError("--scope must be county, department:<id or name> or township:<id or name>, not \"" +
                           text + "\"");
}

PointXY parsePoint(const std::string &option, const std::string &text)
{
    double x = 0.0, y = 0.0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%lf,%lf%c", &x, &y, &tail) != 2)
        throw VisitsInputError(option + " must be X,Y in EPSG:4549 metres, not \"" + text + "\"");
    return {x, y};
}

Date parseDate(const std::string &option, const std::string &text)
{
    const std::optional<Date> date = Date::parseIso(text);
    if (!date)
        throw VisitsInputError(option + " must be a date YYYY-MM-DD, not \"" + text + "\"");
    return *date;
}

VisitRound requireRound(const Database &db, const std::string &name)
{
    if (std::optional<VisitRound> round = findVisitRound(db, name))
        return *round;
    std::string known;
    for (const VisitRound &round : loadVisitRounds(db))
        known += (known.empty() ? "" : ", ") + ("\"" + round.name + "\"");
    throw VisitsInputError(db.path() + ": no visit round \"" + name + "\" (" +
                           (known.empty() ? std::string("none planned yet; use visits plan") : "rounds: " + known) +
                           ")");
}

std::map<std::string, const Household *> householdsOfRoundByCode(const World &world, const VisitRound &round)
{
    std::map<std::string, const Household *> byCode;
    for (const std::size_t i : householdsOfRound(world, round))
        byCode.emplace(world.households[i].code, &world.households[i]);
    return byCode;
}

std::string cadresOfGroup(const World &world, Id groupId)
{
    std::string leaders, members;
    for (const GroupMember &m : world.groupMembers) {
        if (m.groupId != groupId)
            continue;
        for (const Cadre &c : world.cadres)
            if (c.id == m.cadreId) {
                std::string &slot = m.isLeader ? leaders : members;
                slot += (slot.empty() ? "" : "、") + c.name;
            }
    }
    return leaders.empty() || members.empty() ? leaders + members : leaders + "、" + members;
}

std::map<std::string, Id> suggestionIdsByCode(const World &world)
{
    std::map<std::string, Id> ids;
    for (const Suggestion &s : world.suggestions)
        ids.emplace(s.code, s.id);
    return ids;
}

} // namespace lianxin::cli
