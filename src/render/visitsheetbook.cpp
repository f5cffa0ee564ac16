#include "render/visitsheetbook.h"

#include "render/visitsheetreport.h"

#include <cmath>
#include <filesystem>
#include <map>

namespace lianxin {

namespace {

QStringList coverLines(const VisitPlan &plan, const std::vector<const VisitSheet *> &sheets)
{
    int households = 0, residents = 0, urgent = 0, over = 0, stops = 0;
    double metres = 0.0;
    for (const VisitSheet *sheet : sheets) {
        const GroupRoute &r = *sheet->route;
        households += r.households;
        residents += r.residents;
        stops += r.stops();
        metres += r.metres;
        over += r.overCapacity ? 1 : 0;
        for (const VisitSheetRow &row : sheet->rows)
            urgent += row.deadline ? 1 : 0;
    }
    return {QStringLiteral("联户组 %1 个 · 走访 %2 户 %3 人 · %4 站 · 步行合计约 %5 公里")
                .arg(sheets.size())
                .arg(households)
                .arg(residents)
                .arg(stops)
                .arg(metres / 1000.0, 0, 'f', 1),
            QStringLiteral("本轮 %1 个工作日，每组每日走访 %2 户；及时访（身患重病）%3 户，须于 %4 前见面")
                .arg(plan.workingDays)
                .arg(plan.round.visitsPerDay)
                .arg(urgent)
                .arg(QString::fromStdString(plan.urgentDeadline.toIso())),
            over > 0 ? QStringLiteral("%1 个组所需工作日超出本轮，请调整").arg(over)
                     : QStringLiteral("各组均可在本轮工作日内走访完毕"),
            plan.round.priorityFirst ? QStringLiteral("重点访：五老、低保户、困难户优先走访")
                                     : QStringLiteral("人人见面、户户到家，不漏一户、不少一人")};
}

} // namespace

std::vector<std::string> writeVisitSheetBook(const VisitPlan &plan, const std::vector<VisitSheet> &sheets,
                                             std::shared_ptr<const MapScene> scene,
                                             std::shared_ptr<const StyleLibrary> styles, const std::string &path)
{
    std::map<Id, std::vector<const VisitSheet *>> byBody;
    for (const VisitSheet &sheet : sheets)
        byBody[sheet.departmentId].push_back(&sheet);
    VisitSheetDocument document;
    document.title = QString::fromStdString(plan.round.name) + QStringLiteral(" 走访表");
    document.period = QString::fromStdString(plan.round.start.toIso() + " 至 " + plan.round.end.toIso());
    document.scene = std::move(scene);
    document.styles = std::move(styles);

    const std::filesystem::path target(path);
    std::vector<std::string> written;
    for (const auto &[body, bodySheets] : byBody) {
        const std::filesystem::path file =
            byBody.size() == 1 ? target
                               : target.parent_path() / (target.stem().string() + "-" + std::to_string(body) + ".pdf");
        document.sheets = bodySheets;
        document.bodyName = QString::fromStdString(bodySheets.front()->departmentName);
        document.coverLines = coverLines(plan, bodySheets);
        writeVisitSheetPdf(document, QString::fromStdString(file.string()));
        written.push_back(file.string());
    }
    return written;
}

} // namespace lianxin
