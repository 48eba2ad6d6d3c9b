// Files the store must refuse: each gets a clear message and is left byte for byte as it was.
#include "store/atlasstore.h"
#include "store/migrations.h"
#include "store/storeerror.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace pa;

namespace {

void runOnOwnConnection(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// An atlas with a few hundred rows, so that damage can hit table pages.
QString makeAtlas(const test::TempFolder &folder, const QString &name)
{
    const QString path = folder.path(name);
    auto store = AtlasStore::create(path);
    store->write([&] {
        for (int i = 0; i < 400; ++i) {
            District d;
            d.cdCode = QStringLiteral("%1").arg(1000000 + i);
            d.name = QStringLiteral("District number %1 with a long enough name").arg(i);
            d.goals = QString(200, QLatin1Char('g'));
            store->insertDistrict(d);
        }
    });
    return path;
}

StoreError::Kind refusalKind(const QString &path, QString *message = nullptr)
{
    try {
        AtlasStore::open(path);
    } catch (const StoreError &error) {
        if (message)
            *message = error.message();
        return error.kind();
    }
    ADD_FAILURE() << "the file was opened";
    return StoreError::Kind::Invalid;
}

} // namespace

TEST(Refusal, NewerVersionIsRefusedNamingBothVersionsAndLeftUntouched)
{
    test::TempFolder folder;
    const QString path = makeAtlas(folder, QStringLiteral("future.atlas"));
    runOnOwnConnection(path, {QStringLiteral("PRAGMA user_version = 7")});
    const QByteArray before = test::readBytes(path);
    QString message;
    EXPECT_EQ(refusalKind(path, &message), StoreError::Kind::NewerVersion);
    EXPECT_TRUE(message.contains(QStringLiteral("version 7"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("up to %1").arg(currentSchemaVersion())))
        << message.toStdString();
    EXPECT_EQ(test::readBytes(path), before);
}

TEST(Refusal, TextFileIsNotAnAtlas)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("districts.csv"));
    const QByteArray content = "CD Code,District\n0161119,Alameda Unified\n";
    test::writeBytes(path, content);
    QString message;
    EXPECT_EQ(refusalKind(path, &message), StoreError::Kind::NotAnAtlas);
    EXPECT_TRUE(message.contains(QStringLiteral("districts.csv"))) << message.toStdString();
    EXPECT_EQ(test::readBytes(path), content);
}

TEST(Refusal, EmptyFileIsNotAnAtlas)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("empty.atlas"));
    test::writeBytes(path, QByteArray());
    EXPECT_EQ(refusalKind(path), StoreError::Kind::NotAnAtlas);
    EXPECT_EQ(QFile(path).size(), 0);
}

TEST(Refusal, OtherSqliteDatabaseIsNotAnAtlas)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("other.sqlite"));
    runOnOwnConnection(
        path, {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
    const QByteArray before = test::readBytes(path);
    QString message;
    EXPECT_EQ(refusalKind(path, &message), StoreError::Kind::NotAnAtlas);
    EXPECT_TRUE(message.contains(QStringLiteral("not a Partnership Atlas file")));
    EXPECT_EQ(test::readBytes(path), before);
}

TEST(Refusal, MissingFileIsReported)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("gone.atlas"));
    EXPECT_EQ(refusalKind(path), StoreError::Kind::NotFound);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Refusal, DamagedPagesAreReportedAndLeftUntouched)
{
    test::TempFolder folder;
    const QString path = makeAtlas(folder, QStringLiteral("damaged.atlas"));
    QByteArray bytes = test::readBytes(path);
    ASSERT_GT(bytes.size(), 8 * 4096);
    // Overwrite the middle of the file (table and index pages) with garbage.
    for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 6000; ++i)
        bytes[i] = char((i * 7919) & 0xff);
    test::writeBytes(path, bytes);
    QString message;
    EXPECT_EQ(refusalKind(path, &message), StoreError::Kind::Damaged);
    EXPECT_TRUE(message.contains(QStringLiteral("damaged"))) << message.toStdString();
    EXPECT_EQ(test::readBytes(path), bytes);
}

TEST(Refusal, TruncatedFileIsReportedAndLeftUntouched)
{
    test::TempFolder folder;
    const QString path = makeAtlas(folder, QStringLiteral("cut.atlas"));
    const QByteArray bytes = test::readBytes(path).left(3 * 4096 + 100);
    test::writeBytes(path, bytes);
    EXPECT_EQ(refusalKind(path), StoreError::Kind::Damaged);
    EXPECT_EQ(test::readBytes(path), bytes);
}

TEST(Refusal, ReadOnlyFileOpensReadOnlyAndRefusesWrites)
{
    test::TempFolder folder;
    const QString path = makeAtlas(folder, QStringLiteral("locked.atlas"));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    if (QFileInfo(path).isWritable())
        GTEST_SKIP() << "running as a user who can write read-only files";
    const QByteArray before = test::readBytes(path);
    {
        auto store = AtlasStore::open(path);
        EXPECT_TRUE(store->isReadOnly());
        EXPECT_EQ(store->loadAll().districts.size(), 400);
        try {
            store->write([] {});
            ADD_FAILURE() << "a read-only atlas accepted a write";
        } catch (const StoreError &error) {
            EXPECT_EQ(error.kind(), StoreError::Kind::ReadOnly);
        }
    }
    EXPECT_EQ(test::readBytes(path), before);
}

TEST(Refusal, ExplicitReadOnlyAccessNeverWrites)
{
    test::TempFolder folder;
    const QString path = makeAtlas(folder, QStringLiteral("ro.atlas"));
    const QByteArray before = test::readBytes(path);
    {
        auto store = AtlasStore::open(path, AtlasStore::Access::ReadOnly);
        EXPECT_TRUE(store->isReadOnly());
        EXPECT_TRUE(store->check().integrityOk);
        EXPECT_THROW(store->write([] {}), StoreError);
    }
    EXPECT_EQ(test::readBytes(path), before);
    // Nothing is left beside the atlas either.
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

TEST(Refusal, MessagesShowFileNamesWithPercentSignsAsTheyAre)
{
    test::TempFolder folder;
    const QString path = makeAtlas(folder, QStringLiteral("Plan%2B%1.atlas"));
    runOnOwnConnection(path, {QStringLiteral("PRAGMA user_version = 99")});
    QString message;
    EXPECT_EQ(refusalKind(path, &message), StoreError::Kind::NewerVersion);
    EXPECT_TRUE(message.contains(QStringLiteral("Plan%2B%1.atlas"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("version 99"))) << message.toStdString();
}
