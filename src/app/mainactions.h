#pragma once
// The main window's actions with their shortcuts and icons, and their texts in the
// current language (retranslate() on QEvent::LanguageChange). The window connects them.
#include <QCoreApplication>
#include <QObject>

class QAction;
class QActionGroup;

namespace lianxin {

struct MainActions {
    Q_DECLARE_TR_FUNCTIONS(MainActions)

public:
    // Children of `owner`, which owns them (Qt parent) and receives their shortcuts.
    explicit MainActions(QObject *owner);
    void retranslate();

    QAction *open;
    QAction *briefing; // the A4 briefing report (PDF)
    QAction *exportRosters; // the groups' rosters (XLSX/CSV) for printing
    QAction *quit;
    QAction *undo; // the window's undo stack (edits such as a rebalancing)
    QAction *redo;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomFull;
    QAction *zoomLayer;
    QAction *zoomSelection;
    QAction *previousExtent;
    QAction *nextExtent;
    QAction *clearSelection;
    QAction *showLabels;
    QAction *showDecorations;
    QAction *languageChinese;
    QAction *languageEnglish;
    QActionGroup *languages;
    QAction *about;
};

} // namespace lianxin
