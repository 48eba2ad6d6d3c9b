// DistrictTableModel: translates the document's signals and turns cell edits into undoable
// document edits, checked by QAbstractItemModelTester throughout.
#include "guitestsupport.h"
#include "models/districttablemodel.h"
#include "models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace pa {
namespace {

using Column = DistrictTableModel::Column;

class DistrictTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document = AtlasDocument::create(folder.path(QStringLiteral("districts.atlas")));
        atlas = test::fillSmallAtlas(*document);
        model.setDocument(document.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::Warning);
    }

    void TearDown() override { EXPECT_EQ(messages.messages(), QStringList()); }

    int rowOf(Id id) const { return model.indexOfDistrict(id).row(); }
    QString cell(Id id, int column) const
    {
        return model.indexOfDistrict(id, column).data().toString();
    }

    test::ModelTesterMessages messages;
    test::TempFolder folder;
    std::unique_ptr<AtlasDocument> document;
    test::SmallAtlas atlas;
    DistrictTableModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(DistrictTableModelTest, ShowsEveryDistrictWithReadableValues)
{
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(atlas.fresno, Column::NameColumn), QStringLiteral("Fresno Unified"));
    EXPECT_EQ(cell(atlas.fresno, Column::KeyColumn), QStringLiteral("1062166"));
    EXPECT_EQ(cell(atlas.fresno, Column::CountyColumn), QStringLiteral("Fresno"));
    EXPECT_EQ(cell(atlas.fresno, Column::TypeColumn), QStringLiteral("Unified"));
    EXPECT_EQ(cell(atlas.fresno, Column::LocaleColumn), QStringLiteral("Suburb"));
    EXPECT_EQ(cell(atlas.fresno, Column::NeedsColumn), QStringLiteral("Early literacy (TK-2)"));
    EXPECT_EQ(cell(atlas.fresno, Column::ReadinessColumn), QStringLiteral("3"));
    EXPECT_EQ(cell(atlas.fresno, Column::PartnershipsColumn), QStringLiteral("Valley Literacy"));
    EXPECT_EQ(cell(atlas.sanger, Column::PartnershipsColumn), QString());
    EXPECT_EQ(model.indexOfDistrict(atlas.clovis).data(IdRole).toLongLong(), atlas.clovis);
    EXPECT_EQ(model.indexOfDistrict(atlas.fresno, Column::EnrollmentColumn).data(SortRole).toInt(),
              69668);
    for (int column = 0; column < model.columnCount(); ++column)
        EXPECT_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty()) << column;
}

TEST_F(DistrictTableModelTest, AddRemoveUndoRedoInsertAndRemoveRows)
{
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    District added;
    added.name = QStringLiteral("Kerman Unified");
    added.cdCode = QStringLiteral("1073999");
    const Id kerman = document->addDistrict(added);
    ASSERT_NE(kerman, 0);
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), rowOf(kerman));
    EXPECT_EQ(cell(kerman, Column::NameColumn), QStringLiteral("Kerman Unified"));

    document->undoStack()->undo();
    EXPECT_EQ(removed.count(), 1);
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_FALSE(model.indexOfDistrict(kerman).isValid());

    document->undoStack()->redo();
    EXPECT_EQ(inserted.count(), 2);
    EXPECT_EQ(cell(kerman, Column::NameColumn), QStringLiteral("Kerman Unified"));

    // Removing a member district takes its membership along; undo brings both back.
    ASSERT_TRUE(document->removeDistrict(atlas.fresno));
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_FALSE(model.indexOfDistrict(atlas.fresno).isValid());
    document->undoStack()->undo();
    EXPECT_EQ(cell(atlas.fresno, Column::PartnershipsColumn), QStringLiteral("Valley Literacy"));
}

TEST_F(DistrictTableModelTest, CellEditIsAnUndoableDocumentEditInTheFile)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex county = model.indexOfDistrict(atlas.sanger, Column::CountyColumn);
    ASSERT_TRUE(model.flags(county).testFlag(Qt::ItemIsEditable));
    ASSERT_TRUE(model.setData(county, QStringLiteral("Tulare")));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(cell(atlas.sanger, Column::CountyColumn), QStringLiteral("Tulare"));
    EXPECT_EQ(test::reopen(document->filePath())->district(atlas.sanger)->county,
              QStringLiteral("Tulare"));
    EXPECT_EQ(document->undoStack()->undoText(), QStringLiteral("Edit Sanger Unified"));

    document->undoStack()->undo();
    EXPECT_EQ(cell(atlas.sanger, Column::CountyColumn), QStringLiteral("Fresno"));
    EXPECT_EQ(test::reopen(document->filePath())->district(atlas.sanger)->county,
              QStringLiteral("Fresno"));

    ASSERT_TRUE(model.setData(model.indexOfDistrict(atlas.sanger, Column::EnrollmentColumn),
                              QStringLiteral("12,500")));
    EXPECT_EQ(document->district(atlas.sanger)->enrollment, 12500);
    ASSERT_TRUE(
        model.setData(model.indexOfDistrict(atlas.sanger, Column::EnrollmentColumn), QString()));
    EXPECT_FALSE(document->district(atlas.sanger)->enrollment.has_value());
}

TEST_F(DistrictTableModelTest, RefusedEditReturnsFalseAndChangesNothing)
{
    QSignalSpy failed(document.get(), &AtlasDocument::editFailed);
    const int steps = document->undoStack()->count();
    EXPECT_FALSE(model.setData(model.indexOfDistrict(atlas.clovis, Column::NameColumn), QString()));
    EXPECT_FALSE(model.setData(model.indexOfDistrict(atlas.clovis, Column::KeyColumn),
                               QStringLiteral("12345")));
    EXPECT_FALSE(model.setData(model.indexOfDistrict(atlas.clovis, Column::EnrollmentColumn),
                               QStringLiteral("many")));
    EXPECT_FALSE(model.setData(model.indexOfDistrict(atlas.clovis, Column::ReadinessColumn), 9));
    EXPECT_EQ(failed.count(), 3); // the text that is not a number never reaches the document
    EXPECT_EQ(document->undoStack()->count(), steps);
    EXPECT_EQ(cell(atlas.clovis, Column::NameColumn), QStringLiteral("Clovis Unified"));
    EXPECT_EQ(cell(atlas.clovis, Column::KeyColumn), QStringLiteral("1062117"));
}

TEST_F(DistrictTableModelTest, VolunteerCheckboxRecordsTheSignUp)
{
    const QModelIndex volunteer = model.indexOfDistrict(atlas.sanger, Column::VolunteerColumn);
    ASSERT_TRUE(model.flags(volunteer).testFlag(Qt::ItemIsUserCheckable));
    EXPECT_EQ(volunteer.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    ASSERT_TRUE(model.setData(volunteer, Qt::Checked, Qt::CheckStateRole));
    EXPECT_EQ(volunteer.data(Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_TRUE(document->district(atlas.sanger)->volunteer);
    EXPECT_EQ(document->district(atlas.sanger)->signupDate, QDate::currentDate());
    document->undoStack()->undo();
    EXPECT_EQ(volunteer.data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
}

TEST_F(DistrictTableModelTest, PartnershipsColumnFollowsMembersAndNames)
{
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const Id membership = document->addMember(atlas.valley, atlas.sanger);
    ASSERT_NE(membership, 0);
    const QModelIndex sangerCell = model.indexOfDistrict(atlas.sanger, Column::PartnershipsColumn);
    ASSERT_GE(changed.count(), 1);
    EXPECT_EQ(changed.last().at(0).value<QModelIndex>(), sangerCell);
    EXPECT_EQ(sangerCell.data().toString(), QStringLiteral("Valley Literacy"));

    Partnership renamed = *document->partnership(atlas.valley);
    renamed.name = QStringLiteral("Central Valley Literacy");
    ASSERT_TRUE(document->editPartnership(renamed));
    EXPECT_EQ(sangerCell.data().toString(), QStringLiteral("Central Valley Literacy"));

    changed.clear();
    ASSERT_TRUE(document->removeMember(membership));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(sangerCell.data().toString(), QString());
    document->undoStack()->undo();
    EXPECT_EQ(sangerCell.data().toString(), QStringLiteral("Central Valley Literacy"));
}

TEST_F(DistrictTableModelTest, ReadOnlyAtlasOffersNoEditing)
{
    const QString path = document->filePath();
    model.setDocument(nullptr);
    document = test::reopen(path);
    model.setDocument(document.get());
    ASSERT_EQ(model.rowCount(), 3);
    const QModelIndex name = model.index(0, Column::NameColumn);
    EXPECT_FALSE(model.flags(name).testFlag(Qt::ItemIsEditable));
    EXPECT_FALSE(model.setData(name, QStringLiteral("Renamed")));
}

TEST_F(DistrictTableModelTest, ReloadResetsTheModel)
{
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    document->reload();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.rowCount(), 3);
}

} // namespace
} // namespace pa
