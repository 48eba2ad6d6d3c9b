#pragma once

#include "importplan.h"

#include <QJsonObject>
#include <QString>

namespace pa {

// How an import plan is told: the command line's report and its --json, and any preview that
// wants the same words. Contact values (names, e-mails, phones) are left out unless asked for:
// a changed contact field is named without its values.
struct ImportReportOptions
{
    bool contacts = false;
    bool applied = false; // the plan was written
    bool dryRun = false;  // only reported on purpose
};

bool isContactField(const QString &field);

// A one-line summary: "1 added, 412 changed (20 moved), 3 closed, ..."
QString importSummary(const ImportPlan &plan);
QString importReportText(const ImportPlan &plan, const ImportReportOptions &options);
QJsonObject importReportJson(const ImportPlan &plan, const ImportReportOptions &options);

} // namespace pa
