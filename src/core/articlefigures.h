#pragma once
// The figures of the source article (齐鲁晚报, 2021: "长岛一家人 党群心连心") that the
// demo world must reproduce exactly. Counts of people, places and suggestions grow with
// the demo's scale factor; the administrative frame (units, areas, leaders) does not.
#include <initializer_list>

namespace lianxin {

struct ArticleFigures {
    int townships = 10;       // 10处乡镇(街道、保护发展服务中心)
    int departments = 24;     // 24个区直部门
    int leaders = 9;          // 9名区级领导
    int gridAreas = 28;       // 28个社区网格片区
    int buildings = 608;      // 楼宇信息608条
    int households = 15310;   // 住户信息15310条
    int urbanHouseholds = 8651;   // 8651户城区群众
    int villageHouseholds = 6659; // 6659户渔村群众
    int residents = 23301;    // 居民信息23301条
    int shops = 504;          // 商铺信息504条
    int cadres = 1196;        // 1196名机关党员干部
    int groups = 634;         // 634个联户组
    int suggestions = 1013;   // 征集意见建议1013条
    int done = 585;           // 已办结585条
    int inProgress = 224;     // 正在办理224条
    int blocked = 204;        // 疑难受限204条
    int rounds = 3;           // 三轮集中入户走访
    int seriousIllness = 12;  // 身患重病等发生重大情况的12名群众
};

// The figures for a demo world grown `scale` times (scale >= 1).
inline ArticleFigures articleFigures(int scale = 1)
{
    ArticleFigures f;
    for (int *count : {&f.buildings, &f.households, &f.urbanHouseholds, &f.villageHouseholds, &f.residents,
                       &f.shops, &f.cadres, &f.groups, &f.suggestions, &f.done, &f.inProgress, &f.blocked,
                       &f.seriousIllness})
        *count *= scale;
    return f;
}

} // namespace lianxin
