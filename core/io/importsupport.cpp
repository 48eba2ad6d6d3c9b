#include "importsupport.h"

#include "geo/geo.h"

#include <cmath>

namespace pa::importing {

namespace {

QString supportNumber(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QString();
}

QString supportNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

template<typename Value>
void supportCompare(QList<FieldChange> &changes, const char *field, const Value &before,
                    const Value &after)
{
    if (before != after)
        changes.append({QString::fromLatin1(field), before, after});
}

} // namespace

void Context::error(int line, int column, const QString &message) const
{
    ImportIssue issue{table.fileName, line, 0, {}, message};
    if (column >= 0 && column < table.header.size()) {
        issue.column = column + 1;
        issue.columnName = table.header.at(column);
    }
    plan.errors << issue;
}

bool Context::step(qsizetype done) const
{
    if (options.progress)
        options.progress(done, table.records.size());
    return !options.cancelled();
}

bool isNullText(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ||
           trimmed.compare(QLatin1String("No Data"), Qt::CaseInsensitive) == 0 ||
           trimmed == QStringLiteral("†") || trimmed == QLatin1String("–") ||
           trimmed.compare(QLatin1String("N/A"), Qt::CaseInsensitive) == 0;
}

std::optional<double> parseDegrees(const QString &text, bool latitude, QString &message)
{
    message.clear();
    if (isNullText(text))
        return std::nullopt;
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    const double limit = latitude ? 90.0 : 180.0;
    if (!ok || !std::isfinite(value)) {
        message = (latitude ? tr("expected a latitude in decimal degrees (-90 to 90), got “%1”")
                            : tr("expected a longitude in decimal degrees (-180 to 180), got "
                                 "“%1”"))
                      .arg(text.trimmed());
        return std::nullopt;
    }
    if (value < -limit || value > limit) {
        message = (latitude ? tr("latitude %1 is out of range; expected -90 to 90 degrees")
                            : tr("longitude %1 is out of range; expected -180 to 180 degrees"))
                      .arg(text.trimmed());
        return std::nullopt;
    }
    return value;
}

std::optional<int> parseCount(const QString &text, const QString &what, QString &message)
{
    message.clear();
    if (isNullText(text))
        return std::nullopt;
    QString cleaned = text.trimmed();
    cleaned.remove(QLatin1Char(','));
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok || value < 0 || value > 1e9 || value != std::floor(value)) {
        message =
            tr("expected %1 as a whole number of 0 or more, got “%2”").arg(what, text.trimmed());
        return std::nullopt;
    }
    return int(value);
}

double distanceMetres(const District &a, const District &b)
{
    if (!a.hasLocation() || !b.hasLocation())
        return 0;
    return 1000.0 * geo::distanceKm({*a.latitude, *a.longitude}, {*b.latitude, *b.longitude});
}

QList<FieldChange> districtChanges(const District &before, const District &after)
{
    QList<FieldChange> changes;
    const auto join = [](const QStringList &list) { return list.join(QStringLiteral(", ")); };
    supportCompare(changes, "cdCode", before.cdCode, after.cdCode);
    supportCompare(changes, "externalKey", before.externalKey, after.externalKey);
    supportCompare(changes, "ncesId", before.ncesId, after.ncesId);
    supportCompare(changes, "name", before.name, after.name);
    supportCompare(changes, "county", before.county, after.county);
    supportCompare(changes, "state", before.state, after.state);
    supportCompare(changes, "type", districtTypeKey(before.type), districtTypeKey(after.type));
    supportCompare(changes, "latitude", supportNumber(before.latitude),
                   supportNumber(after.latitude));
    supportCompare(changes, "longitude", supportNumber(before.longitude),
                   supportNumber(after.longitude));
    supportCompare(changes, "enrollment", supportNumber(before.enrollment),
                   supportNumber(after.enrollment));
    supportCompare(changes, "locale", localeKey(before.locale), localeKey(after.locale));
    supportCompare(changes, "readiness", QString::number(before.readiness),
                   QString::number(after.readiness));
    supportCompare(changes, "volunteer",
                   before.volunteer ? QStringLiteral("yes") : QStringLiteral("no"),
                   after.volunteer ? QStringLiteral("yes") : QStringLiteral("no"));
    supportCompare(changes, "signupDate", before.signupDate.toString(Qt::ISODate),
                   after.signupDate.toString(Qt::ISODate));
    supportCompare(changes, "needs", join(before.needs), join(after.needs));
    supportCompare(changes, "strengths", join(before.strengths), join(after.strengths));
    supportCompare(changes, "dataSystems", join(before.dataSystems), join(after.dataSystems));
    supportCompare(changes, "goals", before.goals, after.goals);
    supportCompare(changes, "superintendent", before.superintendent, after.superintendent);
    supportCompare(changes, "superintendentEmail", before.superintendentEmail,
                   after.superintendentEmail);
    supportCompare(changes, "leadContact", before.leadContact, after.leadContact);
    supportCompare(changes, "leadEmail", before.leadEmail, after.leadEmail);
    supportCompare(changes, "phone", before.phone, after.phone);
    supportCompare(changes, "notes", before.notes, after.notes);
    return changes;
}

QList<FieldChange> facilitatorChanges(const Facilitator &before, const Facilitator &after)
{
    QList<FieldChange> changes;
    const auto join = [](const QStringList &list) { return list.join(QStringLiteral(", ")); };
    supportCompare(changes, "name", before.name, after.name);
    supportCompare(changes, "organization", before.organization, after.organization);
    supportCompare(changes, "homeBase", before.homeBase, after.homeBase);
    supportCompare(changes, "latitude", supportNumber(before.latitude),
                   supportNumber(after.latitude));
    supportCompare(changes, "longitude", supportNumber(before.longitude),
                   supportNumber(after.longitude));
    supportCompare(changes, "capacity", QString::number(before.capacity),
                   QString::number(after.capacity));
    supportCompare(changes, "expertise", join(before.expertise), join(after.expertise));
    supportCompare(changes, "regions", join(before.regions), join(after.regions));
    supportCompare(changes, "contactName", before.contactName, after.contactName);
    supportCompare(changes, "email", before.email, after.email);
    supportCompare(changes, "phone", before.phone, after.phone);
    supportCompare(changes, "notes", before.notes, after.notes);
    return changes;
}

QString districtLabel(const District &district)
{
    const QString key = district.displayKey();
    return key.isEmpty() ? district.name : QStringLiteral("%1 (%2)").arg(district.name, key);
}

QString normalizedName(const QString &name)
{
    QString result;
    bool space = false;
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            if (space && !result.isEmpty())
                result += QLatin1Char(' ');
            result += c.toLower();
            space = false;
        } else {
            space = true;
        }
    }
    return result;
}

QString nameWithoutType(const QString &name)
{
    static const QStringList typeWords = {
        QStringLiteral("elementary"), QStringLiteral("elem"),   QStringLiteral("unified"),
        QStringLiteral("high"),       QStringLiteral("school"), QStringLiteral("schools"),
        QStringLiteral("district"),   QStringLiteral("union"),  QStringLiteral("joint"),
    };
    QStringList words = normalizedName(name).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeIf([](const QString &word) { return typeWords.contains(word); });
    return words.join(QLatin1Char(' '));
}

QString slugOf(const QString &label)
{
    QString slug;
    for (QChar c : label.trimmed().toLower()) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(64);
}

QStringList splitList(const QString &cell)
{
    const QChar separator = cell.contains(QLatin1Char(';'))   ? QLatin1Char(';')
                            : cell.contains(QLatin1Char('|')) ? QLatin1Char('|')
                                                              : QLatin1Char(',');
    QStringList parts;
    for (const QString &part : cell.split(separator)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty() && !parts.contains(trimmed))
            parts << trimmed;
    }
    return parts;
}

TagResolver::TagResolver(const QList<NeedTag> &vocabulary, ImportPlan &plan)
    : m_plan(plan)
{
    for (const NeedTag &need : vocabulary) {
        m_byText.insert(need.tag.toLower(), need.tag);
        m_byText.insert(need.label.toLower(), need.tag);
        m_byText.insert(slugOf(need.label), need.tag);
    }
    for (const NeedTag &need : std::as_const(plan.newNeeds)) {
        m_byText.insert(need.tag, need.tag);
        m_byText.insert(need.label.toLower(), need.tag);
    }
}

QStringList TagResolver::resolve(const QStringList &texts)
{
    QStringList tags;
    for (const QString &text : texts) {
        const QString trimmed = text.trimmed();
        QString tag = m_byText.value(trimmed.toLower());
        if (tag.isEmpty())
            tag = m_byText.value(slugOf(trimmed));
        if (tag.isEmpty()) {
            tag = slugOf(trimmed);
            if (tag.isEmpty())
                continue;
            m_plan.newNeeds.append({tag, trimmed, QStringLiteral("Other"), false});
            m_byText.insert(tag, tag);
            m_byText.insert(trimmed.toLower(), tag);
        }
        if (!tags.contains(tag))
            tags << tag;
    }
    return tags;
}

QHash<Id, QStringList> currentPartnershipsByDistrict(const AtlasData &atlas)
{
    QHash<Id, QString> open;
    for (const Partnership &partnership : atlas.partnerships)
        if (partnership.status != PartnershipStatus::Ended)
            open.insert(partnership.id, partnership.name);
    QHash<Id, QStringList> result;
    for (const Membership &membership : atlas.memberships)
        if (membership.isCurrent() && open.contains(membership.partnershipId))
            result[membership.districtId] << open.value(membership.partnershipId);
    return result;
}

} // namespace pa::importing
