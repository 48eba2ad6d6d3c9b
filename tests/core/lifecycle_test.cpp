// Blueprints and tracking in the atlas file: what the writers store reads back the same, a
// deleted record can be put back with its id (for undo), and the research templates carry the
// cadences the brief describes.
#include "demo/demoatlas.h"
#include "lifecycle/blueprinttemplates.h"
#include "lifecycle/lifecyclestore.h"
#include "store/atlasstore.h"
#include "store/storeerror.h"
#include "support/testsupport.h"

#include <gtest/gtest.h>

using namespace pa;

namespace {

struct LifecycleAtlas
{
    test::TempFolder folder;
    std::unique_ptr<AtlasStore> store;
    Id partnership = 0;
    Id alder = 0;
    Id birch = 0;

    LifecycleAtlas()
    {
        store = AtlasStore::create(folder.path(QStringLiteral("lifecycle.atlas")));
        store->write([&] {
            for (const char *name : {"Alder Unified", "Birch Unified"}) {
                District d;
                d.name = QString::fromLatin1(name);
                d.cdCode = name[0] == 'A' ? QStringLiteral("1000001") : QStringLiteral("1000002");
                store->insertDistrict(d);
                (name[0] == 'A' ? alder : birch) = d.id;
            }
            Partnership p;
            p.name = QStringLiteral("Valley Literacy Partnership");
            store->insertPartnership(p);
            partnership = p.id;
        });
    }
};

Blueprint lifecycleCoreBlueprint(Id partnershipId)
{
    const QList<BlueprintTemplate> templates = blueprintTemplates();
    return templates.first().instantiate(partnershipId);
}

} // namespace

TEST(LifecycleTemplates, TheResearchTemplatesCarryTheirCadences)
{
    const QList<BlueprintTemplate> templates = blueprintTemplates();
    ASSERT_EQ(templates.size(), 3);
    EXPECT_EQ(templates[0].summary.toStdString(),
              "superintendent steering committee quarterly, staff working groups monthly");
    EXPECT_EQ(templates[1].summary.toStdString(),
              "superintendent summits twice a year, leadership teams monthly");
    EXPECT_EQ(templates[2].summary.toStdString(), "superintendents monthly");
    const auto first = [](const BlueprintTemplate &t) { return t.blueprint.bodies.first(); };
    EXPECT_EQ(first(templates[0]).kind, BodyKind::Steering);
    EXPECT_EQ(first(templates[0]).meetingsPerYear, 4);
    EXPECT_EQ(templates[0].blueprint.bodies[1].meetingsPerYear, 12);
    EXPECT_EQ(first(templates[1]).kind, BodyKind::Summit);
    EXPECT_EQ(first(templates[1]).meetingsPerYear, 2);
    EXPECT_EQ(templates[1].blueprint.bodies[1].meetingsPerYear, 12);
    EXPECT_EQ(first(templates[2]).meetingsPerYear, 12);
    EXPECT_EQ(first(templates[2]).levels, QStringList{QStringLiteral("superintendent")});
    for (const BlueprintTemplate &t : templates) {
        EXPECT_TRUE(first(t).isSteering()) << t.key.toStdString();
        EXPECT_TRUE(first(t).levels.contains(QStringLiteral("superintendent")));
        EXPECT_FALSE(t.blueprint.goals.isEmpty());
        for (const BlueprintGoal &g : t.blueprint.goals) {
            EXPECT_FALSE(g.measure.isEmpty());
            EXPECT_FALSE(g.accountable.isEmpty());
        }
        EXPECT_FALSE(t.blueprint.alignedItems().isEmpty());
        EXPECT_FALSE(t.blueprint.localItems().isEmpty());
        EXPECT_FALSE(t.blueprint.distanceTools.isEmpty());
        EXPECT_EQ(t.instantiate(7).partnershipId, 7);
    }
    EXPECT_EQ(cadenceText(4), QStringLiteral("quarterly"));
    EXPECT_EQ(cadenceText(2), QStringLiteral("twice a year"));
    EXPECT_EQ(cadenceText(5), QStringLiteral("5 times a year"));
}

TEST(LifecycleStore, ABlueprintFromATemplateRoundTripsThroughTheFile)
{
    LifecycleAtlas a;
    Blueprint written = lifecycleCoreBlueprint(a.partnership);
    written.vision = QStringLiteral("Every child reads by grade 3.");
    written.agreements[0].signedOn = QDate(2025, 6, 1);
    written.agreements[0].signedBy = QStringLiteral("Both superintendents; both boards");
    written.goals[0].target = QDate(2027, 6, 30);
    a.store->write([&] { lifecycle::writeBlueprint(*a.store, written); });
    for (const MeetingBody &body : written.bodies)
        EXPECT_NE(body.id, 0);
    const LifecycleData read = lifecycle::read(*a.store);
    ASSERT_EQ(read.blueprints.size(), 1);
    EXPECT_EQ(read.blueprints[0], written);
    EXPECT_TRUE(read.blueprints[0].agreements[0].isSigned());
}

TEST(LifecycleStore, RewritingABlueprintKeepsTheBodiesMeetingsReferTo)
{
    LifecycleAtlas a;
    Blueprint blueprint = lifecycleCoreBlueprint(a.partnership);
    Meeting meeting;
    a.store->write([&] {
        lifecycle::writeBlueprint(*a.store, blueprint);
        meeting.partnershipId = a.partnership;
        meeting.bodyId = blueprint.bodies[0].id;
        meeting.held = QDate(2026, 2, 12);
        meeting.mode = MeetingMode::Hybrid;
        meeting.attendance = {{a.alder, QStringLiteral("superintendent")},
                              {a.birch, QStringLiteral("cabinet")}};
        lifecycle::insertMeeting(*a.store, meeting);
    });
    const Id steeringId = blueprint.bodies[0].id;
    blueprint.bodies[0].meetingsPerYear = 6;
    blueprint.bodies[0].levels << QStringLiteral("principal");
    blueprint.bodies.removeLast(); // the working group goes
    blueprint.goals.removeFirst();
    a.store->write([&] { lifecycle::writeBlueprint(*a.store, blueprint); });

    const LifecycleData read = lifecycle::read(*a.store);
    ASSERT_EQ(read.blueprints[0].bodies.size(), 1);
    EXPECT_EQ(read.blueprints[0].bodies[0].id, steeringId);
    EXPECT_EQ(read.blueprints[0].bodies[0].meetingsPerYear, 6);
    EXPECT_EQ(read.blueprints[0].bodies[0].levels,
              (QStringList{QStringLiteral("superintendent"), QStringLiteral("cabinet"),
                           QStringLiteral("principal")}));
    EXPECT_EQ(read.blueprints[0].goals.size(), blueprint.goals.size());
    ASSERT_EQ(read.meetings.size(), 1);
    EXPECT_EQ(read.meetings[0], meeting);
}

TEST(LifecycleStore, TrackingRecordsRoundTripAndComeBackWithTheirIdsAfterADelete)
{
    LifecycleAtlas a;
    Meeting meeting{0,
                    a.partnership,
                    0,
                    QDate(2026, 3, 5),
                    MeetingMode::Virtual,
                    QStringLiteral("Kick-off"),
                    // In the order the reader gives: by district, then role.
                    {{a.alder, QStringLiteral("staff")},
                     {a.alder, QStringLiteral("superintendent")},
                     {a.birch, QStringLiteral("superintendent")}}};
    RoleHolder outgoing{0,
                        a.alder,
                        0,
                        QStringLiteral("superintendent"),
                        QStringLiteral("A"),
                        QDate(2019, 7, 1),
                        QDate(2026, 6, 30)};
    RoleHolder incoming{0,
                        a.alder,
                        a.partnership,
                        QStringLiteral("superintendent"),
                        QStringLiteral("B"),
                        QDate(2026, 7, 1),
                        {}};
    TrackingEvent event{0,
                        a.partnership,
                        QDate(2026, 6, 30),
                        EventKind::Turnover,
                        QStringLiteral("Alder superintendent retired"),
                        QStringLiteral("Detail")};
    a.store->write([&] {
        lifecycle::insertMeeting(*a.store, meeting);
        lifecycle::insertRoleHolder(*a.store, outgoing);
        lifecycle::insertRoleHolder(*a.store, incoming);
        lifecycle::insertEvent(*a.store, event);
    });
    LifecycleData read = lifecycle::read(*a.store);
    ASSERT_EQ(read.meetings.size(), 1);
    EXPECT_EQ(read.meetings[0], meeting);
    EXPECT_EQ(read.roleHolders, (QList<RoleHolder>{outgoing, incoming}));
    EXPECT_EQ(read.events, QList<TrackingEvent>{event});
    EXPECT_EQ(read.roleHoldersOf(a.alder, a.partnership).size(), 2);
    EXPECT_EQ(read.roleHoldersOf(a.alder, a.partnership + 1).size(), 1);

    // Edits.
    meeting.attendance.removeLast();
    meeting.mode = MeetingMode::InPerson;
    event.kind = EventKind::Milestone;
    outgoing.ended = QDate(2026, 7, 31);
    a.store->write([&] {
        lifecycle::updateMeeting(*a.store, meeting);
        lifecycle::updateEvent(*a.store, event);
        lifecycle::updateRoleHolder(*a.store, outgoing);
    });
    read = lifecycle::read(*a.store);
    EXPECT_EQ(read.meetings[0], meeting);
    EXPECT_EQ(read.events[0], event);
    EXPECT_EQ(read.roleHolders[0], outgoing);

    // Delete, then put back as an undo would: same ids, same attendance.
    a.store->write([&] {
        lifecycle::deleteMeeting(*a.store, meeting.id);
        lifecycle::deleteRoleHolder(*a.store, incoming.id);
        lifecycle::deleteEvent(*a.store, event.id);
    });
    read = lifecycle::read(*a.store);
    EXPECT_TRUE(read.meetings.isEmpty());
    EXPECT_EQ(read.roleHolders.size(), 1);
    EXPECT_TRUE(read.events.isEmpty());
    Meeting restored = meeting;
    RoleHolder restoredHolder = incoming;
    TrackingEvent restoredEvent = event;
    a.store->write([&] {
        lifecycle::insertMeeting(*a.store, restored);
        lifecycle::insertRoleHolder(*a.store, restoredHolder);
        lifecycle::insertEvent(*a.store, restoredEvent);
    });
    read = lifecycle::read(*a.store);
    EXPECT_EQ(read.meetings, QList<Meeting>{meeting});
    EXPECT_EQ(read.roleHolders, (QList<RoleHolder>{outgoing, incoming}));
    EXPECT_EQ(read.events, QList<TrackingEvent>{event});
}

TEST(LifecycleStore, AFailingWriteLeavesTheLogAsItWas)
{
    LifecycleAtlas a;
    Meeting meeting{0,
                    a.partnership,
                    0,
                    QDate(2026, 3, 5),
                    MeetingMode::Virtual,
                    {},
                    {{a.alder, QStringLiteral("superintendent")}}};
    a.store->write([&] { lifecycle::insertMeeting(*a.store, meeting); });
    Meeting broken{0,
                   a.partnership,
                   0,
                   QDate(2026, 4, 5),
                   MeetingMode::Virtual,
                   {},
                   {{9999, QStringLiteral("superintendent")}}}; // no such district
    EXPECT_THROW(a.store->write([&] { lifecycle::insertMeeting(*a.store, broken); }), StoreError);
    const LifecycleData read = lifecycle::read(*a.store);
    EXPECT_EQ(read.meetings, QList<Meeting>{meeting});
}

TEST(LifecycleStore, TheDemoAtlasCarriesBlueprintsAndAYearOfTracking)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(path);
    const auto store = AtlasStore::open(path, AtlasStore::Access::ReadOnly);
    const AtlasData atlas = store->loadAll();
    const LifecycleData data = lifecycle::read(*store);
    EXPECT_EQ(data.blueprints.size(), atlas.partnerships.size());
    EXPECT_EQ(data.meetings.size(), 130);
    qsizetype attendance = 0;
    QDate first;
    QDate last;
    for (const Meeting &m : data.meetings) {
        attendance += m.attendance.size();
        first = first.isValid() ? std::min(first, m.held) : m.held;
        last = std::max(last, m.held);
        const Blueprint *b = data.blueprint(m.partnershipId);
        ASSERT_TRUE(b);
        EXPECT_TRUE(b->body(m.bodyId)) << "meeting " << m.id << " has no body";
    }
    EXPECT_EQ(attendance, 1665);
    EXPECT_GE(first.daysTo(last), 365);
    EXPECT_FALSE(data.roleHolders.isEmpty());
    EXPECT_FALSE(data.events.isEmpty());
    for (const Blueprint &b : data.blueprints)
        EXPECT_FALSE(b.bodies.isEmpty()) << b.partnershipId;
}
