#pragma once

#include <QList>
#include <QString>

class QSqlDatabase;

namespace pa {

// One step of the schema history: the statements that take a file from version - 1 to version.
struct MigrationStep
{
    int version = 0;
    QString sql; // statements separated by lines holding only ";;"
};

// The steps this build knows, in order, read from the schema-N.sql resources.
const QList<MigrationStep> &builtInMigrations();

// The newest schema version this build writes and reads.
int currentSchemaVersion();

// Brings the database from fromVersion up to the last step's version. Each step runs in its own
// transaction that also sets PRAGMA user_version, so a file is always at one whole version:
// a failing step rolls back and throws StoreError, leaving the file at the previous version.
void runMigrations(QSqlDatabase &db, const QList<MigrationStep> &steps, int fromVersion,
                   const QString &fileName);

} // namespace pa
