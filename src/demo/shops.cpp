#include "demo/shops.h"

#include "demo/names.h"
#include "demo/sampling.h"

namespace lianxin::demo {

namespace {

struct ShopKind {
    const char *category;
    double weight;
    std::vector<const char *> suffixes;
};

// What an island tourist town sells: seafood, fishermen's inns, fishing gear...
const std::vector<ShopKind> &shopKinds()
{
    static const std::vector<ShopKind> kinds = {
        {"海鲜", 16, {"海鲜店", "海鲜批发部", "海产品店"}},
        {"餐饮", 20, {"渔家饭店", "饺子馆", "海鲜排档", "面馆", "烧烤店"}},
        {"民宿", 14, {"民宿", "渔家乐", "客栈"}},
        {"超市", 9, {"超市", "购物中心"}},
        {"便利店", 9, {"便利店", "烟酒店"}},
        {"渔具", 6, {"渔具店", "渔需物资店"}},
        {"药店", 4, {"大药房", "药店"}},
        {"水果", 5, {"水果店", "果蔬店"}},
        {"理发", 5, {"理发店", "美发工作室"}},
        {"五金", 4, {"五金店", "建材店"}},
        {"服装", 6, {"服装店", "鞋店"}},
        {"特产", 6, {"特产店", "海参专卖店"}},
    };
    return kinds;
}

const std::vector<std::string> kBrandWords = {
    "海之韵", "渔家", "长岛", "老船长", "仙境", "蓝海", "鑫海", "海港", "聚福", "海鸥",
    "珍珠门", "月牙湾", "九丈崖", "望夫礁", "渔火", "顺发", "海丰", "福源", "海天", "鸿运"};

std::string shopName(const ShopKind &kind, Random &random)
{
    const std::string brand = random.chance(0.4) ? randomSurname(random) + "记" : random.pick(kBrandWords);
    return brand + kind.suffixes[random.index(kind.suffixes.size())];
}

} // namespace

void placeShops(World &world, const BuildingLayout &layout, const PointXY &townCentre, int count, Random &random)
{
    std::vector<double> buildingWeights;
    for (const Footprint &footprint : layout.footprints)
        buildingWeights.push_back(0.1 + townCloseness(footprint.centre, townCentre));
    const WeightedPicker buildings(buildingWeights);
    std::vector<double> kindWeights;
    for (const ShopKind &kind : shopKinds())
        kindWeights.push_back(kind.weight);
    const WeightedPicker kinds(kindWeights);

    world.shops.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const std::size_t b = buildings.pick(random);
        const ShopKind &kind = shopKinds()[kinds.pick(random)];
        Shop shop;
        shop.id = static_cast<Id>(world.shops.size() + 1);
        shop.category = kind.category;
        shop.name = shopName(kind, random);
        shop.buildingId = layout.buildings[b].id;
        shop.gridAreaId = layout.buildings[b].gridAreaId;
        shop.location = layout.footprints[b].at(random.uniform(-0.42, 0.42), random.uniform(-0.42, -0.3));
        world.shops.push_back(std::move(shop));
    }
}

} // namespace lianxin::demo
