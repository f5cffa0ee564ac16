#include "render/maptexts.h"

#include <QHash>

namespace lianxin {

namespace {

const QHash<QString, QString> &english()
{
    static const QHash<QString, QString> table{
        // Decorations.
        {QStringLiteral("图例"), QStringLiteral("Legend")},
        {QStringLiteral("比例尺"), QStringLiteral("Scale")},
        {QStringLiteral("海岸线"), QStringLiteral("Coastline")},
        // Layer headings (render/legend.cpp).
        {QStringLiteral("海岛"), QStringLiteral("Islands")},
        {QStringLiteral("乡镇（街道）"), QStringLiteral("Township units")},
        {QStringLiteral("渔村"), QStringLiteral("Fishing villages")},
        {QStringLiteral("城区网格片区"), QStringLiteral("Urban grid areas")},
        {QStringLiteral("楼栋"), QStringLiteral("Buildings")},
        {QStringLiteral("商铺"), QStringLiteral("Shops")},
        {QStringLiteral("联户组片区"), QStringLiteral("Group territories")},
        {QStringLiteral("意见建议专题"), QStringLiteral("Topic threads")},
        {QStringLiteral("住户（按联户组着色）"), QStringLiteral("Households (by group)")},
        {QStringLiteral("意见建议"), QStringLiteral("Suggestions")},
        {QStringLiteral("住户"), QStringLiteral("Households")},
        // Rule titles of the shipped styles (styles/*.sld).
        {QStringLiteral("已办结"), QStringLiteral("Done")},
        {QStringLiteral("办理中"), QStringLiteral("In progress")},
        {QStringLiteral("受政策或条件限制"), QStringLiteral("Blocked (policy)")},
        {QStringLiteral("其他状态"), QStringLiteral("Other status")},
        {QStringLiteral("群众建议"), QStringLiteral("Suggestions")},
        {QStringLiteral("岛屿"), QStringLiteral("Islands")},
        {QStringLiteral("岛名"), QStringLiteral("Island names")},
        {QStringLiteral("乡镇（街道）名"), QStringLiteral("Township unit names")},
        {QStringLiteral("乡镇（街道）界"), QStringLiteral("Township unit boundaries")},
        {QStringLiteral("渔村名"), QStringLiteral("Village names")},
        {QStringLiteral("网格片区"), QStringLiteral("Grid areas")},
        {QStringLiteral("网格片区名称与编号"), QStringLiteral("Grid area names and codes")},
        {QStringLiteral("楼栋地址"), QStringLiteral("Building addresses")},
        {QStringLiteral("商铺名称"), QStringLiteral("Shop names")},
        {QStringLiteral("联系组片区"), QStringLiteral("Group territories")},
        {QStringLiteral("专题名称"), QStringLiteral("Thread names")},
        {QStringLiteral("意见建议专题范围"), QStringLiteral("Topic thread areas")},
        {QStringLiteral("未分组"), QStringLiteral("no group")},
        {QStringLiteral("其他"), QStringLiteral("other")},
        {QStringLiteral("无数据"), QStringLiteral("No data")},
        // Group colours, alone ("联系组片区（蓝）") and as "联系组蓝色" ("住户（联系组蓝色）").
        {QStringLiteral("蓝"), QStringLiteral("blue")},     {QStringLiteral("橙"), QStringLiteral("orange")},
        {QStringLiteral("红"), QStringLiteral("red")},      {QStringLiteral("青"), QStringLiteral("cyan")},
        {QStringLiteral("绿"), QStringLiteral("green")},    {QStringLiteral("黄"), QStringLiteral("yellow")},
        {QStringLiteral("紫"), QStringLiteral("purple")},   {QStringLiteral("棕"), QStringLiteral("brown")},
        {QStringLiteral("联系组蓝色"), QStringLiteral("blue group")},
        {QStringLiteral("联系组橙色"), QStringLiteral("orange group")},
        {QStringLiteral("联系组红色"), QStringLiteral("red group")},
        {QStringLiteral("联系组青色"), QStringLiteral("cyan group")},
        {QStringLiteral("联系组绿色"), QStringLiteral("green group")},
        {QStringLiteral("联系组黄色"), QStringLiteral("yellow group")},
        {QStringLiteral("联系组紫色"), QStringLiteral("purple group")},
        {QStringLiteral("联系组棕色"), QStringLiteral("brown group")},
        // Units and measures (density cells, heat map, statistics fields of choropleths).
        {QStringLiteral("住户密度"), QStringLiteral("Household density")},
        {QStringLiteral("商铺密度"), QStringLiteral("Shop density")},
        {QStringLiteral("户/公顷"), QStringLiteral("households/ha")},
        {QStringLiteral("个/公顷"), QStringLiteral("per ha")},
        {QStringLiteral("件/km²"), QStringLiteral("suggestions/km²")},
        {QStringLiteral("意见建议热力图"), QStringLiteral("Suggestion heat map")},
        {QStringLiteral("意见建议总数"), QStringLiteral("suggestions")},
        {QStringLiteral("正在办理"), QStringLiteral("in progress")},
        {QStringLiteral("疑难受限"), QStringLiteral("blocked")},
        {QStringLiteral("按时答复率"), QStringLiteral("on-time reply rate")},
        {QStringLiteral("每百户意见建议数"), QStringLiteral("suggestions per 100 households")},
    };
    return table;
}

QString toEnglish(const QString &text)
{
    const auto &table = english();
    if (const auto found = table.constFind(text); found != table.constEnd())
        return *found;
    // "A（B）" -> "A (B)", part by part (legend headings with a unit or a measure).
    const qsizetype open = text.indexOf(QStringLiteral("（"));
    if (open > 0 && text.endsWith(QStringLiteral("）")))
        return toEnglish(text.left(open)) + QStringLiteral(" (") + toEnglish(text.mid(open + 1, text.size() - open - 2))
               + QLatin1Char(')');
    if (text.endsWith(QStringLiteral("密度")) && text.size() > 2)
        return toEnglish(text.chopped(2)) + QStringLiteral(" density");
    return text;
}

} // namespace

QString mapText(const QString &text, const QString &language)
{
    return language == QLatin1String("en") ? toEnglish(text) : text;
}

bool hasEnglishMapText(const QString &text)
{
    const QString english = toEnglish(text);
    for (const QChar c : english)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return false;
    return true;
}

} // namespace lianxin
