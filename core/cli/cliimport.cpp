// import: the CDE directory, the NCES export and CSV spreadsheets into an atlas, whole or not at
// all, with a report of what was (or would be) added, changed, moved and closed.
#include "clicommand.h"

#include "io/importplan.h"
#include "io/importreport.h"
#include "store/atlasstore.h"
#include "store/storeerror.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace pa::cli {

namespace {

void importPrint(const Invocation &call, const ImportPlan &plan, const ImportReportOptions &options)
{
    if (call.has("--json"))
        call.out << QString::fromUtf8(
            QJsonDocument(importReportJson(plan, options)).toJson(QJsonDocument::Indented));
    else
        call.out << importReportText(plan, options);
    call.out.flush();
}

} // namespace

int runImport(const Invocation &call)
{
    const QString atlasPath = call.arguments.at(0);
    const QString filePath = call.arguments.at(1);
    ImportOptions options;
    if (call.has("--format")) {
        const auto format = importFormatFromKey(call.value("--format"));
        if (!format)
            return usageError(call.err,
                              cliTr("--format must be cde, nces, csv or facilitators, got “%1”")
                                  .arg(call.value("--format")),
                              &call.command);
        options.format = *format;
    }
    if (call.has("--accept-churn") && call.has("--reject-churn"))
        return usageError(call.err, cliTr("give --accept-churn or --reject-churn, not both"),
                          &call.command);
    options.includeAllTypes = call.has("--include-all-types");
    if (call.has("--mapping")) {
        QFile mapping(call.value("--mapping"));
        if (!mapping.open(QIODevice::ReadOnly))
            return reportError(
                call.err, ExitCannotOpen,
                cliTr("cannot read the mapping file “%1”: %2")
                    .arg(nativePath(call.value("--mapping")), mapping.errorString()));
        QString error;
        if (!ColumnMapping::fromJson(mapping.readAll(), options.format, options.mapping, error))
            return reportError(call.err, ExitProblemsFound,
                               cliTr("%1: %2; nothing was imported")
                                   .arg(nativePath(call.value("--mapping")), error));
    }
    if (!QFileInfo(filePath).isFile())
        return reportError(call.err, ExitCannotOpen,
                           cliTr("cannot open “%1”: there is no such file; nothing was imported")
                               .arg(nativePath(filePath)));

    const bool dryRun = call.has("--dry-run");
    std::unique_ptr<AtlasStore> store;
    AtlasData data;
    try {
        store = AtlasStore::open(atlasPath, dryRun ? AtlasStore::Access::ReadOnly
                                                   : AtlasStore::Access::ReadWrite);
        data = store->loadAll();
        options.closedDistricts = store->meta(importClosedSettingKey());
    } catch (const StoreError &error) {
        return reportError(call.err, ExitCannotOpen, error.message());
    }
    if (!dryRun && store->isReadOnly())
        return reportError(
            call.err, ExitWriteFailed,
            cliTr("“%1” is read-only; nothing was imported").arg(nativePath(atlasPath)));

    ImportPlan plan = planImport(filePath, data, options);
    if (call.has("--accept-churn"))
        plan.decideChurn(ChurnMatch::Decision::Accept);
    else if (call.has("--reject-churn"))
        plan.decideChurn(ChurnMatch::Decision::Reject);

    ImportReportOptions report;
    report.contacts = call.has("--contacts");
    report.dryRun = dryRun;
    if (!plan.errors.isEmpty()) {
        importPrint(call, plan, report);
        return reportError(call.err, ExitProblemsFound,
                           cliTr("%1 problem(s) in “%2”, the first: %3; nothing was imported")
                               .arg(plan.errors.size())
                               .arg(nativePath(filePath), plan.errors.first().toString()));
    }
    if (!dryRun) {
        try {
            report.applied = applyImportPlan(*store, plan);
        } catch (const StoreError &error) {
            importPrint(call, plan, report);
            return reportError(call.err, ExitWriteFailed,
                               cliTr("%1; nothing was imported").arg(error.message()));
        }
    }
    importPrint(call, plan, report);
    return ExitOk;
}

} // namespace pa::cli
