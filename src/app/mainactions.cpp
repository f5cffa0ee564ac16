#include "app/mainactions.h"

#include "app/toolicons.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QRegularExpression>

namespace lianxin {

namespace {

QAction *makeAction(QObject *owner, const QList<QKeySequence> &shortcuts = {}, const QIcon &icon = {})
{
    auto *action = new QAction(owner);
    action->setShortcuts(shortcuts);
    action->setIcon(icon);
    return action;
}

} // namespace

MainActions::MainActions(QObject *owner)
    : open(makeAction(owner, {QKeySequence::Open}, toolIcon(ToolIcon::Open)))
    , briefing(makeAction(owner, {QKeySequence(Qt::CTRL | Qt::Key_P)}))
    , exportRosters(makeAction(owner))
    , quit(makeAction(owner, {QKeySequence::Quit}))
    , undo(makeAction(owner, {QKeySequence(Qt::CTRL | Qt::Key_Z)}))
    , redo(makeAction(owner, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}))
    , zoomIn(makeAction(owner, {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                        toolIcon(ToolIcon::ZoomIn)))
    , zoomOut(makeAction(owner, {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, toolIcon(ToolIcon::ZoomOut)))
    , zoomFull(makeAction(owner, {QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_Home)},
                          toolIcon(ToolIcon::ZoomFull)))
    , zoomLayer(makeAction(owner, {}, toolIcon(ToolIcon::ZoomLayer)))
    , zoomSelection(makeAction(owner, {QKeySequence(Qt::CTRL | Qt::Key_J)}, toolIcon(ToolIcon::ZoomSelection)))
    , previousExtent(makeAction(owner, {QKeySequence(Qt::ALT | Qt::Key_Left)}, toolIcon(ToolIcon::Previous)))
    , nextExtent(makeAction(owner, {QKeySequence(Qt::ALT | Qt::Key_Right)}, toolIcon(ToolIcon::Next)))
    , clearSelection(makeAction(owner, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}))
    , showLabels(makeAction(owner))
    , showDecorations(makeAction(owner))
    , languageChinese(makeAction(owner))
    , languageEnglish(makeAction(owner))
    , languages(new QActionGroup(owner))
    , about(makeAction(owner))
{
    for (QAction *toggle : {showLabels, showDecorations, languageChinese, languageEnglish}) {
        toggle->setCheckable(true);
        toggle->setChecked(toggle == showLabels || toggle == showDecorations);
    }
    languages->addAction(languageChinese);
    languages->addAction(languageEnglish);
    languageChinese->setData(QStringLiteral("zh"));
    languageEnglish->setData(QStringLiteral("en"));
    // A language is named in itself, so whoever cannot read the current one finds theirs.
    languageChinese->setText(QStringLiteral("中文"));
    languageEnglish->setText(QStringLiteral("English"));
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
    retranslate();
}

void MainActions::retranslate()
{
    open->setText(tr("&Open database…"));
    open->setStatusTip(tr("Open a Lianxin project database (.sqlite)"));
    briefing->setText(tr("&Briefing report…"));
    briefing->setStatusTip(tr("Write an A4 PDF with the map, the heat map, the statistics and the top threads"));
    exportRosters->setText(tr("Export &rosters…"));
    exportRosters->setStatusTip(tr("Write every group's households and cadres as XLSX or CSV, for printing"));
    quit->setText(tr("&Quit"));
    undo->setText(tr("&Undo"));
    redo->setText(tr("&Redo"));
    zoomIn->setText(tr("Zoom &in"));
    zoomOut->setText(tr("Zoom &out"));
    zoomFull->setText(tr("Zoom to &full extent"));
    zoomFull->setStatusTip(tr("Show the whole county"));
    zoomLayer->setText(tr("Zoom to &layer"));
    zoomLayer->setStatusTip(tr("Show the whole layer selected in the layer panel"));
    zoomSelection->setText(tr("Zoom to &selection"));
    zoomSelection->setStatusTip(tr("Show the identified or found features"));
    previousExtent->setText(tr("&Previous extent"));
    nextExtent->setText(tr("&Next extent"));
    clearSelection->setText(tr("&Clear selection"));
    showLabels->setText(tr("Show l&abels"));
    showDecorations->setText(tr("Show legend, scale &bar and north arrow"));
    about->setText(tr("&About Lianxin"));
    for (QAction *action : {zoomIn, zoomOut, zoomFull, zoomSelection, previousExtent, nextExtent, open}) {
        // Tool tips name the shortcut, as QGIS's do.
        const QKeySequence key = action->shortcut();
        static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)|&|…")); // "放大(&I)…" → "放大"
        const QString text = action->text().remove(accelerator);
        action->setToolTip(key.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    }
}

} // namespace lianxin
