// Drag and drop onto partnerships, as a coordinator does it: facilitators from the
// facilitators dock and districts from the districts dock, dropped onto a row of the
// partnerships dock or onto the inspector showing a partnership. The drag's MIME data comes from
// the docks' own models; the drop is the events Qt delivers to the target.
#include "docks/recorddocks.h"
#include "inspector/inspectordock.h"
#include "inspector/partnershipinspector.h"
#include "mainwindowfixture.h"
#include "models/districttablemodel.h"
#include "models/facilitatortablemodel.h"
#include "models/partnershiptreemodel.h"
#include "pages/districtspage.h"
#include "pages/facilitatorspage.h"
#include "pages/partnershipspage.h"
#include "widgets/partnershiptreeview.h"
#include "workbench/atlasselection.h"
#include "workbench/dragmime.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace pa {
namespace {

class DragDropTest : public test::MainWindowFixture
{
protected:
    void SetUp() override
    {
        MainWindowFixture::SetUp();
        action("actionShow_partnershipsDock")->trigger();
        QApplication::processEvents();
    }

    // What the facilitators dock hands to a drag of these rows.
    std::unique_ptr<QMimeData> dragFacilitators(const QList<Id> &ids) const
    {
        const QAbstractItemModel *model = window->facilitatorsPage()->view()->model();
        auto *proxy = qobject_cast<const QSortFilterProxyModel *>(model);
        QModelIndexList rows;
        for (Id id : ids)
            rows << proxy->mapFromSource(
                window->facilitatorsPage()->model()->indexOfFacilitator(id));
        EXPECT_TRUE(model->flags(rows.value(0)).testFlag(Qt::ItemIsDragEnabled));
        return std::unique_ptr<QMimeData>(model->mimeData(rows));
    }

    std::unique_ptr<QMimeData> dragDistricts(const QList<Id> &ids) const
    {
        DistrictsPage *page = window->districtsPage();
        QModelIndexList cells;
        for (Id id : ids) // every cell of each row, as a row drag gives them
            for (int column = 0; column < DistrictTableModel::ColumnCount; ++column)
                cells << page->proxy()->mapFromSource(page->model()->indexOfDistrict(id, column));
        return std::unique_ptr<QMimeData>(page->proxy()->mimeData(cells));
    }

    QPoint rowCentre(const QModelIndex &source) const
    {
        PartnershipsPage *page = window->partnershipsPage();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(page->view()->model());
        const QModelIndex index = proxy->mapFromSource(source);
        page->view()->scrollTo(index);
        return page->view()->visualRect(index).center();
    }

    struct DropResult
    {
        bool acceptedWhileMoving = false;
        QString statusWhileMoving;
        bool dropped = false;
    };

    // Enter, move over the point, then let go, on the widget the events go to.
    static DropResult drop(QWidget *target, const QPoint &at, const QMimeData *data,
                           const MainWindow &window)
    {
        DropResult result;
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(at, Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton,
                            Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        result.acceptedWhileMoving = move.isAccepted();
        result.statusWhileMoving = window.statusBar()->currentMessage();
        QDropEvent letGo(QPointF(at), Qt::CopyAction | Qt::MoveAction, data, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(target, &letGo);
        result.dropped = letGo.isAccepted();
        return result;
    }

    DropResult dropOnPartnership(Id partnershipId, const QMimeData *data) const
    {
        PartnershipsPage *page = window->partnershipsPage();
        return drop(page->view()->viewport(),
                    rowCentre(page->model()->indexOfPartnership(partnershipId)), data, *window);
    }

    QList<Id> assigned(Id partnershipId) const
    {
        QList<Id> ids;
        for (const Assignment &assignment : document().assignments(partnershipId))
            if (!assignment.ended.isValid())
                ids << assignment.facilitatorId;
        return ids;
    }

    QList<Id> memberDistricts(Id partnershipId) const
    {
        QList<Id> ids;
        for (const Membership &membership : document().members(partnershipId))
            ids << membership.districtId;
        return ids;
    }
};

TEST_F(DragDropTest, AFacilitatorDroppedOnAPartnershipIsAssignedInOneUndoStep)
{
    const auto data = dragFacilitators({atlas.okafor});
    ASSERT_NE(data, nullptr);
    EXPECT_EQ(DragMime::facilitators(data.get()), QList<Id>{atlas.okafor});

    const DropResult result = dropOnPartnership(atlas.valley, data.get());
    EXPECT_TRUE(result.acceptedWhileMoving);
    // While dragging: the action and what it would raise (Okafor knows no member).
    EXPECT_TRUE(
        result.statusWhileMoving.contains(QStringLiteral("Assign Sam Okafor to Valley Literacy")))
        << result.statusWhileMoving.toStdString();
    EXPECT_TRUE(
        result.statusWhileMoving.contains(QStringLiteral("no relationship with any member")));
    EXPECT_TRUE(result.dropped);

    EXPECT_EQ(assigned(atlas.valley), (QList<Id>{atlas.rivera, atlas.okafor}));
    EXPECT_EQ(test::reopen(path)->assignments(atlas.valley).size(), 2);
    EXPECT_EQ(document().undoStack()->count(), 1);
    EXPECT_EQ(window->partnershipsPage()
                  ->model()
                  ->indexOfPartnership(atlas.valley, PartnershipTreeModel::FacilitatorsColumn)
                  .data()
                  .toString(),
              QStringLiteral("Ana Rivera, Sam Okafor"));

    action("actionUndo")->trigger();
    EXPECT_EQ(assigned(atlas.valley), QList<Id>{atlas.rivera});
    EXPECT_EQ(test::reopen(path)->assignments(atlas.valley).size(), 1);
}

TEST_F(DragDropTest, ThePreviewWarnsOfAFullFacilitatorAndRefusesOneAlreadyAssigned)
{
    Partnership math;
    math.name = QStringLiteral("Math Circle");
    const Id circle = document().addPartnership(math, {atlas.sanger});
    ASSERT_NE(circle, 0);
    document().undoStack()->clear();

    // Rivera serves one partnership and can serve one: a second is over capacity.
    const auto rivera = dragFacilitators({atlas.rivera});
    const PartnershipDrop::Preview full =
        PartnershipDrop::preview(document(), rivera.get(), circle);
    EXPECT_TRUE(full.acceptable);
    EXPECT_TRUE(std::any_of(full.warnings.cbegin(), full.warnings.cend(), [](const QString &w) {
        return w.contains(QStringLiteral("over capacity (2 of 1 partnerships)"));
    })) << full.warnings.join(u'\n').toStdString();
    EXPECT_TRUE(std::any_of(full.warnings.cbegin(), full.warnings.cend(), [](const QString &w) {
        return w.contains(QStringLiteral("no relationship with any member"));
    }));
    const DropResult moving = dropOnPartnership(circle, rivera.get());
    EXPECT_TRUE(moving.statusWhileMoving.contains(QStringLiteral("over capacity")))
        << moving.statusWhileMoving.toStdString();
    EXPECT_TRUE(assigned(circle).contains(atlas.rivera)); // a warning, not a refusal
    action("actionUndo")->trigger();

    // Onto a partnership it already serves: refused, with the reason, and nothing changes.
    const int steps = document().undoStack()->count();
    const DropResult refused = dropOnPartnership(atlas.valley, rivera.get());
    EXPECT_FALSE(refused.acceptedWhileMoving);
    EXPECT_EQ(
        refused.statusWhileMoving,
        QStringLiteral("Cannot drop here: Ana Rivera is already assigned to Valley Literacy"));
    EXPECT_FALSE(refused.dropped);
    EXPECT_EQ(document().undoStack()->count(), steps);
    EXPECT_EQ(assigned(atlas.valley), QList<Id>{atlas.rivera});
}

TEST_F(DragDropTest, TwoFacilitatorsDroppedTogetherAreOneUndoStep)
{
    Partnership math;
    math.name = QStringLiteral("Math Circle");
    const Id circle = document().addPartnership(math, {atlas.sanger});
    document().undoStack()->clear();
    const auto both = dragFacilitators({atlas.rivera, atlas.okafor});
    EXPECT_TRUE(dropOnPartnership(circle, both.get()).dropped);
    EXPECT_EQ(assigned(circle), (QList<Id>{atlas.rivera, atlas.okafor}));
    EXPECT_EQ(document().undoStack()->count(), 1);
    action("actionUndo")->trigger();
    EXPECT_TRUE(assigned(circle).isEmpty());
}

TEST_F(DragDropTest, TwoDistrictsDroppedOnAPartnershipJoinInOneUndoStep)
{
    District kerman;
    kerman.name = QStringLiteral("Kerman Unified");
    kerman.cdCode = QStringLiteral("1073999");
    kerman.county = QStringLiteral("Fresno");
    kerman.latitude = 36.72;
    kerman.longitude = -120.06;
    kerman.needs = {QStringLiteral("early-literacy")};
    const Id kermanId = document().addDistrict(kerman);
    ASSERT_NE(kermanId, 0);
    document().undoStack()->clear();

    const auto data = dragDistricts({atlas.sanger, kermanId});
    ASSERT_NE(data, nullptr);
    EXPECT_EQ(DragMime::districts(data.get()), (QList<Id>{atlas.sanger, kermanId}));
    const DropResult result = dropOnPartnership(atlas.valley, data.get());
    EXPECT_TRUE(result.acceptedWhileMoving);
    EXPECT_EQ(result.statusWhileMoving, QStringLiteral("Add 2 districts to Valley Literacy"));
    EXPECT_TRUE(result.dropped);
    EXPECT_EQ(memberDistricts(atlas.valley),
              (QList<Id>{atlas.fresno, atlas.clovis, atlas.sanger, kermanId}));
    EXPECT_EQ(test::reopen(path)->members(atlas.valley).size(), 4);
    EXPECT_EQ(document().undoStack()->count(), 1);

    action("actionUndo")->trigger();
    EXPECT_EQ(memberDistricts(atlas.valley), (QList<Id>{atlas.fresno, atlas.clovis}));
    EXPECT_EQ(test::reopen(path)->members(atlas.valley).size(), 2);
}

TEST_F(DragDropTest, AMemberRowTakesTheDropForItsPartnership)
{
    PartnershipsPage *page = window->partnershipsPage();
    const auto data = dragDistricts({atlas.sanger});
    const QPoint member = rowCentre(page->model()->indexOfMembership(atlas.fresnoInValley));
    EXPECT_EQ(page->view()->partnershipAt(member), atlas.valley);
    const DropResult result = drop(page->view()->viewport(), member, data.get(), *window);
    EXPECT_TRUE(result.dropped);
    EXPECT_TRUE(memberDistricts(atlas.valley).contains(atlas.sanger));

    // A member already: refused with the reason.
    const DropResult again = drop(page->view()->viewport(), member, data.get(), *window);
    EXPECT_FALSE(again.acceptedWhileMoving);
    EXPECT_EQ(
        again.statusWhileMoving,
        QStringLiteral("Cannot drop here: Sanger Unified is already a member of Valley Literacy"));
}

TEST_F(DragDropTest, TheInspectorShowingAPartnershipTakesDropsAndRemovesMembers)
{
    window->selection()->select(AtlasSelection::Kind::Partnership, atlas.valley);
    PartnershipInspector *inspector = window->inspector()->partnershipInspector();
    ASSERT_EQ(window->inspector()->shownKind(), AtlasSelection::Kind::Partnership);
    ASSERT_EQ(inspector->partnershipId(), atlas.valley);

    const auto okafor = dragFacilitators({atlas.okafor});
    const DropResult result =
        drop(inspector, inspector->dropHint()->geometry().center(), okafor.get(), *window);
    EXPECT_TRUE(result.acceptedWhileMoving);
    EXPECT_TRUE(result.dropped);
    EXPECT_EQ(assigned(atlas.valley), (QList<Id>{atlas.rivera, atlas.okafor}));
    ASSERT_EQ(inspector->facilitatorsView()->topLevelItemCount(), 2); // the inspector follows

    const auto sanger = dragDistricts({atlas.sanger});
    EXPECT_TRUE(drop(inspector, QPoint(10, 10), sanger.get(), *window).dropped);
    ASSERT_EQ(inspector->membersView()->topLevelItemCount(), 3);
    EXPECT_EQ(document().undoStack()->count(), 2);

    // Remove Fresno with its row's button: one undo step.
    auto *remove = inspector->membersView()->findChild<QToolButton *>(
        QStringLiteral("removeMember%1").arg(atlas.fresnoInValley));
    ASSERT_NE(remove, nullptr);
    remove->click();
    QApplication::processEvents();
    EXPECT_FALSE(memberDistricts(atlas.valley).contains(atlas.fresno));
    EXPECT_EQ(inspector->membersView()->topLevelItemCount(), 2);
    EXPECT_EQ(document().undoStack()->count(), 3);
    action("actionUndo")->trigger();
    EXPECT_TRUE(memberDistricts(atlas.valley).contains(atlas.fresno));
    EXPECT_EQ(inspector->membersView()->topLevelItemCount(), 3);
}

} // namespace
} // namespace pa
