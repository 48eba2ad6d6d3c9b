// The suggestions dock on the demo atlas, standalone with a document and a selection: the best
// partners for Sanger Unified, a partnership made from them, the group proposal, the facilitator
// optimizer with accept and reject, and results that always belong to the last request.
#include "guitestsupport.h"

#include "demo/demoatlas.h"
#include "suggestions/facilitatorplanmodel.h"
#include "suggestions/facilitatorplanpanel.h"
#include "suggestions/groupsmodel.h"
#include "suggestions/groupspanel.h"
#include "suggestions/notplacedlist.h"
#include "suggestions/partnersmodel.h"
#include "suggestions/partnerspanel.h"
#include "suggestions/suggestionsdock.h"
#include "workbench/atlasselection.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QImage>
#include <QItemSelectionModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace pa {
namespace {

class SuggestionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = folder.path(QStringLiteral("demo.atlas"));
        demo::createDemoAtlas(path);
        document = AtlasDocument::open(path);
        selection.setDocument(document.get());
        dock = std::make_unique<SuggestionsDock>();
        dock->setDocument(document.get());
        dock->setSelection(&selection);
        dock->resize(380, 760);
        dock->show();
        sanger = districtNamed(QStringLiteral("Sanger Unified"));
        ASSERT_NE(sanger, 0);
    }

    Id districtNamed(const QString &name) const
    {
        for (const District &d : document->districts().all())
            if (d.name == name)
                return d.id;
        return 0;
    }

    static bool waitUntilReady(const SuggestionPanel *panel)
    {
        return QTest::qWaitFor([panel] { return panel->isUpToDate(); }, 20000);
    }

    void showSanger()
    {
        selection.select(AtlasSelection::Kind::District, sanger);
        ASSERT_TRUE(waitUntilReady(dock->partners()));
        ASSERT_GT(dock->partners()->model()->rowCount(), 3);
    }

    QList<Id> currentMembers(Id partnershipId) const
    {
        QList<Id> ids;
        for (const Membership &m : document->members(partnershipId))
            if (m.isCurrent())
                ids << m.districtId;
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QList<Assignment> currentAssignments(Id partnershipId) const
    {
        QList<Assignment> list = document->assignments(partnershipId);
        list.removeIf([](const Assignment &a) { return a.ended.isValid(); });
        return list;
    }

    test::TempFolder folder;
    std::unique_ptr<AtlasDocument> document;
    AtlasSelection selection;
    std::unique_ptr<SuggestionsDock> dock;
    Id sanger = 0;
};

TEST_F(SuggestionsTest, DockHasItsNameTitleAndThreeParts)
{
    EXPECT_EQ(dock->objectName(), QStringLiteral("suggestionsDock"));
    EXPECT_EQ(dock->windowTitle(), QStringLiteral("Suggestions"));
    ASSERT_EQ(dock->tabs()->count(), 3);
    EXPECT_EQ(dock->tabs()->tabText(0), QStringLiteral("Partners"));
    EXPECT_EQ(dock->tabs()->tabText(1), QStringLiteral("Groups"));
    EXPECT_EQ(dock->tabs()->tabText(2), QStringLiteral("Facilitators"));
    EXPECT_EQ(dock->suggestionActions().size(), 4);
}

TEST_F(SuggestionsTest, WithoutADistrictPartnersAskForOne)
{
    ASSERT_TRUE(waitUntilReady(dock->partners()));
    EXPECT_EQ(dock->partners()->model()->rowCount(), 0);
    EXPECT_EQ(dock->partners()->emptyText(),
              QStringLiteral("Select a district to see its best partners."));
    EXPECT_TRUE(selection.highlight().isEmpty());
}

TEST_F(SuggestionsTest, SangerGetsNearbyFresnoCountyPartnersWithASharedNeed)
{
    test::ModelTesterMessages messages;
    QAbstractItemModelTester tester(dock->partners()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    showSanger();
    const PartnersModel *model = dock->partners()->model();
    EXPECT_GE(model->rowCount(), 10);
    EXPECT_LE(model->rowCount(), 15);
    EXPECT_EQ(dock->partners()->titleText(), QStringLiteral("Best partners for Sanger Unified"));
    for (int row = 0; row < 3; ++row) {
        EXPECT_EQ(test::cellText(*model, row, PartnersModel::CountyColumn),
                  QStringLiteral("Fresno"))
            << test::cellText(*model, row, PartnersModel::PartnerColumn).toStdString();
        const QString reasons = test::cellText(*model, row, PartnersModel::ReasonsColumn);
        EXPECT_TRUE(reasons.startsWith(QStringLiteral("Both need"))) << reasons.toStdString();
        EXPECT_LT(model->partner(row).km, 60.0);
    }
    EXPECT_GE(model->partner(0).score, model->partner(1).score);

    // Nothing selected in the list: every partner and its link on the map.
    const MapHighlight all = selection.highlight();
    EXPECT_EQ(all.caption, QStringLiteral("Partners for Sanger Unified"));
    EXPECT_TRUE(all.districts.contains(sanger));
    EXPECT_EQ(all.links.size(), model->rowCount());
    // One partner selected: that partner, its link, and its full reasons below the list.
    QTreeView *view = dock->partners()->view();
    view->selectionModel()->setCurrentIndex(
        model->index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const MapHighlight one = selection.highlight();
    const Id second = model->partner(1).districtId;
    EXPECT_EQ(one.districts, (QList<Id>{sanger, second}));
    ASSERT_EQ(one.links.size(), 1);
    EXPECT_EQ(one.links.first(), (std::pair<Id, Id>{sanger, second}));
    EXPECT_TRUE(dock->partners()->detailText().contains(model->partner(1).name));
    EXPECT_TRUE(dock->partners()->detailText().contains(QStringLiteral("need")));
    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(u'\n').toStdString();
}

TEST_F(SuggestionsTest, EnterOnTheTopPartnerCreatesAPartnershipInOneUndoStep)
{
    showSanger();
    const PartnersModel *model = dock->partners()->model();
    const PartnerSuggestion top = model->partner(0);
    QTreeView *view = dock->partners()->view();
    view->selectionModel()->setCurrentIndex(
        model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int partnershipsBefore = int(document->partnerships().size());
    const int stepsBefore = document->undoStack()->count();

    QTest::keyClick(view, Qt::Key_Return);

    ASSERT_EQ(document->partnerships().size(), partnershipsBefore + 1);
    EXPECT_EQ(document->undoStack()->count(), stepsBefore + 1);
    const Partnership *created =
        document->partnershipNamed(QStringLiteral("Sanger Unified – %1").arg(top.name));
    ASSERT_NE(created, nullptr);
    const Id id = created->id;
    EXPECT_EQ(created->status, PartnershipStatus::Forming);
    QList<Id> expected{sanger, top.districtId};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(currentMembers(id), expected);
    EXPECT_EQ(selection.currentKind(), AtlasSelection::Kind::Partnership);
    EXPECT_EQ(selection.currentId(), id);
    // Sanger's partners stay in view while the new partnership is the current item.
    EXPECT_EQ(dock->partners()->districtId(), sanger);

    document->undoStack()->undo();
    EXPECT_EQ(document->partnership(id), nullptr);
    EXPECT_EQ(document->partnerships().size(), partnershipsBefore);
}

TEST_F(SuggestionsTest, ADistrictWithoutALocationSaysWhyItHasNoPartners)
{
    District lost = *document->district(sanger);
    lost.latitude.reset();
    lost.longitude.reset();
    ASSERT_TRUE(document->editDistrict(lost));
    selection.select(AtlasSelection::Kind::District, sanger);
    ASSERT_TRUE(waitUntilReady(dock->partners()));
    EXPECT_EQ(dock->partners()->model()->rowCount(), 0);
    EXPECT_TRUE(dock->partners()->emptyText().startsWith(
        QStringLiteral("Sanger Unified has no office location")))
        << dock->partners()->emptyText().toStdString();
    EXPECT_FALSE(dock->partners()->createAction()->isEnabled());
}

TEST_F(SuggestionsTest, CheckedPartnersMakeOneGroupNamedAfterTheDistrict)
{
    showSanger();
    PartnersModel *model = dock->partners()->model();
    const QList<Id> chosen{model->partner(0).districtId, model->partner(2).districtId};
    model->setData(model->index(0, 0), Qt::Checked, Qt::CheckStateRole);
    model->setData(model->index(2, 0), Qt::Checked, Qt::CheckStateRole);
    EXPECT_EQ(dock->partners()->chosenPartners(), chosen);
    const Id id = dock->partners()->createPartnership();
    ASSERT_NE(id, 0);
    EXPECT_EQ(document->partnership(id)->name, QStringLiteral("Sanger Unified group"));
    EXPECT_EQ(currentMembers(id).size(), 3);
    EXPECT_TRUE(model->checkedPartners().isEmpty());
}

TEST_F(SuggestionsTest, CreatingTheFirstGroupTakesItsDistrictsOutOfTheProposal)
{
    test::ModelTesterMessages messages;
    QAbstractItemModelTester tester(dock->groups()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    dock->showPart(SuggestionsDock::Part::Groups);
    ASSERT_TRUE(waitUntilReady(dock->groups()));
    const GroupsModel *model = dock->groups()->model();
    ASSERT_GT(model->rowCount(), 0);
    const GroupSuggestion first = model->group(0);
    const int stepsBefore = document->undoStack()->count();

    QTreeView *view = dock->groups()->view();
    view->selectionModel()->setCurrentIndex(
        model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(selection.highlight().districts, first.districts);
    const Id id = dock->groups()->createGroup(0);
    ASSERT_NE(id, 0);
    EXPECT_EQ(document->undoStack()->count(), stepsBefore + 1);
    QList<Id> expected = first.districts;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(currentMembers(id), expected);
    EXPECT_EQ(selection.currentId(), id);

    ASSERT_TRUE(waitUntilReady(dock->groups()));
    for (int row = 0; row < model->rowCount(); ++row)
        for (Id district : first.districts)
            EXPECT_FALSE(model->group(row).districts.contains(district)) << row;
    for (const GroupResult::Unplaced &u : model->result().unplaced)
        EXPECT_FALSE(first.districts.contains(u.districtId));
    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(u'\n').toStdString();
}

TEST_F(SuggestionsTest, GroupSizeAndInclusionRecomputeTheProposal)
{
    dock->showPart(SuggestionsDock::Part::Groups);
    ASSERT_TRUE(waitUntilReady(dock->groups()));
    dock->groups()->sizeSpin()->setValue(2);
    EXPECT_FALSE(dock->groups()->isUpToDate());
    ASSERT_TRUE(waitUntilReady(dock->groups()));
    const GroupsModel *model = dock->groups()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_LE(model->group(row).districts.size(), 3) << row;
}

TEST_F(SuggestionsTest, ApplyingAcceptedChangesIsOneUndoStepAndARejectedRowKeepsItsFacilitator)
{
    // Two new partnerships without a facilitator give the optimizer work to do.
    showSanger();
    dock->partners()->model()->setChecked(dock->partners()->model()->partner(0).districtId, true);
    ASSERT_NE(dock->partners()->createPartnership(), 0);
    const Id fresno = districtNamed(QStringLiteral("Fresno Unified"));
    ASSERT_NE(fresno, 0);
    Partnership another;
    another.name = QStringLiteral("Second test partnership");
    ASSERT_NE(document->addPartnership(another, {fresno}), 0);

    test::ModelTesterMessages messages;
    FacilitatorPlanModel *model = dock->facilitators()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    dock->showPart(SuggestionsDock::Part::Facilitators);
    ASSERT_TRUE(waitUntilReady(dock->facilitators()));
    const QList<PlanRow> changed = model->changedRows();
    ASSERT_GE(changed.size(), 2);
    EXPECT_EQ(model->acceptedRows().size(), changed.size()); // changes are accepted by default

    // Reject the first change with Delete.
    const int rejectedRow = model->rowOfPartnership(changed.first().partnershipId);
    QTreeView *view = dock->facilitators()->view();
    view->selectionModel()->setCurrentIndex(model->index(rejectedRow, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    QTest::keyClick(view, Qt::Key_Delete);
    EXPECT_FALSE(model->isAccepted(rejectedRow));
    EXPECT_EQ(model->index(rejectedRow, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    QHash<Id, QList<Assignment>> before;
    for (const PlanRow &row : changed)
        before.insert(row.partnershipId, currentAssignments(row.partnershipId));
    const int stepsBefore = document->undoStack()->count();
    ASSERT_TRUE(dock->facilitators()->applyAccepted());
    EXPECT_EQ(document->undoStack()->count(), stepsBefore + 1);
    EXPECT_EQ(document->undoStack()->undoText(),
              QStringLiteral("Apply facilitator plan (%1 changes)")
                  .arg(changed.size() - 1)
                  .replace(QStringLiteral("(1 changes)"), QStringLiteral("(1 change)")));
    for (const PlanRow &row : changed) {
        const QList<Assignment> now = currentAssignments(row.partnershipId);
        if (row.partnershipId == changed.first().partnershipId) {
            EXPECT_EQ(now, before.value(row.partnershipId)) << row.partnership.toStdString();
            continue;
        }
        const bool leads = std::any_of(now.cbegin(), now.cend(), [&row](const Assignment &a) {
            return a.facilitatorId == row.proposedId;
        });
        EXPECT_TRUE(leads) << row.partnership.toStdString();
    }

    document->undoStack()->undo();
    for (const PlanRow &row : changed)
        EXPECT_EQ(currentAssignments(row.partnershipId), before.value(row.partnershipId))
            << row.partnership.toStdString();
    EXPECT_TRUE(messages.messages().isEmpty()) << messages.messages().join(u'\n').toStdString();
}

TEST_F(SuggestionsTest, ApplyAllAssignsEveryChange)
{
    Partnership fresh;
    fresh.name = QStringLiteral("Needs a facilitator");
    ASSERT_NE(document->addPartnership(fresh, {sanger}), 0);
    dock->showPart(SuggestionsDock::Part::Facilitators);
    ASSERT_TRUE(waitUntilReady(dock->facilitators()));
    const QList<PlanRow> changed = dock->facilitators()->model()->changedRows();
    ASSERT_FALSE(changed.isEmpty());
    dock->facilitators()->model()->setAccepted(0, false);
    ASSERT_TRUE(dock->facilitators()->applyAll());
    for (const PlanRow &row : changed) {
        const QList<Assignment> now = currentAssignments(row.partnershipId);
        EXPECT_TRUE(std::any_of(now.cbegin(), now.cend(), [&row](const Assignment &a) {
            return a.facilitatorId == row.proposedId;
        })) << row.partnership.toStdString();
    }
    ASSERT_TRUE(waitUntilReady(dock->facilitators()));
    EXPECT_TRUE(dock->facilitators()->model()->changedRows().isEmpty());
}

TEST_F(SuggestionsTest, AFacilitatorWhoServedBeforeIsNotProposedAgainAndTheRowCanBeApplied)
{
    Partnership fresh;
    fresh.name = QStringLiteral("Needs a facilitator");
    const Id id = document->addPartnership(fresh, {sanger});
    ASSERT_NE(id, 0);
    const AssignmentSettings settings;
    const auto rowOf = [id](const PlanResult &plan) {
        const auto found =
            std::find_if(plan.rows.cbegin(), plan.rows.cend(),
                         [id](const PlanRow &row) { return row.partnershipId == id; });
        return found == plan.rows.cend() ? nullptr : &*found;
    };
    AtlasData data = document->data();
    const PlanResult first = PlanResult::compute(data, settings);
    const PlanRow *proposed = rowOf(first);
    ASSERT_TRUE(proposed && proposed->acceptable());
    const Id servedBefore = proposed->proposedId;

    // The proposed facilitator served this partnership once; the atlas keeps one assignment per
    // facilitator and partnership, ended ones included, so proposing them again could not be
    // applied. The plan offers someone else, and that row can be accepted.
    Assignment ended;
    ended.id = 999999;
    ended.partnershipId = id;
    ended.facilitatorId = servedBefore;
    ended.started = QDate(2023, 1, 1);
    ended.ended = QDate(2024, 1, 1);
    data.assignments.append(ended);
    const PlanResult again = PlanResult::compute(data, settings);
    const PlanRow *next = rowOf(again);
    ASSERT_TRUE(next);
    EXPECT_NE(next->proposedId, servedBefore);
    EXPECT_NE(next->proposedId, 0) << "the demo has other facilitators near Sanger";
    EXPECT_TRUE(next->acceptable());
}

TEST_F(SuggestionsTest, QuickSelectionChangesEndWithTheLastDistrictsPartners)
{
    QList<Id> districts;
    for (const District &d : document->districts().all())
        if (d.hasLocation() && d.county == QStringLiteral("Fresno"))
            districts << d.id;
    ASSERT_GE(districts.size(), 4);
    for (Id id : std::as_const(districts)) {
        selection.select(AtlasSelection::Kind::District, id);
        QCoreApplication::processEvents(); // lets each request start a computation
    }
    ASSERT_TRUE(waitUntilReady(dock->partners()));
    QTest::qWait(100); // any computation still running must not replace the rows
    const Id last = districts.last();
    const PartnersModel *model = dock->partners()->model();
    EXPECT_EQ(model->result().districtId, last);
    const PartnerResult expected = PartnerResult::compute(
        document->data(), last, 15,
        LinkSettings::fromText(document->setting(LinkSettings::settingKey())));
    ASSERT_EQ(model->rowCount(), expected.partners.size());
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->partner(row).districtId, expected.partners.at(row).districtId);
    EXPECT_EQ(selection.highlight().districts.first(), last);
}

TEST_F(SuggestionsTest, ADocumentEditRecomputesThePartners)
{
    showSanger();
    const PartnerSuggestion top = dock->partners()->model()->partner(0);
    District moved = *document->district(top.districtId);
    moved.latitude = 40.8; // far north, beyond the cut-off
    moved.longitude = -124.1;
    ASSERT_TRUE(document->editDistrict(moved));
    EXPECT_FALSE(dock->partners()->isUpToDate());
    ASSERT_TRUE(waitUntilReady(dock->partners()));
    EXPECT_EQ(dock->partners()->model()->rowOfPartner(top.districtId), -1);
}

// Renders the dock as a coordinator sees it; with PA_SUGGESTIONS_SHOTS=folder set, the pictures
// are kept there (suggest.png, suggest-groups.png, suggest-facilitators.png).
TEST_F(SuggestionsTest, RendersCalmlyAt380PixelsWide)
{
    showSanger();
    dock->partners()->view()->selectionModel()->setCurrentIndex(
        dock->partners()->model()->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString shots = qEnvironmentVariable("PA_SUGGESTIONS_SHOTS");
    const auto grab = [&](const QString &name) {
        const QImage image = dock->grab().toImage();
        EXPECT_EQ(image.width(), 380);
        if (!shots.isEmpty())
            image.save(QDir(shots).filePath(name));
    };
    grab(QStringLiteral("suggest.png"));
    dock->showPart(SuggestionsDock::Part::Groups);
    ASSERT_TRUE(waitUntilReady(dock->groups()));
    grab(QStringLiteral("suggest-groups.png"));
    dock->showPart(SuggestionsDock::Part::Facilitators);
    ASSERT_TRUE(waitUntilReady(dock->facilitators()));
    grab(QStringLiteral("suggest-facilitators.png"));
}

} // namespace
} // namespace pa
