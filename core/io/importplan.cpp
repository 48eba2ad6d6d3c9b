#include "importplan.h"

#include "importsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <span>

namespace pa {

namespace {

// Letters and digits only, lower case: "Students*" -> "students", "CD Code" -> "cdcode".
QString planHeaderKey(const QString &header)
{
    QString key;
    for (QChar c : header)
        if (c.isLetterOrNumber())
            key += c.toLower();
    return key;
}

struct PlanFieldNames
{
    const char *key;
    const char *label;
    bool list;
    const char *aliases; // further well-known headers, space separated, already normalized
};

constexpr PlanFieldNames planDistrictFields[] = {
    {"cdCode", QT_TRANSLATE_NOOP("pa::import", "CD code"), false, "cd cdecode code districtcode"},
    {"externalKey", QT_TRANSLATE_NOOP("pa::import", "Key (outside California)"), false,
     "key districtkey"},
    {"ncesId", QT_TRANSLATE_NOOP("pa::import", "NCES id"), false, "ncesdistrictid leaid"},
    {"name", QT_TRANSLATE_NOOP("pa::import", "Name"), false, "district districtname"},
    {"county", QT_TRANSLATE_NOOP("pa::import", "County"), false, "countyname"},
    {"state", QT_TRANSLATE_NOOP("pa::import", "State"), false, "st"},
    {"type", QT_TRANSLATE_NOOP("pa::import", "Type"), false, "districttype doctype"},
    {"latitude", QT_TRANSLATE_NOOP("pa::import", "Latitude"), false, "lat"},
    {"longitude", QT_TRANSLATE_NOOP("pa::import", "Longitude"), false, "lon lng long"},
    {"enrollment", QT_TRANSLATE_NOOP("pa::import", "Enrollment"), false, "students enrolment"},
    {"locale", QT_TRANSLATE_NOOP("pa::import", "Locale"), false, ""},
    {"readiness", QT_TRANSLATE_NOOP("pa::import", "Readiness"), false, ""},
    {"volunteer", QT_TRANSLATE_NOOP("pa::import", "Volunteer"), false, "volunteered"},
    {"signupDate", QT_TRANSLATE_NOOP("pa::import", "Sign-up date"), false, "signedup signup"},
    {"needs", QT_TRANSLATE_NOOP("pa::import", "Needs (list)"), true, "need needtags"},
    {"strengths", QT_TRANSLATE_NOOP("pa::import", "Strengths (list)"), true, "strength"},
    {"dataSystems", QT_TRANSLATE_NOOP("pa::import", "Data systems (list)"), true, "datasystem"},
    {"goals", QT_TRANSLATE_NOOP("pa::import", "Goals"), false, "goal"},
    {"superintendent", QT_TRANSLATE_NOOP("pa::import", "Superintendent"), false,
     "superintendentname"},
    {"superintendentEmail", QT_TRANSLATE_NOOP("pa::import", "Superintendent e-mail"), false,
     "superintendentemail"},
    {"leadContact", QT_TRANSLATE_NOOP("pa::import", "Lead contact"), false, "lead contact"},
    {"leadEmail", QT_TRANSLATE_NOOP("pa::import", "Lead e-mail"), false, "leademail contactemail"},
    {"phone", QT_TRANSLATE_NOOP("pa::import", "Phone"), false, "telephone"},
    {"notes", QT_TRANSLATE_NOOP("pa::import", "Notes"), false, "note comments"},
};

constexpr PlanFieldNames planFacilitatorFields[] = {
    {"name", QT_TRANSLATE_NOOP("pa::import", "Name"), false, "facilitator facilitatorname"},
    {"organization", QT_TRANSLATE_NOOP("pa::import", "Organization"), false, "organisation org"},
    {"homeBase", QT_TRANSLATE_NOOP("pa::import", "Home base (city)"), false,
     "homebasecity city base location"},
    {"latitude", QT_TRANSLATE_NOOP("pa::import", "Latitude"), false,
     "lat homebaselatitude homebaselat"},
    {"longitude", QT_TRANSLATE_NOOP("pa::import", "Longitude"), false,
     "lon lng long homebaselongitude homebaselon"},
    {"capacity", QT_TRANSLATE_NOOP("pa::import", "Capacity"), false, ""},
    {"expertise", QT_TRANSLATE_NOOP("pa::import", "Expertise (list)"), true, "tags focus"},
    {"regions", QT_TRANSLATE_NOOP("pa::import", "Regions (list)"), true, "region counties"},
    {"contactName", QT_TRANSLATE_NOOP("pa::import", "Contact name"), false, "contact"},
    {"email", QT_TRANSLATE_NOOP("pa::import", "E-mail"), false, "contactemail"},
    {"phone", QT_TRANSLATE_NOOP("pa::import", "Phone"), false, "telephone"},
    {"notes", QT_TRANSLATE_NOOP("pa::import", "Notes"), false, "note comments"},
    {"districts", QT_TRANSLATE_NOOP("pa::import", "Districts known (list)"), true,
     "knowndistricts relationships knows"},
    {"relationshipKind", QT_TRANSLATE_NOOP("pa::import", "Relationship kind"), false,
     "relationkind kind"},
    {"relationshipStrength", QT_TRANSLATE_NOOP("pa::import", "Relationship strength"), false,
     "strength"},
};

std::span<const PlanFieldNames> planFieldTable(ImportFormat format)
{
    if (format == ImportFormat::FacilitatorCsv)
        return planFacilitatorFields;
    if (format == ImportFormat::DistrictCsv)
        return planDistrictFields;
    return {};
}

QList<ImportField> planFieldList(ImportFormat format)
{
    QList<ImportField> fields;
    for (const PlanFieldNames &names : planFieldTable(format))
        fields.append({QString::fromLatin1(names.key),
                       QCoreApplication::translate("pa::import", names.label), names.list});
    return fields;
}

// The field a header names by itself, or empty.
QString planWellKnownField(const QString &header, ImportFormat format)
{
    const QString key = planHeaderKey(header);
    if (key.isEmpty())
        return {};
    for (const PlanFieldNames &names : planFieldTable(format)) {
        if (key == planHeaderKey(QString::fromLatin1(names.key)) ||
            key == planHeaderKey(QString::fromLatin1(names.label)))
            return QString::fromLatin1(names.key);
        const QStringList aliases =
            QString::fromLatin1(names.aliases).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (aliases.contains(key))
            return QString::fromLatin1(names.key);
    }
    return {};
}

} // namespace

QString importFormatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QStringLiteral("auto");
    case ImportFormat::Cde:
        return QStringLiteral("cde");
    case ImportFormat::Nces:
        return QStringLiteral("nces");
    case ImportFormat::DistrictCsv:
        return QStringLiteral("csv");
    case ImportFormat::FacilitatorCsv:
        return QStringLiteral("facilitators");
    }
    return {};
}

QString importFormatLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return importing::tr("detected from the header");
    case ImportFormat::Cde:
        return importing::tr("CDE Public Districts directory");
    case ImportFormat::Nces:
        return importing::tr("NCES district export");
    case ImportFormat::DistrictCsv:
        return importing::tr("district profiles");
    case ImportFormat::FacilitatorCsv:
        return importing::tr("facilitators");
    }
    return {};
}

std::optional<ImportFormat> importFormatFromKey(const QString &key)
{
    for (ImportFormat format : {ImportFormat::Auto, ImportFormat::Cde, ImportFormat::Nces,
                                ImportFormat::DistrictCsv, ImportFormat::FacilitatorCsv})
        if (key.compare(importFormatKey(format), Qt::CaseInsensitive) == 0)
            return format;
    return std::nullopt;
}

const QList<ImportField> &importFields(ImportFormat format)
{
    static const QList<ImportField> districts = planFieldList(ImportFormat::DistrictCsv);
    static const QList<ImportField> facilitators = planFieldList(ImportFormat::FacilitatorCsv);
    static const QList<ImportField> none;
    return format == ImportFormat::DistrictCsv      ? districts
           : format == ImportFormat::FacilitatorCsv ? facilitators
                                                    : none;
}

bool ColumnMapping::fromJson(const QByteArray &json, ImportFormat format, ColumnMapping &mapping,
                             QString &error)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = importing::tr("not valid JSON at character %1 (%2); expected an object such as "
                              "{\"District Name\": \"name\"}")
                    .arg(parseError.offset)
                    .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        error = importing::tr("expected a JSON object that maps column headers to fields, such as "
                              "{\"District Name\": \"name\"}");
        return false;
    }
    // With the format still to be detected, any field of a CSV format is accepted here; the
    // import checks the mapping against the format it detects.
    QStringList keys;
    for (ImportFormat candidate : {ImportFormat::DistrictCsv, ImportFormat::FacilitatorCsv})
        if (format == candidate || format == ImportFormat::Auto)
            for (const ImportField &field : importFields(candidate))
                if (!keys.contains(field.key))
                    keys << field.key;
    mapping.columns.clear();
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty())) {
            mapping.columns.insert(it.key(), QString());
            continue;
        }
        if (!it.value().isString()) {
            error = importing::tr(
                        "column “%1” is mapped to something that is not a field name; expected "
                        "a string such as \"name\", or null to ignore the column")
                        .arg(it.key());
            return false;
        }
        QString field = it.value().toString();
        const auto known = std::find_if(keys.cbegin(), keys.cend(), [&](const QString &key) {
            return key.compare(field, Qt::CaseInsensitive) == 0;
        });
        if (known == keys.cend()) {
            error = importing::tr(
                        "column “%1” is mapped to “%2”, which is not a field; expected one of "
                        "%3, or null to ignore the column")
                        .arg(it.key(), field, keys.join(QStringLiteral(", ")));
            return false;
        }
        mapping.columns.insert(it.key(), *known);
    }
    return true;
}

QByteArray ColumnMapping::toJson(const QStringList &order) const
{
    // QJsonObject sorts its keys; the header's order reads better next to the spreadsheet.
    QStringList keys = order;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    // A JSON string as text: the only element of a compact array, brackets dropped.
    const auto quoted = [](const QString &text) {
        return QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    QByteArray json = "{";
    bool first = true;
    for (const QString &key : std::as_const(keys)) {
        if (!columns.contains(key))
            continue;
        const QString field = columns.value(key);
        json += first ? "\n    " : ",\n    ";
        first = false;
        json += quoted(key) + ": " + (field.isEmpty() ? QByteArray("null") : quoted(field));
    }
    json += first ? "}\n" : "\n}\n";
    return json;
}

QStringList ColumnMapping::resolve(const QStringList &header, ImportFormat format) const
{
    QStringList fields;
    for (const QString &column : header) {
        QString field;
        bool mapped = false;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
            if (it.key().trimmed().compare(column, Qt::CaseInsensitive) == 0) {
                field = it.value();
                mapped = true;
                break;
            }
        }
        if (!mapped)
            field = planWellKnownField(column, format);
        // A field filled by two columns keeps the first.
        if (!field.isEmpty() && fields.contains(field))
            field.clear();
        fields << field;
    }
    return fields;
}

bool ImportPlan::isEmpty() const
{
    const bool churnToApply =
        std::any_of(churn.cbegin(), churn.cend(), [](const ChurnMatch &match) {
            return match.decision != ChurnMatch::Decision::Offer;
        });
    return districts.isEmpty() && facilitators.isEmpty() && relationships.isEmpty() &&
           newNeeds.isEmpty() && !churnToApply;
}

ImportPlan::Counts ImportPlan::counts() const
{
    Counts counts;
    for (const DistrictChange &change : districts) {
        switch (change.kind) {
        case DistrictChange::Kind::Added:
            ++counts.added;
            break;
        case DistrictChange::Kind::Changed:
            ++counts.changed;
            if (change.moved())
                ++counts.moved;
            break;
        case DistrictChange::Kind::Closed:
            ++counts.closed;
            if (!change.partnerships.isEmpty())
                ++counts.closedInPartnership;
            break;
        }
    }
    counts.churn = int(churn.size());
    counts.unchanged = unchanged;
    counts.unmatched = int(unmatched.size());
    counts.skipped = skipped;
    for (const FacilitatorChange &change : facilitators)
        ++(change.added ? counts.facilitatorsAdded : counts.facilitatorsChanged);
    counts.relationships = int(relationships.size());
    counts.newNeeds = int(newNeeds.size());
    counts.errors = int(errors.size());
    return counts;
}

void ImportPlan::decideChurn(ChurnMatch::Decision decision)
{
    for (ChurnMatch &match : churn)
        match.decision = decision;
}

QString importClosedSettingKey()
{
    return QStringLiteral("import.closedDistricts");
}

ImportFormat sniffImportFormat(const QStringList &header)
{
    QStringList keys;
    for (const QString &column : header)
        keys << planHeaderKey(column);
    if (keys.contains(QLatin1String("cdcode")) &&
        (keys.contains(QLatin1String("doc")) || keys.contains(QLatin1String("statustype")) ||
         keys.contains(QLatin1String("doctype"))))
        return ImportFormat::Cde;
    if (keys.contains(QLatin1String("statedistrictid")))
        return ImportFormat::Nces;
    for (const char *facilitatorWord : {"facilitator", "facilitatorname", "capacity", "expertise",
                                        "homebase", "districts", "knowndistricts"})
        if (keys.contains(QLatin1String(facilitatorWord)))
            return ImportFormat::FacilitatorCsv;
    const ColumnMapping none;
    const QStringList fields = none.resolve(header, ImportFormat::DistrictCsv);
    if (fields.contains(QLatin1String("name")) || fields.contains(QLatin1String("cdCode")) ||
        fields.contains(QLatin1String("externalKey")))
        return ImportFormat::DistrictCsv;
    return ImportFormat::Auto;
}

ImportPlan planImport(const QString &path, const AtlasData &atlas, const ImportOptions &options)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        ImportPlan plan;
        plan.fileName = name;
        plan.format = options.format;
        plan.errors << ImportIssue{
            name, 0, 0, {}, importing::tr("cannot be read: %1").arg(file.errorString())};
        return plan;
    }
    return planImportBytes(file.readAll(), name, atlas, options);
}

ImportPlan planImportBytes(const QByteArray &bytes, const QString &fileName, const AtlasData &atlas,
                           const ImportOptions &options)
{
    ImportPlan plan;
    plan.fileName = fileName;
    plan.format = options.format;

    // The header decides the format and, for the CDE directory, how to read the rest.
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
    ImportIssue issue;
    if (!CsvReader::decode(bytes, fileName, std::nullopt, text, encoding, issue)) {
        plan.errors << issue;
        return plan;
    }
    const QStringView firstLine = CsvReader::firstLine(text);
    const QChar sniffed = CsvReader::sniffDelimiter(firstLine);
    QStringList header;
    for (const QString &column : firstLine.toString().split(sniffed)) {
        QString cleaned = column.trimmed();
        if (cleaned.size() >= 2 && cleaned.startsWith(QLatin1Char('"')) &&
            cleaned.endsWith(QLatin1Char('"')))
            cleaned = cleaned.mid(1, cleaned.size() - 2);
        header << cleaned;
    }
    if (plan.format == ImportFormat::Auto && !text.trimmed().isEmpty()) {
        plan.format = sniffImportFormat(header);
        if (plan.format == ImportFormat::Auto) {
            plan.errors << ImportIssue{
                fileName,
                1,
                0,
                {},
                importing::tr(
                    "the header names no format this import knows; expected the CDE Public "
                    "Districts directory (CD Code, District, DOC, ...), the NCES district export "
                    "(State District ID, ...), district profiles (Name or CD Code, Needs, ...) or "
                    "facilitators (Name, Capacity, Expertise, ...); name the format (--format)")};
            return plan;
        }
    }

    CsvOptions csv;
    if (plan.format == ImportFormat::Cde) {
        // CDE writes tabs and no quoting. A comma-separated copy (saved from a spreadsheet)
        // is read as CSV when the format was detected; asked for by name, tabs are required.
        csv.delimiter = options.format == ImportFormat::Cde ? QChar(QLatin1Char('\t')) : sniffed;
        csv.quotes = csv.delimiter == QLatin1Char('\t') ? QuoteMode::Literal : QuoteMode::Rfc4180;
    }
    CsvTable table;
    if (!CsvReader::parse(bytes, fileName, csv, table, issue)) {
        plan.errors << issue;
        return plan;
    }
    plan.encoding = table.encoding;
    plan.delimiter = table.delimiter;
    plan.header = table.header;
    plan.rows = int(table.records.size());
    plan.notes << table.notes;

    importing::Context context{table, atlas, options, plan};
    switch (plan.format) {
    case ImportFormat::Cde:
        importing::planCde(context);
        break;
    case ImportFormat::Nces:
        importing::planNces(context);
        break;
    case ImportFormat::DistrictCsv:
        importing::planDistrictCsv(context);
        break;
    case ImportFormat::FacilitatorCsv:
        importing::planFacilitatorCsv(context);
        break;
    case ImportFormat::Auto:
        break;
    }
    if (options.cancelled())
        plan.cancelled = true;
    return plan;
}

} // namespace pa
