#include "cli/pairscommand.h"

#include "analysis/cadrepairing.h"
#include "cli/clicommon.h"
#include "store/database.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>
#include <map>
#include <memory>

namespace lianxin::cli {

namespace {

struct PairsArgs {
    std::string file;
    Id department = 0; // 0: every body
    bool json = false;
};

constexpr PairingRule kRules[3] = {PartyWithNonParty, SeniorWithJunior, LocalWithNonLocal};
constexpr const char *kRuleKeys[3] = {"party_with_non_party", "senior_with_junior", "local_with_non_local"};

struct BodyPairing {
    const Department *department = nullptr;
    std::size_t cadres = 0;
    int currentGroups = 0;
    int currentRuleCount[3] = {0, 0, 0}; // the body's groups as they are
    PairingReport proposed;
};

std::vector<BodyPairing> pairBodies(const World &world, Id onlyDepartment)
{
    std::map<Id, std::vector<Cadre>> cadresOf;
    for (const Cadre &cadre : world.cadres)
        cadresOf[cadre.departmentId].push_back(cadre);
    std::map<Id, std::vector<const ContactGroup *>> groupsOf;
    for (const ContactGroup &group : world.groups)
        groupsOf[group.departmentId].push_back(&group);

    std::vector<BodyPairing> bodies;
    for (const Department &department : world.departments) {
        if (onlyDepartment != 0 && department.id != onlyDepartment)
            continue;
        BodyPairing body;
        body.department = &department;
        body.cadres = cadresOf[department.id].size();
        for (const ContactGroup *group : groupsOf[department.id]) {
            ++body.currentGroups;
            for (int r = 0; r < 3; ++r)
                body.currentRuleCount[r] += (group->rulesMet & kRules[r]) ? 1 : 0;
        }
        body.proposed = pairCadres(cadresOf[department.id]);
        bodies.push_back(std::move(body));
    }
    if (onlyDepartment != 0 && bodies.empty())
        throw std::runtime_error("no such department: " + std::to_string(onlyDepartment));
    return bodies;
}

nlohmann::ordered_json ruleCounts(const int counts[3])
{
    nlohmann::ordered_json out;
    for (int r = 0; r < 3; ++r)
        out[kRuleKeys[r]] = counts[r];
    return out;
}

void printJson(const std::vector<BodyPairing> &bodies, const std::map<Id, std::string> &nameOf)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const BodyPairing &body : bodies) {
        nlohmann::ordered_json pairs = nlohmann::ordered_json::array();
        for (const FormedPair &pair : body.proposed.pairs) {
            nlohmann::ordered_json p{{"leader", nameOf.at(pair.first)},
                                     {"member", pair.second ? nlohmann::json(nameOf.at(pair.second)) : nlohmann::json()},
                                     {"rules_met", pair.rulesMet},
                                     {"broken", pair.broken}};
            pairs.push_back(std::move(p));
        }
        out.push_back({{"department_id", body.department->id},
                       {"department", body.department->name},
                       {"cadres", body.cadres},
                       {"current", {{"groups", body.currentGroups}, {"rules_met", ruleCounts(body.currentRuleCount)}}},
                       {"proposed", {{"groups", body.proposed.pairs.size()},
                                     {"rules_met", ruleCounts(body.proposed.ruleCount)},
                                     {"total_weight", body.proposed.totalWeight},
                                     {"pairs", std::move(pairs)}}}});
    }
    std::cout << out.dump(2) << '\n';
}

void printTable(const std::vector<BodyPairing> &bodies, const std::map<Id, std::string> &nameOf)
{
    std::printf("groups and the groups meeting each rule, now/proposed:\n");
    std::printf("%6s %9s %11s %11s %11s  %s\n", "cadres", "groups", "party", "senior", "local", "body");
    for (const BodyPairing &body : bodies) {
        const PairingReport &p = body.proposed;
        std::printf("%6zu %4d/%-4zu %5d/%-5d %5d/%-5d %5d/%-5d  %s\n", body.cadres, body.currentGroups, p.pairs.size(),
                    body.currentRuleCount[0], p.ruleCount[0], body.currentRuleCount[1], p.ruleCount[1],
                    body.currentRuleCount[2], p.ruleCount[2], body.department->name.c_str());
    }
    std::printf("\nproposed groups that break a rule:\n");
    for (const BodyPairing &body : bodies)
        for (const FormedPair &pair : body.proposed.pairs)
            for (const std::string &reason : pair.broken)
                std::printf("  %s: %s%s%s — %s\n", body.department->name.c_str(), nameOf.at(pair.first).c_str(),
                            pair.second ? " + " : "", pair.second ? nameOf.at(pair.second).c_str() : "",
                            reason.c_str());
}

int runPairs(const PairsArgs &args)
{
    const std::unique_ptr<Database> db = Database::open(args.file, Database::Mode::ReadOnly);
    const World world = db->loadWorld();
    const std::vector<BodyPairing> bodies = pairBodies(world, args.department);
    std::map<Id, std::string> nameOf;
    for (const Cadre &cadre : world.cadres)
        nameOf.emplace(cadre.id, cadre.name);
    if (args.json)
        printJson(bodies, nameOf);
    else
        printTable(bodies, nameOf);
    return Success;
}

} // namespace

void addPairsCommand(CLI::App &app, int &exitCode)
{
    auto args = std::make_shared<PairsArgs>();
    CLI::App *command = app.add_subcommand(
        "pairs", "Two-person groups by the article's rules (maximum-weight matching), against the groups as they are");
    command->add_option("file", args->file, "Project database (.sqlite)")->required();
    command->add_option("--department", args->department, "Only this body (department id)");
    command->add_flag("--json", args->json, "Print JSON instead of a table");
    command->callback([args, &exitCode] { exitCode = runPairs(*args); });
}

} // namespace lianxin::cli
