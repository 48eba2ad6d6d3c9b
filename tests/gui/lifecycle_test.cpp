// The blueprint editor and the Tracking dock in the real main window on the demo atlas: a
// template fills the editor (asking before it replaces anything), OK applies the whole
// blueprint as one undo step, problems keep OK disabled; a meeting recorded with its
// attendance in the Tracking dock is listed with "n of m superintendents", Delete removes one,
// and each is one step of Edit > Undo. People who left are greyed, a new superintendent flagged.
#include "guitestsupport.h"

#include "demo/demoatlas.h"
#include "dialogs/dialogs.h"
#include "inspector/inspectordock.h"
#include "inspector/partnershipinspector.h"
#include "lifecycle/blueprintbodiespage.h"
#include "lifecycle/blueprintdialog.h"
#include "lifecycle/blueprintgoalspage.h"
#include "lifecycle/blueprinttable.h"
#include "lifecycle/blueprinttemplates.h"
#include "lifecycle/meetingdialog.h"
#include "lifecycle/meetingsmodel.h"
#include "lifecycle/roleholdersmodel.h"
#include "lifecycle/trackingdock.h"
#include "lifecycle/trackingtab.h"
#include "mainwindow.h"
#include "uitext.h"
#include "workbench/atlasselection.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace pa {
namespace {

class LifecycleGuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Dialogs::setHeadless(true);
        Dialogs::resetSeams();
        QSettings().remove(QStringLiteral("recentFiles"));
        const QString path = folder.path(QStringLiteral("demo.atlas"));
        demo::createDemoAtlas(path);
        window = std::make_unique<MainWindow>();
        window->setRemembersSettings(false);
        ASSERT_TRUE(window->openFile(path));
        window->show();
        const Partnership *p = document().partnershipNamed(QStringLiteral("CORE"));
        ASSERT_NE(p, nullptr);
        core = p->id;
        window->selection()->select(AtlasSelection::Kind::Partnership, core);
        QApplication::processEvents();
    }

    void TearDown() override
    {
        window.reset();
        Dialogs::resetSeams();
    }

    AtlasDocument &document() const { return *window->document(); }
    QAction *action(const char *name) const
    {
        return window->findChild<QAction *>(QLatin1String(name));
    }
    TrackingDock *dock() const { return window->trackingDock(); }

    test::TempFolder folder;
    std::unique_ptr<MainWindow> window;
    Id core = 0;
};

TEST_F(LifecycleGuiTest, ATemplateFillsTheBlueprintAndOkAppliesItAsOneUndoStep)
{
    const Blueprint original = *document().lifecycle().blueprint(core);
    QAction *blueprint = action("actionBlueprint");
    ASSERT_NE(blueprint, nullptr);
    EXPECT_EQ(blueprint->shortcut(), QKeySequence(QStringLiteral("Ctrl+B")));
    EXPECT_TRUE(blueprint->isEnabled());
    // The partnership inspector offers it too.
    bool offered = false;
    for (auto *button : window->inspector()->partnershipInspector()->findChildren<QToolButton *>())
        offered = offered || button->defaultAction() == blueprint;
    EXPECT_TRUE(offered);

    const BlueprintTemplate fiveDistricts = blueprintTemplates().at(2);
    bool handled = false;
    Dialogs::setNextDialogHandler([&](QDialog *shown) {
        auto *dialog = qobject_cast<BlueprintDialog *>(shown);
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return int(QDialog::Rejected);
        handled = true;
        EXPECT_EQ(dialog->blueprint(), original) << "the editor opens on the stored blueprint";
        // Not empty: the template asks first, and Cancel (the default) keeps everything.
        EXPECT_FALSE(dialog->startFromTemplate(fiveDistricts.key));
        EXPECT_EQ(dialog->blueprint(), original);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        EXPECT_TRUE(dialog->startFromTemplate(fiveDistricts.key));
        EXPECT_EQ(dialog->goalsPage()->goals()->table()->rowCount(),
                  fiveDistricts.blueprint.goals.size());
        EXPECT_EQ(dialog->blueprint().bodies.first().meetingsPerYear, 12);
        dialog->accept();
        return dialog->result();
    });
    blueprint->trigger();
    ASSERT_TRUE(handled);
    const Blueprint *applied = document().lifecycle().blueprint(core);
    ASSERT_NE(applied, nullptr);
    EXPECT_EQ(applied->governance, fiveDistricts.blueprint.governance);
    EXPECT_EQ(applied->bodies.first().meetingsPerYear, 12);
    EXPECT_EQ(document().undoStack()->count(), 1);
    EXPECT_EQ(document().undoStack()->undoText(), QStringLiteral("Edit blueprint of CORE"));

    action("actionUndo")->trigger();
    EXPECT_EQ(*document().lifecycle().blueprint(core), original);
    action("actionRedo")->trigger();
    EXPECT_EQ(document().lifecycle().blueprint(core)->bodies.first().meetingsPerYear, 12);
}

TEST_F(LifecycleGuiTest, AGoalWithoutTextOrTwoBodiesOfOneNameKeepOkDisabled)
{
    BlueprintDialog dialog(&document(), core, window.get());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    QTableWidget *goals = dialog.goalsPage()->goals()->table();
    goals->item(0, 0)->setText(QString());
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(dialog.problems().isEmpty());
    EXPECT_FALSE(goals->item(0, 0)->toolTip().isEmpty()) << "the cell says what is wrong";
    goals->item(0, 0)->setText(QStringLiteral("Every school gets its report"));
    EXPECT_TRUE(ok->isEnabled());
    QTableWidget *bodies = dialog.bodiesPage()->bodies()->table();
    ASSERT_GE(bodies->rowCount(), 2);
    bodies->item(1, 0)->setText(bodies->item(0, 0)->text());
    EXPECT_FALSE(ok->isEnabled());
    dialog.accept(); // refused: nothing happens
    EXPECT_EQ(document().undoStack()->count(), 0);
}

TEST_F(LifecycleGuiTest, AMeetingWithAttendanceIsListedAndUndone)
{
    QAction *show = action("actionShow_trackingDock");
    ASSERT_NE(show, nullptr);
    EXPECT_EQ(show->shortcut(), QKeySequence(QStringLiteral("Ctrl+7")));
    show->trigger();
    QApplication::processEvents();
    ASSERT_EQ(dock()->partnershipId(), core);
    TrackingTab *meetings = dock()->meetingsTab();
    QAbstractItemModelTester tester(meetings->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const int before = meetings->model()->rowCount();
    EXPECT_EQ(before, document().lifecycle().meetingsOf(core).size());

    const QList<Membership> &members = document().members(core);
    const QDate held(2026, 11, 24);
    Dialogs::setNextDialogHandler([&](QDialog *shown) {
        auto *dialog = qobject_cast<MeetingDialog *>(shown);
        EXPECT_NE(dialog, nullptr);
        if (!dialog)
            return int(QDialog::Rejected);
        EXPECT_EQ(dialog->attendanceGrid()->rowCount(), members.size());
        dialog->dateEdit()->setDate(held);
        dialog->setAttended(members.at(0).districtId, QStringLiteral("superintendent"), true);
        dialog->setAttended(members.at(1).districtId, QStringLiteral("superintendent"), true);
        dialog->setAttended(members.at(1).districtId, QStringLiteral("cabinet"), true);
        return int(QDialog::Accepted);
    });
    meetings->addAction()->trigger();
    ASSERT_EQ(meetings->model()->rowCount(), before + 1);
    // Newest first.
    const QModelIndex first = meetings->model()->index(0, MeetingsModel::DateColumn);
    EXPECT_EQ(first.data().toString(), dateText(held));
    EXPECT_EQ(meetings->model()->index(0, MeetingsModel::AttendanceColumn).data().toString(),
              QStringLiteral("2 of 10 superintendents"));
    const Id added = meetings->model()->idAt(0);
    ASSERT_NE(document().meeting(added), nullptr);
    EXPECT_EQ(document().meeting(added)->attendance.size(), 3);
    EXPECT_EQ(document().undoStack()->count(), 1);

    action("actionUndo")->trigger();
    EXPECT_EQ(meetings->model()->rowCount(), before);
    EXPECT_EQ(document().meeting(added), nullptr);
    action("actionRedo")->trigger();
    EXPECT_EQ(meetings->model()->rowCount(), before + 1);

    // Delete removes the selected meeting, one more step.
    meetings->selectId(added);
    meetings->view()->setFocus();
    QTest::keyClick(meetings->view(), Qt::Key_Delete);
    EXPECT_EQ(meetings->model()->rowCount(), before);
    EXPECT_EQ(document().undoStack()->count(), 2);
    action("actionUndo")->trigger();
    EXPECT_EQ(meetings->model()->rowCount(), before + 1);
}

TEST_F(LifecycleGuiTest, PeopleWhoLeftAreGreyedAndANewSuperintendentIsFlagged)
{
    auto *people = static_cast<RoleHoldersModel *>(dock()->peopleTab()->model());
    people->setToday(QDate(2026, 11, 25));
    int flagged = 0, ended = 0;
    for (int row = 0; row < people->rowCount(); ++row) {
        const QModelIndex index = people->index(row, RoleHoldersModel::RoleColumn);
        if (index.data(TrackingModel::FlaggedRole).toBool()) {
            ++flagged;
            EXPECT_TRUE(index.data().toString().contains(QStringLiteral("new")));
            EXPECT_EQ(people->index(row, RoleHoldersModel::DistrictColumn).data().toString(),
                      QStringLiteral("Sacramento City Unified"));
        }
        if (people->index(row, RoleHoldersModel::ToColumn).data().toString() !=
            QStringLiteral("now")) {
            ++ended;
            EXPECT_TRUE(index.data(Qt::ForegroundRole).isValid()) << "greyed";
        }
    }
    EXPECT_EQ(flagged, 1);
    EXPECT_GE(ended, 2);
    // Following the selection: nothing to show without a partnership.
    window->selection()->clear();
    EXPECT_EQ(dock()->partnershipId(), 0);
    EXPECT_FALSE(action("actionBlueprint")->isEnabled());
}

} // namespace
} // namespace pa
