#include "demo/names.h"

#include <algorithm>

namespace lianxin::demo {

namespace {

struct WeightedName {
    const char *name;
    double weight;
};

// Surnames common in Yantai and the islands; weights loosely follow local frequency.
const std::vector<WeightedName> &surnames()
{
    static const std::vector<WeightedName> list = {
        {"王", 9}, {"张", 7}, {"李", 7}, {"刘", 6}, {"孙", 5}, {"于", 5}, {"赵", 4}, {"杨", 4},
        {"高", 3}, {"姜", 3}, {"徐", 3}, {"陈", 3}, {"董", 2}, {"宋", 2}, {"曲", 2}, {"邢", 2},
        {"吕", 2}, {"林", 2}, {"郭", 2}, {"周", 2}, {"吴", 2}, {"马", 2}, {"田", 1.5}, {"许", 1.5},
        {"韩", 1.5}, {"梁", 1.5}, {"唐", 1}, {"冯", 1}, {"曹", 1}, {"袁", 1}, {"邹", 1}, {"谭", 1},
        {"丛", 1}, {"隋", 1}, {"宫", 1}, {"栾", 1}, {"鞠", 1}, {"衣", 1}, {"初", 1}, {"原", 1},
        {"毕", 1}, {"修", 0.8}, {"战", 0.8}, {"孔", 0.8}, {"范", 0.8}, {"郝", 0.8}, {"黄", 0.8},
        {"胡", 0.8}, {"朱", 0.8}, {"程", 0.8}, {"蔡", 0.6}, {"任", 0.6}, {"柳", 0.6}, {"苗", 0.6},
        {"慕", 0.5}, {"迟", 0.5}, {"柴", 0.5}, {"盛", 0.5}, {"单", 0.5}, {"薛", 0.5},
    };
    return list;
}

// Given names by decade: people born in the 1940s-50s, 1960s-70s, and since 1980.
const std::vector<std::string> kMaleOld = {
    "建国", "德胜", "福海", "春生", "长江", "树林", "玉田", "振华", "永福", "文学",
    "洪顺", "守信", "德山", "富贵", "宝山", "成林", "连生", "庆余", "世海", "兆丰"};
const std::vector<std::string> kMaleMiddle = {
    "志强", "海涛", "建军", "卫东", "红军", "海军", "永刚", "立新", "海波", "国庆",
    "军", "勇", "强", "斌", "刚", "涛", "波", "东", "华", "明", "海滨", "维东", "学军", "晓东"};
const std::vector<std::string> kMaleYoung = {
    "伟", "磊", "鹏", "杰", "浩", "宇", "博", "晨", "帅", "超", "子轩", "浩然", "一鸣",
    "俊熙", "宇航", "文博", "志远", "天宇", "嘉豪", "明轩", "梓豪", "泽宇", "海洋", "瑞"};
const std::vector<std::string> kFemaleOld = {
    "秀英", "桂兰", "玉兰", "凤英", "淑珍", "秀兰", "桂英", "玉梅", "桂芳", "秀珍",
    "玉珍", "凤兰", "素芬", "翠花", "兰英", "淑英"};
const std::vector<std::string> kFemaleMiddle = {
    "丽", "红梅", "海燕", "丽娟", "静", "敏", "燕", "艳", "霞", "红", "春燕", "丽华",
    "晓红", "秀云", "美玲", "玉霞", "爱华", "海英", "建华", "雪梅"};
const std::vector<std::string> kFemaleYoung = {
    "婷", "雪", "欣怡", "梓涵", "雨萱", "佳怡", "思雨", "诗涵", "晓雪", "雅琪", "琳",
    "倩", "悦", "楠", "梦瑶", "欣然", "一诺", "子涵", "可馨", "晓彤", "雨桐", "佳琪"};

} // namespace

std::string randomSurname(Random &random)
{
    static const std::vector<double> weights = [] {
        std::vector<double> w;
        for (const WeightedName &entry : surnames())
            w.push_back(entry.weight);
        return w;
    }();
    return surnames()[random.weightedIndex(weights)].name;
}

std::string randomGivenName(Random &random, bool male, int birthYear)
{
    // Names drift with the decade; a neighbour decade's fashion now and then.
    int era = birthYear < 1960 ? 0 : (birthYear < 1980 ? 1 : 2);
    if (random.chance(0.15))
        era = std::clamp(era + (random.chance(0.5) ? 1 : -1), 0, 2);
    static const std::vector<std::string> *const maleByEra[] = {&kMaleOld, &kMaleMiddle, &kMaleYoung};
    static const std::vector<std::string> *const femaleByEra[] = {&kFemaleOld, &kFemaleMiddle, &kFemaleYoung};
    return random.pick(male ? *maleByEra[era] : *femaleByEra[era]);
}

std::string randomPersonName(Random &random, bool male, int birthYear)
{
    std::string surname = randomSurname(random);
    return surname + randomGivenName(random, male, birthYear);
}

const std::vector<std::string> &gridAreaBaseNames()
{
    static const std::vector<std::string> names = {
        "乐园", "海滨", "港湾", "明珠", "林海", "望海", "渔港", "峰山", "南城", "新港",
        "兴业", "和平", "建设", "文化", "迎宾", "碧海", "金沙", "珍珠", "观涛", "听涛",
        "海韵", "公园", "月牙湾", "宝塔", "长山", "环山", "烽台", "灯塔"};
    return names;
}

const std::vector<std::string> &streetNames()
{
    static const std::vector<std::string> names = {
        "乐园大街", "海滨路", "港湾路", "明珠路", "林海路", "望海路", "渔港路", "峰山路",
        "南城路", "新港路", "兴业路", "和平路", "建设路", "文化路", "迎宾路", "碧海路",
        "金沙路", "珍珠路", "观涛路", "听涛路", "海韵路", "公园路", "月牙湾路", "黄山路",
        "长山路", "环山路", "烽台路", "观海路", "海洋路", "渔家路", "滨海路", "海港路",
        "长岛路", "宝塔路", "灯塔路", "海星路", "海鸥路", "贝壳路", "浪花路", "帆影路",
        "礁石路", "蓬莱路", "庙岛路", "砣矶路", "钦岛路", "隍城路", "竹山路", "黑山路",
        "北山路", "东山路", "西山路", "南山路", "松林路", "槐花路", "海棠路", "玉兰路",
        "紫荆路", "银杏路", "渤海路", "黄海路", "双拥路", "育才路"};
    return names;
}

} // namespace lianxin::demo
