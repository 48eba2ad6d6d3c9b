// Editing in the main window: the district editor in the inspector with Apply and Edit >
// Undo/Redo, the partnership actions with their dialogs, and the one selection every dock
// shares, each checked in the tables, the inspector and the file.
#include "dialogs/addmemberdialog.h"
#include "dialogs/facilitatorpickerdialog.h"
#include "dialogs/newdistrictdialog.h"
#include "dialogs/newpartnershipdialog.h"
#include "docks/districtform.h"
#include "docks/recorddocks.h"
#include "inspector/districteditor.h"
#include "inspector/facilitatorinspector.h"
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
#include "widgets/tagpicker.h"
#include "workbench/atlasselection.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace pa {
namespace {

class WorkbenchTest : public test::MainWindowFixture
{
protected:
    DistrictEditor *editor() const { return window->districtEditor(); }

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

TEST_F(WorkbenchTest, ADistrictRowSelectedIsTheCurrentSelectionAndTheInspectorShowsIt)
{
    AtlasSelection *selection = window->selection();
    DistrictsPage *districts = window->districtsPage();
    ASSERT_TRUE(districts->selectDistrict(atlas.sanger));
    EXPECT_EQ(selection->currentKind(), AtlasSelection::Kind::District);
    EXPECT_EQ(selection->currentId(), atlas.sanger);
    EXPECT_EQ(selection->districts(), QList<Id>{atlas.sanger});
    EXPECT_EQ(window->inspector()->shownKind(), AtlasSelection::Kind::District);
    EXPECT_EQ(editor()->districtId(), atlas.sanger);
    EXPECT_EQ(field("nameEdit")->text(), QStringLiteral("Sanger Unified"));

    // Two rows: both selected, the one clicked last current; the status bar counts them.
    districts->view()->selectionModel()->select(
        districts->proxy()->mapFromSource(districts->model()->indexOfDistrict(atlas.fresno)),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    EXPECT_EQ(selection->districts().size(), 2);
    EXPECT_EQ(selection->currentId(), atlas.sanger);
    EXPECT_TRUE(window->statusBar()
                    ->findChild<QLabel *>(QStringLiteral("statusSelection"))
                    ->text()
                    .contains(QStringLiteral("2 districts selected")));

    // A selection made elsewhere (the map, the search) selects the row, without echo.
    QSignalSpy changes(selection, &AtlasSelection::changed);
    selection->select(AtlasSelection::Kind::District, atlas.fresno);
    EXPECT_EQ(changes.size(), 1);
    EXPECT_EQ(districts->currentDistrictId(), atlas.fresno);
    EXPECT_EQ(districts->selectedDistrictIds(), QList<Id>{atlas.fresno});
    EXPECT_EQ(editor()->districtId(), atlas.fresno);
}

TEST_F(WorkbenchTest, APartnershipOrFacilitatorSelectedAnywhereIsShownEverywhere)
{
    AtlasSelection *selection = window->selection();
    selection->select(AtlasSelection::Kind::Partnership, atlas.valley);
    EXPECT_EQ(window->partnershipsPage()->currentPartnershipId(), atlas.valley);
    EXPECT_TRUE(window->districtsPage()->selectedDistrictIds().isEmpty());
    ASSERT_EQ(window->inspector()->shownKind(), AtlasSelection::Kind::Partnership);
    PartnershipInspector *inspector = window->inspector()->partnershipInspector();
    ASSERT_EQ(inspector->membersView()->topLevelItemCount(), 2);
    EXPECT_EQ(inspector->membersView()->topLevelItem(0)->text(0), QStringLiteral("Fresno Unified"));
    EXPECT_EQ(inspector->facilitatorsView()->topLevelItem(0)->text(0),
              QStringLiteral("Ana Rivera"));
    EXPECT_EQ(inspector->facilitatorsView()->topLevelItem(0)->text(1), QStringLiteral("1 / 1"));

    // A member row in the tree stands for its partnership.
    ASSERT_TRUE(window->partnershipsPage()->selectMembership(atlas.fresnoInValley));
    EXPECT_EQ(selection->currentKind(), AtlasSelection::Kind::Partnership);
    EXPECT_EQ(selection->currentId(), atlas.valley);

    selection->select(AtlasSelection::Kind::Facilitator, atlas.okafor);
    EXPECT_EQ(
        window->facilitatorsPage()->view()->currentIndex().siblingAtColumn(0).data().toString(),
        QStringLiteral("Sam Okafor"));
    EXPECT_EQ(window->partnershipsPage()->currentPartnershipId(), 0);
    ASSERT_EQ(window->inspector()->shownKind(), AtlasSelection::Kind::Facilitator);
    EXPECT_EQ(window->inspector()->facilitatorInspector()->loadLabel()->text(),
              QStringLiteral("Serves 0 of 2 partnerships — room for 2 more"));

    selection->clear();
    EXPECT_EQ(window->inspector()->shownKind(), AtlasSelection::Kind::None);
}

TEST_F(WorkbenchTest, DoubleClickOrEnterOnARowAsksTheMapToCentreOnIt)
{
    QSignalSpy centre(window->selection(), &AtlasSelection::centreRequested);
    window->districtsDock()->raise();
    QApplication::processEvents();
    DistrictsPage *districts = window->districtsPage();
    const QModelIndex sanger =
        districts->proxy()->mapFromSource(districts->model()->indexOfDistrict(atlas.sanger));
    const QPoint at = districts->view()->visualRect(sanger).center();
    QTest::mouseClick(districts->view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(districts->view()->viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(centre.size(), 1);
    EXPECT_EQ(centre.at(0).at(0).value<AtlasSelection::Kind>(), AtlasSelection::Kind::District);
    EXPECT_EQ(centre.at(0).at(1).value<Id>(), atlas.sanger);
    EXPECT_EQ(window->selection()->currentId(), atlas.sanger);
    EXPECT_EQ(document().district(atlas.sanger)->name, QStringLiteral("Sanger Unified"));

    ASSERT_TRUE(window->partnershipsPage()->selectPartnership(atlas.valley));
    window->partnershipsPage()->view()->setFocus();
    QTest::keyClick(window->partnershipsPage()->view(), Qt::Key_Return);
    ASSERT_EQ(centre.size(), 2);
    EXPECT_EQ(centre.at(1).at(0).value<AtlasSelection::Kind>(), AtlasSelection::Kind::Partnership);
    EXPECT_EQ(centre.at(1).at(1).value<Id>(), atlas.valley);
}

TEST_F(WorkbenchTest, EditingAProfileInTheInspectorUpdatesTheTableAndUndoRestoresBoth)
{
    window->selection()->select(AtlasSelection::Kind::District, atlas.sanger);
    ASSERT_EQ(editor()->districtId(), atlas.sanger);
    type("enrollmentEdit", QStringLiteral("9400"));
    auto *needs = editor()->form()->findChild<TagPicker *>(QStringLiteral("needsPicker"));
    ASSERT_NE(needs, nullptr);
    needs->addTag(QStringLiteral("Mathematics achievement"));
    ASSERT_TRUE(button("applyButton")->isEnabled());
    button("applyButton")->click();

    using C = DistrictTableModel;
    EXPECT_EQ(tableCell(atlas.sanger, C::EnrollmentColumn), QStringLiteral("9,400"));
    EXPECT_TRUE(tableCell(atlas.sanger, C::NeedsColumn).contains(QStringLiteral("Mathematics")));
    EXPECT_EQ(document().undoStack()->count(), 1);

    action("actionUndo")->trigger();
    EXPECT_EQ(tableCell(atlas.sanger, C::EnrollmentColumn), QStringLiteral("12,000"));
    EXPECT_FALSE(tableCell(atlas.sanger, C::NeedsColumn).contains(QStringLiteral("Mathematics")));
    EXPECT_EQ(field("enrollmentEdit")->text(), QStringLiteral("12,000"));
    EXPECT_EQ(needs->tags(), QStringList{QStringLiteral("early-literacy")});
    EXPECT_EQ(test::reopen(path)->district(atlas.sanger)->enrollment, 12000);
}

TEST_F(WorkbenchTest, TheDistrictsFilterShowsVolunteersUnpartneredOrANeed)
{
    DistrictsPage *districts = window->districtsPage();
    ASSERT_TRUE(districts->setFilter(QStringLiteral("unpartnered")));
    ASSERT_EQ(districts->proxy()->rowCount(), 1);
    EXPECT_EQ(test::cellText(*districts->proxy(), 0, 0), QStringLiteral("Sanger Unified"));
    // Joining a partnership takes it off that list.
    ASSERT_TRUE(document().addMembers(atlas.valley, {atlas.sanger}));
    EXPECT_EQ(districts->proxy()->rowCount(), 0);
    action("actionUndo")->trigger();
    EXPECT_EQ(districts->proxy()->rowCount(), 1);

    ASSERT_TRUE(districts->setFilter(QStringLiteral("need:math-achievement")));
    ASSERT_EQ(districts->proxy()->rowCount(), 1);
    EXPECT_EQ(test::cellText(*districts->proxy(), 0, 0), QStringLiteral("Clovis Unified"));
    EXPECT_TRUE(districts->setFilter(QStringLiteral("county:Fresno")));
    EXPECT_EQ(districts->proxy()->rowCount(), 3);
    EXPECT_FALSE(districts->setFilter(QStringLiteral("county:Alameda")));
    ASSERT_TRUE(districts->setFilter(QStringLiteral("all")));
    EXPECT_EQ(districts->proxy()->rowCount(), 3);
    EXPECT_GT(districts->filterBox()->count(), 5);
}

TEST_F(WorkbenchTest, RowsHiddenBySearchStayInTheSharedSelection)
{
    AtlasSelection *selection = window->selection();
    selection->select(AtlasSelection::Kind::District, atlas.sanger);
    window->districtsPage()->searchField()->setText(QStringLiteral("clovis"));
    EXPECT_EQ(selection->districts(), QList<Id>{atlas.sanger});
    window->districtsPage()->searchField()->clear();
    EXPECT_EQ(window->districtsPage()->selectedDistrictIds(), QList<Id>{atlas.sanger});
}

} // namespace
} // namespace pa
