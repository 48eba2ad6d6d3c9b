#include "migrations.h"

#include "storeerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace pa {

namespace {

QStringList splitStatements(const QString &sql)
{
    static const QRegularExpression separator(QStringLiteral("^;;\\s*$"),
                                              QRegularExpression::MultilineOption);
    QStringList statements;
    for (const QString &part : sql.split(separator)) {
        // Drop comment-only lines so that an empty tail does not count as a statement.
        QStringList lines;
        for (const QString &line : part.split(QLatin1Char('\n')))
            if (!line.trimmed().startsWith(QLatin1String("--")))
                lines << line;
        const QString statement = lines.join(QLatin1Char('\n')).trimmed();
        if (!statement.isEmpty())
            statements << statement;
    }
    return statements;
}

QList<MigrationStep> loadBuiltIn()
{
    QList<MigrationStep> steps;
    for (int version = 1;; ++version) {
        QFile file(QStringLiteral(":/schema/schema-%1.sql").arg(version));
        if (!file.open(QIODevice::ReadOnly))
            break;
        steps.append({version, QString::fromUtf8(file.readAll())});
    }
    return steps;
}

} // namespace

const QList<MigrationStep> &builtInMigrations()
{
    static const QList<MigrationStep> steps = loadBuiltIn();
    return steps;
}

int currentSchemaVersion()
{
    const auto &steps = builtInMigrations();
    return steps.isEmpty() ? 0 : steps.last().version;
}

void runMigrations(QSqlDatabase &db, const QList<MigrationStep> &steps, int fromVersion,
                   const QString &fileName)
{
    for (const MigrationStep &step : steps) {
        if (step.version <= fromVersion)
            continue;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throw StoreError(
                StoreError::Kind::Busy,
                QCoreApplication::translate("Migrations", "Could not update “%1” to format "
                                                          "version %2: %3")
                    .arg(fileName, QString::number(step.version), query.lastError().text()));
        for (const QString &statement : splitStatements(step.sql)) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                query.finish();
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                throw StoreError(StoreError::Kind::Io,
                                 QCoreApplication::translate("Migrations",
                                                             "Could not update “%1” to format "
                                                             "version %2 (%3). The file was "
                                                             "left at version %4.")
                                     .arg(fileName, QString::number(step.version), reason,
                                          QString::number(fromVersion)));
            }
        }
        // PRAGMA takes no bound parameters; the version is an integer we produced ourselves.
        const bool ok = query.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) &&
                        query.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            const QString reason = query.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            throw StoreError(StoreError::Kind::Io,
                             QCoreApplication::translate("Migrations",
                                                         "Could not update “%1” to format "
                                                         "version %2: %3")
                                 .arg(fileName, QString::number(step.version), reason));
        }
        fromVersion = step.version;
    }
}

} // namespace pa
