#include "cli/visitssheets.h"

#include "cli/guiapplication.h"
#include "render/visitsheetbook.h"

namespace lianxin::cli {

std::vector<std::string> writeVisitSheetsPdf(const World &world, const VisitPlan &plan,
                                             const std::vector<VisitSheet> &sheets, const std::string &path)
{
    const auto app = makeGuiApplication();
    return writeVisitSheetBook(plan, sheets, MapScene::fromWorld(world),
                               std::make_shared<StyleLibrary>(StyleLibrary::loadFolder(defaultStylesFolder())), path);
}

} // namespace lianxin::cli
