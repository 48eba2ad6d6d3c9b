// Editing in the main window: the district editor dock with Apply and Edit > Undo/Redo, and the
// partnership actions with their dialogs, each checked in the tables and in the file.
#include "dialogs/addmemberdialog.h"
#include "dialogs/facilitatorpickerdialog.h"
#include "dialogs/newdistrictdialog.h"
#include "dialogs/newpartnershipdialog.h"
#include "docks/districteditordock.h"
#include "docks/districtform.h"
#include "mainwindowfixture.h"
#include "models/districttablemodel.h"
#include "models/facilitatortablemodel.h"
#include "models/partnershiptreemodel.h"
#include "pages/districtspage.h"
#include "pages/facilitatorspage.h"
#include "pages/partnershipspage.h"
#include "widgets/tagpicker.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <gtest/gtest.h>

namespace pa {
namespace {

class WorkbenchTest : public test::MainWindowFixture
{
protected:
    DistrictEditorDock *editor() const { return window->districtEditor(); }

    QLineEdit *field(const char *name) const
    {
        auto *edit = editor()->form()->findChild<QLineEdit *>(QLatin1String(name));
        EXPECT_NE(edit, nullptr) << name;
        return edit;
    }

    // Replaces a field's text the way a user does, by typing.
    void type(const char *name, const QString &text) const
    {
        QLineEdit *edit = field(name);
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
    }

    QString tableCell(Id districtId, int column) const
    {
        return window->districtsPage()
            ->model()
            ->indexOfDistrict(districtId, column)
            .data()
            .toString();
    }

    QPushButton *button(const char *name) const
    {
        return editor()->findChild<QPushButton *>(QLatin1String(name));
    }

    QStringList members(Id partnershipId) const
    {
        QStringList names;
        const PartnershipTreeModel *tree = window->partnershipsPage()->model();
        const QModelIndex parent = tree->indexOfPartnership(partnershipId);
        for (int row = 0; row < tree->rowCount(parent); ++row)
            names << test::cellText(*tree, row, 0, parent);
        return names;
    }
};

TEST_F(WorkbenchTest, EditorApplyWritesTheFileAndEditMenuUndoRedoTakeItBack)
{
    ASSERT_TRUE(window->districtsPage()->selectDistrict(atlas.sanger));
    ASSERT_EQ(editor()->districtId(), atlas.sanger);
    EXPECT_EQ(field("nameEdit")->text(), QStringLiteral("Sanger Unified"));
    EXPECT_FALSE(button("applyButton")->isEnabled()); // nothing to apply yet

    type("countyEdit", QStringLiteral("Tulare"));
    type("enrollmentEdit", QStringLiteral("11800"));
    ASSERT_TRUE(button("applyButton")->isEnabled());
    button("applyButton")->click();

    using C = DistrictTableModel;
    EXPECT_EQ(tableCell(atlas.sanger, C::CountyColumn), QStringLiteral("Tulare"));
    EXPECT_EQ(tableCell(atlas.sanger, C::EnrollmentColumn), QStringLiteral("11,800"));
    EXPECT_EQ(test::reopen(path)->district(atlas.sanger)->county, QStringLiteral("Tulare"));
    EXPECT_EQ(test::reopen(path)->district(atlas.sanger)->enrollment, 11800);
    EXPECT_FALSE(editor()->isModified());

    QAction *undo = action("actionUndo");
    ASSERT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("Edit Sanger Unified")));
    undo->trigger();
    EXPECT_EQ(tableCell(atlas.sanger, C::CountyColumn), QStringLiteral("Fresno"));
    EXPECT_EQ(test::reopen(path)->district(atlas.sanger)->county, QStringLiteral("Fresno"));
    EXPECT_EQ(test::reopen(path)->district(atlas.sanger)->enrollment, 12000);
    EXPECT_EQ(field("countyEdit")->text(), QStringLiteral("Fresno")); // the editor follows

    action("actionRedo")->trigger();
    EXPECT_EQ(tableCell(atlas.sanger, C::CountyColumn), QStringLiteral("Tulare"));
    EXPECT_EQ(test::reopen(path)->district(atlas.sanger)->county, QStringLiteral("Tulare"));
    EXPECT_EQ(field("countyEdit")->text(), QStringLiteral("Tulare"));
}

TEST_F(WorkbenchTest, EditorListsProblemsAndHoldsBackApply)
{
    ASSERT_TRUE(window->districtsPage()->selectDistrict(atlas.fresno));
    type("nameEdit", QString());
    type("latitudeEdit", QStringLiteral("north"));
    auto *problems = editor()->findChild<QLabel *>(QStringLiteral("problemsLabel"));
    ASSERT_NE(problems, nullptr);
    EXPECT_FALSE(problems->isHidden());
    EXPECT_TRUE(problems->text().contains(QStringLiteral("Latitude must be a number")));
    EXPECT_FALSE(button("applyButton")->isEnabled());
    EXPECT_FALSE(editor()->apply());

    type("latitudeEdit", QStringLiteral("36.74"));
    EXPECT_TRUE(problems->text().contains(QStringLiteral("Name must not be empty")));
    type("cdCodeEdit", QStringLiteral("10621"));
    EXPECT_TRUE(problems->text().contains(QStringLiteral("CD code must be 7 digits")));

    button("revertButton")->click();
    EXPECT_TRUE(problems->isHidden());
    EXPECT_EQ(field("nameEdit")->text(), QStringLiteral("Fresno Unified"));
    EXPECT_EQ(document().district(atlas.fresno)->name, QStringLiteral("Fresno Unified"));
}

TEST_F(WorkbenchTest, LeavingADistrictKeepsValidChangesAndAsksAboutInvalidOnes)
{
    DistrictsPage *page = window->districtsPage();
    ASSERT_TRUE(page->selectDistrict(atlas.sanger));
    type("countyEdit", QStringLiteral("Tulare"));
    ASSERT_TRUE(page->selectDistrict(atlas.clovis));
    EXPECT_EQ(document().district(atlas.sanger)->county, QStringLiteral("Tulare"));
    EXPECT_EQ(editor()->districtId(), atlas.clovis);

    type("nameEdit", QString());
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    page->selectDistrict(atlas.fresno);
    QApplication::processEvents();
    EXPECT_EQ(editor()->districtId(), atlas.clovis);
    EXPECT_EQ(page->currentDistrictId(), atlas.clovis);
    EXPECT_TRUE(editor()->isModified());
    EXPECT_TRUE(Dialogs::shownMessages().last().contains(QStringLiteral("cannot be saved yet")));

    Dialogs::setNextAnswer(QMessageBox::Discard);
    page->selectDistrict(atlas.fresno);
    EXPECT_EQ(editor()->districtId(), atlas.fresno);
    EXPECT_EQ(document().district(atlas.clovis)->name, QStringLiteral("Clovis Unified"));
}

TEST_F(WorkbenchTest, ANewNeedTypedInTheEditorJoinsTheVocabularyInOneUndoStep)
{
    ASSERT_TRUE(window->districtsPage()->selectDistrict(atlas.sanger));
    auto *needs = editor()->form()->findChild<TagPicker *>(QStringLiteral("needsPicker"));
    ASSERT_NE(needs, nullptr);
    needs->addTag(QStringLiteral("Summer bridge"));
    needs->addTag(QStringLiteral("Chronic absenteeism")); // a label the vocabulary has
    ASSERT_TRUE(editor()->apply());
    ASSERT_NE(document().need(QStringLiteral("summer-bridge")), nullptr);
    EXPECT_EQ(document().needLabel(QStringLiteral("summer-bridge")),
              QStringLiteral("Summer bridge"));
    EXPECT_EQ(document().district(atlas.sanger)->needs,
              (QStringList{QStringLiteral("early-literacy"), QStringLiteral("summer-bridge"),
                           QStringLiteral("chronic-absenteeism")}));
    EXPECT_TRUE(tableCell(atlas.sanger, DistrictTableModel::NeedsColumn)
                    .contains(QStringLiteral("Summer bridge")));

    action("actionUndo")->trigger();
    EXPECT_EQ(document().need(QStringLiteral("summer-bridge")), nullptr);
    EXPECT_EQ(test::reopen(path)->district(atlas.sanger)->needs,
              QStringList{QStringLiteral("early-literacy")});
}

TEST_F(WorkbenchTest, AddAndRemoveAMemberThroughThePartnershipActions)
{
    PartnershipsPage *page = window->partnershipsPage();
    window->tabs()->setCurrentWidget(page);
    ASSERT_TRUE(page->selectPartnership(atlas.valley));
    ASSERT_TRUE(action("actionAddMember")->isEnabled());
    EXPECT_FALSE(action("actionRemoveMember")->isEnabled()); // a partnership row is current

    bool offeredMember = true;
    Dialogs::setNextDialogHandler([&](QDialog *dialog) {
        auto *add = qobject_cast<AddMemberDialog *>(dialog);
        if (!add)
            return int(QDialog::Rejected);
        offeredMember = add->selectDistrict(atlas.fresno); // already a member: not offered
        add->setRole(MemberRole::Observer);
        return int(add->selectDistrict(atlas.sanger) ? QDialog::Accepted : QDialog::Rejected);
    });
    action("actionAddMember")->trigger();
    EXPECT_FALSE(offeredMember);
    EXPECT_EQ(members(atlas.valley).last(), QStringLiteral("Sanger Unified"));
    ASSERT_EQ(test::reopen(path)->members(atlas.valley).size(), 3);
    EXPECT_EQ(test::reopen(path)->members(atlas.valley).last().role, MemberRole::Observer);
    EXPECT_EQ(tableCell(atlas.sanger, DistrictTableModel::PartnershipsColumn),
              QStringLiteral("Valley Literacy"));

    // The new member is current, so Remove Member applies to it.
    ASSERT_NE(page->currentMembershipId(), 0);
    ASSERT_TRUE(action("actionRemoveMember")->isEnabled());
    action("actionRemoveMember")->trigger();
    EXPECT_EQ(members(atlas.valley),
              (QStringList{QStringLiteral("Fresno Unified"), QStringLiteral("Clovis Unified")}));
    EXPECT_EQ(test::reopen(path)->members(atlas.valley).size(), 2);

    action("actionUndo")->trigger();
    EXPECT_EQ(members(atlas.valley).size(), 3);
    EXPECT_EQ(test::reopen(path)->members(atlas.valley).size(), 3);
    action("actionRedo")->trigger();
    EXPECT_EQ(members(atlas.valley).size(), 2);
    EXPECT_EQ(test::reopen(path)->members(atlas.valley).size(), 2);
}

TEST_F(WorkbenchTest, NewPartnershipStartsWithTheSelectedDistricts)
{
    DistrictsPage *districts = window->districtsPage();
    ASSERT_TRUE(districts->selectDistrict(atlas.sanger));
    districts->view()->selectionModel()->select(
        districts->proxy()->mapFromSource(districts->model()->indexOfDistrict(atlas.clovis)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QList<Id> offered;
    Dialogs::setNextDialogHandler([&](QDialog *dialog) {
        auto *create = qobject_cast<NewPartnershipDialog *>(dialog);
        if (!create)
            return int(QDialog::Rejected);
        offered = create->memberDistricts();
        create->setName(QStringLiteral("Math Circle"));
        create->setStatus(PartnershipStatus::Forming);
        create->focusPicker()->addTag(QStringLiteral("Mathematics achievement"));
        return int(QDialog::Accepted);
    });
    action("actionNewPartnership")->trigger();
    std::sort(offered.begin(), offered.end());
    EXPECT_EQ(offered, (QList<Id>{atlas.clovis, atlas.sanger}));

    const auto stored = test::reopen(path);
    const Partnership *math = stored->partnershipNamed(QStringLiteral("Math Circle"));
    ASSERT_NE(math, nullptr);
    EXPECT_EQ(math->status, PartnershipStatus::Forming);
    EXPECT_EQ(math->focus, QStringList{QStringLiteral("math-achievement")});
    EXPECT_EQ(stored->members(math->id).size(), 2);
    EXPECT_EQ(window->partnershipsPage()->currentPartnershipId(), math->id);
    EXPECT_EQ(window->partnershipsPage()->view()->model()->rowCount(), 2);

    action("actionUndo")->trigger();
    EXPECT_EQ(test::reopen(path)->partnershipNamed(QStringLiteral("Math Circle")), nullptr);
    EXPECT_EQ(window->partnershipsPage()->view()->model()->rowCount(), 1);
}

TEST_F(WorkbenchTest, AssignAndUnassignAFacilitator)
{
    PartnershipsPage *page = window->partnershipsPage();
    ASSERT_TRUE(page->selectPartnership(atlas.valley));
    bool offeredAssigned = true;
    Dialogs::setNextDialogHandler([&](QDialog *dialog) {
        auto *pick = qobject_cast<FacilitatorPickerDialog *>(dialog);
        if (!pick)
            return int(QDialog::Rejected);
        offeredAssigned = pick->selectFacilitator(atlas.rivera);
        return int(pick->selectFacilitator(atlas.okafor) ? QDialog::Accepted : QDialog::Rejected);
    });
    action("actionAssignFacilitator")->trigger();
    EXPECT_FALSE(offeredAssigned);
    const PartnershipTreeModel *tree = page->model();
    EXPECT_EQ(tree->indexOfPartnership(atlas.valley, PartnershipTreeModel::FacilitatorsColumn)
                  .data()
                  .toString(),
              QStringLiteral("Ana Rivera, Sam Okafor"));
    const FacilitatorTableModel *facilitators = window->facilitatorsPage()->model();
    EXPECT_EQ(facilitators->indexOfFacilitator(atlas.okafor, FacilitatorTableModel::AssignedColumn)
                  .data()
                  .toString(),
              QStringLiteral("1 / 2"));
    EXPECT_EQ(test::reopen(path)->assignments(atlas.valley).size(), 2);

    Dialogs::setNextDialogHandler([&](QDialog *dialog) {
        auto *pick = qobject_cast<FacilitatorPickerDialog *>(dialog);
        return int(pick && pick->selectFacilitator(atlas.rivera) ? QDialog::Accepted
                                                                 : QDialog::Rejected);
    });
    action("actionUnassignFacilitator")->trigger();
    const auto stored = test::reopen(path);
    ASSERT_EQ(stored->assignments(atlas.valley).size(), 1);
    EXPECT_EQ(stored->assignments(atlas.valley).first().facilitatorId, atlas.okafor);

    action("actionUndo")->trigger();
    EXPECT_EQ(test::reopen(path)->assignments(atlas.valley).size(), 2);
}

TEST_F(WorkbenchTest, NewDistrictIsSelectedForItsProfile)
{
    Dialogs::setNextDialogHandler([](QDialog *dialog) {
        auto *create = qobject_cast<NewDistrictDialog *>(dialog);
        if (!create)
            return int(QDialog::Rejected);
        create->setName(QStringLiteral("Kerman Unified"));
        create->setKey(QStringLiteral("1073999"));
        create->setCounty(QStringLiteral("Fresno"));
        return int(QDialog::Accepted);
    });
    action("actionNewDistrict")->trigger();
    const District *kerman = nullptr;
    for (const District &district : document().districts().all())
        if (district.name == QStringLiteral("Kerman Unified"))
            kerman = &district;
    ASSERT_NE(kerman, nullptr);
    EXPECT_TRUE(kerman->volunteer);
    EXPECT_EQ(kerman->signupDate, QDate::currentDate());
    EXPECT_EQ(editor()->districtId(), kerman->id);
    EXPECT_EQ(window->districtsPage()->view()->model()->rowCount(), 4);
}

} // namespace
} // namespace pa
