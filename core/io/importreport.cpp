#include "importreport.h"

#include "importsupport.h"

#include <QJsonArray>
#include <QTextStream>

namespace pa {

namespace {

QString importReportTr(const char *text, int n = -1)
{
    return QCoreApplication::translate("pa::import", text, nullptr, n);
}

QString reportFieldText(const FieldChange &change, bool contacts)
{
    if (!contacts && isContactField(change.field))
        return importReportTr("%1 (contact; values left out)").arg(change.field);
    const auto shown = [](const QString &value) {
        return value.isEmpty() ? importReportTr("(none)") : QStringLiteral("“%1”").arg(value);
    };
    return QStringLiteral("%1: %2 → %3")
        .arg(change.field, shown(change.before), shown(change.after));
}

QString reportFields(const QList<FieldChange> &fields, bool contacts)
{
    QStringList parts;
    for (const FieldChange &change : fields)
        parts << reportFieldText(change, contacts);
    return parts.join(QStringLiteral("; "));
}

QJsonArray reportFieldsJson(const QList<FieldChange> &fields, bool contacts)
{
    QJsonArray array;
    for (const FieldChange &change : fields) {
        QJsonObject object{{QStringLiteral("field"), change.field}};
        if (contacts || !isContactField(change.field)) {
            object.insert(QStringLiteral("before"), change.before);
            object.insert(QStringLiteral("after"), change.after);
        }
        array.append(object);
    }
    return array;
}

QString reportDistance(double metres)
{
    return metres >= 1000 ? importReportTr("%1 km").arg(QString::number(metres / 1000.0, 'f', 1))
                          : importReportTr("%1 m").arg(qRound(metres));
}

QString reportDecision(ChurnMatch::Decision decision)
{
    switch (decision) {
    case ChurnMatch::Decision::Offer:
        return QStringLiteral("offered");
    case ChurnMatch::Decision::Accept:
        return QStringLiteral("accepted");
    case ChurnMatch::Decision::Reject:
        return QStringLiteral("rejected");
    }
    return {};
}

QJsonObject reportDistrictJson(const District &district)
{
    return {{QStringLiteral("key"), district.displayKey()},
            {QStringLiteral("name"), district.name},
            {QStringLiteral("id"), district.id}};
}

} // namespace

bool isContactField(const QString &field)
{
    for (const char *contact : {"superintendent", "superintendentEmail", "leadContact", "leadEmail",
                                "phone", "contactName", "email"})
        if (field == QLatin1String(contact))
            return true;
    return false;
}

QString importSummary(const ImportPlan &plan)
{
    const ImportPlan::Counts c = plan.counts();
    QStringList parts;
    if (plan.format != ImportFormat::FacilitatorCsv) {
        parts << importReportTr("%1 added").arg(c.added)
              << (c.moved ? importReportTr("%1 changed (%2 moved)").arg(c.changed).arg(c.moved)
                          : importReportTr("%1 changed").arg(c.changed));
        if (plan.format == ImportFormat::Cde)
            parts << (c.closedInPartnership ? importReportTr("%1 closed (%2 in a partnership)")
                                                  .arg(c.closed)
                                                  .arg(c.closedInPartnership)
                                            : importReportTr("%1 closed").arg(c.closed))
                  << importReportTr("%1 identifier change(s) offered", c.churn).arg(c.churn);
    } else {
        parts << importReportTr("%1 facilitator(s) added", c.facilitatorsAdded)
                     .arg(c.facilitatorsAdded)
              << importReportTr("%1 changed").arg(c.facilitatorsChanged)
              << importReportTr("%1 relationship(s) added", c.relationships).arg(c.relationships);
    }
    parts << importReportTr("%1 unchanged").arg(c.unchanged);
    if (c.skipped)
        parts << importReportTr("%1 left out").arg(c.skipped);
    if (c.unmatched)
        parts << importReportTr("%1 unmatched").arg(c.unmatched);
    if (c.newNeeds)
        parts << importReportTr("%1 new need tag(s)", c.newNeeds).arg(c.newNeeds);
    if (c.errors)
        parts << importReportTr("%1 problem(s)", c.errors).arg(c.errors);
    return parts.join(QStringLiteral(", "));
}

QString importReportText(const ImportPlan &plan, const ImportReportOptions &options)
{
    QString text;
    QTextStream out(&text);
    out << importReportTr("Import of “%1” (%2").arg(plan.fileName, importFormatLabel(plan.format));
    if (!plan.delimiter.isNull())
        out << ", " << textEncodingName(plan.encoding) << ", "
            << importReportTr("%1-separated").arg(delimiterName(plan.delimiter)) << ", "
            << importReportTr("%1 row(s)", plan.rows).arg(plan.rows);
    out << "):\n  " << importSummary(plan) << '\n';

    if (!plan.errors.isEmpty()) {
        out << '\n'
            << importReportTr("Problems (%1); nothing was imported:").arg(plan.errors.size())
            << '\n';
        for (const ImportIssue &issue : plan.errors)
            out << "  " << issue.toString() << '\n';
    }
    const auto section = [&](const QString &title, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        out << '\n' << title << '\n';
        for (const QString &line : lines)
            out << "  " << line << '\n';
    };
    QStringList added, changed, moved, closed;
    for (const DistrictChange &change : plan.districts) {
        const QString where =
            change.line ? importReportTr(", line %1").arg(change.line) : QString();
        switch (change.kind) {
        case DistrictChange::Kind::Added:
            added << importing::districtLabel(change.after) + where;
            break;
        case DistrictChange::Kind::Changed:
            changed << importing::districtLabel(change.after) + where + QStringLiteral(": ") +
                           reportFields(change.fields, options.contacts);
            if (change.moved())
                moved << importReportTr("%1: office moved %2")
                             .arg(importing::districtLabel(change.after),
                                  reportDistance(change.movedMetres));
            break;
        case DistrictChange::Kind::Closed: {
            QString line = importing::districtLabel(change.before) + where + QStringLiteral(": ") +
                           change.reason;
            if (!change.partnerships.isEmpty())
                line += importReportTr(" — FLAGGED: in the current partnership(s) %1; kept, not "
                                       "deleted")
                            .arg(change.partnerships.join(QStringLiteral(", ")));
            closed << line;
            break;
        }
        }
    }
    section(importReportTr("Added (%1):").arg(added.size()), added);
    section(importReportTr("Changed (%1):").arg(changed.size()), changed);
    section(importReportTr("Moved (%1):").arg(moved.size()), moved);
    section(importReportTr("Closed (%1), kept with a note:").arg(closed.size()), closed);
    QStringList churn;
    for (const ChurnMatch &match : plan.churn)
        churn << importReportTr("%1 %2 → %3 (line %4): %5 [%6]")
                     .arg(match.existing.name, match.existing.cdCode, match.incoming.cdCode)
                     .arg(match.line)
                     .arg(match.reason, reportDecision(match.decision));
    section(
        importReportTr("Identifier changes (%1); --accept-churn gives the district its new code, "
                       "--reject-churn adds the new code and closes the old:")
            .arg(churn.size()),
        churn);
    QStringList facilitators;
    for (const FacilitatorChange &change : plan.facilitators)
        facilitators
            << (change.added
                    ? importReportTr("%1, line %2: added").arg(change.after.name).arg(change.line)
                    : importReportTr("%1, line %2: %3")
                          .arg(change.after.name)
                          .arg(change.line)
                          .arg(reportFields(change.fields, options.contacts)));
    section(importReportTr("Facilitators (%1):").arg(facilitators.size()), facilitators);
    QStringList relationships;
    for (const PlannedRelationship &r : plan.relationships)
        relationships << importReportTr("%1 knows %2").arg(r.facilitatorName, r.districtLabel);
    section(importReportTr("Relationships (%1):").arg(relationships.size()), relationships);
    QStringList needs;
    for (const NeedTag &need : plan.newNeeds)
        needs << QStringLiteral("%1 (“%2”)").arg(need.tag, need.label);
    section(importReportTr("New tags for the needs vocabulary (%1):").arg(needs.size()), needs);
    QStringList unmatched;
    for (const UnmatchedRow &row : plan.unmatched)
        unmatched << importReportTr("line %1: %2 %3").arg(row.line).arg(row.key, row.name);
    section(importReportTr("Rows that match no district, not imported (%1):").arg(unmatched.size()),
            unmatched);
    section(importReportTr("Notes:"), plan.notes);
    out << '\n';
    if (!plan.errors.isEmpty())
        out << importReportTr("Nothing was imported.") << '\n';
    else if (plan.cancelled)
        out << importReportTr("Cancelled; nothing was imported.") << '\n';
    else if (options.applied)
        out << importReportTr("Applied in one step.") << '\n';
    else if (options.dryRun)
        out << importReportTr("Dry run: nothing was written.") << '\n';
    out.flush();
    return text;
}

QJsonObject importReportJson(const ImportPlan &plan, const ImportReportOptions &options)
{
    const ImportPlan::Counts c = plan.counts();
    QJsonArray added, changed, closed, churn, errors, unmatched, facilitators, relationships, needs;
    for (const DistrictChange &change : plan.districts) {
        QJsonObject object = reportDistrictJson(
            change.kind == DistrictChange::Kind::Closed ? change.before : change.after);
        object.insert(QStringLiteral("line"), change.line);
        switch (change.kind) {
        case DistrictChange::Kind::Added:
            added.append(object);
            break;
        case DistrictChange::Kind::Changed:
            object.insert(QStringLiteral("fields"),
                          reportFieldsJson(change.fields, options.contacts));
            object.insert(QStringLiteral("movedMetres"), change.movedMetres);
            changed.append(object);
            break;
        case DistrictChange::Kind::Closed:
            object.insert(QStringLiteral("reason"), change.reason);
            object.insert(QStringLiteral("partnerships"),
                          QJsonArray::fromStringList(change.partnerships));
            object.insert(QStringLiteral("flagged"), !change.partnerships.isEmpty());
            closed.append(object);
            break;
        }
    }
    for (const ChurnMatch &match : plan.churn)
        churn.append(QJsonObject{{QStringLiteral("name"), match.existing.name},
                                 {QStringLiteral("id"), match.existing.id},
                                 {QStringLiteral("oldCode"), match.existing.cdCode},
                                 {QStringLiteral("newCode"), match.incoming.cdCode},
                                 {QStringLiteral("line"), match.line},
                                 {QStringLiteral("reason"), match.reason},
                                 {QStringLiteral("decision"), reportDecision(match.decision)}});
    for (const ImportIssue &issue : plan.errors)
        errors.append(QJsonObject{{QStringLiteral("file"), issue.file},
                                  {QStringLiteral("line"), issue.line},
                                  {QStringLiteral("column"), issue.column},
                                  {QStringLiteral("columnName"), issue.columnName},
                                  {QStringLiteral("message"), issue.message},
                                  {QStringLiteral("text"), issue.toString()}});
    for (const UnmatchedRow &row : plan.unmatched)
        unmatched.append(QJsonObject{{QStringLiteral("line"), row.line},
                                     {QStringLiteral("key"), row.key},
                                     {QStringLiteral("name"), row.name}});
    for (const FacilitatorChange &change : plan.facilitators)
        facilitators.append(QJsonObject{
            {QStringLiteral("name"), change.after.name},
            {QStringLiteral("added"), change.added},
            {QStringLiteral("line"), change.line},
            {QStringLiteral("fields"), reportFieldsJson(change.fields, options.contacts)}});
    for (const PlannedRelationship &r : plan.relationships)
        relationships.append(QJsonObject{{QStringLiteral("facilitator"), r.facilitatorName},
                                         {QStringLiteral("district"), r.districtLabel},
                                         {QStringLiteral("districtId"), r.districtId},
                                         {QStringLiteral("line"), r.line}});
    for (const NeedTag &need : plan.newNeeds)
        needs.append(
            QJsonObject{{QStringLiteral("tag"), need.tag}, {QStringLiteral("label"), need.label}});
    const QJsonObject counts{{QStringLiteral("added"), c.added},
                             {QStringLiteral("changed"), c.changed},
                             {QStringLiteral("moved"), c.moved},
                             {QStringLiteral("closed"), c.closed},
                             {QStringLiteral("closedInPartnership"), c.closedInPartnership},
                             {QStringLiteral("churn"), c.churn},
                             {QStringLiteral("unchanged"), c.unchanged},
                             {QStringLiteral("unmatched"), c.unmatched},
                             {QStringLiteral("skipped"), c.skipped},
                             {QStringLiteral("facilitatorsAdded"), c.facilitatorsAdded},
                             {QStringLiteral("facilitatorsChanged"), c.facilitatorsChanged},
                             {QStringLiteral("relationships"), c.relationships},
                             {QStringLiteral("newNeeds"), c.newNeeds},
                             {QStringLiteral("errors"), c.errors}};
    return {{QStringLiteral("file"), plan.fileName},
            {QStringLiteral("format"), importFormatKey(plan.format)},
            {QStringLiteral("encoding"), textEncodingName(plan.encoding)},
            {QStringLiteral("delimiter"),
             plan.delimiter.isNull() ? QString() : delimiterName(plan.delimiter)},
            {QStringLiteral("rows"), plan.rows},
            {QStringLiteral("applied"), options.applied},
            {QStringLiteral("dryRun"), options.dryRun},
            {QStringLiteral("cancelled"), plan.cancelled},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("added"), added},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("closed"), closed},
            {QStringLiteral("churn"), churn},
            {QStringLiteral("facilitators"), facilitators},
            {QStringLiteral("relationships"), relationships},
            {QStringLiteral("newNeeds"), needs},
            {QStringLiteral("unmatched"), unmatched},
            {QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes)},
            {QStringLiteral("errors"), errors}};
}

} // namespace pa
