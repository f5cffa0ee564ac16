#pragma once
// Everything in one project database, as plain values. The store loads and saves a
// World; the demo generator produces one; analysis reads the parts it needs.
#include "core/people.h"
#include "core/suggestions.h"

#include <vector>

namespace lianxin {

// Ground truth the demo generator planted: which suggestions repeat one problem.
// Kept apart from the suggestions so analysis never sees it by accident.
struct PlantedProblem {
    Id id = 0;
    std::string description;
    std::string concernItem;
    PointXY centre;
    std::vector<Id> suggestionIds;
};

struct World {
    std::vector<Island> islands;
    std::vector<Township> townships;
    std::vector<Department> departments;
    std::vector<Leader> leaders;
    std::vector<UrbanArea> urbanAreas;
    std::vector<GridArea> gridAreas;
    std::vector<Village> villages;
    std::vector<Building> buildings;
    std::vector<Shop> shops;
    std::vector<Cadre> cadres;
    std::vector<ContactGroup> groups;
    std::vector<GroupMember> groupMembers;
    std::vector<Household> households;
    std::vector<Resident> residents;
    std::vector<Suggestion> suggestions;
    std::vector<SuggestionEvent> suggestionEvents;
    std::vector<TopicThread> topicThreads;
    std::vector<PlantedProblem> plantedProblems;
};

} // namespace lianxin
