// libFuzzer target: opening arbitrary bytes as an atlas, read-only, and loading it, as `list`,
// `check` and the window's read-only mode do. Whatever the bytes, opening either works or
// throws StoreError with a message; it never crashes, hangs or changes the file, and it leaves
// nothing beside it (no -wal, -shm, journal or backup).
//
// With PA_FUZZ_WRITE_SEEDS=DIR set, writes seed atlases (made by this build's own store, so
// their header, application id and schema are the real ones) to DIR and exits: the binary
// seeds are generated, not kept in the repository.
#include "fuzzsupport.h"

#include "store/storeerror.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

namespace {

// A small atlas with a record of each kind, rewritten with 512-byte pages so that the fuzzer
// works on a few kilobytes rather than megabytes.
void fuzzWriteSeed(const QString &path, bool walMode)
{
    QFile::remove(path);
    {
        auto store = pa::AtlasStore::create(path);
        store->write([&] {
            pa::District district;
            district.cdCode = QStringLiteral("1062166");
            district.name = QStringLiteral("Fresno Unified");
            district.county = QStringLiteral("Fresno");
            district.latitude = 36.74;
            district.longitude = -119.78;
            district.needs = {QStringLiteral("early-literacy")};
            store->insertDistrict(district);
            pa::Partnership partnership;
            partnership.name = QStringLiteral("Central Valley Readers");
            store->insertPartnership(partnership);
            pa::Membership member;
            member.partnershipId = partnership.id;
            member.districtId = district.id;
            store->insertMembership(member);
        });
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fuzz-seed"));
        db.setDatabaseName(path);
        if (!db.open())
            std::abort();
        QSqlQuery query(db);
        for (const char *sql : {"PRAGMA journal_mode = DELETE", "PRAGMA page_size = 512", "VACUUM",
                                walMode ? "PRAGMA journal_mode = WAL" : "SELECT 1"})
            if (!query.exec(QString::fromLatin1(sql)))
                std::abort();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fuzz-seed"));
}

bool fuzzWriteSeedsIfAsked()
{
    const QString dir = qEnvironmentVariable("PA_FUZZ_WRITE_SEEDS");
    if (dir.isEmpty())
        return false;
    QDir().mkpath(dir);
    fuzzWriteSeed(QDir(dir).filePath(QStringLiteral("small-rollback.atlas")), false);
    fuzzWriteSeed(QDir(dir).filePath(QStringLiteral("small-wal.atlas")), true);
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    pa::fuzz::application();
    if (fuzzWriteSeedsIfAsked()) {
        std::fputs("seed atlases written\n", stderr);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = pa::fuzz::bytes(data, size);
    const QDir dir(pa::fuzz::scratch().path());
    const QString path = dir.filePath(QStringLiteral("input.atlas"));
    for (const QString &name : dir.entryList(QDir::Files))
        QFile::remove(dir.filePath(name));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
            std::abort();
    }
    try {
        auto store = pa::AtlasStore::open(path, pa::AtlasStore::Access::ReadOnly);
        if (!store->isReadOnly())
            std::abort();
        const pa::AtlasData atlas = store->loadAll();
        const pa::IntegrityReport report = store->check();
        if (report.districts < 0)
            std::abort();
    } catch (const pa::StoreError &error) {
        if (error.message().isEmpty())
            std::abort(); // a refusal always says why
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != input)
        std::abort(); // opening read-only changed the file
    if (dir.entryList(QDir::Files) != QStringList{QStringLiteral("input.atlas")})
        std::abort(); // something was left beside it
    return 0;
}
