#include "demo/frame.h"

#include "core/articlefigures.h"
#include "demo/lookup.h"
#include "demo/names.h"

#include <algorithm>
#include <stdexcept>

namespace lianxin::demo {

namespace {

struct UnitSpec {
    const char *name;
    const char *unitType;
    std::vector<std::string> islands; // named islands it serves
    bool servesUnnamedIslets;
};

// The ten units in the article's order of the islands, north of Penglai first. The
// outlying islets (大竹山, 小竹山 and the unnamed rocks) fall to the zone's own
// protection and development service centre.
const std::vector<UnitSpec> &unitSpecs()
{
    static const std::vector<UnitSpec> specs = {
        {kTownUnitName, "街道", {kTownIslandName}, false},
        {"北长山乡", "乡", {"北长山岛"}, false},
        {"黑山乡", "乡", {"大黑山岛", "小黑山岛"}, false},
        {"庙岛保护发展服务中心", "保护发展服务中心", {"庙岛"}, false},
        {"砣矶镇", "镇", {"砣矶岛"}, false},
        {"大钦岛乡", "乡", {"大钦岛"}, false},
        {"小钦岛保护发展服务中心", "保护发展服务中心", {"小钦岛"}, false},
        {"南隍城乡", "乡", {"南隍城岛"}, false},
        {"北隍城乡", "乡", {"北隍城岛"}, false},
        {"长岛海洋生态文明综合试验区保护发展服务中心", "保护发展服务中心", {"大竹山岛", "小竹山岛"}, true},
    };
    return specs;
}

// 区直部门: offices of the zone's working committee (工委) and administrative
// committee (管委). 教育和卫生健康局 is named in the article.
const std::vector<std::string> &districtDepartmentNames()
{
    static const std::vector<std::string> names = {
        "长岛综合试验区党政办公室", "长岛综合试验区组织部", "长岛综合试验区宣传部",
        "长岛综合试验区政法委员会", "长岛综合试验区纪检监察工委", "长岛综合试验区经济发展局",
        "长岛综合试验区财政局", "长岛综合试验区教育和卫生健康局", "长岛综合试验区自然资源局",
        "长岛综合试验区住房和城乡建设局", "长岛综合试验区海洋经济发展局", "长岛综合试验区交通运输局",
        "长岛综合试验区文化和旅游局", "长岛综合试验区市场监督管理局", "长岛综合试验区民政局",
        "长岛综合试验区人力资源和社会保障局", "长岛综合试验区生态环境分局", "长岛综合试验区应急管理局",
        "长岛综合试验区综合行政执法局", "长岛综合试验区司法局", "长岛综合试验区医疗保障局",
        "长岛综合试验区公安局", "长岛综合试验区退役军人事务局", "长岛综合试验区行政审批服务局",
    };
    return names;
}

// 区级领导 posts, the secretary first.
const std::vector<std::string> &leaderTitles()
{
    static const std::vector<std::string> titles = {
        "工委书记", "管委主任", "工委副书记", "管委常务副主任", "工委委员、组织部部长",
        "工委委员、宣传部部长", "管委副主任", "管委副主任", "工委委员、政法委书记",
    };
    return titles;
}

void buildTownships(World &world, const GeosContext &geos)
{
    for (const UnitSpec &spec : unitSpecs()) {
        Township township;
        township.id = static_cast<Id>(world.townships.size() + 1);
        township.name = spec.name;
        township.unitType = spec.unitType;
        for (const std::string &islandName : spec.islands) {
            const Id islandId = islandNamed(world, islandName).id; // throws if missing
            byId(world.islands, islandId).townshipId = township.id;
        }
        if (spec.servesUnnamedIslets)
            for (Island &island : world.islands)
                if (island.nameZh.empty())
                    island.townshipId = township.id;
        world.townships.push_back(std::move(township));
    }
    for (const Island &island : world.islands)
        if (!island.townshipId)
            throw std::runtime_error("coastline island " + island.nameZh + " is served by no township unit");

    for (Township &township : world.townships) {
        MultiPolygon islands;
        for (const Island &island : world.islands)
            if (island.townshipId == township.id)
                islands.push_back(island.geometry);
        GeosGeometry multi = geos.multiPolygon(islands);
        GeosGeometry united = geos.unaryUnion(multi.get());
        township.geometry = united ? geos.toMultiPolygon(united.get()) : islands;
    }
}

void buildDepartments(World &world)
{
    const ArticleFigures figures = articleFigures();
    if (static_cast<int>(districtDepartmentNames().size()) != figures.departments)
        throw std::logic_error("demo frame: district department list does not match the article");
    for (const std::string &name : districtDepartmentNames())
        world.departments.push_back({static_cast<Id>(world.departments.size() + 1), name, DepartmentKind::District, {}});
    for (const Township &township : world.townships)
        world.departments.push_back(
            {static_cast<Id>(world.departments.size() + 1), township.name, DepartmentKind::Township, township.id});
}

void buildLeaders(World &world, Random &random)
{
    // Each leader takes one unit (包联); the units left over go to leaders drawn at random,
    // so every unit has a leader.
    std::vector<Id> units;
    for (const Township &township : world.townships)
        units.push_back(township.id);
    random.shuffle(units);
    const std::vector<std::string> &titles = leaderTitles();
    for (std::size_t i = 0; i < titles.size(); ++i) {
        Leader leader;
        leader.id = static_cast<Id>(i + 1);
        const bool male = random.chance(0.8);
        leader.name = randomPersonName(random, male, random.uniformInt(1966, 1980));
        leader.title = titles[i];
        leader.townshipIds.push_back(units[i]);
        world.leaders.push_back(std::move(leader));
    }
    for (std::size_t i = titles.size(); i < units.size(); ++i) {
        Leader &leader = world.leaders[random.index(world.leaders.size())];
        leader.townshipIds.push_back(units[i]);
        std::sort(leader.townshipIds.begin(), leader.townshipIds.end());
    }
}

} // namespace

void buildAdministrativeFrame(World &world, const GeosContext &geos, Random &random)
{
    const ArticleFigures figures = articleFigures();
    if (static_cast<int>(unitSpecs().size()) != figures.townships
        || static_cast<int>(leaderTitles().size()) != figures.leaders)
        throw std::logic_error("demo frame: unit or leader list does not match the article");
    buildTownships(world, geos);
    buildDepartments(world);
    buildLeaders(world, random);
}

const Township &townshipNamed(const World &world, const std::string &name)
{
    for (const Township &township : world.townships)
        if (township.name == name)
            return township;
    throw std::runtime_error("demo world has no township unit named " + name);
}

const Island &islandNamed(const World &world, const std::string &nameZh)
{
    for (const Island &island : world.islands)
        if (island.nameZh == nameZh)
            return island;
    throw std::runtime_error("the coastline has no island named " + nameZh);
}

Id departmentOfTownship(const World &world, Id townshipId)
{
    for (const Department &department : world.departments)
        if (department.kind == DepartmentKind::Township && department.townshipId == townshipId)
            return department.id;
    throw std::logic_error("demo world: township unit " + std::to_string(townshipId) + " has no department row");
}

Id districtDepartmentNamed(const World &world, const std::string &name)
{
    for (const Department &department : world.departments)
        if (department.kind == DepartmentKind::District && department.name == name)
            return department.id;
    return 0;
}

} // namespace lianxin::demo
