// The search box in the tool bar: finds a district, facilitator or partnership by name or code,
// ignoring case and accents, selects it for every view and asks the map to centre on it.
#include "inspector/districteditor.h"
#include "inspector/inspectordock.h"
#include "mainwindowfixture.h"
#include "pages/districtspage.h"
#include "pages/partnershipspage.h"
#include "widgets/atlassearchbox.h"
#include "workbench/atlasselection.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

namespace pa {
namespace {

class SearchTest : public test::MainWindowFixture
{
protected:
    AtlasSearchBox *box() const { return window->searchBox(); }

    // Types the text and presses Enter where a user's Enter goes: the suggestions popup when it
    // is open, the box otherwise.
    void typeAndEnter(const QString &text) const
    {
        box()->clear();
        QTest::keyClicks(box(), text);
        QWidget *popup = box()->completer()->popup();
        QTest::keyClick(popup->isVisible() ? popup : static_cast<QWidget *>(box()), Qt::Key_Return);
    }
};

TEST_F(SearchTest, SangerSelectsSangerUnifiedAndCentresTheMap)
{
    QSignalSpy centre(window->selection(), &AtlasSelection::centreRequested);
    typeAndEnter(QStringLiteral("sanger"));
    AtlasSelection *selection = window->selection();
    EXPECT_EQ(selection->currentKind(), AtlasSelection::Kind::District);
    EXPECT_EQ(selection->currentId(), atlas.sanger);
    ASSERT_EQ(centre.size(), 1);
    EXPECT_EQ(centre.at(0).at(0).value<AtlasSelection::Kind>(), AtlasSelection::Kind::District);
    EXPECT_EQ(centre.at(0).at(1).value<Id>(), atlas.sanger);
    // Every view follows.
    EXPECT_EQ(window->districtsPage()->currentDistrictId(), atlas.sanger);
    EXPECT_EQ(window->districtEditor()->districtId(), atlas.sanger);
    EXPECT_EQ(box()->text(), QStringLiteral("Sanger Unified"));
}

TEST_F(SearchTest, TheSuggestionsListEveryKindAndAChoiceSelectsIt)
{
    box()->clear();
    QTest::keyClicks(box(), QStringLiteral("a"));
    QStandardItemModel *suggestions = box()->suggestions();
    ASSERT_GE(suggestions->rowCount(), 3);
    QStringList shown;
    for (int row = 0; row < suggestions->rowCount(); ++row)
        shown << suggestions->item(row)->text();
    const QString all = shown.join(u'\n');
    EXPECT_TRUE(all.contains(QStringLiteral("Ana Rivera   —   Facilitator"))) << all.toStdString();
    EXPECT_TRUE(
        all.contains(QStringLiteral("Sanger Unified   —   District · 1062349 · Fresno County")))
        << all.toStdString();
    // Whole-name prefixes come before matches inside a word.
    EXPECT_TRUE(shown.first().startsWith(QStringLiteral("Ana Rivera")));

    QSignalSpy centre(window->selection(), &AtlasSelection::centreRequested);
    QAbstractItemView *popup = box()->completer()->popup();
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    ASSERT_TRUE(popup->currentIndex().isValid());
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(window->selection()->currentKind(), AtlasSelection::Kind::Facilitator);
    EXPECT_EQ(window->selection()->currentId(), atlas.rivera);
    EXPECT_EQ(centre.size(), 1);
}

TEST_F(SearchTest, AccentsCaseAndCodesAllFind)
{
    EXPECT_EQ(AtlasSearch::fold(QStringLiteral("San José  Unified")),
              QStringLiteral("san jose unified"));
    typeAndEnter(QStringLiteral("SÁNGER"));
    EXPECT_EQ(window->selection()->currentId(), atlas.sanger);
    typeAndEnter(QStringLiteral("1062117"));
    EXPECT_EQ(window->selection()->currentId(), atlas.clovis);
    typeAndEnter(QStringLiteral("literacy")); // inside the name
    EXPECT_EQ(window->selection()->currentKind(), AtlasSelection::Kind::Partnership);
    EXPECT_EQ(window->selection()->currentId(), atlas.valley);
    EXPECT_EQ(window->partnershipsPage()->currentPartnershipId(), atlas.valley);
    typeAndEnter(QStringLiteral("okaf"));
    EXPECT_EQ(window->selection()->currentKind(), AtlasSelection::Kind::Facilitator);
    EXPECT_EQ(window->selection()->currentId(), atlas.okafor);
}

TEST_F(SearchTest, NothingMatchingSaysSoInTheStatusBar)
{
    window->selection()->select(AtlasSelection::Kind::District, atlas.fresno);
    QSignalSpy centre(window->selection(), &AtlasSelection::centreRequested);
    typeAndEnter(QStringLiteral("xyzzy"));
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("No district, facilitator or partnership matches “xyzzy”"));
    EXPECT_EQ(centre.size(), 0);
    EXPECT_EQ(window->selection()->currentId(), atlas.fresno);
}

TEST_F(SearchTest, CtrlFGoesToTheSearchBox)
{
    QAction *find = action("actionFind");
    EXPECT_EQ(find->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
    window->activateWindow();
    find->trigger();
    EXPECT_TRUE(box()->hasFocus() || QApplication::focusWidget() == nullptr);
    action("actionClose")->trigger();
    EXPECT_FALSE(find->isEnabled());
    EXPECT_FALSE(box()->isEnabled());
}

} // namespace
} // namespace pa
