// Ordered migrations: each step is whole, the version follows the steps, and a failing step
// leaves the file at the version before it.
#include "store/atlasstore.h"
#include "store/migrations.h"
#include "store/storeerror.h"
#include "support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pa;

class Migrations : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrations"));
        m_db.setDatabaseName(m_folder.path(QStringLiteral("m.sqlite")));
        ASSERT_TRUE(m_db.open());
    }
    void TearDown() override
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("migrations"));
    }
    int version()
    {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA user_version"));
        return query.next() ? query.value(0).toInt() : -1;
    }
    bool hasTable(const QString &name)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = :name"));
        query.bindValue(QStringLiteral(":name"), name);
        return query.exec() && query.next() && query.value(0).toInt() == 1;
    }

    test::TempFolder m_folder;
    QSqlDatabase m_db;
};

namespace {

const QList<MigrationStep> threeSteps = {
    {1, QStringLiteral("CREATE TABLE one (x INTEGER)\n;;\nINSERT INTO one VALUES (1)")},
    {2, QStringLiteral("CREATE TABLE two (x INTEGER)")},
    {3, QStringLiteral("ALTER TABLE two ADD COLUMN y TEXT\n;;\nCREATE TABLE three (x INTEGER)")},
};

} // namespace

TEST_F(Migrations, StepsRunInOrderAndSetTheVersion)
{
    runMigrations(m_db, threeSteps, 0, QStringLiteral("m.sqlite"));
    EXPECT_EQ(version(), 3);
    EXPECT_TRUE(hasTable(QStringLiteral("one")));
    EXPECT_TRUE(hasTable(QStringLiteral("three")));
}

TEST_F(Migrations, OnlyTheMissingStepsRun)
{
    runMigrations(m_db, threeSteps.mid(0, 1), 0, QStringLiteral("m.sqlite"));
    EXPECT_EQ(version(), 1);
    runMigrations(m_db, threeSteps, 1, QStringLiteral("m.sqlite"));
    EXPECT_EQ(version(), 3);
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("SELECT COUNT(*) FROM one"));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 1); // step 1 did not run twice
}

TEST_F(Migrations, AFailingStepRollsBackWholeAndKeepsThePreviousVersion)
{
    QList<MigrationStep> steps = threeSteps;
    steps[2].sql = QStringLiteral("CREATE TABLE three (x INTEGER)\n;;\nTHIS IS NOT SQL");
    try {
        runMigrations(m_db, steps, 0, QStringLiteral("m.sqlite"));
        ADD_FAILURE() << "the broken step was accepted";
    } catch (const StoreError &error) {
        EXPECT_TRUE(error.message().contains(QStringLiteral("left at version 2")))
            << error.message().toStdString();
    }
    EXPECT_EQ(version(), 2);
    EXPECT_TRUE(hasTable(QStringLiteral("two")));
    EXPECT_FALSE(hasTable(QStringLiteral("three"))); // the first statement of step 3 rolled back
}

TEST(BuiltInMigrations, AreNumberedFromOneWithoutGaps)
{
    const QList<MigrationStep> &steps = builtInMigrations();
    ASSERT_FALSE(steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps.at(i).version, i + 1);
    EXPECT_EQ(currentSchemaVersion(), steps.last().version);
}

TEST(BuiltInMigrations, AnAtlasAtTheCurrentVersionOpensUnchanged)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("a.atlas"));
    AtlasStore::create(path).reset();
    auto store = AtlasStore::open(path);
    EXPECT_EQ(store->schemaVersion(), currentSchemaVersion());
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".v1.bak")));
}
