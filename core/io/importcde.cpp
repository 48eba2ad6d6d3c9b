// The CDE "Public Districts" directory: creates or updates districts by CD code, reports what
// moved, closed or changed its code since the last import, and never touches what the
// coordinator entered (needs, goals, readiness, notes, partnerships, NCES enrollment).
#include "importsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>

namespace pa::importing {

namespace {

// DOC codes: 52 elementary, 54 unified, 56 high, 00 county office; the rest are other kinds of
// agency (state board charters, ROC/Ps, special schools).
DistrictType cdeTypeOf(const QString &doc)
{
    if (doc == QLatin1String("52"))
        return DistrictType::Elementary;
    if (doc == QLatin1String("54"))
        return DistrictType::Unified;
    if (doc == QLatin1String("56"))
        return DistrictType::High;
    if (doc == QLatin1String("00"))
        return DistrictType::CountyOffice;
    return DistrictType::Other;
}

bool cdeIsDistrict(const QString &doc)
{
    return doc == QLatin1String("52") || doc == QLatin1String("54") || doc == QLatin1String("56");
}

bool cdeIsClosedStatus(const QString &status)
{
    for (const char *closed : {"Closed", "Merged", "Inactive"})
        if (status.compare(QLatin1String(closed), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// The directory's fields laid over an atlas district; empty values in the file keep what the
// atlas has.
District cdeMerge(District base, const District &row)
{
    base.cdCode = row.cdCode;
    base.name = row.name;
    if (!row.county.isEmpty())
        base.county = row.county;
    base.type = row.type;
    if (row.hasLocation()) {
        base.latitude = row.latitude;
        base.longitude = row.longitude;
    }
    if (!row.superintendent.isEmpty())
        base.superintendent = row.superintendent;
    if (!row.superintendentEmail.isEmpty())
        base.superintendentEmail = row.superintendentEmail;
    if (!row.phone.isEmpty())
        base.phone = row.phone;
    return base;
}

struct CdeCandidate
{
    District district;
    int line = 0;
    bool used = false;
};

struct CdeColumns
{
    int code = -1, county = -1, name = -1, latitude = -1, longitude = -1, doc = -1;
    int status = -1, firstName = -1, lastName = -1, email = -1, phone = -1, ext = -1;
};

} // namespace

void planCde(Context &context)
{
    const CsvTable &table = context.table;
    ImportPlan &plan = context.plan;
    CdeColumns columns;
    const struct
    {
        const char *header;
        int *index;
        bool required;
    } wanted[] = {
        {"CD Code", &columns.code, true},        {"County", &columns.county, true},
        {"District", &columns.name, true},       {"Latitude", &columns.latitude, true},
        {"Longitude", &columns.longitude, true}, {"DOC", &columns.doc, true},
        {"StatusType", &columns.status, false},  {"AdmFName", &columns.firstName, false},
        {"AdmLName", &columns.lastName, false},  {"AdmEmail", &columns.email, false},
        {"Phone", &columns.phone, false},        {"Ext", &columns.ext, false},
    };
    bool missing = false;
    for (const auto &column : wanted) {
        *column.index = table.columnOf(QString::fromLatin1(column.header));
        if (*column.index < 0 && column.required) {
            context.error(table.headerLine, -1,
                          tr("no “%1” column; expected the CDE Public Districts header (CD Code, "
                             "County, District, ..., Latitude, Longitude, DOC, DOCType, "
                             "StatusType, LastUpDate)")
                              .arg(QLatin1String(column.header)));
            missing = true;
        }
    }
    if (missing)
        return;

    QHash<QString, const District *> byCode;
    for (const District &district : context.atlas.districts)
        if (!district.cdCode.isEmpty())
            byCode.insert(district.cdCode, &district);
    QJsonObject closedState =
        QJsonDocument::fromJson(context.options.closedDistricts.toUtf8()).object();
    const QJsonObject closedBefore = closedState;
    const QHash<Id, QStringList> inPartnership = currentPartnershipsByDistrict(context.atlas);
    const auto closeEntry = [&]() {
        return QJsonObject{{QStringLiteral("since"), context.options.today.toString(Qt::ISODate)},
                           {QStringLiteral("file"), plan.fileName}};
    };
    const auto closedNote = [&](const QString &why) {
        return tr("Closed: %1 (CDE directory %2, imported %3).")
            .arg(why, plan.fileName, context.options.today.toString(Qt::ISODate));
    };
    const auto withNote = [](District district, const QString &note) {
        district.notes =
            district.notes.isEmpty() ? note : district.notes + QLatin1Char('\n') + note;
        return district;
    };

    static const QRegularExpression codePattern(QStringLiteral("^[0-9]{7}$"));
    QHash<QString, int> lineOfCode;
    QList<CdeCandidate> candidates;
    for (qsizetype i = 0; i < table.records.size(); ++i) {
        if (!context.step(i))
            return;
        const CsvRecord &record = table.records.at(i);
        const auto cell = [&](int index) {
            if (index < 0)
                return QString();
            const QString value = record.fields.at(index).trimmed();
            return isNullText(value) ? QString() : value;
        };
        const QString code = cell(columns.code);
        if (!codePattern.match(code).hasMatch()) {
            const bool lostZeros =
                code.size() >= 5 && code.size() < 7 &&
                QRegularExpression(QStringLiteral("^[0-9]+$")).match(code).hasMatch();
            context.error(record.line, columns.code,
                          lostZeros ? tr("expected a 7-digit CD code, got “%1”: leading zeros "
                                         "were probably lost in a spreadsheet (it would be “%2”)")
                                          .arg(code, code.rightJustified(7, QLatin1Char('0')))
                                    : tr("expected a 7-digit CD code (2-digit county and "
                                         "5-digit district), got “%1”")
                                          .arg(code));
            continue;
        }
        if (lineOfCode.contains(code)) {
            context.error(record.line, columns.code,
                          tr("CD code %1 appears twice (first on line %2); expected each "
                             "district once")
                              .arg(code)
                              .arg(lineOfCode.value(code)));
            continue;
        }
        lineOfCode.insert(code, record.line);

        const QString doc = cell(columns.doc);
        const District *existing = byCode.value(code);
        // The type filter only limits what is added: a district already in the atlas is kept up
        // to date whatever its type.
        if (!existing && !context.options.includeAllTypes && !cdeIsDistrict(doc)) {
            ++plan.skipped;
            continue;
        }
        District row;
        row.cdCode = code;
        row.name = cell(columns.name);
        row.county = cell(columns.county);
        row.type = cdeTypeOf(doc);
        QString message;
        row.latitude = parseDegrees(record.fields.at(columns.latitude), true, message);
        if (!message.isEmpty())
            context.error(record.line, columns.latitude, message);
        row.longitude = parseDegrees(record.fields.at(columns.longitude), false, message);
        if (!message.isEmpty())
            context.error(record.line, columns.longitude, message);
        if (row.latitude.has_value() != row.longitude.has_value()) {
            context.error(record.line, row.latitude ? columns.longitude : columns.latitude,
                          tr("expected latitude and longitude together, or neither"));
            row.latitude.reset();
            row.longitude.reset();
        }
        if (row.name.isEmpty()) {
            context.error(record.line, columns.name, tr("expected the district's name"));
            continue;
        }
        row.superintendent = QStringList{cell(columns.firstName), cell(columns.lastName)}
                                 .join(QLatin1Char(' '))
                                 .trimmed();
        row.superintendentEmail = cell(columns.email);
        row.phone = cell(columns.phone);
        if (!row.phone.isEmpty() && !cell(columns.ext).isEmpty())
            row.phone += tr(" ext. %1").arg(cell(columns.ext));
        const bool closedStatus = cdeIsClosedStatus(cell(columns.status));

        if (!existing) {
            if (closedStatus) {
                ++plan.skipped; // a closed agency the atlas never had
                continue;
            }
            candidates.append({row, record.line, false});
            continue;
        }
        DistrictChange change;
        change.before = *existing;
        change.after = cdeMerge(*existing, row);
        change.line = record.line;
        change.fields = districtChanges(change.before, change.after);
        if (change.before.hasLocation() && change.after.hasLocation()) {
            const double metres = distanceMetres(change.before, change.after);
            if (metres > context.options.moveThresholdMetres)
                change.movedMetres = metres;
        }
        const bool wasClosed = closedState.contains(code);
        if (closedStatus && !wasClosed) {
            change.kind = DistrictChange::Kind::Closed;
            change.reason = tr("the directory lists it as %1").arg(cell(columns.status));
            change.after = withNote(change.after, closedNote(change.reason));
            change.fields.prepend(
                {QStringLiteral("status"), QStringLiteral("open"), QStringLiteral("closed")});
            change.partnerships = inPartnership.value(existing->id);
            closedState.insert(code, closeEntry());
        } else if (!closedStatus && wasClosed) {
            change.kind = DistrictChange::Kind::Changed;
            change.reason = tr("listed again after it was closed");
            change.fields.prepend(
                {QStringLiteral("status"), QStringLiteral("closed"), QStringLiteral("open")});
            closedState.remove(code);
        } else if (change.fields.isEmpty()) {
            ++plan.unchanged;
            continue;
        }
        plan.districts.append(change);
    }
    if (context.options.cancelled())
        return;

    if (plan.skipped > 0)
        plan.notes << QCoreApplication::translate(
            "pa::import",
            "%n row(s) of county offices, charters and other agencies (or closed ones) were left "
            "out; --include-all-types imports all agencies.",
            nullptr, plan.skipped);

    // Districts of the atlas the directory no longer lists: changed codes or closed. A file
    // that lacks many of them is a part of the directory (one county, say), not news of
    // closures: then nothing is closed.
    QList<const District *> vanished;
    int coded = 0;
    for (const District &district : context.atlas.districts) {
        if (district.cdCode.isEmpty())
            continue;
        ++coded;
        if (!lineOfCode.contains(district.cdCode) && !closedState.contains(district.cdCode))
            vanished << &district;
    }
    const bool partial = vanished.size() > std::max(10, coded / 10);
    if (partial)
        plan.notes << tr("%1 of the atlas's %2 districts with a CD code are not in this file, so "
                         "it looks like a part of the directory: none of them is closed.")
                          .arg(vanished.size())
                          .arg(coded);
    QList<DistrictChange> closed;
    for (const District *vanishedDistrict : std::as_const(vanished)) {
        const District &district = *vanishedDistrict;
        const QString name = normalizedName(district.name);
        CdeCandidate *match = nullptr;
        QString reason;
        for (CdeCandidate &candidate : candidates) {
            if (candidate.used || normalizedName(candidate.district.name) != name ||
                candidate.district.type != district.type)
                continue;
            const bool sameCounty =
                candidate.district.county.compare(district.county, Qt::CaseInsensitive) == 0;
            const bool located = candidate.district.hasLocation() && district.hasLocation();
            const double metres = located ? distanceMetres(candidate.district, district) : 0;
            if (located && metres <= 2000) {
                reason = metres < 1
                             ? tr("same name and type, same office location")
                             : tr("same name and type, offices %1 m apart").arg(qRound(metres));
            } else if (!located && sameCounty) {
                reason = tr("same name, type and county");
            } else {
                continue;
            }
            match = &candidate;
            break;
        }
        if (match) {
            match->used = true;
            ChurnMatch churn;
            churn.existing = district;
            churn.incoming = match->district;
            churn.merged = cdeMerge(district, match->district);
            churn.fields = districtChanges(churn.existing, churn.merged);
            churn.reason = reason;
            churn.line = match->line;
            plan.churn.append(churn);
            continue;
        }
        if (partial)
            continue;
        DistrictChange change;
        change.kind = DistrictChange::Kind::Closed;
        change.before = district;
        change.reason = tr("no longer in the directory");
        change.after = withNote(district, closedNote(change.reason));
        change.fields = {
            {QStringLiteral("status"), QStringLiteral("open"), QStringLiteral("closed")}};
        change.partnerships = inPartnership.value(district.id);
        closedState.insert(district.cdCode, closeEntry());
        closed.append(change);
    }
    for (const CdeCandidate &candidate : std::as_const(candidates)) {
        if (candidate.used)
            continue;
        DistrictChange change;
        change.kind = DistrictChange::Kind::Added;
        change.after = candidate.district;
        change.line = candidate.line;
        plan.districts.append(change);
    }
    // A hint where a closed district may live on under another type (Banta Elementary became
    // Banta Unified): not a match, since a reorganized district is a new agency.
    for (DistrictChange &change : closed) {
        const QString stem = nameWithoutType(change.before.name);
        for (const CdeCandidate &candidate : std::as_const(candidates)) {
            if (candidate.used || stem.isEmpty() ||
                nameWithoutType(candidate.district.name) != stem)
                continue;
            if (candidate.district.county.compare(change.before.county, Qt::CaseInsensitive) != 0)
                continue;
            change.reason += tr("; possibly succeeded by %1, added from line %2")
                                 .arg(districtLabel(candidate.district))
                                 .arg(candidate.line);
            break;
        }
    }
    plan.districts.append(closed);
    std::stable_sort(plan.districts.begin(), plan.districts.end(),
                     [](const DistrictChange &a, const DistrictChange &b) {
                         return (a.line == 0 ? INT_MAX : a.line) < (b.line == 0 ? INT_MAX : b.line);
                     });
    if (closedState != closedBefore)
        plan.meta.insert(
            importClosedSettingKey(),
            QString::fromUtf8(QJsonDocument(closedState).toJson(QJsonDocument::Compact)));
    if (!plan.churn.isEmpty())
        plan.notes << QCoreApplication::translate(
            "pa::import",
            "%n district(s) of the atlas seem to have changed their CD code; they are offered "
            "as matches and neither added nor closed until you decide.",
            nullptr, int(plan.churn.size()));
}

} // namespace pa::importing
