// The atlas file: what is written is what is read back, constraints hold, transactions are
// whole, a second writer waits, and a copy is consistent.
#include "store/atlasstore.h"
#include "store/storeerror.h"
#include "support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <thread>

using namespace pa;

namespace {

District sampleDistrict(const QString &code, const QString &name)
{
    District d;
    d.cdCode = code;
    d.name = name;
    d.county = QStringLiteral("Fresno");
    d.type = DistrictType::Unified;
    d.latitude = 36.7;
    d.longitude = -119.6;
    d.enrollment = 12000;
    d.locale = Locale::Rural;
    d.readiness = 3;
    d.volunteer = true;
    d.signupDate = QDate(2025, 9, 2);
    d.needs = {QStringLiteral("early-literacy"), QStringLiteral("english-learners")};
    d.strengths = {QStringLiteral("data-use")};
    d.dataSystems = {QStringLiteral("Aeries")};
    d.goals = QStringLiteral("Every child reads by third grade.");
    return d;
}

// Runs a query on its own connection, as another program would.
QVariant pragmaOf(const QString &path, const QString &pragma)
{
    QVariant value;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
            value = query.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("probe"));
    return value;
}

} // namespace

TEST(Store, NewAtlasIsMarkedVersionedInWalModeWithSeededVocabulary)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("new.atlas"));
    {
        auto store = AtlasStore::create(path);
        EXPECT_EQ(store->schemaVersion(), 1);
        const AtlasData data = store->loadAll();
        EXPECT_GE(data.needs.size(), 15);
        EXPECT_TRUE(std::any_of(data.needs.cbegin(), data.needs.cend(), [](const NeedTag &n) {
            return n.tag == QLatin1String("early-literacy") && n.seeded;
        }));
    }
    EXPECT_EQ(pragmaOf(path, QStringLiteral("application_id")).toUInt(), AtlasStore::applicationId);
    EXPECT_EQ(pragmaOf(path, QStringLiteral("user_version")).toInt(), 1);
    EXPECT_EQ(pragmaOf(path, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
}

TEST(Store, CreateRefusesAnExistingFileAndLeavesItAlone)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("notes.atlas"));
    test::writeBytes(path, "my notes");
    EXPECT_THROW(AtlasStore::create(path), StoreError);
    EXPECT_EQ(test::readBytes(path), QByteArray("my notes"));
}

TEST(Store, EveryFieldRoundTripsThroughTheFile)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("a.atlas"));
    District fresno = sampleDistrict(QStringLiteral("1062166"), QStringLiteral("Fresno Unified"));
    District chelsea;
    chelsea.externalKey = QStringLiteral("MA:Chelsea");
    chelsea.name = QStringLiteral("Chelsea");
    chelsea.state = QStringLiteral("MA");
    chelsea.needs = {QStringLiteral("student-mobility"), QStringLiteral("brand-new-need")};
    Facilitator partners;
    partners.name = QStringLiteral("California Education Partners");
    partners.latitude = 37.79;
    partners.longitude = -122.4;
    partners.regions = {QStringLiteral("Central Valley"), QStringLiteral("Bay Area")};
    partners.expertise = {QStringLiteral("early-literacy")};
    partners.capacity = 3;
    Partnership scale;
    scale.name = QStringLiteral("SCALE Up");
    scale.status = PartnershipStatus::Active;
    scale.formed = QDate(2013, 1, 1);
    scale.focus = {QStringLiteral("early-literacy")};
    {
        auto store = AtlasStore::create(path);
        store->write([&] {
            store->insertDistrict(fresno);
            store->insertDistrict(chelsea);
            store->insertFacilitator(partners);
            store->insertRelationship({partners.id, fresno.id, QStringLiteral("coaching"),
                                       QDate(2015, 3, 1), 3, QString()});
            store->insertPartnership(scale);
            Membership m{0, scale.id, fresno.id, MemberRole::Lead, QDate(2013, 1, 1), QDate()};
            store->insertMembership(m);
            Assignment a{0,       scale.id, partners.id, QStringLiteral("lead"), QDate(2013, 1, 1),
                         QDate(), true};
            store->insertAssignment(a);
        });
    }
    auto reopened = AtlasStore::open(path);
    const AtlasData data = reopened->loadAll();
    ASSERT_EQ(data.districts.size(), 2);
    EXPECT_EQ(data.districts.at(0), fresno);
    EXPECT_EQ(data.districts.at(1), chelsea);
    EXPECT_EQ(data.districts.at(1).displayKey(), QStringLiteral("MA:Chelsea"));
    ASSERT_EQ(data.facilitators.size(), 1);
    EXPECT_EQ(data.facilitators.at(0), partners);
    ASSERT_EQ(data.partnerships.size(), 1);
    EXPECT_EQ(data.partnerships.at(0), scale);
    ASSERT_EQ(data.memberships.size(), 1);
    EXPECT_EQ(data.memberships.at(0).role, MemberRole::Lead);
    ASSERT_EQ(data.assignments.size(), 1);
    EXPECT_TRUE(data.assignments.at(0).pinned);
    ASSERT_EQ(data.relationships.size(), 1);
    EXPECT_EQ(data.relationships.at(0).strength, 3);
    // A tag that was not in the vocabulary extends it.
    EXPECT_TRUE(std::any_of(data.needs.cbegin(), data.needs.cend(), [](const NeedTag &n) {
        return n.tag == QLatin1String("brand-new-need") && !n.seeded;
    }));
}

TEST(Store, ConstraintViolationRollsBackTheWholeChange)
{
    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("a.atlas")));
    District first = sampleDistrict(QStringLiteral("1062166"), QStringLiteral("Fresno Unified"));
    store->write([&] { store->insertDistrict(first); });

    District other = sampleDistrict(QStringLiteral("1062414"), QStringLiteral("Sanger Unified"));
    District duplicate = sampleDistrict(QStringLiteral("1062166"), QStringLiteral("Duplicate"));
    EXPECT_THROW(store->write([&] {
        store->insertDistrict(other);
        store->insertDistrict(duplicate); // same CD code: refused
    }),
                 StoreError);
    const AtlasData data = store->loadAll();
    ASSERT_EQ(data.districts.size(), 1);
    EXPECT_EQ(data.districts.at(0).name, QStringLiteral("Fresno Unified"));
}

TEST(Store, ForeignKeysAreEnforced)
{
    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("a.atlas")));
    Partnership p;
    p.name = QStringLiteral("CORE");
    store->write([&] { store->insertPartnership(p); });
    Membership orphan{0, p.id, 4242, MemberRole::Member, QDate(), QDate()};
    EXPECT_THROW(store->write([&] { store->insertMembership(orphan); }), StoreError);
    EXPECT_TRUE(store->loadAll().memberships.isEmpty());
}

TEST(Store, DeletingADistrictRemovesItsMemberships)
{
    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("a.atlas")));
    District d = sampleDistrict(QStringLiteral("1062166"), QStringLiteral("Fresno Unified"));
    Partnership p;
    p.name = QStringLiteral("CORE");
    store->write([&] {
        store->insertDistrict(d);
        store->insertPartnership(p);
        Membership m{0, p.id, d.id, MemberRole::Member, QDate(), QDate()};
        store->insertMembership(m);
    });
    store->write([&] { store->deleteDistrict(d.id); });
    EXPECT_TRUE(store->loadAll().memberships.isEmpty());
    EXPECT_TRUE(store->check().integrityOk);
}

TEST(Store, ASecondWriterWaitsForTheFirstInsteadOfFailing)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("shared.atlas"));
    auto store = AtlasStore::create(path);

    // Another program holds the write lock for a moment, then commits.
    std::atomic<bool> locked{false};
    std::thread other([&] {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            query.exec(QStringLiteral("BEGIN IMMEDIATE"));
            query.exec(QStringLiteral("INSERT INTO need (tag, label) VALUES ('held', 'Held')"));
            locked = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            query.exec(QStringLiteral("COMMIT"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    });
    while (!locked)
        std::this_thread::yield();
    District d = sampleDistrict(QStringLiteral("1062166"), QStringLiteral("Fresno Unified"));
    EXPECT_NO_THROW(store->write([&] { store->insertDistrict(d); }));
    other.join();
    const AtlasData data = store->loadAll();
    EXPECT_EQ(data.districts.size(), 1);
    EXPECT_TRUE(std::any_of(data.needs.cbegin(), data.needs.cend(),
                            [](const NeedTag &n) { return n.tag == QLatin1String("held"); }));
}

TEST(Store, SaveCopyWritesAConsistentAtlasAndReplacesTheTargetWhole)
{
    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("a.atlas")));
    District d = sampleDistrict(QStringLiteral("1062166"), QStringLiteral("Fresno Unified"));
    store->write([&] { store->insertDistrict(d); });

    const QString copy = folder.path(QStringLiteral("copy.atlas"));
    test::writeBytes(copy, "an older file");
    store->saveCopy(copy);
    auto reopened = AtlasStore::open(copy);
    EXPECT_EQ(reopened->loadAll().districts, store->loadAll().districts);
    EXPECT_TRUE(reopened->check().integrityOk);
    EXPECT_FALSE(QFile::exists(copy + QStringLiteral(".partial")));

    EXPECT_THROW(store->saveCopy(store->path()), StoreError);
}

TEST(Store, CheckCountsWhatTheAtlasHolds)
{
    test::TempFolder folder;
    auto store = AtlasStore::create(folder.path(QStringLiteral("a.atlas")));
    District d = sampleDistrict(QStringLiteral("1062166"), QStringLiteral("Fresno Unified"));
    store->write([&] { store->insertDistrict(d); });
    const IntegrityReport report = store->check();
    EXPECT_TRUE(report.integrityOk) << report.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(report.schemaVersion, 1);
    EXPECT_EQ(report.districts, 1);
    EXPECT_EQ(report.partnerships, 0);
}
