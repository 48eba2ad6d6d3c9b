// The workbench as one: the map in the main window follows edits, selections and suggestions
// made anywhere else, and a suggestion accepted in the dock is one undo step.
#include "demo/demoatlas.h"
#include "mainwindowfixture.h"
#include "map/mapview.h"
#include "pages/districtspage.h"
#include "suggestions/partnersmodel.h"
#include "suggestions/partnerspanel.h"
#include "suggestions/suggestionsdock.h"
#include "workbench/atlasselection.h"

#include <QAction>
#include <QApplication>
#include <QDeadlineTimer>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace pa;
using namespace pa::test;

namespace {

// Lets background work (the link graph, the suggestions) finish.
template<typename Done> bool workbenchWaitFor(Done done, int milliseconds = 10000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired()) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(10);
    }
    return done();
}

} // namespace

// On the demo, whose districts have their real places (the small atlas puts all at one point).
class WorkbenchMapTest : public MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        const QString demoPath = folder.path(QStringLiteral("demo.atlas"));
        demo::createDemoAtlas(demoPath);
        ASSERT_TRUE(window->openFile(demoPath));
        window->resize(1280, 800);
        QApplication::processEvents();
        sanger = districtNamed("Sanger Unified");
        clovis = districtNamed("Clovis Unified");
        ASSERT_TRUE(sanger && clovis);
    }

    Id districtNamed(const char *name) const
    {
        for (const District &d : document().districts().all())
            if (d.name == QLatin1String(name))
                return d.id;
        return 0;
    }

    MapView &map() const { return *window->mapView(); }

    Id sanger = 0;
    Id clovis = 0;
};

TEST_F(WorkbenchMapTest, AProfileEditShowsInTheTableTheInspectorAndTheMap)
{
    map().centreOn(AtlasSelection::Kind::District, sanger);
    map().zoomBy(8); // Fresno County: its districts are close together
    const QPoint where = map().districtPosition(sanger);
    ASSERT_TRUE(map().rect().contains(where));
    EXPECT_EQ(map().districtAt(where), sanger);

    District edited = *document().district(sanger);
    edited.name = QStringLiteral("Sanger Unified School District");
    ASSERT_TRUE(document().editDistrict(edited));
    QApplication::processEvents();
    EXPECT_TRUE(map()
                    .toolTipAt(map().districtPosition(sanger))
                    .contains(QStringLiteral("Sanger Unified School District")));
    EXPECT_TRUE(workbenchWaitFor([&] {
        return window->districtsPage()->selectDistrict(sanger) &&
               window->selection()->currentId() == sanger;
    }));

    document().undoStack()->undo();
    QApplication::processEvents();
    EXPECT_FALSE(map()
                     .toolTipAt(map().districtPosition(sanger))
                     .contains(QStringLiteral("School District")));
}

TEST_F(WorkbenchMapTest, ClickingADistrictOnTheMapSelectsItEverywhere)
{
    map().centreOn(AtlasSelection::Kind::District, clovis);
    map().zoomBy(8);
    const QPoint where = map().districtPosition(clovis);
    QTest::mouseClick(&map(), Qt::LeftButton, Qt::NoModifier, where);
    EXPECT_EQ(window->selection()->currentKind(), AtlasSelection::Kind::District);
    EXPECT_EQ(window->selection()->currentId(), clovis);
    EXPECT_EQ(window->districtsPage()->currentDistrictId(), clovis);
}

TEST_F(WorkbenchMapTest, AcceptingASuggestionCreatesAPartnershipAsOneUndoStep)
{
    window->selection()->select(AtlasSelection::Kind::District, sanger);
    window->suggestionsDock()->show();
    window->suggestionsDock()->raise();
    PartnersPanel *partners = window->suggestionsDock()->partners();
    ASSERT_TRUE(workbenchWaitFor([&] {
        return partners->districtId() == sanger && partners->model()->rowCount() > 0;
    })) << "the suggestions for Sanger never arrived";
    partners->view()->setCurrentIndex(partners->view()->model()->index(0, 0));
    QAction *create = action("createPartnershipFromSuggestionAction");
    ASSERT_TRUE(workbenchWaitFor([&] { return create->isEnabled(); }));
    EXPECT_FALSE(window->selection()->highlight().isEmpty()); // the map shows the partners
    const qsizetype before = document().partnerships().size();
    const int steps = document().undoStack()->count();
    create->trigger();
    ASSERT_EQ(document().partnerships().size(), before + 1);
    EXPECT_EQ(document().undoStack()->count(), steps + 1);
    EXPECT_EQ(window->selection()->currentKind(), AtlasSelection::Kind::Partnership);
    document().undoStack()->undo();
    EXPECT_EQ(document().partnerships().size(), before);
}
