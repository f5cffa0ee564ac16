#include "core/suggestions.h"

#include <array>

namespace lianxin {

const std::vector<std::string> &concernGroupNames()
{
    // The article groups the suggestions by what they mean to residents.
    static const std::vector<std::string> names = {
        "",
        "群众身边事",         // 萦绕群众身边的事
        "提升幸福感",         // 提升群众幸福感的事
        "美好生活需要",       // 群众对美好生活需要的事
        "切身利益",           // 事关群众切身利益的事
        "高质量发展",         // 群众关注长岛向好向高质量发展的事
    };
    return names;
}

const std::vector<ConcernItem> &concernItems()
{
    static const std::vector<ConcernItem> items = {
        {1, "社区纠纷调解"}, {1, "楼宇维护"}, {1, "下水道维修"}, {1, "环境清扫"}, {1, "物业管理"},
        {2, "市政道路修补"}, {2, "增设路灯"}, {2, "优化公交站牌"}, {2, "规划停车场"},
        {2, "加装电梯"}, {2, "要求供暖"}, {2, "维修井盖"}, {2, "安装护栏"},
        {3, "树木花坛修剪"}, {3, "灭蝇灭虫"}, {3, "消除噪音"}, {3, "消除水产加工异味"},
        {3, "优化行道花木"}, {3, "安装智能垃圾箱"},
        {4, "个人医保"}, {4, "福利"}, {4, "工作"}, {4, "保障"}, {4, "户口"}, {4, "办证"}, {4, "养犬"},
        {5, "车船票优惠"}, {5, "旅游转型升级"}, {5, "蓬长一体化发展"},
    };
    return items;
}

namespace {
constexpr std::array<const char *, 3> kStatusNames = {"done", "in_progress", "blocked"};
constexpr std::array<const char *, 6> kEventNames = {"dispatch", "accept", "handle", "feedback", "revisit", "reopen"};
} // namespace

const char *toString(SuggestionStatus status) { return kStatusNames[static_cast<size_t>(status)]; }

const char *articleLabel(SuggestionStatus status)
{
    constexpr std::array<const char *, 3> labels = {"已办结", "正在办理", "疑难受限"};
    return labels[static_cast<size_t>(status)];
}

const char *toString(EventKind kind) { return kEventNames[static_cast<size_t>(kind)]; }

std::optional<SuggestionStatus> suggestionStatusFromString(const std::string &text)
{
    for (size_t i = 0; i < kStatusNames.size(); ++i)
        if (text == kStatusNames[i])
            return static_cast<SuggestionStatus>(i);
    return std::nullopt;
}

std::optional<EventKind> eventKindFromString(const std::string &text)
{
    for (size_t i = 0; i < kEventNames.size(); ++i)
        if (text == kEventNames[i])
            return static_cast<EventKind>(i);
    return std::nullopt;
}

} // namespace lianxin
