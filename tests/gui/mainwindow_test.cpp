// The main window as a coordinator meets it: what it shows, File menu behaviour (open, failed
// open, save a copy, close, new, recent files) and read-only atlases.
#include "demo/demoatlas.h"
#include "dialogs/shortcutsdialog.h"
#include "docks/recorddocks.h"
#include "inspector/inspectordock.h"
#include "mainwindowfixture.h"
#include "models/districttablemodel.h"
#include "models/modelroles.h"
#include "pages/districtspage.h"
#include "pages/facilitatorspage.h"
#include "pages/partnershipspage.h"
#include "recentfiles.h"
#include "workbench/atlasselection.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>
#include <QtEndian>

#include <gtest/gtest.h>

namespace pa {
namespace {

using MainWindowTest = test::MainWindowFixture;

QString statusText(const MainWindow &window, const char *name)
{
    const auto *label = window.statusBar()->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QString();
}

TEST_F(MainWindowTest, ShowsTheAtlasInTheDocksTitleAndStatusBar)
{
    EXPECT_EQ(window->windowTitle(), QStringLiteral("small.atlas — Partnership Atlas"));
    EXPECT_EQ(statusText(*window, "statusCounts").trimmed(),
              QStringLiteral("3 districts  ·  1 partnership  ·  2 facilitators"));
    EXPECT_TRUE(statusText(*window, "statusPath").contains(QStringLiteral("small.atlas")));

    const QAbstractItemModel *districts = window->districtsPage()->view()->model();
    ASSERT_EQ(districts->rowCount(), 3);
    // Sorted by name.
    EXPECT_EQ(test::cellText(*districts, 0, 0), QStringLiteral("Clovis Unified"));
    EXPECT_EQ(test::cellText(*districts, 1, 0), QStringLiteral("Fresno Unified"));
    EXPECT_EQ(test::cellText(*districts, 2, 0), QStringLiteral("Sanger Unified"));
    EXPECT_EQ(window->facilitatorsPage()->view()->model()->rowCount(), 2);
    const QAbstractItemModel *tree = window->partnershipsPage()->view()->model();
    ASSERT_EQ(tree->rowCount(), 1);
    EXPECT_EQ(test::cellText(*tree, 0, 0), QStringLiteral("Valley Literacy"));
    EXPECT_EQ(tree->rowCount(tree->index(0, 0)), 2);
    // The first district is selected, so the inspector shows a profile, not an empty dock.
    EXPECT_EQ(window->districtsPage()->currentDistrictId(), atlas.clovis);
    EXPECT_EQ(window->selection()->currentId(), atlas.clovis);
    EXPECT_EQ(statusText(*window, "statusSelection").trimmed(),
              QStringLiteral("1 district selected"));
    // The map's place is the centre of the window.
    EXPECT_TRUE(window->mapArea()->isVisible());
}

TEST_F(MainWindowTest, SearchFiltersDistrictsByNameCodeOrCounty)
{
    DistrictsPage *page = window->districtsPage();
    page->searchField()->setText(QStringLiteral("sang"));
    ASSERT_EQ(page->proxy()->rowCount(), 1);
    EXPECT_EQ(test::cellText(*page->proxy(), 0, 0), QStringLiteral("Sanger Unified"));
    page->searchField()->setText(QStringLiteral("1062117"));
    ASSERT_EQ(page->proxy()->rowCount(), 1);
    EXPECT_EQ(test::cellText(*page->proxy(), 0, 0), QStringLiteral("Clovis Unified"));
    page->searchField()->setText(QStringLiteral("fresno")); // the county of all three
    EXPECT_EQ(page->proxy()->rowCount(), 3);
    page->searchField()->setText(QStringLiteral("Oakland"));
    EXPECT_EQ(page->proxy()->rowCount(), 0);
}

TEST_F(MainWindowTest, OpeningAFileThatIsNotAnAtlasShowsWhyAndKeepsTheAtlasOpen)
{
    const QString notes = folder.path(QStringLiteral("notes.atlas"));
    test::writeBytes(notes, QByteArray("These are meeting notes, not an atlas.\n").repeated(10));
    Dialogs::setNextFileName(notes);
    action("actionOpen")->trigger();
    ASSERT_FALSE(Dialogs::shownMessages().isEmpty());
    EXPECT_TRUE(
        Dialogs::shownMessages().last().contains(QStringLiteral("is not a Partnership Atlas file")))
        << Dialogs::shownMessages().last().toStdString();
    EXPECT_EQ(document().filePath(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("small.atlas — Partnership Atlas"));
    EXPECT_EQ(window->districtsPage()->view()->model()->rowCount(), 3);
    EXPECT_EQ(test::readBytes(notes).left(9), QByteArray("These are"));
}

TEST_F(MainWindowTest, OpeningAnAtlasFromANewerVersionSaysSo)
{
    QByteArray bytes = test::readBytes(path);
    ASSERT_GE(bytes.size(), 100);
    qToBigEndian<quint32>(99, bytes.data() + 60); // the schema version SQLite keeps
    const QString newer = folder.path(QStringLiteral("newer.atlas"));
    test::writeBytes(newer, bytes);
    EXPECT_FALSE(window->openFile(newer));
    ASSERT_FALSE(Dialogs::shownMessages().isEmpty());
    EXPECT_TRUE(Dialogs::shownMessages().last().contains(QStringLiteral("newer")));
    EXPECT_EQ(document().filePath(), QFileInfo(path).absoluteFilePath());
}

TEST_F(MainWindowTest, SaveACopyWritesAnAtlasThatOpens)
{
    Dialogs::setNextFileName(folder.path(QStringLiteral("board-copy")));
    action("actionSaveCopy")->trigger();
    const QString copy = folder.path(QStringLiteral("board-copy.atlas"));
    ASSERT_TRUE(QFile::exists(copy));
    const auto reopened = test::reopen(copy);
    EXPECT_EQ(reopened->districts().size(), 3);
    ASSERT_NE(reopened->partnershipNamed(QStringLiteral("Valley Literacy")), nullptr);
    EXPECT_EQ(reopened->members(atlas.valley).size(), 2);
    // The window keeps working in the original.
    EXPECT_EQ(document().filePath(), QFileInfo(path).absoluteFilePath());

    // The store refuses to copy over the open atlas; the user reads why.
    Dialogs::setNextFileName(path);
    action("actionSaveCopy")->trigger();
    ASSERT_FALSE(Dialogs::shownMessages().isEmpty());
    EXPECT_TRUE(Dialogs::shownMessages().last().contains(QStringLiteral("open atlas")));
}

TEST_F(MainWindowTest, ReadOnlyAtlasSaysSoAndOffersNoEdits)
{
    window->setDocument(AtlasDocument::open(path, AtlasStore::Access::ReadOnly));
    EXPECT_EQ(window->windowTitle(), QStringLiteral("small.atlas — Partnership Atlas [read-only]"));
    for (const char *name : {"actionNewDistrict", "actionRemoveDistrict", "actionApplyDistrict",
                             "actionNewPartnership", "actionAddMember", "actionRemoveMember",
                             "actionAssignFacilitator", "actionUnassignFacilitator"})
        EXPECT_FALSE(action(name)->isEnabled()) << name;
    const QAbstractItemModel *districts = window->districtsPage()->view()->model();
    EXPECT_FALSE(districts->flags(districts->index(0, 0)).testFlag(Qt::ItemIsEditable));
    EXPECT_TRUE(action("actionSaveCopy")->isEnabled()); // a copy can still be made
}

TEST_F(MainWindowTest, CloseShowsTheWelcomePageAndNewCreatesAnEmptyAtlas)
{
    action("actionClose")->trigger();
    EXPECT_EQ(window->document(), nullptr);
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Partnership Atlas"));
    EXPECT_FALSE(action("actionSaveCopy")->isEnabled());
    EXPECT_FALSE(action("actionNewPartnership")->isEnabled());
    EXPECT_FALSE(action("actionUndo")->isEnabled());

    Dialogs::setNextFileName(folder.path(QStringLiteral("spring-cohort")));
    action("actionNew")->trigger();
    ASSERT_NE(window->document(), nullptr);
    EXPECT_EQ(document().displayName(), QStringLiteral("spring-cohort.atlas"));
    EXPECT_EQ(window->districtsPage()->view()->model()->rowCount(), 0);
    EXPECT_TRUE(action("actionNewDistrict")->isEnabled());
}

TEST_F(MainWindowTest, RecentFilesListOpenedAtlasesAndForgetMissingOnes)
{
    const QString second = folder.path(QStringLiteral("second.atlas"));
    AtlasDocument::create(second);
    ASSERT_TRUE(window->openFile(second));
    QStringList recent = window->recentFiles()->files();
    ASSERT_EQ(recent.size(), 2);
    EXPECT_EQ(recent.at(0), QFileInfo(second).absoluteFilePath());
    EXPECT_EQ(recent.at(1), QFileInfo(path).absoluteFilePath());

    ASSERT_TRUE(window->openFile(path));
    ASSERT_TRUE(QFile::remove(second));
    recent = window->recentFiles()->files();
    EXPECT_EQ(recent, QStringList{QFileInfo(path).absoluteFilePath()});
    EXPECT_TRUE(window->openMostRecent());
}

TEST_F(MainWindowTest, WindowLayoutIsRememberedBetweenSessions)
{
    QSettings().remove(QStringLiteral("mainWindow"));
    auto *history = window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    ASSERT_NE(history, nullptr);
    ASSERT_FALSE(history->isHidden());
    history->toggleViewAction()->trigger();
    ASSERT_TRUE(history->isHidden());
    ASSERT_TRUE(window->close()); // saves the layout

    MainWindow next;
    auto *nextHistory = next.findChild<QDockWidget *>(QStringLiteral("historyDock"));
    ASSERT_NE(nextHistory, nullptr);
    next.show();
    EXPECT_FALSE(nextHistory->isHidden());
    next.restoreSettings();
    EXPECT_TRUE(nextHistory->isHidden());
    QSettings().remove(QStringLiteral("mainWindow"));
}

TEST_F(MainWindowTest, RefusedEditIsShownToTheUser)
{
    QAbstractItemModel *districts = window->districtsPage()->view()->model();
    EXPECT_FALSE(
        districts->setData(districts->index(0, DistrictTableModel::NameColumn), QString()));
    ASSERT_FALSE(Dialogs::shownMessages().isEmpty());
    EXPECT_TRUE(Dialogs::shownMessages().last().contains(QStringLiteral("Name must not be empty")));
    EXPECT_TRUE(
        window->statusBar()->currentMessage().contains(QStringLiteral("Name must not be empty")));
    EXPECT_EQ(test::cellText(*districts, 0, 0), QStringLiteral("Clovis Unified"));
}

QDockWidget *dockNamed(const MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QLatin1String(name));
}

TEST_F(MainWindowTest, ListsAreDockedLeftTheInspectorRightAndTheMapInTheMiddle)
{
    QDockWidget *districts = dockNamed(*window, "districtsDock");
    QDockWidget *partnerships = dockNamed(*window, "partnershipsDock");
    QDockWidget *facilitators = dockNamed(*window, "facilitatorsDock");
    QDockWidget *inspector = dockNamed(*window, "inspectorDock");
    QDockWidget *history = dockNamed(*window, "historyDock");
    for (QDockWidget *dock : {districts, partnerships, facilitators, inspector, history})
        ASSERT_NE(dock, nullptr);
    EXPECT_EQ(window->dockWidgetArea(districts), Qt::LeftDockWidgetArea);
    EXPECT_EQ(window->dockWidgetArea(partnerships), Qt::LeftDockWidgetArea);
    EXPECT_EQ(window->dockWidgetArea(facilitators), Qt::LeftDockWidgetArea);
    EXPECT_EQ(window->dockWidgetArea(inspector), Qt::RightDockWidgetArea);
    EXPECT_TRUE(window->tabifiedDockWidgets(districts).contains(partnerships));
    EXPECT_TRUE(window->tabifiedDockWidgets(districts).contains(facilitators));
    EXPECT_TRUE(window->tabifiedDockWidgets(inspector).contains(history));
    // The lists and the inspector are in front; the map is the widest thing in the window.
    EXPECT_TRUE(districts->isVisible());
    EXPECT_TRUE(inspector->isVisible());
    EXPECT_GT(window->mapArea()->width(), districts->width());
    EXPECT_GT(window->mapArea()->width(), inspector->width());

    // Moved and hidden docks come back with View > Reset Layout.
    window->addDockWidget(Qt::BottomDockWidgetArea, districts);
    inspector->hide();
    facilitators->setFloating(true);
    action("actionResetLayout")->trigger();
    EXPECT_EQ(window->dockWidgetArea(districts), Qt::LeftDockWidgetArea);
    EXPECT_FALSE(facilitators->isFloating());
    EXPECT_FALSE(inspector->isHidden());
    EXPECT_TRUE(window->tabifiedDockWidgets(districts).contains(facilitators));
}

TEST_F(MainWindowTest, EachDockHasItsShortcutInTheViewMenu)
{
    const QList<const char *> names{"districtsDock", "partnershipsDock", "facilitatorsDock",
                                    "inspectorDock", "suggestionsDock",  "historyDock"};
    for (int i = 0; i < names.size(); ++i) {
        const QByteArray actionName = QByteArray("actionShow_") + names.at(i);
        QAction *show = action(actionName.constData());
        ASSERT_NE(show, nullptr);
        EXPECT_EQ(show->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
    }
    action("actionShow_partnershipsDock")->trigger();
    QApplication::processEvents();
    EXPECT_TRUE(dockNamed(*window, "partnershipsDock")->isVisible());
    action("actionShow_districtsDock")->trigger();
    EXPECT_TRUE(dockNamed(*window, "districtsDock")->isVisible());
}

TEST_F(MainWindowTest, ADockAddedLaterJoinsTheViewMenuAndTheLayout)
{
    auto *notes = new QDockWidget(QStringLiteral("Notes"));
    notes->setObjectName(QStringLiteral("notesDock"));
    window->addWorkbenchDock(notes, Qt::RightDockWidgetArea);
    EXPECT_EQ(notes->parent(), window.get());
    EXPECT_EQ(window->dockWidgetArea(notes), Qt::RightDockWidgetArea);
    // Eight docks come with the window (Ctrl+1 to Ctrl+8); the next one gets Ctrl+9.
    EXPECT_EQ(action("actionShow_notesDock")->shortcut(), QKeySequence(QStringLiteral("Ctrl+9")));
    EXPECT_TRUE(dockNamed(*window, "inspectorDock")->isVisible()); // stays in front
    window->addDockWidget(Qt::LeftDockWidgetArea, notes);
    action("actionResetLayout")->trigger();
    EXPECT_EQ(window->dockWidgetArea(notes), Qt::RightDockWidgetArea);
}

TEST_F(MainWindowTest, TheMapIsTheCentreAndCanBeReplaced)
{
    ASSERT_NE(window->mapView(), nullptr);
    EXPECT_EQ(window->mapView()->parentWidget(), window->mapArea());
    auto *map = new QLabel(QStringLiteral("map"));
    window->setMapWidget(map);
    QApplication::processEvents();
    EXPECT_EQ(map->parentWidget(), window->mapArea());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(window->findChild<QLabel *>(QStringLiteral("mapPlaceholder")), nullptr);
    EXPECT_TRUE(map->isVisible());
}

TEST_F(MainWindowTest, HelpListsTheKeyboardShortcuts)
{
    QStringList rows;
    Dialogs::setNextDialogHandler([&](QDialog *dialog) {
        auto *shortcuts = qobject_cast<ShortcutsDialog *>(dialog);
        if (!shortcuts)
            return int(QDialog::Rejected);
        QTreeWidget *list = shortcuts->list();
        for (int g = 0; g < list->topLevelItemCount(); ++g)
            for (int i = 0; i < list->topLevelItem(g)->childCount(); ++i)
                rows << list->topLevelItem(g)->child(i)->text(0) + QStringLiteral(" = ") +
                            list->topLevelItem(g)->child(i)->text(1);
        return int(QDialog::Accepted);
    });
    action("actionShortcuts")->trigger();
    for (const char *expected :
         {"Find = Ctrl+F", "New District = Ctrl+Shift+D", "New Partnership = Ctrl+Shift+P",
          "Add Member = Ctrl+Shift+M", "Assign Facilitator = Ctrl+Shift+F", "Districts = Ctrl+1",
          "Inspector = Ctrl+4", "Undo = Ctrl+Z"})
        EXPECT_TRUE(rows.contains(QString::fromUtf8(expected)))
            << expected << "\n"
            << rows.join(QLatin1Char('\n')).toStdString();
}

TEST_F(MainWindowTest, StartsOnADistrictTheMapShows)
{
    // The demo atlas also holds districts in Ohio and Massachusetts, and the first by name is in
    // Ohio; the map opens on California, so the window starts on the first Californian district.
    const QString demoPath = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(demoPath);
    ASSERT_TRUE(window->openFile(demoPath));
    const QAbstractItemModel *rows = window->districtsPage()->view()->model();
    ASSERT_GT(rows->rowCount(), 0);
    const Id firstByName = rows->index(0, 0).data(IdRole).toLongLong();
    ASSERT_NE(document().district(firstByName)->state, QStringLiteral("CA"));

    const District *selected = document().district(window->selection()->currentId());
    ASSERT_NE(selected, nullptr);
    EXPECT_EQ(selected->state, QStringLiteral("CA"));
    for (int row = 0; row < rows->rowCount(); ++row) {
        const District *d = document().district(rows->index(row, 0).data(IdRole).toLongLong());
        if (d->state == QStringLiteral("CA")) {
            EXPECT_EQ(d->id, selected->id) << "not the first Californian district by name";
            break;
        }
    }
}

TEST(MainWindowSize, FitsALaptopScreenOnTheDemoAtlas)
{
    // A coordinator's 1366x768 laptop leaves about 1280x720 for the window: opening the demo
    // atlas (every panel filled) must not push the window taller than it was asked to be.
    Dialogs::setHeadless(true);
    MainWindow window;
    window.setRemembersSettings(false);
    ASSERT_TRUE(window.openDemoAtlas());
    window.resize(1280, 720);
    window.show();
    QApplication::processEvents();
    EXPECT_EQ(window.size(), QSize(1280, 720));
    EXPECT_LE(window.minimumSizeHint().height(), 720);
}

} // namespace
} // namespace pa
