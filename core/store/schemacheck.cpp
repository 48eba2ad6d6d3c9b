#include "schemacheck.h"

#include "migrations.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <mutex>

namespace pa {

namespace {

using TableColumns = QMap<QString, QStringList>; // table -> columns in order

QString schemaTr(const char *text)
{
    return QCoreApplication::translate("pa::AtlasStore", text);
}

TableColumns schemaColumnsOf(const QSqlDatabase &db)
{
    TableColumns tables;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT m.name, p.name FROM sqlite_schema AS m, pragma_table_info(m.name) AS p "
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.cid")))
        return tables;
    while (query.next())
        tables[query.value(0).toString()] << query.value(1).toString();
    return tables;
}

// The schema the migrations build, made once in memory.
const TableColumns &schemaReference()
{
    static TableColumns reference;
    static std::once_flag once;
    std::call_once(once, [] {
        const QString connection = QStringLiteral("pa-schema-reference");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open()) {
                try {
                    runMigrations(db, builtInMigrations(), 0, QStringLiteral("reference"));
                    reference = schemaColumnsOf(db);
                } catch (const StoreError &) {
                    // An unreadable built-in schema fails every test; check nothing here.
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
    });
    return reference;
}

} // namespace

QStringList schemaProblems(const QSqlDatabase &db)
{
    const TableColumns &reference = schemaReference();
    const TableColumns found = schemaColumnsOf(db);
    QStringList problems;
    for (auto it = reference.constBegin(); it != reference.constEnd(); ++it) {
        const auto in = found.constFind(it.key());
        if (in == found.constEnd()) {
            problems << schemaTr("table “%1” is missing").arg(it.key());
            continue;
        }
        for (const QString &column : it.value())
            if (!in->contains(column))
                problems << schemaTr("table “%1” has no column “%2”").arg(it.key(), column);
    }
    return problems;
}

} // namespace pa
