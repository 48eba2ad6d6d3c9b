// Blueprint and tracking edits through the document: each is one undo step, and after every
// edit, undo and redo the file reads back exactly what the window holds. Removing a
// partnership and undoing it brings back its blueprint and tracking with the same ids.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "lifecycle/blueprinttemplates.h"
#include "lifecycle/lifecyclestore.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pa;

namespace {

// What the file holds right now, read by a separate connection.
LifecycleData lifecycleEditFile(const AtlasDocument &document)
{
    return lifecycle::read(*AtlasStore::open(document.filePath(), AtlasStore::Access::ReadOnly));
}

} // namespace

class LifecycleEditTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = m_folder.path(QStringLiteral("demo.atlas"));
        demo::createDemoAtlas(path);
        m_document = AtlasDocument::open(path);
        const Partnership *core = m_document->partnershipNamed(QStringLiteral("CORE"));
        ASSERT_NE(core, nullptr);
        m_core = core->id;
        ASSERT_NE(m_document->lifecycle().blueprint(m_core), nullptr);
        ASSERT_FALSE(m_document->lifecycle().meetingsOf(m_core).isEmpty());
        m_original = m_document->lifecycle();
    }

    // The file and the window agree, and both equal expected.
    void expectState(const LifecycleData &expected, const char *when)
    {
        EXPECT_TRUE(lifecycleEditFile(*m_document) == m_document->lifecycle())
            << "file and window differ " << when;
        EXPECT_TRUE(m_document->lifecycle() == expected) << "unexpected lifecycle " << when;
    }

    // Undo, redo and undo again, checking the state after each against before and after.
    void expectUndoRedo(const LifecycleData &before)
    {
        const LifecycleData after = m_document->lifecycle();
        EXPECT_TRUE(lifecycleEditFile(*m_document) == after) << "file and window differ after";
        m_document->undoStack()->undo();
        expectState(before, "after undo");
        m_document->undoStack()->redo();
        expectState(after, "after redo");
        m_document->undoStack()->undo();
        expectState(before, "after the second undo");
    }

    test::TempFolder m_folder;
    std::unique_ptr<AtlasDocument> m_document;
    Id m_core = 0;
    LifecycleData m_original;
};

TEST_F(LifecycleEditTest, ReplacingABlueprintIsOneStepAndUndoGivesBodiesBackToTheirMeetings)
{
    const Blueprint before = *m_document->lifecycle().blueprint(m_core);
    const QList<BlueprintTemplate> templates = blueprintTemplates();
    QSignalSpy lifecycleSpy(m_document.get(), &AtlasDocument::lifecycleChanged);
    ASSERT_TRUE(m_document->setBlueprint(m_core, templates.at(1).instantiate(m_core)));
    EXPECT_EQ(m_document->undoStack()->count(), 1);
    ASSERT_EQ(lifecycleSpy.count(), 1);
    EXPECT_EQ(lifecycleSpy.first().first().value<Id>(), m_core);
    const Blueprint *after = m_document->lifecycle().blueprint(m_core);
    ASSERT_NE(after, nullptr);
    EXPECT_EQ(after->bodies.first().kind, BodyKind::Summit);
    EXPECT_NE(after->governance, before.governance);
    // The old bodies are gone, so CORE's meetings belong to none now.
    for (const Meeting &m : m_document->lifecycle().meetingsOf(m_core))
        EXPECT_EQ(m.bodyId, 0);
    const QList<Id> newBodyIds = {after->bodies.at(0).id, after->bodies.at(1).id};

    expectUndoRedo(m_original);
    EXPECT_EQ(m_document->lifecycle().meetingsOf(m_core), m_original.meetingsOf(m_core));
    m_document->undoStack()->redo();
    EXPECT_EQ(m_document->lifecycle().blueprint(m_core)->bodies.at(0).id, newBodyIds.at(0));
    EXPECT_EQ(m_document->lifecycle().blueprint(m_core)->bodies.at(1).id, newBodyIds.at(1));
}

TEST_F(LifecycleEditTest, AFirstBlueprintIsUndoneToNone)
{
    Partnership p;
    p.name = QStringLiteral("Valley Literacy");
    const Id valley = m_document->addPartnership(p);
    ASSERT_NE(valley, 0);
    const LifecycleData before = m_document->lifecycle();
    ASSERT_EQ(before.blueprint(valley), nullptr);
    ASSERT_TRUE(m_document->setBlueprint(valley, blueprintTemplates().at(2).instantiate(valley)));
    ASSERT_NE(m_document->lifecycle().blueprint(valley), nullptr);
    expectUndoRedo(before);
    EXPECT_EQ(m_document->lifecycle().blueprint(valley), nullptr);
}

TEST_F(LifecycleEditTest, BodiesCanSwapNamesAndLevelsReadBackInOrder)
{
    Blueprint edited = *m_document->lifecycle().blueprint(m_core);
    ASSERT_GE(edited.bodies.size(), 2);
    std::swap(edited.bodies[0].name, edited.bodies[1].name);
    edited.bodies[0].levels = {QStringLiteral("staff"), QStringLiteral("superintendent"),
                               QStringLiteral("staff")};
    ASSERT_TRUE(m_document->setBlueprint(m_core, edited)) << m_document->lastError().toStdString();
    EXPECT_EQ(m_document->lifecycle().blueprint(m_core)->bodies[0].levels,
              QStringList({QStringLiteral("superintendent"), QStringLiteral("staff")}));
    // Bodies kept their ids, so the meetings kept their bodies.
    EXPECT_EQ(m_document->lifecycle().meetingsOf(m_core), m_original.meetingsOf(m_core));
    expectUndoRedo(m_original);
}

TEST_F(LifecycleEditTest, ABlueprintWithAGoalWithoutTextOrTwoBodiesOfOneNameIsRefused)
{
    Blueprint edited = *m_document->lifecycle().blueprint(m_core);
    edited.goals[1].goal = QStringLiteral("  ");
    EXPECT_FALSE(m_document->setBlueprint(m_core, edited));
    EXPECT_NE(m_document->lastError().indexOf(QStringLiteral("Goal 2")), -1)
        << m_document->lastError().toStdString();
    edited = *m_document->lifecycle().blueprint(m_core);
    edited.bodies[1].name = edited.bodies[0].name.toUpper();
    EXPECT_FALSE(m_document->setBlueprint(m_core, edited));
    EXPECT_NE(m_document->lastError().indexOf(QStringLiteral("Two meeting bodies")), -1);
    EXPECT_EQ(m_document->undoStack()->count(), 0);
    expectState(m_original, "after refusals");
}

TEST_F(LifecycleEditTest, MeetingsWithAttendanceAreAddedEditedAndRemovedOneStepEach)
{
    const Blueprint *blueprint = m_document->lifecycle().blueprint(m_core);
    const QList<Membership> &members = m_document->members(m_core);
    Meeting meeting;
    meeting.partnershipId = m_core;
    meeting.bodyId = blueprint->bodies.first().id;
    meeting.held = QDate(2026, 11, 20);
    meeting.mode = MeetingMode::Virtual;
    // Out of order and with a repeat: stored by district, then role, once.
    meeting.attendance = {{members.at(1).districtId, QStringLiteral("superintendent")},
                          {members.at(0).districtId, QStringLiteral("superintendent")},
                          {members.at(0).districtId, QStringLiteral("cabinet")},
                          {members.at(1).districtId, QStringLiteral("superintendent")}};
    const Id id = m_document->addMeeting(meeting);
    ASSERT_NE(id, 0) << m_document->lastError().toStdString();
    ASSERT_NE(m_document->meeting(id), nullptr);
    EXPECT_EQ(m_document->meeting(id)->attendance.size(), 3);
    EXPECT_TRUE(m_document->meeting(id)->attended(members.at(1).districtId,
                                                  QStringLiteral("superintendent")));
    expectUndoRedo(m_original);
    m_document->undoStack()->redo();
    EXPECT_NE(m_document->meeting(id), nullptr) << "the redo reuses the meeting's id";
    const LifecycleData added = m_document->lifecycle();

    Meeting edited = *m_document->meeting(id);
    edited.attendance.removeLast();
    edited.held = QDate(2026, 11, 21);
    edited.notes = QStringLiteral("Moved a day");
    ASSERT_TRUE(m_document->editMeeting(edited));
    EXPECT_EQ(m_document->meeting(id)->attendance.size(), 2);
    expectUndoRedo(added);

    const LifecycleData beforeRemove = m_document->lifecycle();
    const Id oldMeeting = m_original.meetingsOf(m_core).first().id;
    ASSERT_TRUE(m_document->removeMeeting(oldMeeting));
    EXPECT_EQ(m_document->meeting(oldMeeting), nullptr);
    expectUndoRedo(beforeRemove);
    EXPECT_EQ(*m_document->meeting(oldMeeting), m_original.meetingsOf(m_core).first());

    Meeting undated = meeting;
    undated.held = QDate();
    EXPECT_EQ(m_document->addMeeting(undated), 0);
}

TEST_F(LifecycleEditTest, PeopleInRolesAreAddedEditedAndRemovedOneStepEach)
{
    const Id district = m_document->members(m_core).first().districtId;
    RoleHolder holder;
    holder.districtId = district;
    holder.partnershipId = m_core;
    holder.role = QStringLiteral("superintendent");
    holder.person = QStringLiteral("Superintendent Z");
    holder.started = QDate(2026, 7, 1);
    const Id id = m_document->addRoleHolder(holder);
    ASSERT_NE(id, 0) << m_document->lastError().toStdString();
    expectUndoRedo(m_original);
    m_document->undoStack()->redo();
    const LifecycleData added = m_document->lifecycle();

    RoleHolder ended = *m_document->roleHolder(id);
    ended.ended = QDate(2026, 6, 30);
    EXPECT_FALSE(m_document->editRoleHolder(ended)) << "ends before it starts";
    ended.ended = QDate(2026, 10, 31);
    ASSERT_TRUE(m_document->editRoleHolder(ended));
    EXPECT_EQ(m_document->roleHolder(id)->ended, QDate(2026, 10, 31));
    expectUndoRedo(added);

    ASSERT_TRUE(m_document->removeRoleHolder(id));
    EXPECT_EQ(m_document->roleHolder(id), nullptr);
    expectUndoRedo(added);
}

TEST_F(LifecycleEditTest, LogEntriesAreAddedEditedAndRemovedOneStepEach)
{
    TrackingEvent event;
    event.partnershipId = m_core;
    event.occurred = QDate(2026, 11, 2);
    event.kind = EventKind::Challenge;
    event.title = QStringLiteral("Two superintendents retire in June");
    const Id id = m_document->addTrackingEvent(event);
    ASSERT_NE(id, 0);
    expectUndoRedo(m_original);
    m_document->undoStack()->redo();
    const LifecycleData added = m_document->lifecycle();

    TrackingEvent edited = *m_document->trackingEvent(id);
    edited.kind = EventKind::Milestone;
    edited.detail = QStringLiteral("Successors named");
    ASSERT_TRUE(m_document->editTrackingEvent(edited));
    expectUndoRedo(added);

    const TrackingEvent old = m_original.eventsOf(m_core).first();
    ASSERT_TRUE(m_document->removeTrackingEvent(old.id));
    expectUndoRedo(added);
    EXPECT_EQ(*m_document->trackingEvent(old.id), old);

    edited.title.clear();
    EXPECT_FALSE(m_document->editTrackingEvent(edited));
}

TEST_F(LifecycleEditTest, RemovingAPartnershipAndUndoingBringsBackItsBlueprintAndTracking)
{
    QSignalSpy lifecycleSpy(m_document.get(), &AtlasDocument::lifecycleChanged);
    ASSERT_TRUE(m_document->removePartnership(m_core)) << m_document->lastError().toStdString();
    EXPECT_EQ(m_document->lifecycle().blueprint(m_core), nullptr);
    EXPECT_TRUE(m_document->lifecycle().meetingsOf(m_core).isEmpty());
    EXPECT_TRUE(m_document->lifecycle().eventsOf(m_core).isEmpty());
    for (const RoleHolder &r : m_document->lifecycle().roleHolders)
        EXPECT_NE(r.partnershipId, m_core);
    EXPECT_TRUE(lifecycleEditFile(*m_document) == m_document->lifecycle());
    EXPECT_EQ(lifecycleSpy.count(), 1);
    expectUndoRedo(m_original);
    m_document->undoStack()->redo();
    m_document->undoStack()->undo();
    expectState(m_original, "after the last undo");
}
