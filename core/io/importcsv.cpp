// Spreadsheets of district profiles and of facilitators: any subset of fields, columns mapped
// by the user (a mapping file, the GUI's mapping step) or by their well-known headers. An empty
// cell leaves the field as it is; a list cell (needs, expertise, ...) replaces the list.
#include "importsupport.h"

#include <QRegularExpression>
#include <QSet>

namespace pa::importing {

namespace {

// The row's cells by field key, and the column each came from (for messages).
struct CsvRowView
{
    const CsvRecord &record;
    const QStringList &fields;

    int column(const char *field) const { return int(fields.indexOf(QLatin1String(field))); }
    QString value(const char *field) const
    {
        const int index = column(field);
        if (index < 0)
            return {};
        const QString text = record.fields.at(index).trimmed();
        return isNullText(text) ? QString() : text;
    }
};

// Checks the mapping against the header and that one of the identifying fields is there.
bool csvCheckColumns(Context &context, ImportFormat format, const QStringList &identifying)
{
    const CsvTable &table = context.table;
    ImportPlan &plan = context.plan;
    plan.mappedFields = context.options.mapping.resolve(table.header, format);
    bool ok = true;
    QStringList keys;
    for (const ImportField &field : importFields(format))
        keys << field.key;
    for (auto it = context.options.mapping.columns.cbegin();
         it != context.options.mapping.columns.cend(); ++it) {
        if (!it.value().isEmpty() && !keys.contains(it.value())) {
            context.error(table.headerLine, -1,
                          tr("the mapping maps the column “%1” to “%2”, which is not a field of "
                             "%3; expected one of %4")
                              .arg(it.key(), it.value(), importFormatLabel(format),
                                   keys.join(QStringLiteral(", "))));
            ok = false;
        }
        if (table.columnOf(it.key().trimmed()) < 0) {
            context.error(table.headerLine, -1,
                          tr("the mapping names the column “%1”, which the file does not have; "
                             "expected one of its columns: %2")
                              .arg(it.key(), table.header.join(QStringLiteral(", "))));
            ok = false;
        }
    }
    const bool identified =
        std::any_of(identifying.cbegin(), identifying.cend(),
                    [&](const QString &field) { return plan.mappedFields.contains(field); });
    if (!identified) {
        QStringList labels;
        for (const ImportField &field : importFields(format))
            if (identifying.contains(field.key))
                labels << QStringLiteral("“%1”").arg(field.label);
        context.error(table.headerLine, -1,
                      tr("no column gives the %1 (%2); expected a column with one of those "
                         "headers, or a mapping that names it")
                          .arg(format == ImportFormat::FacilitatorCsv ? tr("facilitator's name")
                                                                      : tr("district"),
                               labels.join(tr(" or "))));
        ok = false;
    }
    return ok;
}

std::optional<DistrictType> csvDistrictType(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    for (DistrictType type : {DistrictType::Unified, DistrictType::Elementary, DistrictType::High,
                              DistrictType::CountyOffice, DistrictType::Other}) {
        if (lower == districtTypeKey(type) || lower == districtTypeLabel(type).toLower())
            return type;
    }
    if (lower.contains(QLatin1String("unified")))
        return DistrictType::Unified;
    if (lower.contains(QLatin1String("elementary")))
        return DistrictType::Elementary;
    if (lower.contains(QLatin1String("high")))
        return DistrictType::High;
    if (lower.contains(QLatin1String("county")))
        return DistrictType::CountyOffice;
    return std::nullopt;
}

std::optional<Locale> csvLocale(const QString &text)
{
    const QString word = text.section(QLatin1Char(':'), 0, 0).trimmed().toLower();
    for (Locale locale : {Locale::City, Locale::Suburb, Locale::Town, Locale::Rural})
        if (word == localeKey(locale) || word == localeLabel(locale).toLower())
            return locale;
    return std::nullopt;
}

std::optional<bool> csvBool(const QString &text)
{
    const QString lower = text.trimmed().toLower();
    for (const char *yes : {"yes", "y", "true", "1", "x"})
        if (lower == QLatin1String(yes))
            return true;
    for (const char *no : {"no", "n", "false", "0"})
        if (lower == QLatin1String(no))
            return false;
    return std::nullopt;
}

QDate csvDate(const QString &text)
{
    for (const char *format : {"yyyy-MM-dd", "M/d/yyyy", "d.M.yyyy", "yyyy/MM/dd"}) {
        const QDate date = QDate::fromString(text.trimmed(), QLatin1String(format));
        if (date.isValid())
            return date;
    }
    return {};
}

// Districts by the ways a spreadsheet names them.
struct CsvDistrictIndex
{
    QHash<QString, const District *> byCode;
    QHash<QString, const District *> byKey;              // lower case
    QHash<QString, QList<const District *>> byName;      // normalized name
    QHash<QString, QList<const District *>> byNameState; // normalized name + "|" + state

    explicit CsvDistrictIndex(const AtlasData &atlas)
    {
        for (const District &district : atlas.districts) {
            if (!district.cdCode.isEmpty())
                byCode.insert(district.cdCode, &district);
            if (!district.externalKey.isEmpty())
                byKey.insert(district.externalKey.toLower(), &district);
            byName[normalizedName(district.name)] << &district;
            byNameState[normalizedName(district.name) + QLatin1Char('|') + district.state.toUpper()]
                << &district;
        }
    }

    // By CD code, key or (unique) name; message says why not.
    const District *find(const QString &text, QString &message) const
    {
        message.clear();
        if (const District *d = byCode.value(text))
            return d;
        if (const District *d = byKey.value(text.toLower()))
            return d;
        const QList<const District *> named = byName.value(normalizedName(text));
        if (named.size() == 1)
            return named.first();
        message =
            named.isEmpty()
                ? tr("expected a district of the atlas (CD code, key or name), got “%1”").arg(text)
                : tr("“%1” names %2 districts; expected a CD code or key to tell them apart")
                      .arg(text)
                      .arg(named.size());
        return nullptr;
    }
};

const QRegularExpression &csvCodePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{7}$"));
    return pattern;
}

} // namespace

void planDistrictCsv(Context &context)
{
    const CsvTable &table = context.table;
    ImportPlan &plan = context.plan;
    if (!csvCheckColumns(
            context, ImportFormat::DistrictCsv,
            {QStringLiteral("cdCode"), QStringLiteral("externalKey"), QStringLiteral("name")}))
        return;
    const CsvDistrictIndex index(context.atlas);
    TagResolver tags(context.atlas.needs, plan);
    QHash<QString, int> lineOfIdentity;

    for (qsizetype i = 0; i < table.records.size(); ++i) {
        if (!context.step(i))
            return;
        const CsvRowView row{table.records.at(i), plan.mappedFields};
        const int line = row.record.line;
        const int errorsBefore = int(plan.errors.size());
        const auto fail = [&](const char *field, const QString &message) {
            context.error(line, row.column(field), message);
        };

        const QString code = row.value("cdCode");
        const QString key = row.value("externalKey");
        const QString name = row.value("name");
        QString state = row.value("state").toUpper();
        if (!code.isEmpty() && !csvCodePattern().match(code).hasMatch()) {
            fail("cdCode", tr("expected a 7-digit CD code (2-digit county and 5-digit district), "
                              "got “%1”%2")
                               .arg(code, code.size() < 7 && code.toInt() > 0
                                              ? tr(": leading zeros lost in a spreadsheet?")
                                              : QString()));
            continue;
        }
        const District *existing = nullptr;
        QString identity;
        if (!code.isEmpty()) {
            existing = index.byCode.value(code);
            identity = code;
        } else if (!key.isEmpty()) {
            existing = index.byKey.value(key.toLower());
            identity = key.toLower();
        } else if (!name.isEmpty()) {
            // Outside California there is no CD code: a district is its name within its state.
            const QString stateOrCa = state.isEmpty() ? QStringLiteral("CA") : state;
            identity = normalizedName(name) + QLatin1Char('|') + stateOrCa;
            const QList<const District *> named = index.byNameState.value(identity);
            if (named.size() > 1) {
                fail("name", tr("“%1” (%2) matches %3 districts of the atlas; expected a CD code "
                                "or key to tell them apart")
                                 .arg(name, stateOrCa)
                                 .arg(named.size()));
                continue;
            }
            existing = named.value(0);
        } else {
            context.error(line, -1,
                          tr("expected a CD code, key or name to say which district the row is "
                             "about; the row has none"));
            continue;
        }
        if (lineOfIdentity.contains(identity)) {
            fail(!code.isEmpty()  ? "cdCode"
                 : !key.isEmpty() ? "externalKey"
                                  : "name",
                 tr("the district “%1” appears twice (first on line %2); expected each district "
                    "once")
                     .arg(code.isEmpty() ? (key.isEmpty() ? name : key) : code)
                     .arg(lineOfIdentity.value(identity)));
            continue;
        }
        lineOfIdentity.insert(identity, line);

        District after = existing ? *existing : District{};
        QString message;
        const auto text = [&](const char *field, QString &target) {
            const QString value = row.value(field);
            if (!value.isEmpty())
                target = value;
        };
        text("cdCode", after.cdCode);
        text("externalKey", after.externalKey);
        text("ncesId", after.ncesId);
        text("name", after.name);
        text("county", after.county);
        if (!state.isEmpty())
            after.state = state;
        if (const QString value = row.value("type"); !value.isEmpty()) {
            if (auto type = csvDistrictType(value))
                after.type = *type;
            else
                fail("type", tr("expected a district type (unified, elementary, high, "
                                "county-office or other), got “%1”")
                                 .arg(value));
        }
        const std::optional<double> latitude = parseDegrees(row.value("latitude"), true, message);
        if (!message.isEmpty())
            fail("latitude", message);
        const std::optional<double> longitude =
            parseDegrees(row.value("longitude"), false, message);
        if (!message.isEmpty())
            fail("longitude", message);
        if (latitude.has_value() != longitude.has_value() && errorsBefore == plan.errors.size())
            fail(latitude ? "longitude" : "latitude",
                 tr("expected latitude and longitude together, or neither"));
        else if (latitude && longitude) {
            after.latitude = latitude;
            after.longitude = longitude;
        }
        if (auto enrollment = parseCount(row.value("enrollment"), tr("the enrollment"), message))
            after.enrollment = enrollment;
        else if (!message.isEmpty())
            fail("enrollment", message);
        if (const QString value = row.value("locale"); !value.isEmpty()) {
            if (auto locale = csvLocale(value))
                after.locale = *locale;
            else
                fail("locale",
                     tr("expected a locale (city, suburb, town or rural), got “%1”").arg(value));
        }
        if (const QString value = row.value("readiness"); !value.isEmpty()) {
            bool ok = false;
            const int readiness = value.toInt(&ok);
            if (ok && readiness >= 0 && readiness <= 5)
                after.readiness = readiness;
            else
                fail("readiness",
                     tr("expected readiness from 1 to 5 (0: not assessed), got “%1”").arg(value));
        }
        if (const QString value = row.value("volunteer"); !value.isEmpty()) {
            if (auto volunteer = csvBool(value))
                after.volunteer = *volunteer;
            else
                fail("volunteer", tr("expected yes or no, got “%1”").arg(value));
        }
        if (const QString value = row.value("signupDate"); !value.isEmpty()) {
            const QDate date = csvDate(value);
            if (date.isValid())
                after.signupDate = date;
            else
                fail("signupDate",
                     tr("expected a date such as 2024-09-01 or 9/1/2024, got “%1”").arg(value));
        }
        if (const QString value = row.value("needs"); !value.isEmpty())
            after.needs = tags.resolve(splitList(value));
        if (const QString value = row.value("strengths"); !value.isEmpty())
            after.strengths = tags.resolve(splitList(value));
        if (const QString value = row.value("dataSystems"); !value.isEmpty())
            after.dataSystems = splitList(value);
        text("goals", after.goals);
        text("superintendent", after.superintendent);
        text("superintendentEmail", after.superintendentEmail);
        text("leadContact", after.leadContact);
        text("leadEmail", after.leadEmail);
        text("phone", after.phone);
        text("notes", after.notes);
        if (!existing && after.cdCode.isEmpty() && after.externalKey.isEmpty() &&
            !after.name.isEmpty())
            after.externalKey = after.state + QLatin1Char(':') + after.name;
        if (!existing && after.name.isEmpty()) {
            fail("name", tr("expected a name for the new district %1").arg(identity));
            continue;
        }
        for (const QString &problem : validateDistrict(after))
            context.error(line, -1, problem);
        if (errorsBefore != plan.errors.size())
            continue;

        DistrictChange change;
        change.kind = existing ? DistrictChange::Kind::Changed : DistrictChange::Kind::Added;
        change.before = existing ? *existing : District{};
        change.after = after;
        change.line = line;
        if (existing) {
            change.fields = districtChanges(change.before, change.after);
            if (change.fields.isEmpty()) {
                ++plan.unchanged;
                continue;
            }
            if (change.before.hasLocation() && change.after.hasLocation()) {
                const double metres = distanceMetres(change.before, change.after);
                if (metres > context.options.moveThresholdMetres)
                    change.movedMetres = metres;
            }
        }
        plan.districts.append(change);
    }
}

void planFacilitatorCsv(Context &context)
{
    const CsvTable &table = context.table;
    ImportPlan &plan = context.plan;
    if (!csvCheckColumns(context, ImportFormat::FacilitatorCsv, {QStringLiteral("name")}))
        return;
    const CsvDistrictIndex districts(context.atlas);
    TagResolver tags(context.atlas.needs, plan);
    QHash<QString, const Facilitator *> byName;
    for (const Facilitator &facilitator : context.atlas.facilitators)
        byName.insert(facilitator.name.trimmed().toLower(), &facilitator);
    QSet<QPair<Id, Id>> related;
    for (const Relationship &relationship : context.atlas.relationships)
        related.insert({relationship.facilitatorId, relationship.districtId});
    QHash<QString, int> lineOfName;

    for (qsizetype i = 0; i < table.records.size(); ++i) {
        if (!context.step(i))
            return;
        const CsvRowView row{table.records.at(i), plan.mappedFields};
        const int line = row.record.line;
        const int errorsBefore = int(plan.errors.size());
        const auto fail = [&](const char *field, const QString &message) {
            context.error(line, row.column(field), message);
        };
        const QString name = row.value("name");
        if (name.isEmpty()) {
            fail("name", tr("expected the facilitator's name"));
            continue;
        }
        if (lineOfName.contains(name.toLower())) {
            fail("name", tr("“%1” appears twice (first on line %2); expected each facilitator "
                            "once")
                             .arg(name)
                             .arg(lineOfName.value(name.toLower())));
            continue;
        }
        lineOfName.insert(name.toLower(), line);
        const Facilitator *existing = byName.value(name.toLower());
        Facilitator after = existing ? *existing : Facilitator{};
        after.name = existing ? existing->name : name;
        const auto text = [&](const char *field, QString &target) {
            const QString value = row.value(field);
            if (!value.isEmpty())
                target = value;
        };
        text("organization", after.organization);
        text("homeBase", after.homeBase);
        text("contactName", after.contactName);
        text("email", after.email);
        text("phone", after.phone);
        text("notes", after.notes);
        QString message;
        const std::optional<double> latitude = parseDegrees(row.value("latitude"), true, message);
        if (!message.isEmpty())
            fail("latitude", message);
        const std::optional<double> longitude =
            parseDegrees(row.value("longitude"), false, message);
        if (!message.isEmpty())
            fail("longitude", message);
        if (latitude.has_value() != longitude.has_value() && errorsBefore == plan.errors.size())
            fail(latitude ? "longitude" : "latitude",
                 tr("expected latitude and longitude together, or neither"));
        else if (latitude && longitude) {
            after.latitude = latitude;
            after.longitude = longitude;
        }
        if (const QString value = row.value("capacity"); !value.isEmpty()) {
            bool ok = false;
            const int capacity = value.toInt(&ok);
            if (ok && capacity >= 0)
                after.capacity = capacity;
            else
                fail("capacity",
                     tr("expected the number of partnerships at once (0 or more), got “%1”")
                         .arg(value));
        }
        if (const QString value = row.value("expertise"); !value.isEmpty())
            after.expertise = tags.resolve(splitList(value));
        if (const QString value = row.value("regions"); !value.isEmpty())
            after.regions = splitList(value);
        // A home base given as a city only: placed at the office of the district named after it.
        if (!after.hasLocation() && !after.homeBase.isEmpty()) {
            const QString city = normalizedName(after.homeBase.section(QLatin1Char(','), 0, 0));
            const District *best = nullptr;
            for (const District &district : context.atlas.districts) {
                const QString districtName = normalizedName(district.name);
                if (!district.hasLocation() ||
                    (districtName != city && !districtName.startsWith(city + QLatin1Char(' '))))
                    continue;
                if (!best ||
                    (district.type == DistrictType::Unified && best->type != DistrictType::Unified))
                    best = &district;
            }
            if (best) {
                after.latitude = best->latitude;
                after.longitude = best->longitude;
                plan.notes << tr("Line %1: %2's home base “%3” was placed at the office of %4.")
                                  .arg(line)
                                  .arg(after.name, after.homeBase, districtLabel(*best));
            } else {
                plan.notes << tr("Line %1: %2's home base “%3” has no coordinates and names no "
                                 "district of the atlas; give Latitude and Longitude to place it.")
                                  .arg(line)
                                  .arg(after.name, after.homeBase);
            }
        }
        QString kind = row.value("relationshipKind");
        int strength = 2;
        if (const QString value = row.value("relationshipStrength"); !value.isEmpty()) {
            bool ok = false;
            strength = value.toInt(&ok);
            if (!ok || strength < 1 || strength > 3)
                fail("relationshipStrength",
                     tr("expected a relationship strength from 1 (acquainted) to 3 (trusted "
                        "partner), got “%1”")
                         .arg(value));
        }
        QList<PlannedRelationship> relationships;
        for (const QString &reference : splitList(row.value("districts"))) {
            const District *district = districts.find(reference, message);
            if (!district) {
                fail("districts", message);
                continue;
            }
            if (existing && related.contains({existing->id, district->id}))
                continue;
            if (std::any_of(
                    relationships.cbegin(), relationships.cend(),
                    [&](const PlannedRelationship &r) { return r.districtId == district->id; }))
                continue;
            relationships.append({after.name, existing ? existing->id : Id(0), district->id,
                                  districtLabel(*district), kind, strength, line});
        }
        for (const QString &problem : validateFacilitator(after))
            context.error(line, -1, problem);
        if (errorsBefore != plan.errors.size())
            continue;
        plan.relationships << relationships;
        FacilitatorChange change;
        change.added = !existing;
        change.before = existing ? *existing : Facilitator{};
        change.after = after;
        change.line = line;
        if (existing) {
            change.fields = facilitatorChanges(change.before, change.after);
            if (change.fields.isEmpty()) {
                if (relationships.isEmpty())
                    ++plan.unchanged;
                continue;
            }
        }
        plan.facilitators.append(change);
    }
}

} // namespace pa::importing
