// The pick and create dialogs, the tag picker and the Dialogs seam, as a user meets them:
// what is offered, what filtering finds, and when OK is allowed.
#include "dialogs/addmemberdialog.h"
#include "dialogs/dialogs.h"
#include "dialogs/facilitatorpickerdialog.h"
#include "dialogs/newdistrictdialog.h"
#include "dialogs/newpartnershipdialog.h"
#include "guitestsupport.h"
#include "widgets/filteredlist.h"
#include "widgets/tagpicker.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace pa {
namespace {

bool okEnabled(const QDialog &dialog)
{
    const auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return buttons && buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

class DialogsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document = AtlasDocument::create(folder.path(QStringLiteral("dialogs.atlas")));
        atlas = test::fillSmallAtlas(*document);
    }

    test::TempFolder folder;
    std::unique_ptr<AtlasDocument> document;
    test::SmallAtlas atlas;
};

TEST_F(DialogsTest, AddMemberOffersOnlyNonMembersAndFilters)
{
    AddMemberDialog dialog(*document, atlas.valley);
    EXPECT_EQ(dialog.districtList()->visibleCount(), 1); // Fresno and Clovis already belong
    EXPECT_EQ(dialog.districtId(), atlas.sanger);        // the only one, already current
    EXPECT_TRUE(okEnabled(dialog));
    dialog.districtList()->setFilterText(QStringLiteral("oakland"));
    EXPECT_EQ(dialog.districtList()->visibleCount(), 0);
    EXPECT_EQ(dialog.districtId(), 0);
    EXPECT_FALSE(okEnabled(dialog));
    dialog.districtList()->setFilterText(QStringLiteral("SANG"));
    EXPECT_EQ(dialog.districtId(), atlas.sanger);
    EXPECT_EQ(dialog.role(), MemberRole::Member);
}

TEST_F(DialogsTest, FacilitatorPickerOffersTheRightPeopleForEachMode)
{
    FacilitatorPickerDialog assign(*document, atlas.valley, FacilitatorPickerDialog::Mode::Assign);
    EXPECT_EQ(assign.facilitatorList()->visibleCount(), 1);
    EXPECT_FALSE(assign.selectFacilitator(atlas.rivera));              // already assigned
    assign.facilitatorList()->setFilterText(QStringLiteral("WestEd")); // her organization
    EXPECT_EQ(assign.facilitatorId(), atlas.okafor);

    FacilitatorPickerDialog unassign(*document, atlas.valley,
                                     FacilitatorPickerDialog::Mode::Unassign);
    EXPECT_EQ(unassign.facilitatorList()->visibleCount(), 1);
    EXPECT_EQ(unassign.facilitatorId(), atlas.rivera);
    EXPECT_FALSE(unassign.selectFacilitator(atlas.okafor));
}

TEST_F(DialogsTest, NewDistrictNeedsANameAndAValidKey)
{
    NewDistrictDialog dialog;
    EXPECT_FALSE(okEnabled(dialog));
    dialog.setName(QStringLiteral("Chelsea"));
    dialog.setKey(QStringLiteral("12"));
    EXPECT_FALSE(okEnabled(dialog));
    dialog.setKey(QStringLiteral("MA:Chelsea"));
    EXPECT_TRUE(okEnabled(dialog));
    EXPECT_EQ(dialog.district().externalKey, QStringLiteral("MA:Chelsea"));
    EXPECT_TRUE(dialog.district().cdCode.isEmpty());
    dialog.setKey(QStringLiteral("1062166"));
    EXPECT_EQ(dialog.district().cdCode, QStringLiteral("1062166"));
    EXPECT_TRUE(dialog.district().volunteer);
}

TEST_F(DialogsTest, NewPartnershipRefusesATakenName)
{
    NewPartnershipDialog dialog(*document, {atlas.sanger});
    EXPECT_FALSE(okEnabled(dialog));
    dialog.setName(QStringLiteral("valley literacy"));
    EXPECT_FALSE(okEnabled(dialog));
    dialog.setName(QStringLiteral("Sanger Readers"));
    EXPECT_TRUE(okEnabled(dialog));
    EXPECT_EQ(dialog.memberDistricts(), QList<Id>{atlas.sanger});
    EXPECT_EQ(dialog.partnership().status, PartnershipStatus::Proposed);
    EXPECT_FALSE(dialog.partnership().formed.isValid());
}

TEST_F(DialogsTest, TagPickerKeepsOrderAndTellsNewTagsApart)
{
    TagPicker picker;
    picker.setVocabulary(document->needs());
    picker.setTags({QStringLiteral("stem"), QStringLiteral("early-literacy")});
    QSignalSpy changed(&picker, &TagPicker::tagsChanged);
    picker.addTag(QStringLiteral("english learner success")); // a label, any case
    picker.addTag(QStringLiteral("Rural staffing!"));         // the tag rural-staffing
    picker.addTag(QStringLiteral("Summer bridge"));
    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(picker.tags(),
              (QStringList{QStringLiteral("stem"), QStringLiteral("early-literacy"),
                           QStringLiteral("english-learners"), QStringLiteral("rural-staffing"),
                           QStringLiteral("summer-bridge")}));
    ASSERT_EQ(picker.newNeeds().size(), 1);
    EXPECT_EQ(picker.newNeeds().first().tag, QStringLiteral("summer-bridge"));
    EXPECT_EQ(picker.newNeeds().first().label, QStringLiteral("Summer bridge"));
}

TEST(DialogSeamTest, HeadlessDialogsUseQueuedAnswersAndNeverBlock)
{
    Dialogs::setHeadless(true);
    Dialogs::resetSeams();
    EXPECT_EQ(Dialogs::openFileName(nullptr, {}, {}, {}), QString()); // cancelled
    Dialogs::setNextFileName(QStringLiteral("/tmp/a.atlas"));
    EXPECT_EQ(Dialogs::saveFileName(nullptr, {}, {}, {}), QStringLiteral("/tmp/a.atlas"));
    EXPECT_EQ(Dialogs::message(nullptr, QMessageBox::Question, {}, QStringLiteral("Discard?"),
                               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel),
              QMessageBox::Cancel);
    Dialogs::setNextAnswer(QMessageBox::Discard);
    EXPECT_EQ(Dialogs::message(nullptr, QMessageBox::Question, {}, QStringLiteral("Really?"),
                               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel),
              QMessageBox::Discard);
    EXPECT_EQ(Dialogs::shownMessages(),
              (QStringList{QStringLiteral("Discard?"), QStringLiteral("Really?")}));
    NewDistrictDialog dialog;
    EXPECT_EQ(Dialogs::exec(&dialog), QDialog::Rejected);
    Dialogs::setNextDialogHandler([](QDialog *) { return int(QDialog::Accepted); });
    EXPECT_EQ(Dialogs::exec(&dialog), QDialog::Accepted);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    Dialogs::resetSeams();
}

} // namespace
} // namespace pa
