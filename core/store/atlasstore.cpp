#include "atlasstore.h"

#include "migrations.h"
#include "schemacheck.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <atomic>
#include <filesystem>

namespace pa {

namespace {

QString storeTr(const char *text)
{
    return QCoreApplication::translate("AtlasStore", text);
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Reads the SQLite header without letting SQLite touch the file, so that a file we refuse is
// left byte for byte as it was.
void probeHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        throw StoreError(StoreError::Kind::NotFound,
                         storeTr("“%1” does not exist.").arg(nativeName(path)));
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(
            StoreError::Kind::Io,
            storeTr("“%1” cannot be read: %2.").arg(nativeName(path), file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        throw StoreError(
            StoreError::Kind::NotAnAtlas,
            storeTr("“%1” is not a Partnership Atlas file (it is not an SQLite database). "
                    "It was not changed.")
                .arg(nativeName(path)));
    const auto be32 = [&header](int offset) {
        return qFromBigEndian<quint32>(header.constData() + offset);
    };
    // Bytes 18 and 19 are the format's write and read versions (1 or 2; SQLite opens a file
    // with a higher write version read-only without a word), bytes 21 to 23 fixed payload
    // fractions (64, 32, 32) that SQLite itself ignores.
    const auto isFormatVersion = [](char byte) { return byte == 1 || byte == 2; };
    if (!isFormatVersion(header.at(18)) || !isFormatVersion(header.at(19)) || header.at(21) != 64 ||
        header.at(22) != 32 || header.at(23) != 32)
        throw StoreError(StoreError::Kind::Damaged,
                         storeTr("“%1” is damaged and cannot be opened: its file header is "
                                 "corrupt. It was not changed.")
                             .arg(nativeName(path)));
    const quint32 appId = be32(68);
    const auto version = static_cast<int>(be32(60));
    if (appId != AtlasStore::applicationId)
        throw StoreError(StoreError::Kind::NotAnAtlas,
                         storeTr("“%1” is an SQLite database but not a Partnership Atlas file. "
                                 "It was not changed.")
                             .arg(nativeName(path)));
    if (version > currentSchemaVersion())
        throw StoreError(
            StoreError::Kind::NewerVersion,
            storeTr("“%1” was written by a newer Partnership Atlas (file format version "
                    "%2). This version reads format versions up to %3. Install a newer "
                    "Partnership Atlas to open it; the file was not changed.")
                .arg(nativeName(path), QString::number(version),
                     QString::number(currentSchemaVersion())));
}

std::atomic<int> connectionCounter{0};

} // namespace

AtlasStore::AtlasStore(const QString &path, bool readOnly)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connection(QStringLiteral("pa-atlas-%1").arg(++connectionCounter))
    , m_readOnly(readOnly)
{}

AtlasStore::~AtlasStore()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_ptr<AtlasStore> AtlasStore::create(const QString &path)
{
    if (QFileInfo::exists(path))
        throw StoreError(
            StoreError::Kind::Invalid,
            storeTr("“%1” already exists; choose another name.").arg(nativeName(path)));
    std::unique_ptr<AtlasStore> store(new AtlasStore(path, false));
    try {
        store->initialize();
    } catch (const StoreError &) {
        const QString created = store->m_path;
        store.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(created + QLatin1String(suffix));
        throw;
    }
    store->catchUp();
    return store;
}

void AtlasStore::initialize()
{
    AtlasStore *store = this;
    connect(true);
    QSqlQuery query(store->db());
    // application_id marks the file as ours before anything else is in it.
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
        store->fail(storeTr("create"), query.lastError().text());
    store->configure();
    QSqlDatabase database = store->db();
    runMigrations(database, builtInMigrations(), 0, nativeName(store->m_path));
    store->write([&] {
        QSqlQuery &meta = store->prepared(
            QStringLiteral("INSERT INTO atlas_meta (meta_key, meta_value) VALUES (:key, :value)"));
        meta.bindValue(QStringLiteral(":key"), QStringLiteral("created-by"));
        meta.bindValue(
            QStringLiteral(":value"),
            QStringLiteral("Partnership Atlas %1").arg(QStringLiteral(PA_VERSION_STRING)));
        store->exec(meta);
    });
}

std::unique_ptr<AtlasStore> AtlasStore::open(const QString &path, Access access)
{
    probeHeader(path);
    const QFileInfo info(path);
    const bool cannotWrite = !info.isWritable() || !QFileInfo(info.absolutePath()).isWritable();
    const bool readOnly = access == Access::ReadOnly || cannotWrite;
    std::unique_ptr<AtlasStore> store(new AtlasStore(path, readOnly));
    // A file we may write is opened read-write even for read-only access, with query_only set:
    // SQLite then removes its -wal and -shm files on close, which a read-only connection
    // cannot do.
    store->m_sqliteReadOnly = cannotWrite;
    store->connect(false);
    if (readOnly && !cannotWrite) {
        QSqlQuery pragma(store->db());
        pragma.exec(QStringLiteral("PRAGMA query_only = ON"));
    }

    // Check what the file really holds (the header may lag behind a write-ahead log) and its
    // integrity before writing anything.
    QSqlQuery query(store->db());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        throw StoreError(StoreError::Kind::Damaged,
                         storeTr("“%1” is damaged and cannot be opened (%2). It was not changed.")
                             .arg(nativeName(store->m_path), query.lastError().text()));
    QStringList findings;
    while (query.next())
        findings << query.value(0).toString();
    if (findings != QStringList{QStringLiteral("ok")})
        throw StoreError(
            StoreError::Kind::Damaged,
            storeTr("“%1” is damaged and cannot be opened: %2. It was not changed.")
                .arg(nativeName(store->m_path), findings.mid(0, 3).join(QStringLiteral("; "))));
    const int version = store->schemaVersion();
    if (version > currentSchemaVersion())
        throw StoreError(
            StoreError::Kind::NewerVersion,
            storeTr("“%1” was written by a newer Partnership Atlas (file format version "
                    "%2). This version reads format versions up to %3.")
                .arg(nativeName(store->m_path), QString::number(version),
                     QString::number(currentSchemaVersion())));
    if (version < 1)
        throw StoreError(StoreError::Kind::NotAnAtlas,
                         storeTr("“%1” is not a Partnership Atlas file (it has no atlas tables). "
                                 "It was not changed.")
                             .arg(nativeName(store->m_path)));
    if (version == currentSchemaVersion()) {
        const QStringList missing = schemaProblems(store->db());
        if (!missing.isEmpty())
            throw StoreError(
                StoreError::Kind::Damaged,
                storeTr("“%1” is damaged and cannot be opened: %2. It was not "
                        "changed.")
                    .arg(nativeName(store->m_path), missing.mid(0, 3).join(QStringLiteral("; "))));
    }
    if (version < currentSchemaVersion()) {
        if (readOnly)
            throw StoreError(
                StoreError::Kind::ReadOnly,
                cannotWrite ? storeTr("“%1” uses the older file format version %2 and must be "
                                      "updated to version %3, but it is read-only.")
                            : storeTr("“%1” uses the older file format version %2; open it for "
                                      "editing once to update it to version %3.")
                                  .arg(nativeName(store->m_path), QString::number(version),
                                       QString::number(currentSchemaVersion())));
        // Keep the file as it was before changing its format.
        const QString backup = store->m_path + QStringLiteral(".v%1.bak").arg(version);
        store->saveCopy(backup);
    }
    if (!readOnly) {
        store->configure();
        QSqlDatabase database = store->db();
        runMigrations(database, builtInMigrations(), version, nativeName(store->m_path));
    }
    store->catchUp();
    return store;
}

void AtlasStore::connect(bool create)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000")};
    if (m_sqliteReadOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    database.setConnectOptions(options.join(QLatin1Char(';')));
    if (!database.open())
        throw StoreError(create ? StoreError::Kind::Io : StoreError::Kind::Damaged,
                         storeTr("“%1” cannot be opened: %2.")
                             .arg(nativeName(m_path), database.lastError().text()));
    catchUp();
}

// Per-connection settings. Foreign keys and WAL are set outside any transaction.
void AtlasStore::configure()
{
    QSqlQuery query(db());
    for (const char *pragma :
         {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            fail(storeTr("configure"), query.lastError().text());
    }
    catchUp(); // switching to WAL counts as a change of its own
}

QSqlDatabase AtlasStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString AtlasStore::displayName() const
{
    return QFileInfo(m_path).fileName();
}

int AtlasStore::schemaVersion() const
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        throw StoreError(StoreError::Kind::Damaged,
                         storeTr("“%1” cannot be read (%2). It was not changed.")
                             .arg(nativeName(m_path), query.lastError().text()));
    return query.value(0).toInt();
}

void AtlasStore::fail(const QString &what, const QString &reason) const
{
    const bool busy = reason.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
                      reason.contains(QLatin1String("busy"), Qt::CaseInsensitive);
    if (busy)
        throw StoreError(StoreError::Kind::Busy,
                         storeTr("“%1” is in use by another program that did not finish in time "
                                 "(%2: %3). Nothing was changed; try again.")
                             .arg(nativeName(m_path), what, reason));
    // QSqlError::text() appends the driver's words ("Unable to fetch row") to SQLite's.
    QString cause = reason;
    for (const QLatin1String driverWords :
         {QLatin1String(" Unable to fetch row"), QLatin1String(" Unable to execute statement"),
          QLatin1String(" Unable to execute multiple statements"),
          QLatin1String(" Unable to begin transaction"),
          QLatin1String(" Unable to commit transaction")})
        if (cause.endsWith(driverWords))
            cause.chop(driverWords.size());
    const bool diskProblem = cause.contains(QLatin1String("disk"), Qt::CaseInsensitive) ||
                             cause.contains(QLatin1String("full"), Qt::CaseInsensitive);
    if (diskProblem)
        throw StoreError(StoreError::Kind::Io,
                         storeTr("Could not %2 in “%1”: the disk is full or cannot be written "
                                 "(%3). Nothing was changed; free some space or check the drive, "
                                 "then try again.")
                             .arg(nativeName(m_path), what, cause));
    throw StoreError(StoreError::Kind::Io, storeTr("Could not %2 in “%1”: %3. Nothing was changed.")
                                               .arg(nativeName(m_path), what, cause));
}

bool AtlasStore::changedElsewhere() const
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return false;
    return query.value(0).toLongLong() != m_seenDataVersion;
}

void AtlasStore::catchUp()
{
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        m_seenDataVersion = query.value(0).toLongLong();
}

void AtlasStore::requireWrite() const
{
    Q_ASSERT_X(m_inWrite, "AtlasStore", "write methods must be called inside write()");
    if (!m_inWrite)
        throw StoreError(StoreError::Kind::Invalid,
                         QStringLiteral("internal error: write outside a transaction"));
}

void AtlasStore::write(const std::function<void()> &body)
{
    if (m_readOnly)
        throw StoreError(
            StoreError::Kind::ReadOnly,
            storeTr("“%1” is open read-only; the change was not made.").arg(nativeName(m_path)));
    if (m_inWrite) { // nested: part of the enclosing transaction
        body();
        return;
    }
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        fail(storeTr("start a change"), query.lastError().text());
    // Inside the write lock: nobody can commit between this check and our commit.
    if (m_refusesStaleWrites && changedElsewhere()) {
        query.exec(QStringLiteral("ROLLBACK"));
        throw StoreError(StoreError::Kind::ChangedElsewhere,
                         storeTr("“%1” was changed in another window or program since it was "
                                 "read here. Your change was not made, so nothing of theirs "
                                 "was overwritten; the atlas now shows the file as it is. "
                                 "Please make your change again.")
                             .arg(nativeName(m_path)));
    }
    m_inWrite = true;
    try {
        body();
    } catch (...) {
        m_inWrite = false;
        query.exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    m_inWrite = false;
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString reason = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        fail(storeTr("save the change"), reason);
    }
}

QSqlQuery &AtlasStore::prepared(const QString &sql) const
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return **it;
    auto *query = new QSqlQuery(db());
    if (!query->prepare(sql)) {
        const QString reason = query->lastError().text();
        delete query;
        fail(storeTr("prepare a statement"), reason);
    }
    m_statements.insert(sql, query);
    return *query;
}

void AtlasStore::exec(QSqlQuery &query) const
{
    if (!query.exec())
        fail(storeTr("write"), query.lastError().text());
}

void AtlasStore::saveCopy(const QString &target) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path)
        throw StoreError(StoreError::Kind::Invalid,
                         storeTr("“%1” is the open atlas; choose another name for the copy.")
                             .arg(nativeName(target)));
    // VACUUM INTO writes a consistent, compact copy (WAL content included) to a temporary file
    // beside the target, which then replaces the target in one rename.
    const QString temporary = absolute + QStringLiteral(".partial");
    QFile::remove(temporary);
    QSqlQuery query(db());
    query.prepare(QStringLiteral("VACUUM INTO :target"));
    query.bindValue(QStringLiteral(":target"), temporary);
    if (!query.exec()) {
        const QString reason = query.lastError().text();
        QFile::remove(temporary);
        throw StoreError(
            StoreError::Kind::Io,
            storeTr("Could not write a copy to “%1”: %2.").arg(nativeName(target), reason));
    }
    // std::filesystem::rename replaces an existing target in one step on POSIX and Windows.
    std::error_code renameError;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(absolute.toStdU16String()), renameError);
    if (renameError) {
        QFile::remove(temporary);
        throw StoreError(
            StoreError::Kind::Io,
            storeTr("Could not write a copy to “%1” (%2); an existing file there was "
                    "left as it was.")
                .arg(nativeName(target), QString::fromStdString(renameError.message())));
    }
}

IntegrityReport AtlasStore::check() const
{
    IntegrityReport report;
    report.schemaVersion = schemaVersion();
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("PRAGMA integrity_check")))
        while (query.next())
            report.problems << query.value(0).toString();
    report.problems.removeAll(QStringLiteral("ok"));
    if (query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        while (query.next())
            report.problems << storeTr("row %1 of table %2 refers to a missing row of table %3")
                                   .arg(query.value(1).toString(), query.value(0).toString(),
                                        query.value(2).toString());
    report.integrityOk = report.problems.isEmpty();
    const auto count = [&](const char *table) {
        QSqlQuery counter(db());
        if (counter.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) &&
            counter.next())
            return counter.value(0).toInt();
        return 0;
    };
    report.needs = count("need");
    report.districts = count("district");
    report.facilitators = count("facilitator");
    report.partnerships = count("partnership");
    report.memberships = count("membership");
    report.assignments = count("assignment");
    report.meetings = count("meeting");
    return report;
}

} // namespace pa
