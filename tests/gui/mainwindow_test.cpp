// The main window as a coordinator meets it: what it shows, File menu behaviour (open, failed
// open, save a copy, close, new, recent files) and read-only atlases.
#include "mainwindowfixture.h"
#include "models/districttablemodel.h"
#include "pages/districtspage.h"
#include "pages/facilitatorspage.h"
#include "pages/partnershipspage.h"
#include "recentfiles.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
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

TEST_F(MainWindowTest, ShowsTheAtlasInTheTabsTitleAndStatusBar)
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
    // The first district is selected, so the editor shows a profile, not an empty dock.
    EXPECT_EQ(window->districtsPage()->currentDistrictId(), atlas.clovis);
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

} // namespace
} // namespace pa
