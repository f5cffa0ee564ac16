#pragma once
// What the visits subcommands share: reading a scope, a point, a date; finding the round
// and a household; the visitors of a group; the one actor name of the CLI's change sets.
#include "core/visitround.h"
#include "core/world.h"

#include <map>
#include <stdexcept>
#include <string>

namespace CLI {
class App;
}

namespace lianxin {
class Database;
}

namespace lianxin::cli {

// Bad input a user can fix: reported as "lianxin-cli: <message>", exit 2.
class VisitsInputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

inline constexpr const char *kCliActor = "lianxin-cli";

// "county", "department:<id or name>", "township:<id or name>".
VisitScope parseScope(const World &world, const std::string &text);
// "X,Y" in EPSG:4549 metres.
PointXY parsePoint(const std::string &option, const std::string &text);
Date parseDate(const std::string &option, const std::string &text);

// The stored round, or VisitsInputError naming the rounds there are.
VisitRound requireRound(const Database &db, const std::string &name);

// Household code -> household, for the households of the round only.
std::map<std::string, const Household *> householdsOfRoundByCode(const World &world, const VisitRound &round);
// The cadres of the household's group, leader first: "王伟、李娜".
std::string cadresOfGroup(const World &world, Id groupId);
// Suggestion code -> id.
std::map<std::string, Id> suggestionIdsByCode(const World &world);

void addVisitsPlan(CLI::App &visits, int &exitCode);
void addVisitsRecord(CLI::App &visits, int &exitCode);
void addVisitsImport(CLI::App &visits, int &exitCode);
void addVisitsCoverage(CLI::App &visits, int &exitCode);
void addVisitsRoutes(CLI::App &visits, int &exitCode);

} // namespace lianxin::cli
