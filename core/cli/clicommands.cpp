// `new` and `check`: create an atlas, and report on one without changing it.
#include "clicommand.h"
#include "clijson.h"
#include "clitable.h"

#include "demo/demoatlas.h"
#include "store/atlasstore.h"
#include "store/migrations.h"
#include "store/storeerror.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace pa::cli {

namespace {

void cliAddCounts(TextTable &table, const IntegrityReport &report)
{
    table.addRow({cliTr("Needs:"), QString::number(report.needs)});
    table.addRow({cliTr("Districts:"), QString::number(report.districts)});
    table.addRow({cliTr("Facilitators:"), QString::number(report.facilitators)});
    table.addRow({cliTr("Partnerships:"), QString::number(report.partnerships)});
    table.addRow({cliTr("Memberships:"), QString::number(report.memberships)});
    table.addRow({cliTr("Assignments:"), QString::number(report.assignments)});
    table.addRow({cliTr("Meetings:"), QString::number(report.meetings)});
}

QString cliProblemCount(const IntegrityReport &report)
{
    return report.problems.size() == 1
               ? cliTr("1 integrity problem found")
               : cliTr("%1 integrity problems found").arg(report.problems.size());
}

} // namespace

int runNew(const Invocation &call)
{
    const QString path = call.arguments.at(0);
    if (QFileInfo::exists(path))
        return reportError(call.err, ExitWriteFailed,
                           cliTr("“%1” already exists and was left as it was; choose another name.")
                               .arg(nativePath(path)));
    IntegrityReport report;
    try {
        if (call.has("--demo")) {
            demo::createDemoAtlas(path);
            report = AtlasStore::open(path, AtlasStore::Access::ReadOnly)->check();
        } else {
            report = AtlasStore::create(path)->check();
        }
    } catch (const StoreError &error) {
        return reportError(call.err, ExitWriteFailed, error.message());
    }
    call.out << cliTr("Created “%1” (file format version %2): %3 needs, %4 districts, "
                      "%5 facilitators, %6 partnerships.")
                    .arg(nativePath(path), QString::number(report.schemaVersion),
                         QString::number(report.needs), QString::number(report.districts),
                         QString::number(report.facilitators), QString::number(report.partnerships))
             << '\n';
    return ExitOk;
}

int runCheck(const Invocation &call)
{
    const QString path = call.arguments.at(0);
    IntegrityReport report;
    try {
        report = AtlasStore::open(path, AtlasStore::Access::ReadOnly)->check();
    } catch (const StoreError &error) {
        return reportError(call.err, ExitCannotOpen, error.message());
    }
    if (call.has("--json")) {
        call.out << QString::fromUtf8(
            QJsonDocument(integrityJson(path, report)).toJson(QJsonDocument::Indented));
    } else {
        TextTable table;
        table.addRow({cliTr("File:"), nativePath(path)});
        table.addRow({cliTr("Format version:"), cliTr("%1 (this build reads up to %2)")
                                                    .arg(QString::number(report.schemaVersion),
                                                         QString::number(currentSchemaVersion()))});
        table.addRow(
            {cliTr("Integrity:"),
             report.integrityOk ? cliTr("ok") : cliProblemCount(report) + cliTr(", listed below")});
        cliAddCounts(table, report);
        table.print(call.out);
        if (!report.problems.isEmpty())
            call.out << cliTr("Problems:") << '\n';
        for (const QString &problem : std::as_const(report.problems))
            call.out << "  - " << problem << '\n';
    }
    if (!report.integrityOk)
        return reportError(call.err, ExitProblemsFound,
                           cliTr("“%1”: %2; see the report above.")
                               .arg(nativePath(path), cliProblemCount(report)));
    return ExitOk;
}

} // namespace pa::cli
