// PartnershipTreeModel: partnerships with current and past members as children, following the
// document's member signals through edits, undo and redo.
#include "guitestsupport.h"
#include "models/modelroles.h"
#include "models/partnershiptreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace pa {
namespace {

using PColumn = PartnershipTreeModel::Column;

class PartnershipTreeModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document = AtlasDocument::create(folder.path(QStringLiteral("partnerships.atlas")));
        atlas = test::fillSmallAtlas(*document);
        model.setDocument(document.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }

    void TearDown() override { EXPECT_EQ(messages.messages(), QStringList()); }

    QStringList memberNames(Id partnershipId) const
    {
        QStringList names;
        const QModelIndex parent = model.indexOfPartnership(partnershipId);
        for (int row = 0; row < model.rowCount(parent); ++row)
            names << test::cellText(model, row, PColumn::NameColumn, parent);
        return names;
    }

    test::ModelTesterMessages messages;
    test::TempFolder folder;
    std::unique_ptr<AtlasDocument> document;
    test::SmallAtlas atlas;
    PartnershipTreeModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(PartnershipTreeModelTest, ShowsPartnershipsWithTheirMembers)
{
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex valley = model.indexOfPartnership(atlas.valley);
    EXPECT_EQ(test::cellText(model, 0, PColumn::NameColumn), QStringLiteral("Valley Literacy"));
    EXPECT_EQ(test::cellText(model, 0, PColumn::StatusColumn), QStringLiteral("Active"));
    EXPECT_EQ(test::cellText(model, 0, PColumn::MembersColumn), QStringLiteral("2"));
    EXPECT_EQ(test::cellText(model, 0, PColumn::FocusColumn),
              QStringLiteral("Early literacy (TK-2)"));
    EXPECT_EQ(test::cellText(model, 0, PColumn::FacilitatorsColumn), QStringLiteral("Ana Rivera"));
    EXPECT_EQ(valley.data(IdRole).toLongLong(), atlas.valley);
    EXPECT_EQ(valley.data(KindRole).toInt(), int(RowKind::Partnership));
    EXPECT_EQ(memberNames(atlas.valley),
              (QStringList{QStringLiteral("Fresno Unified"), QStringLiteral("Clovis Unified")}));
    const QModelIndex fresno = model.indexOfMembership(atlas.fresnoInValley);
    EXPECT_EQ(fresno.parent(), valley);
    EXPECT_EQ(fresno.data(IdRole).toLongLong(), atlas.fresnoInValley);
    EXPECT_EQ(fresno.data(DistrictIdRole).toLongLong(), atlas.fresno);
    EXPECT_EQ(fresno.data(PartnershipIdRole).toLongLong(), atlas.valley);
    EXPECT_EQ(fresno.data(KindRole).toInt(), int(RowKind::Member));
    EXPECT_EQ(fresno.siblingAtColumn(PColumn::StatusColumn).data().toString(),
              QStringLiteral("Member"));
    EXPECT_FALSE(fresno.siblingAtColumn(PColumn::DateColumn).data().toString().isEmpty());
}

TEST_F(PartnershipTreeModelTest, MembersInsertAndRemoveUnderTheirPartnership)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QModelIndex valley = model.indexOfPartnership(atlas.valley);
    const Id sanger = document->addMember(atlas.valley, atlas.sanger, MemberRole::Lead);
    ASSERT_NE(sanger, 0);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(0).value<QModelIndex>(), valley);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 2);
    EXPECT_EQ(memberNames(atlas.valley).last(), QStringLiteral("Sanger Unified"));
    EXPECT_EQ(test::cellText(model, 0, PColumn::MembersColumn), QStringLiteral("3"));
    EXPECT_EQ(model.indexOfMembership(sanger).siblingAtColumn(PColumn::StatusColumn).data(),
              QStringLiteral("Lead"));

    document->undoStack()->undo();
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(0).value<QModelIndex>(), valley);
    EXPECT_EQ(model.rowCount(valley), 2);
    document->undoStack()->redo();
    EXPECT_EQ(model.rowCount(valley), 3);

    ASSERT_TRUE(document->removeMember(atlas.fresnoInValley));
    EXPECT_EQ(memberNames(atlas.valley),
              (QStringList{QStringLiteral("Clovis Unified"), QStringLiteral("Sanger Unified")}));
    document->undoStack()->undo();
    EXPECT_EQ(memberNames(atlas.valley).first(), QStringLiteral("Fresno Unified"));
}

TEST_F(PartnershipTreeModelTest, NewPartnershipArrivesWithItsMembers)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Partnership math;
    math.name = QStringLiteral("Math Circle");
    const Id id = document->addPartnership(math, {atlas.clovis, atlas.sanger});
    ASSERT_NE(id, 0);
    EXPECT_EQ(inserted.count(), 3); // the partnership, then each member
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(memberNames(id),
              (QStringList{QStringLiteral("Clovis Unified"), QStringLiteral("Sanger Unified")}));

    document->undoStack()->undo();
    EXPECT_EQ(model.rowCount(), 1);
    document->undoStack()->redo();
    EXPECT_EQ(memberNames(id).size(), 2);
    ASSERT_TRUE(document->removePartnership(id));
    EXPECT_EQ(model.rowCount(), 1);
    document->undoStack()->undo();
    EXPECT_EQ(memberNames(id).size(), 2);
}

TEST_F(PartnershipTreeModelTest, FollowsDistrictNamesFacilitatorsAndPastMembers)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    District renamed = *document->district(atlas.clovis);
    renamed.name = QStringLiteral("Clovis USD");
    ASSERT_TRUE(document->editDistrict(renamed));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(memberNames(atlas.valley).last(), QStringLiteral("Clovis USD"));

    ASSERT_NE(document->assignFacilitator(atlas.valley, atlas.okafor), 0);
    EXPECT_EQ(test::cellText(model, 0, PColumn::FacilitatorsColumn),
              QStringLiteral("Ana Rivera, Sam Okafor"));

    Membership left = *document->membership(atlas.fresnoInValley);
    left.left = QDate::currentDate();
    ASSERT_TRUE(document->editMember(left));
    const QModelIndex fresno = model.indexOfMembership(atlas.fresnoInValley);
    EXPECT_TRUE(fresno.data(Qt::ForegroundRole).isValid()); // past members are greyed
    EXPECT_FALSE(fresno.siblingAtColumn(PColumn::LeftColumn).data().toString().isEmpty());
    EXPECT_EQ(test::cellText(model, 0, PColumn::MembersColumn), QStringLiteral("1"));
    document->undoStack()->undo();
    EXPECT_EQ(test::cellText(model, 0, PColumn::MembersColumn), QStringLiteral("2"));
}

TEST_F(PartnershipTreeModelTest, RenamingInTheTreeIsUndoable)
{
    const QModelIndex name = model.indexOfPartnership(atlas.valley);
    ASSERT_TRUE(model.flags(name).testFlag(Qt::ItemIsEditable));
    ASSERT_TRUE(model.setData(name, QStringLiteral("Valley Readers")));
    EXPECT_EQ(test::reopen(document->filePath())->partnership(atlas.valley)->name,
              QStringLiteral("Valley Readers"));
    EXPECT_FALSE(model.setData(name, QString()));
    document->undoStack()->undo();
    EXPECT_EQ(name.data().toString(), QStringLiteral("Valley Literacy"));
}

TEST_F(PartnershipTreeModelTest, ReplacingTheDocumentResets)
{
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDocument(nullptr);
    EXPECT_EQ(model.rowCount(), 0);
    model.setDocument(document.get());
    EXPECT_EQ(reset.count(), 2);
    EXPECT_EQ(model.rowCount(), 1);
}

} // namespace
} // namespace pa
