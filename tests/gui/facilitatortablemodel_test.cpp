// FacilitatorTableModel: rows follow the document; load against capacity follows assignments.
#include "guitestsupport.h"
#include "models/facilitatortablemodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace pa {
namespace {

using FColumn = FacilitatorTableModel::Column;

class FacilitatorTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document = AtlasDocument::create(folder.path(QStringLiteral("facilitators.atlas")));
        atlas = test::fillSmallAtlas(*document);
        model.setDocument(document.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }

    void TearDown() override { EXPECT_EQ(messages.messages(), QStringList()); }

    QModelIndex at(Id id, int column) const { return model.indexOfFacilitator(id, column); }

    test::ModelTesterMessages messages;
    test::TempFolder folder;
    std::unique_ptr<AtlasDocument> document;
    test::SmallAtlas atlas;
    FacilitatorTableModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(FacilitatorTableModelTest, ShowsFacilitatorsWithTheirLoad)
{
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(at(atlas.rivera, FColumn::NameColumn).data().toString(),
              QStringLiteral("Ana Rivera"));
    EXPECT_EQ(at(atlas.rivera, FColumn::OrganizationColumn).data().toString(),
              QStringLiteral("Fresno County Office of Education"));
    EXPECT_EQ(at(atlas.rivera, FColumn::HomeBaseColumn).data().toString(),
              QStringLiteral("Fresno, CA"));
    EXPECT_EQ(at(atlas.rivera, FColumn::ExpertiseColumn).data().toString(),
              QStringLiteral("Early literacy (TK-2)"));
    EXPECT_EQ(at(atlas.rivera, FColumn::CapacityColumn).data().toString(), QStringLiteral("1"));
    EXPECT_EQ(at(atlas.rivera, FColumn::AssignedColumn).data().toString(), QStringLiteral("1 / 1"));
    EXPECT_EQ(at(atlas.okafor, FColumn::AssignedColumn).data().toString(), QStringLiteral("0 / 2"));
    EXPECT_EQ(at(atlas.okafor, FColumn::NameColumn).data(IdRole).toLongLong(), atlas.okafor);
}

TEST_F(FacilitatorTableModelTest, OverCapacityIsMarkedAndFollowsUndo)
{
    Partnership second;
    second.name = QStringLiteral("Math Circle");
    const Id math = document->addPartnership(second);
    ASSERT_NE(math, 0);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_NE(document->assignFacilitator(math, atlas.rivera), 0);
    ASSERT_GE(changed.count(), 1);
    const QModelIndex assigned = at(atlas.rivera, FColumn::AssignedColumn);
    EXPECT_EQ(assigned.data().toString(), QStringLiteral("2 / 1"));
    EXPECT_TRUE(assigned.data(Qt::ForegroundRole).isValid());
    EXPECT_TRUE(assigned.data(Qt::DecorationRole).isValid());
    EXPECT_TRUE(
        assigned.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Over capacity")));
    EXPECT_TRUE(assigned.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Math Circle")));

    document->undoStack()->undo();
    EXPECT_EQ(assigned.data().toString(), QStringLiteral("1 / 1"));
    EXPECT_FALSE(assigned.data(Qt::ForegroundRole).isValid());
}

TEST_F(FacilitatorTableModelTest, AddRemoveAndEditThroughTheDocument)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    Facilitator added;
    added.name = QStringLiteral("Lee Chen");
    const Id chen = document->addFacilitator(added);
    ASSERT_NE(chen, 0);
    EXPECT_EQ(inserted.count(), 1);
    EXPECT_EQ(model.rowCount(), 3);

    ASSERT_TRUE(model.setData(at(chen, FColumn::CapacityColumn), 3));
    EXPECT_EQ(test::reopen(document->filePath())->facilitator(chen)->capacity, 3);
    EXPECT_FALSE(model.setData(at(chen, FColumn::CapacityColumn), -1)); // refused by the rules
    EXPECT_EQ(at(chen, FColumn::CapacityColumn).data().toString(), QStringLiteral("3"));

    // Removing Rivera takes her assignment along; undo restores both.
    ASSERT_TRUE(document->removeFacilitator(atlas.rivera));
    EXPECT_EQ(removed.count(), 1);
    document->undoStack()->undo();
    EXPECT_EQ(at(atlas.rivera, FColumn::AssignedColumn).data().toString(), QStringLiteral("1 / 1"));
    while (document->undoStack()->canUndo())
        document->undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 2);
}

} // namespace
} // namespace pa
