// Dated snapshots of the atlas: what a snapshot keeps, that it survives the file unchanged, that
// taking and removing one are undo steps, and what a comparison of two reports.
#include "document/atlasdocument.h"
#include "lifecycle/snapshot.h"
#include "store/atlasstore.h"
#include "support/testsupport.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using namespace pa;

namespace {

const QDate snapshotTestAsOf(2026, 6, 30);

// Three districts, one partnership of two with a quarterly steering committee that met twice in
// the last year (superintendents of both at each), one outcome logged, one facilitator.
struct SnapshotAtlas
{
    AtlasData atlas;
    LifecycleData lifecycle;

    SnapshotAtlas()
    {
        atlas.needs = {{QStringLiteral("early-literacy"), QStringLiteral("Early literacy"),
                        QStringLiteral("Instruction"), true}};
        const char *names[] = {"Alder Unified", "Birch Unified", "Cedar Elementary"};
        for (Id id = 1; id <= 3; ++id) {
            District d;
            d.id = id;
            d.cdCode = QStringLiteral("200000%1").arg(id);
            d.name = QString::fromLatin1(names[id - 1]);
            d.latitude = 36.7 + 0.1 * double(id);
            d.longitude = -119.7;
            d.readiness = 3;
            d.volunteer = id == 3;
            d.needs = {QStringLiteral("early-literacy")};
            atlas.districts << d;
        }
        Partnership p;
        p.id = 7;
        p.name = QStringLiteral("Valley Literacy");
        p.status = PartnershipStatus::Active;
        p.formed = QDate(2023, 1, 1);
        p.focus = {QStringLiteral("early-literacy")};
        atlas.partnerships << p;
        atlas.memberships.append({1, 7, 1, MemberRole::Lead, QDate(2023, 1, 1), {}});
        atlas.memberships.append({2, 7, 2, MemberRole::Member, QDate(2023, 1, 1), {}});
        Facilitator f;
        f.id = 4;
        f.name = QStringLiteral("Rivera Coaching");
        atlas.facilitators << f;
        atlas.assignments.append({1, 7, 4, QStringLiteral("lead"), QDate(2023, 1, 1), {}, true});

        Blueprint b;
        b.partnershipId = 7;
        b.bodies = {{1,
                     QStringLiteral("Steering committee"),
                     BodyKind::Steering,
                     4,
                     MeetingMode::InPerson,
                     {QStringLiteral("superintendent")}}};
        lifecycle.blueprints << b;
        for (const QDate &held : {QDate(2025, 10, 15), QDate(2026, 4, 15)})
            lifecycle.meetings.append(
                {0,
                 7,
                 1,
                 held,
                 MeetingMode::InPerson,
                 {},
                 {{1, QStringLiteral("superintendent")}, {2, QStringLiteral("superintendent")}}});
        for (qsizetype k = 0; k < lifecycle.meetings.size(); ++k)
            lifecycle.meetings[k].id = k + 1;
        lifecycle.events.append({1, 7, QDate(2026, 3, 1), EventKind::Outcome,
                                 QStringLiteral("Reading gains"), QString()});
        lifecycle.events.append({2, 7, QDate(2026, 9, 1), EventKind::Outcome,
                                 QStringLiteral("Later than the snapshot"), QString()});
        lifecycle.sort();
    }

    AtlasSnapshot snapshot(const QDate &asOf = snapshotTestAsOf) const
    {
        return makeSnapshot(atlas, lifecycle, asOf);
    }
};

} // namespace

TEST(Snapshot, KeepsMembersFacilitatorsCountsAndEveryIndicatorAsOfItsDate)
{
    const AtlasSnapshot s = SnapshotAtlas().snapshot();
    EXPECT_EQ(s.asOf, snapshotTestAsOf);
    ASSERT_EQ(s.partnerships.size(), 1);
    const SnapshotPartnership &p = s.partnerships.first();
    EXPECT_EQ(p.name, QStringLiteral("Valley Literacy"));
    ASSERT_EQ(p.members.size(), 2);
    EXPECT_EQ(p.members[0].name, QStringLiteral("Alder Unified"));
    EXPECT_EQ(p.members[1].name, QStringLiteral("Birch Unified"));
    EXPECT_EQ(p.facilitators, QStringList{QStringLiteral("Rivera Coaching")});
    EXPECT_EQ(p.meetings, 2);
    EXPECT_EQ(p.outcomes, 1); // the September outcome is after the snapshot's date
    EXPECT_EQ(p.indicators.size(), 9);
    // Each indicator as the health view shows it on that date.
    const SnapshotAtlas a;
    const PartnershipHealth health =
        HealthCalculator(a.atlas, a.lifecycle).health(7, snapshotTestAsOf);
    ASSERT_EQ(health.indicators.size(), p.indicators.size());
    for (const HealthIndicator &i : health.indicators) {
        const SnapshotIndicator *kept = p.indicator(i.key);
        ASSERT_TRUE(kept) << i.key.toStdString();
        EXPECT_EQ(kept->score, i.score) << i.key.toStdString();
        EXPECT_EQ(kept->level, i.level) << i.key.toStdString();
        EXPECT_EQ(kept->name, i.name);
    }
    EXPECT_TRUE(p.indicator(QStringLiteral("superintendents"))->score.has_value());

    EXPECT_EQ(s.totals.districts, 3);
    EXPECT_EQ(s.totals.volunteers, 1);
    EXPECT_EQ(s.totals.facilitators, 1);
    EXPECT_EQ(s.totals.partnerships, 1);
    EXPECT_EQ(s.totals.members, 2);
    EXPECT_EQ(s.totals.meetings, 2);
}

TEST(Snapshot, AMemberWhoJoinsAfterTheDateIsNotInIt)
{
    SnapshotAtlas a;
    a.atlas.memberships.append({3, 7, 3, MemberRole::Member, QDate(2026, 8, 1), {}});
    EXPECT_EQ(a.snapshot().partnerships.first().members.size(), 2);
    EXPECT_EQ(a.snapshot(QDate(2026, 9, 1)).partnerships.first().members.size(), 3);
}

TEST(Snapshot, ContentRoundTripsAndRefusesWhatItCannotRead)
{
    AtlasSnapshot s = SnapshotAtlas().snapshot();
    const QString content = s.toContent();
    EXPECT_FALSE(content.contains(QLatin1Char('\n'))); // compact
    const std::optional<AtlasSnapshot> back = AtlasSnapshot::fromContent(content);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(*back, s);

    QString error;
    EXPECT_FALSE(AtlasSnapshot::fromContent(QStringLiteral("{not json"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not JSON"))) << error.toStdString();
    EXPECT_FALSE(AtlasSnapshot::fromContent(QStringLiteral("[1, 2]"), &error));
    EXPECT_FALSE(AtlasSnapshot::fromContent(
        QStringLiteral("{\"format\": 99, \"partnerships\": []}"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer version"))) << error.toStdString();
}

TEST(Snapshot, TakingOneIsAnUndoStepAndTheFileKeepsItExactly)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("snap.atlas"));
    QString content;
    Id id = 0;
    {
        const std::unique_ptr<AtlasDocument> document = AtlasDocument::create(path);
        District d;
        d.cdCode = QStringLiteral("1234567");
        d.name = QStringLiteral("Alder Unified");
        const Id alder = document->addDistrict(d);
        ASSERT_NE(alder, 0);
        Partnership p;
        p.name = QStringLiteral("Valley Literacy");
        p.status = PartnershipStatus::Active;
        ASSERT_NE(document->addPartnership(p, {alder}), 0);
        const int steps = document->undoStack()->count();

        id = document->takeSnapshot(QStringLiteral("  Before the   summit "));
        ASSERT_NE(id, 0) << document->lastError().toStdString();
        EXPECT_EQ(document->undoStack()->count(), steps + 1);
        EXPECT_EQ(document->undoStack()->undoText(),
                  QStringLiteral("Take snapshot “Before the summit”"));
        QList<SnapshotRecord> records = document->snapshots();
        ASSERT_EQ(records.size(), 1);
        EXPECT_EQ(records[0].id, id);
        EXPECT_EQ(records[0].label, QStringLiteral("Before the summit"));
        EXPECT_LE(std::abs(records[0].takenAt.secsTo(QDateTime::currentDateTimeUtc())), 60);
        const std::optional<AtlasSnapshot> read = records[0].read();
        ASSERT_TRUE(read.has_value());
        EXPECT_EQ(read->asOf, QDate::currentDate()); // dated today
        ASSERT_EQ(read->partnerships.size(), 1);
        EXPECT_EQ(read->partnerships[0].members.size(), 1);
        content = records[0].content;

        // Later edits never change what the snapshot says.
        ASSERT_TRUE(document->removePartnership(read->partnerships[0].id));
        EXPECT_EQ(document->snapshots().first().content, content);

        document->undoStack()->undo(); // the removal
        document->undoStack()->undo(); // the snapshot
        EXPECT_TRUE(document->snapshots().isEmpty());
        document->undoStack()->redo();
        records = document->snapshots();
        ASSERT_EQ(records.size(), 1);
        EXPECT_EQ(records[0].id, id); // the same row comes back
        EXPECT_EQ(records[0].content, content);
    }
    const std::unique_ptr<AtlasDocument> reopened =
        AtlasDocument::open(path, AtlasStore::Access::ReadOnly);
    const QList<SnapshotRecord> records = reopened->snapshots();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].content, content);
    EXPECT_EQ(reopened->takeSnapshot(QStringLiteral("x")), 0); // read-only: refused
    EXPECT_TRUE(reopened->lastError().contains(QStringLiteral("read-only")));
}

TEST(Snapshot, RemovingOneIsUndoableAndNewestComesFirst)
{
    test::TempFolder folder;
    const std::unique_ptr<AtlasDocument> document =
        AtlasDocument::create(folder.path(QStringLiteral("snap.atlas")));
    const Id first = document->takeSnapshot(QStringLiteral("first"));
    const Id second = document->takeSnapshot(QStringLiteral("second"));
    ASSERT_NE(first, 0);
    ASSERT_NE(second, 0);
    QList<SnapshotRecord> records = document->snapshots();
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records[0].label, QStringLiteral("second"));

    ASSERT_TRUE(document->removeSnapshot(first));
    records = document->snapshots();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].id, second);
    document->undoStack()->undo();
    EXPECT_EQ(document->snapshots().size(), 2);
    EXPECT_FALSE(document->removeSnapshot(999));
    EXPECT_FALSE(document->lastError().isEmpty());
}

TEST(SnapshotComparison, ReportsPartnershipsAddedAndEndedMembersAndIndicatorMoves)
{
    SnapshotAtlas a;
    const AtlasSnapshot before = a.snapshot();

    // Birch leaves, Cedar joins; the superintendents stop coming; a new partnership forms and
    // nothing else changes.
    a.atlas.memberships[1].left = QDate(2026, 7, 1);
    a.atlas.memberships.append({3, 7, 3, MemberRole::Member, QDate(2026, 7, 1), {}});
    for (const QDate &held : {QDate(2026, 7, 15), QDate(2026, 8, 15)})
        a.lifecycle.meetings.append(
            {Id(10 + held.month()), 7, 1, held, MeetingMode::InPerson, {}, {}});
    Partnership coast;
    coast.id = 8;
    coast.name = QStringLiteral("Coast Math");
    coast.status = PartnershipStatus::Forming;
    a.atlas.partnerships << coast;
    a.atlas.memberships.append({4, 8, 1, MemberRole::Member, QDate(2026, 7, 1), {}});
    a.lifecycle.sort();
    const AtlasSnapshot after = a.snapshot(QDate(2026, 9, 30));

    const SnapshotComparison c = compareSnapshots(before, after);
    ASSERT_EQ(c.added.size(), 1);
    EXPECT_EQ(c.added[0].name, QStringLiteral("Coast Math"));
    EXPECT_TRUE(c.ended.isEmpty());
    ASSERT_EQ(c.members.size(), 2);
    EXPECT_TRUE(c.members[0].joined);
    EXPECT_EQ(c.members[0].district.name, QStringLiteral("Cedar Elementary"));
    EXPECT_FALSE(c.members[1].joined);
    EXPECT_EQ(c.members[1].district.name, QStringLiteral("Birch Unified"));
    const auto supers = std::find_if(c.indicators.cbegin(), c.indicators.cend(),
                                     [](const SnapshotComparison::IndicatorChange &i) {
                                         return i.key == QLatin1String("superintendents");
                                     });
    ASSERT_NE(supers, c.indicators.cend());
    EXPECT_EQ(supers->direction, HealthTrend::Down);
    ASSERT_TRUE(supers->before && supers->after);
    EXPECT_GT(*supers->before, *supers->after);
    EXPECT_EQ(c.before.partnerships, 1);
    EXPECT_EQ(c.after.partnerships, 2);

    // The other way round: the new partnership is gone (ended), members swap back.
    const SnapshotComparison back = compareSnapshots(after, before);
    ASSERT_EQ(back.ended.size(), 1);
    EXPECT_EQ(back.ended[0].name, QStringLiteral("Coast Math"));
    EXPECT_TRUE(back.added.isEmpty());
    ASSERT_NE(std::find_if(back.indicators.cbegin(), back.indicators.cend(),
                           [](const SnapshotComparison::IndicatorChange &i) {
                               return i.key == QLatin1String("superintendents") &&
                                      i.direction == HealthTrend::Up;
                           }),
              back.indicators.cend());
}

TEST(SnapshotComparison, ASnapshotComparedWithItselfShowsNoChange)
{
    const AtlasSnapshot s = SnapshotAtlas().snapshot();
    const SnapshotComparison c = compareSnapshots(s, s);
    EXPECT_TRUE(c.isEmpty());
    EXPECT_EQ(c.before, c.after);
}

TEST(SnapshotComparison, APartnershipThatEndsIsReportedOnce)
{
    SnapshotAtlas a;
    const AtlasSnapshot before = a.snapshot();
    a.atlas.partnerships[0].status = PartnershipStatus::Ended;
    const SnapshotComparison c = compareSnapshots(before, a.snapshot());
    ASSERT_EQ(c.ended.size(), 1);
    EXPECT_EQ(c.ended[0].name, QStringLiteral("Valley Literacy"));
    EXPECT_TRUE(c.added.isEmpty());
    EXPECT_EQ(c.after.partnerships, 0);
}
