// The NCES Common Core of Data district export: fills enrollment, locale and the NCES id of
// districts already in the atlas, joined by State District ID ("CA-" + CD code) or NCES id.
// Rows that match no district are reported, never added.
#include "importsupport.h"

#include <QRegularExpression>

namespace pa::importing {

namespace {

QString ncesKey(const QString &header)
{
    QString key;
    for (QChar c : header)
        if (c.isLetterOrNumber())
            key += c.toLower();
    return key;
}

int ncesColumn(const CsvTable &table, const char *key)
{
    for (int i = 0; i < table.header.size(); ++i)
        if (ncesKey(table.header.at(i)) == QLatin1String(key))
            return i;
    return -1;
}

// "City: Large" or locale code 11..43 (first digit 1 city, 2 suburb, 3 town, 4 rural).
std::optional<Locale> ncesLocale(const QString &text, const QString &code)
{
    const QString word = text.section(QLatin1Char(':'), 0, 0).trimmed();
    if (auto locale = localeFromKey(word.toLower()); locale && *locale != Locale::Unknown)
        return locale;
    if (code.size() == 2 && code.at(1).isDigit()) {
        switch (code.at(0).unicode()) {
        case '1':
            return Locale::City;
        case '2':
            return Locale::Suburb;
        case '3':
            return Locale::Town;
        case '4':
            return Locale::Rural;
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace

void planNces(Context &context)
{
    const CsvTable &table = context.table;
    ImportPlan &plan = context.plan;
    const int stateId = ncesColumn(table, "statedistrictid");
    const int ncesId = ncesColumn(table, "ncesdistrictid");
    const int name = ncesColumn(table, "districtname");
    const int students = ncesColumn(table, "students");
    const int locale = ncesColumn(table, "locale");
    const int localeCode = ncesColumn(table, "localecode");
    if (stateId < 0 && ncesId < 0) {
        context.error(table.headerLine, -1,
                      tr("no “State District ID” or “NCES District ID” column; expected the NCES "
                         "district export's header (NCES District ID, State District ID, "
                         "District Name, ..., Students*, ..., Locale*)"));
        return;
    }
    if (students < 0 && locale < 0 && localeCode < 0) {
        context.error(table.headerLine, -1,
                      tr("no “Students*” or “Locale*” column; expected the NCES district "
                         "export's header with enrollment and locale"));
        return;
    }

    QHash<QString, const District *> byCode;
    QHash<QString, const District *> byNces;
    for (const District &district : context.atlas.districts) {
        if (!district.cdCode.isEmpty())
            byCode.insert(district.cdCode, &district);
        if (!district.ncesId.isEmpty())
            byNces.insert(district.ncesId, &district);
    }
    static const QRegularExpression codePattern(QStringLiteral("^[0-9]{7}$"));
    QHash<QString, int> lineOfKey;
    QHash<Id, int> lineOfDistrict;
    for (qsizetype i = 0; i < table.records.size(); ++i) {
        if (!context.step(i))
            return;
        const CsvRecord &record = table.records.at(i);
        const auto cell = [&](int index) {
            return index < 0 || isNullText(record.fields.at(index))
                       ? QString()
                       : record.fields.at(index).trimmed();
        };
        const QString sid = cell(stateId);
        const QString nces = cell(ncesId);
        const QString key = sid.isEmpty() ? nces : sid;
        if (key.isEmpty()) {
            context.error(record.line, stateId >= 0 ? stateId : ncesId,
                          tr("expected a State District ID such as “CA-1062166”"));
            continue;
        }
        if (lineOfKey.contains(key)) {
            context.error(record.line, stateId >= 0 ? stateId : ncesId,
                          tr("%1 appears twice (first on line %2); expected each district once")
                              .arg(key)
                              .arg(lineOfKey.value(key)));
            continue;
        }
        lineOfKey.insert(key, record.line);

        QString message;
        const std::optional<int> enrollment =
            parseCount(cell(students), tr("the number of students"), message);
        if (!message.isEmpty())
            context.error(record.line, students, message);
        std::optional<Locale> place;
        if (!cell(locale).isEmpty() || !cell(localeCode).isEmpty()) {
            place = ncesLocale(cell(locale), cell(localeCode));
            if (!place)
                context.error(record.line, locale >= 0 ? locale : localeCode,
                              tr("expected a locale such as “City: Large”, “Suburb: Small”, "
                                 "“Town: Remote” or “Rural: Fringe”, got “%1”")
                                  .arg(cell(locale).isEmpty() ? cell(localeCode) : cell(locale)));
        }

        const District *district = nces.isEmpty() ? nullptr : byNces.value(nces);
        const QString code = sid.section(QLatin1Char('-'), 1);
        if (!district && sid.startsWith(QLatin1String("CA-")) && codePattern.match(code).hasMatch())
            district = byCode.value(code);
        if (!district) {
            plan.unmatched.append({record.line, key, cell(name)});
            continue;
        }
        if (lineOfDistrict.contains(district->id)) {
            context.error(record.line, stateId >= 0 ? stateId : ncesId,
                          tr("names %1 again (already on line %2); expected each district once")
                              .arg(districtLabel(*district))
                              .arg(lineOfDistrict.value(district->id)));
            continue;
        }
        lineOfDistrict.insert(district->id, record.line);
        DistrictChange change;
        change.before = *district;
        change.after = *district;
        change.line = record.line;
        if (!nces.isEmpty())
            change.after.ncesId = nces;
        if (enrollment)
            change.after.enrollment = enrollment;
        if (place)
            change.after.locale = *place;
        change.fields = districtChanges(change.before, change.after);
        if (change.fields.isEmpty())
            ++plan.unchanged;
        else
            plan.districts.append(change);
    }
    if (!plan.unmatched.isEmpty())
        plan.notes << QCoreApplication::translate(
            "pa::import",
            "%n row(s) match no district of the atlas and are not imported (the NCES export also "
            "lists charters and agencies the atlas may not hold).",
            nullptr, int(plan.unmatched.size()));
}

} // namespace pa::importing
