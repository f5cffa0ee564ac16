#include "demo/suggestiontexts.h"

#include "core/suggestions.h"

#include <stdexcept>

namespace lianxin::demo {

namespace {

const char *const kHousing = "长岛综合试验区住房和城乡建设局";

std::vector<ItemProfile> buildProfiles()
{
    // Policy items (medical insurance, hukou, heating, lifts, ferry fares, integration
    // with Penglai) are the ones the article says wait on "政策、条件限制".
    return {
        {"社区纠纷调解", 3, 0.5, false, "", {
            "{p}邻里之间因为楼道堆放杂物闹矛盾,希望社区出面调解。",
            "{p}楼上漏水到楼下,两家协商不成,请帮忙调解。",
            "{p}有住户私占公共晾晒场地,邻居意见很大,希望调解处理。"}},
        {"楼宇维护", 5, 1, true, "", {
            "{p}楼道墙皮脱落,单元门关不严,希望维修。",
            "{p}楼顶防水层老化,下雨天顶楼漏水,请安排维修。",
            "{p}楼道扶手松动、照明灯不亮,老人上下楼不方便。"}},
        {"下水道维修", 5, 0.8, false, "", {
            "{p}下水道经常堵塞返水,气味难闻,希望尽快疏通维修。",
            "{p}雨天排水不畅,路面积水,下水管道需要维修。",
            "{p}的下水管道老化破裂,污水外溢,请尽快处理。"}},
        {"环境清扫", 6, 0.3, false, "", {
            "{p}背街小巷有卫生死角,垃圾清运不及时,希望加强清扫。",
            "{p}路边垃圾堆放时间长,夏天有异味,请及时清理。",
            "{p}一带落叶和杂物没人清扫,希望消除卫生死角。"}},
        {"物业管理", 4, 1, true, "", {
            "{p}小区物业服务不到位,收费不透明,希望加强管理。",
            "{p}没有物业,楼道卫生没人管,希望引入物业服务。"}},
        {"市政道路修补", 6, 1.5, false, "", {
            "{p}附近路面坑洼不平,雨天积水,出行不便,希望修补。",
            "{p}门前道路破损严重,电动车经过容易摔倒,请尽快修复。",
            "{p}的道路年久失修,坑槽越来越多,希望列入维修计划。"}},
        {"增设路灯", 6, 1, false, "", {
            "{p}的路灯坏了好几盏,晚上出行不便,希望尽快维修增设。",
            "{p}一带没有路灯,晚上黑灯瞎火,老人孩子出门不安全,建议增设路灯。",
            "{p}路灯太暗,晚上看不清路面,希望增设路灯。"}},
        {"优化公交站牌", 3, 1, false, "长岛综合试验区交通运输局", {
            "{p}附近公交站牌字迹模糊,班次信息不全,希望更新。",
            "{p}附近公交站没有候车亭,刮风下雨等车不方便,建议优化站点。"}},
        {"规划停车场", 4, 5, false, "长岛综合试验区自然资源局", {
            "{p}附近停车难,车辆乱停占道,建议规划停车场。",
            "旅游旺季{p}车辆太多,没有停车位,希望规划建设停车场。"}},
        {"加装电梯", 3, 9, true, kHousing, {
            "{p}是老旧楼房,老人上下楼困难,希望政府支持加装电梯。",
            "{p}住户多为老年人,盼望能加装电梯。"}},
        {"要求供暖", 4, 9, false, kHousing, {
            "{p}冬天没有集中供暖,希望能纳入供暖范围。",
            "{p}供暖温度不达标,屋里太冷,希望供暖单位改进。"}},
        {"维修井盖", 3, 0.5, false, "", {
            "{p}的井盖破损松动,车辆经过响声很大,存在安全隐患,请尽快维修。",
            "{p}路口井盖缺失,只用木板遮挡,晚上很危险。",
            "{p}井盖塌陷,行人容易崴脚,希望尽快更换。"}},
        {"安装护栏", 3, 1, false, "", {
            "{p}楼边是陡坡,没有护栏,孩子玩耍不安全,建议安装护栏。",
            "{p}附近广场临海一侧护栏缺失,希望尽快安装。"}},
        {"树木花坛修剪", 3, 0.3, false, "", {
            "{p}路边树木枝杈遮挡路灯和窗户,希望修剪。",
            "{p}花坛杂草丛生,希望定期修剪养护。"}},
        {"灭蝇灭虫", 3, 0.5, false, "", {
            "{p}附近苍蝇蚊子多,希望定期开展消杀。",
            "夏天{p}一带蚊蝇滋生,请组织灭蝇灭虫。",
            "{p}旁边苍蝇成群,饭都没法在院里吃,希望尽快消杀。"}},
        {"消除噪音", 3, 1, false, "", {
            "{p}晚上广场舞音响声音太大,影响休息,希望管理。",
            "{p}附近施工噪音大,夜间也不停,请督促整改。",
            "{p}一带夜里噪音扰民,老人孩子睡不好觉,希望治理。"}},
        {"消除水产加工异味", 3, 3, false, "长岛综合试验区生态环境分局", {
            "{p}附近水产加工异味很大,开窗就能闻到,希望治理。",
            "{p}一带晾晒海产品、加工海带气味重,影响生活,盼早日解决。",
            "{p}水产加工厂的腥臭味一直没解决,夏天更严重,希望彻底整治。"}},
        {"优化行道花木", 2, 1, false, "", {
            "{p}行道树品种单一,建议栽种适合海岛气候的花木。",
            "{p}路边绿化带缺株断垄,希望补植花木。"}},
        {"安装智能垃圾箱", 3, 2, false, "", {
            "{p}垃圾箱数量少、容易满溢,建议安装智能分类垃圾箱。",
            "建议在{p}设置智能垃圾箱,方便垃圾分类投放。"}},
        {"个人医保", 3, 9, false, "长岛综合试验区医疗保障局", {
            "家里老人常年吃药,希望提高门诊慢性病医保报销比例。",
            "去外地就医报销手续麻烦,希望简化异地就医医保结算。",
            "灵活就业人员医保缴费负担重,希望给予政策支持。"}},
        {"福利", 2, 5, false, "长岛综合试验区民政局", {
            "家中有残疾人,咨询残疾人补贴怎么申请。",
            "高龄老人补贴发放时间不固定,希望按时发放。"}},
        {"工作", 2, 5, false, "长岛综合试验区人力资源和社会保障局", {
            "孩子大学毕业想回岛工作,希望提供就业信息和岗位。",
            "渔民转产转业后找工作难,希望组织技能培训。"}},
        {"保障", 2, 6, false, "长岛综合试验区人力资源和社会保障局", {
            "家庭收入低,希望帮助申请低保。",
            "退养渔民养老保障待遇偏低,希望提高。"}},
        {"户口", 1.5, 9, false, "长岛综合试验区公安局", {
            "孩子户口迁入长岛手续复杂,希望简化办理。",
            "户口本信息有误,到派出所更正要的材料太多,希望帮忙协调。"}},
        {"办证", 1.5, 3, false, "长岛综合试验区行政审批服务局", {
            "{p}的房子多年办不下不动产证,希望协调办理。",
            "办理渔船证件要跑蓬莱,希望能在岛上办理。"}},
        {"养犬", 1, 1, false, "长岛综合试验区公安局", {
            "{p}有人遛狗不拴绳,犬吠扰民,希望加强养犬管理。",
            "希望在岛上设置养犬登记点,方便办理犬证。"}},
        {"车船票优惠", 3, 9, false, "长岛综合试验区交通运输局", {
            "岛上居民坐船往返蓬莱票价高,希望扩大居民船票优惠。",
            "老人坐船能否免票或半价,希望出台车船票优惠政策。"}},
        {"旅游转型升级", 2, 5, false, "长岛综合试验区文化和旅游局", {
            "渔家乐经营同质化严重,希望引导旅游转型升级。",
            "希望开发{p}周边的观光线路,带动渔家乐发展。"}},
        {"蓬长一体化发展", 1.5, 9, false, "长岛综合试验区经济发展局", {
            "希望加快蓬长一体化,实现两地公交、医疗互通。",
            "冬季大风停航时看病就医难,希望推动蓬长一体化发展。"}},
    };
}

const std::vector<std::string> kOpenings = {"", "", "", "居民反映：", "建议：", "入户走访时群众提出："};
const std::vector<std::string> kClosings = {"", "", "谢谢！", "盼早日解决。", "多次反映过,希望重视。"};

} // namespace

const std::vector<ItemProfile> &itemProfiles()
{
    static const std::vector<ItemProfile> profiles = [] {
        std::vector<ItemProfile> list = buildProfiles();
        const std::vector<ConcernItem> &items = concernItems();
        if (list.size() != items.size())
            throw std::logic_error("suggestion texts: one profile per concern item expected");
        for (std::size_t i = 0; i < items.size(); ++i)
            if (list[i].item != items[i].name)
                throw std::logic_error("suggestion texts: profile " + list[i].item + " is not item " + items[i].name);
        return list;
    }();
    return profiles;
}

const ItemProfile &itemProfile(const std::string &item)
{
    for (const ItemProfile &profile : itemProfiles())
        if (profile.item == item)
            return profile;
    throw std::logic_error("no suggestion profile for concern item " + item);
}

std::string suggestionText(const ItemProfile &profile, const std::string &place, Random &random)
{
    std::string text = random.pick(profile.templates);
    const std::string marker = "{p}";
    for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at + place.size()))
        text.replace(at, marker.size(), place);
    return random.pick(kOpenings) + text + random.pick(kClosings);
}

} // namespace lianxin::demo
