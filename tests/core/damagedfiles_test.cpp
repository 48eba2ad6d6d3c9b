// Damaged atlas files: more than 300 variants of the demo atlas (truncated, zeroed pages,
// flipped bytes, a damaged header, a wrong or newer schema, not SQLite at all) are opened by the
// store, as the app does, and checked by the real command-line tool. None may crash, hang or be
// modified; every structural kind of damage must be reported. Damage SQLite cannot see (a
// flipped byte inside a name) is counted and printed: see the figures line.
#include "demo/demoatlas.h"
#include "document/atlasdocument.h"
#include "store/storeerror.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <map>

using namespace pa;

namespace {

struct DamagedFile
{
    QString kind; // truncated, zeroed-page, flipped, header, schema, not-sqlite
    QByteArray bytes;
    bool mustBeReported = true;
};

constexpr int damagePageSize = 4096;

QList<DamagedFile> damagedVariants(const QByteArray &good, const QString &schemaFolder)
{
    QList<DamagedFile> files;
    QRandomGenerator random(4242);
    const int pages = int(good.size() / damagePageSize);
    // Truncated anywhere, from an empty file to one page short.
    for (int i = 0; i < 60; ++i) {
        const qsizetype keep = i == 0 ? 0 : qsizetype(double(i) / 60 * (good.size() - 1));
        files.append({QStringLiteral("truncated"), good.left(keep)});
    }
    // One page zeroed: page 1 holds the header and the schema, the rest hold the tables.
    for (int i = 0; i < 80; ++i) {
        QByteArray bytes = good;
        const int page = i < pages ? i : int(random.bounded(pages));
        bytes.replace(page * damagePageSize, damagePageSize, QByteArray(damagePageSize, '\0'));
        // A zeroed page may have been free or an overflow page nothing checks.
        files.append({QStringLiteral("zeroed-page"), bytes, page == 0});
    }
    // A few bytes flipped at random places: often inside a value, which SQLite cannot see.
    for (int i = 0; i < 100; ++i) {
        QByteArray bytes = good;
        const int flips = 1 + int(random.bounded(8));
        for (int f = 0; f < flips; ++f) {
            const qsizetype at = qsizetype(random.bounded(quint32(bytes.size())));
            bytes[at] = char(bytes.at(at) ^ char(1 + random.bounded(255)));
        }
        files.append({QStringLiteral("flipped"), bytes, false});
    }
    // The 100-byte database header, byte by byte, where a wrong value breaks the format.
    for (int at : {0, 3, 7, 15, 16, 17, 18, 19, 21, 22, 23}) {
        QByteArray bytes = good;
        bytes[at] = char(bytes.at(at) ^ 0x5a);
        files.append({QStringLiteral("header"), bytes});
    }
    // Not SQLite at all.
    files.append({QStringLiteral("not-sqlite"), QByteArray("CD Code\tCounty\tDistrict\n")});
    files.append({QStringLiteral("not-sqlite"), QByteArray("\x89PNG\r\n\x1a\n", 8) + good.mid(8)});
    for (int i = 0; i < 18; ++i) {
        QByteArray noise(damagePageSize * (1 + i % 4), '\0');
        for (char &c : noise)
            c = char(random.bounded(256));
        files.append({QStringLiteral("not-sqlite"), noise});
    }
    // A wrong or newer schema, written by a plain SQLite connection.
    const QList<QStringList> schemaChanges{
        {QStringLiteral("PRAGMA user_version = 99")},
        {QStringLiteral("PRAGMA application_id = 1234")},
        {QStringLiteral("PRAGMA application_id = 0")},
        {QStringLiteral("DROP TABLE attendance")},
        {QStringLiteral("ALTER TABLE district RENAME TO districts")},
        {QStringLiteral("PRAGMA user_version = 0")},
    };
    for (int i = 0; i < 30; ++i) {
        const QString path = schemaFolder + QStringLiteral("/schema-%1.atlas").arg(i);
        test::writeBytes(path, good);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(path);
            EXPECT_TRUE(db.open());
            QSqlQuery query(db);
            for (const QString &statement : schemaChanges.at(i % schemaChanges.size()))
                EXPECT_TRUE(query.exec(statement)) << statement.toStdString();
            if (i >= int(schemaChanges.size())) { // and a newer version on top
                EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(10 + i)));
            }
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        files.append({QStringLiteral("schema"), test::readBytes(path)});
    }
    return files;
}

// Opens the file as the app does (read-write when it can) and reads all of it.
bool damageReportedInProcess(const QString &path)
{
    try {
        auto store = AtlasStore::open(path);
        if (!store->check().integrityOk)
            return true;
        AtlasDocument document(std::move(store));
        (void)document.data();
        return false;
    } catch (const StoreError &) {
        return true;
    }
}

} // namespace

TEST(DamagedFiles, NoneCrashesHangsOrIsModifiedAndStructuralDamageIsReported)
{
    test::TempFolder folder;
    const QString demoPath = folder.path(QStringLiteral("demo.atlas"));
    demo::createDemoAtlas(demoPath);
    {
        auto store = AtlasStore::open(demoPath); // checkpoint: everything in the main file
    }
    const QByteArray good = test::readBytes(demoPath);
    ASSERT_GT(good.size(), 20 * damagePageSize);
    const QList<DamagedFile> files = damagedVariants(good, folder.path(QString()));
    ASSERT_GE(files.size(), 300);

    std::map<QString, std::pair<int, int>> reportedOfKind; // kind -> (reported, total)
    for (int i = 0; i < files.size(); ++i) {
        const DamagedFile &file = files.at(i);
        const QString path = folder.path(QStringLiteral("damaged-%1.atlas").arg(i));
        test::writeBytes(path, file.bytes);
        const QByteArray hash = QCryptographicHash::hash(file.bytes, QCryptographicHash::Sha256);
        const std::string where =
            QStringLiteral("file %1 (%2)").arg(i).arg(file.kind).toStdString();

        const bool inProcess = damageReportedInProcess(path);

        QProcess cli;
        cli.start(QStringLiteral(PA_CLI_PATH), {QStringLiteral("check"), path});
        ASSERT_TRUE(cli.waitForFinished(20000)) << where << ": the command-line tool hung";
        ASSERT_EQ(cli.exitStatus(), QProcess::NormalExit) << where << ": it crashed";
        const int code = cli.exitCode();
        EXPECT_TRUE(code == 0 || code == 3 || code == 4) << where << ": exit code " << code;
        const bool byCli = code != 0;
        if (byCli) {
            EXPECT_FALSE(cli.readAllStandardError().trimmed().isEmpty())
                << where << ": refused without a message";
        }

        EXPECT_EQ(QCryptographicHash::hash(test::readBytes(path), QCryptographicHash::Sha256), hash)
            << where << ": the file was modified";
        if (file.mustBeReported) {
            EXPECT_TRUE(inProcess) << where << ": the app opened it without a word";
            EXPECT_TRUE(byCli) << where << ": check passed it";
        }
        auto &[reported, total] = reportedOfKind[file.kind];
        reported += inProcess ? 1 : 0;
        ++total;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
    }
    QStringList figures;
    for (const auto &[kind, counts] : reportedOfKind)
        figures << QStringLiteral("%1 %2/%3").arg(kind).arg(counts.first).arg(counts.second);
    std::printf("[ figures  ] %lld damaged files; reported by the app, per kind: %s\n",
                static_cast<long long>(files.size()),
                qPrintable(figures.join(QStringLiteral(", "))));
}
