// The workbench map on the demo atlas: clicking and rubber-band selecting districts into the
// shared selection, following edits and undo, and centring on request.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "guitestsupport.h"
#include "map/mapview.h"
#include "workbench/atlasselection.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMouseEvent>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>

namespace pa {
namespace {

class MapViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = folder.path(QStringLiteral("demo.atlas"));
        demo::createDemoAtlas(path);
        document = AtlasDocument::open(path);
        selection.setDocument(document.get());
        view = std::make_unique<MapView>();
        view->resize(1100, 720);
        view->setDocument(document.get());
        view->setSelection(&selection);
        view->show();
        QCoreApplication::processEvents();
    }

    void TearDown() override { view.reset(); }

    // A district whose own position hits it (not hidden under a neighbour), inside the view.
    Id clickableDistrict(Id except = 0) const
    {
        const QRect inside = view->rect().adjusted(20, 60, -300, -60); // clear of the legend
        for (const District &d : document->districts().all()) {
            const QPoint p = view->districtPosition(d.id);
            if (d.id != except && inside.contains(p) && view->districtAt(p) == d.id)
                return d.id;
        }
        return 0;
    }

    void send(QEvent::Type type, QPoint position, Qt::MouseButtons buttons,
              Qt::KeyboardModifiers modifiers)
    {
        QMouseEvent event(type, QPointF(position), QPointF(view->mapToGlobal(position)),
                          type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons,
                          modifiers);
        QApplication::sendEvent(view.get(), &event);
    }

    test::TempFolder folder;
    std::unique_ptr<AtlasDocument> document;
    AtlasSelection selection;
    std::unique_ptr<MapView> view;
};

TEST_F(MapViewTest, ShowsTheDemoAtlasAcrossStatesInTheUsProjection)
{
    EXPECT_EQ(view->scene().projection, geo::Projection::UsAlbers);
    EXPECT_EQ(qsizetype(view->scene().districts.size()), document->districts().size());
    EXPECT_FALSE(view->scene().partnerships.isEmpty());
    // The first view is California, where most of the demo's districts are; fit shows all.
    for (const District &d : document->districts().all()) {
        if (d.state.isEmpty() || d.state == u"CA"_qs) {
            EXPECT_TRUE(view->rect().contains(view->districtPosition(d.id)))
                << d.name.toStdString();
        }
    }
    const District *ohio = nullptr;
    for (const District &d : document->districts().all())
        if (d.state == u"OH"_qs)
            ohio = &d;
    ASSERT_NE(ohio, nullptr);
    EXPECT_FALSE(view->rect().contains(view->districtPosition(ohio->id)));
    view->zoomToFit();
    for (const District &d : document->districts().all())
        EXPECT_TRUE(view->rect().contains(view->districtPosition(d.id))) << d.name.toStdString();
    // The actions the View menu gets.
    QStringList names;
    for (QAction *action : view->viewActions())
        names << action->objectName();
    EXPECT_TRUE(names.contains(u"mapZoomIn"_qs));
    EXPECT_TRUE(names.contains(u"mapZoomToFit"_qs));
    EXPECT_TRUE(names.contains(u"mapShowPotentialLinks"_qs));
}

TEST_F(MapViewTest, ClickingADistrictSelectsItAndShiftClickAddsAnother)
{
    const Id first = clickableDistrict();
    ASSERT_NE(first, 0);
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, view->districtPosition(first));
    EXPECT_EQ(selection.districts(), QList<Id>{first});
    EXPECT_EQ(selection.currentId(), first);

    const Id second = clickableDistrict(first);
    ASSERT_NE(second, 0);
    QTest::mouseClick(view.get(), Qt::LeftButton, Qt::ShiftModifier,
                      view->districtPosition(second));
    EXPECT_EQ(selection.districts(), (QList<Id>{first, second}));

    // A click on empty sea clears it.
    QTest::mouseClick(view.get(), Qt::LeftButton, {}, QPoint(5, view->height() - 5));
    EXPECT_TRUE(selection.districts().isEmpty());
}

TEST_F(MapViewTest, RubberBandSelectsTheDistrictsInside)
{
    // Centre on a partnership, then drag a rectangle around its members.
    const map::MapPartnership partnership = view->scene().partnerships.first();
    selection.requestCentre(AtlasSelection::Kind::Partnership, partnership.id);
    QList<Id> members;
    QRect around;
    for (int m : partnership.members) {
        const Id id = view->scene().districts[size_t(m)].id;
        members << id;
        around |= QRect(view->districtPosition(id), QSize(1, 1));
    }
    ASSERT_GE(members.size(), 2);
    around = around.adjusted(-6, -6, 6, 6);
    send(QEvent::MouseButtonPress, around.topLeft(), Qt::LeftButton, Qt::ShiftModifier);
    send(QEvent::MouseMove, around.center(), Qt::LeftButton, Qt::ShiftModifier);
    send(QEvent::MouseMove, around.bottomRight(), Qt::LeftButton, Qt::ShiftModifier);
    send(QEvent::MouseButtonRelease, around.bottomRight(), Qt::NoButton, Qt::ShiftModifier);
    for (Id id : std::as_const(members))
        EXPECT_TRUE(selection.districts().contains(id)) << id;
    // Only districts inside the rectangle.
    for (Id id : selection.districts())
        EXPECT_TRUE(around.contains(view->districtPosition(id))) << id;
}

TEST_F(MapViewTest, AnEditChangesTheDrawnDistrictAndUndoRestoresIt)
{
    const Id id = clickableDistrict();
    ASSERT_NE(id, 0);
    const auto radius = [&] {
        return view->scene().districts[size_t(view->scene().indexOf(id))].radius;
    };
    const float before = radius();
    const QString tipBefore = view->toolTipAt(view->districtPosition(id));
    EXPECT_TRUE(tipBefore.contains(document->district(id)->name.toHtmlEscaped()));

    District edited = *document->district(id);
    edited.enrollment = 400000;
    ASSERT_TRUE(document->editDistrict(edited)) << document->lastError().toStdString();
    QTRY_VERIFY(radius() > before);
    EXPECT_TRUE(view->toolTipAt(view->districtPosition(id)).contains(QLocale().toString(400000)));

    document->undoStack()->undo();
    QTRY_COMPARE(radius(), before);
    EXPECT_EQ(view->toolTipAt(view->districtPosition(id)), tipBefore);
}

// The view keeps layers, outlines, labels and sprites between frames: what it draws must still
// follow every edit, undo and zoom.
TEST_F(MapViewTest, TheDrawnMapFollowsEditsUndoAndZoom)
{
    const Id id = clickableDistrict();
    ASSERT_NE(id, 0);
    const auto settled = [&] {
        QCoreApplication::processEvents();
        return !view->isBuildingLinks();
    };
    QTRY_VERIFY(settled());
    const QImage before = view->grab().toImage();
    const QPoint at = view->districtPosition(id);
    const auto radius = [&] {
        return view->scene().districts[size_t(view->scene().indexOf(id))].radius;
    };
    const float first = radius();

    District edited = *document->district(id);
    edited.enrollment = first > 6.0f ? 100 : 400000; // the smallest or the largest disc
    ASSERT_TRUE(document->editDistrict(edited)) << document->lastError().toStdString();
    QTRY_VERIFY(settled() && view->grab().toImage() != before);
    const QImage resized = view->grab().toImage();
    // Between the small disc's rim and the large one's, the picture changed.
    const float second = radius();
    int ring = 0, changed = 0;
    for (const QPoint direction : {QPoint(1, 0), QPoint(-1, 0), QPoint(0, 1), QPoint(0, -1)})
        for (int d = int(std::min(first, second)) + 2; d < int(std::max(first, second)) - 1;
             ++d, ++ring) {
            const QPoint p = at + direction * d;
            changed += resized.pixel(p) != before.pixel(p) ? 1 : 0;
        }
    ASSERT_GT(ring, 8);
    EXPECT_GT(changed, ring / 2);

    document->undoStack()->undo();
    QTRY_VERIFY(settled() && view->grab().toImage() == before);

    // A zoom redraws everything at the new scale, and zooming back gives the first picture.
    view->zoomBy(2.0);
    const QImage zoomed = view->grab().toImage();
    EXPECT_NE(zoomed, before);
    view->zoomBy(0.5);
    EXPECT_LE((view->districtPosition(id) - at).manhattanLength(), 1);
    const QImage back = view->grab().toImage();
    qsizetype differ = 0;
    for (int y = 0; y < back.height(); y += 2)
        for (int x = 0; x < back.width(); x += 2)
            differ += back.pixel(x, y) != before.pixel(x, y) ? 1 : 0;
    EXPECT_LT(differ, back.width() * back.height() / 4 / 50); // under 2 %
}

// After a pan, an edit redraws the map where it was (the static layers at the viewport they
// had, so the basemap drawn for it is reused): undoing the edit gives the panned picture back.
TEST_F(MapViewTest, AnEditAfterAPanRedrawsTheMapWhereItWas)
{
    const auto settled = [&] {
        QCoreApplication::processEvents();
        return !view->isBuildingLinks();
    };
    QTRY_VERIFY(settled());
    const QImage start = view->grab().toImage();
    QTest::keyClick(view.get(), Qt::Key_Left);
    const Id id = clickableDistrict();
    ASSERT_NE(id, 0);
    const QPoint at = view->districtPosition(id);
    const QImage panned = view->grab().toImage();
    EXPECT_NE(panned, start);

    District edited = *document->district(id);
    edited.enrollment =
        view->scene().districts[size_t(view->scene().indexOf(id))].radius > 6.0f ? 100 : 400000;
    ASSERT_TRUE(document->editDistrict(edited)) << document->lastError().toStdString();
    QTRY_VERIFY(settled() && view->grab().toImage() != panned);
    EXPECT_EQ(view->districtPosition(id), at);
    document->undoStack()->undo();
    QTRY_VERIFY(settled() && view->grab().toImage() == panned);
    EXPECT_EQ(view->districtPosition(id), at);
}

TEST_F(MapViewTest, CentreRequestPutsTheDistrictInTheMiddle)
{
    const Id id = document->districts().at(document->districts().size() - 1).id;
    const double before = view->viewport().pixelsPerMetre;
    selection.requestCentre(AtlasSelection::Kind::District, id);
    const QPoint middle(view->width() / 2, view->height() / 2);
    EXPECT_LE((view->districtPosition(id) - middle).manhattanLength(), 2);
    EXPECT_GE(view->viewport().pixelsPerMetre, before);
}

TEST_F(MapViewTest, SelectionAndHighlightFromElsewhereAreDrawnAndLegendCaptioned)
{
    const Id id = clickableDistrict();
    selection.selectDistricts({id});
    MapHighlight highlight;
    highlight.districts = {id};
    highlight.caption = QStringLiteral("Partners for a test");
    selection.setHighlight(highlight);
    const QImage image = view->grab().toImage();
    EXPECT_FALSE(image.isNull());
    // Saved for a look when asked: PA_MAP_SNAPSHOT=/tmp/map.png
    const QByteArray snapshot = qgetenv("PA_MAP_SNAPSHOT");
    if (!snapshot.isEmpty())
        image.save(QString::fromLocal8Bit(snapshot));
}

TEST_F(MapViewTest, WheelZoomKeepsThePointUnderTheCursor)
{
    const Id id = clickableDistrict();
    const QPoint at = view->districtPosition(id);
    const double before = view->viewport().pixelsPerMetre;
    QWheelEvent wheel(QPointF(at), QPointF(view->mapToGlobal(at)), QPoint(), QPoint(0, 240),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.get(), &wheel);
    EXPECT_GT(view->viewport().pixelsPerMetre, before);
    EXPECT_LE((view->districtPosition(id) - at).manhattanLength(), 2);
}

} // namespace
} // namespace pa
