#include "district.h"

#include "enumkeys.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>

namespace pa {

namespace {

using detail::EnumName;

constexpr EnumName<DistrictType> typeNames[] = {
    {DistrictType::Unified, "unified", QT_TRANSLATE_NOOP("pa::enum", "Unified")},
    {DistrictType::Elementary, "elementary", QT_TRANSLATE_NOOP("pa::enum", "Elementary")},
    {DistrictType::High, "high", QT_TRANSLATE_NOOP("pa::enum", "High school")},
    {DistrictType::CountyOffice, "county-office", QT_TRANSLATE_NOOP("pa::enum", "County office")},
    {DistrictType::Other, "other", QT_TRANSLATE_NOOP("pa::enum", "Other")},
};

constexpr EnumName<Locale> localeNames[] = {
    {Locale::Unknown, "", QT_TRANSLATE_NOOP("pa::enum", "Unknown")},
    {Locale::City, "city", QT_TRANSLATE_NOOP("pa::enum", "City")},
    {Locale::Suburb, "suburb", QT_TRANSLATE_NOOP("pa::enum", "Suburb")},
    {Locale::Town, "town", QT_TRANSLATE_NOOP("pa::enum", "Town")},
    {Locale::Rural, "rural", QT_TRANSLATE_NOOP("pa::enum", "Rural")},
};

QString districtTr(const char *text)
{
    return QCoreApplication::translate("District", text);
}

} // namespace

QString districtTypeKey(DistrictType type)
{
    return detail::keyOf<DistrictType>(typeNames, type);
}

QString districtTypeLabel(DistrictType type)
{
    return detail::labelOf<DistrictType>(typeNames, type);
}

std::optional<DistrictType> districtTypeFromKey(const QString &key)
{
    return detail::fromKey<DistrictType>(typeNames, key);
}

QString localeKey(Locale locale)
{
    return detail::keyOf<Locale>(localeNames, locale);
}

QString localeLabel(Locale locale)
{
    return detail::labelOf<Locale>(localeNames, locale);
}

std::optional<Locale> localeFromKey(const QString &key)
{
    return detail::fromKey<Locale>(localeNames, key);
}

QStringList validateDistrict(const District &district)
{
    QStringList problems;
    if (district.name.trimmed().isEmpty())
        problems << districtTr("Name must not be empty.");
    static const QRegularExpression cdCodePattern(QStringLiteral("^[0-9]{7}$"));
    if (!district.cdCode.isEmpty() && !cdCodePattern.match(district.cdCode).hasMatch())
        problems << districtTr("CD code must be 7 digits (county and district), got \"%1\".")
                        .arg(district.cdCode);
    if (district.cdCode.isEmpty() && district.externalKey.trimmed().isEmpty())
        problems << districtTr(
            "A district without a CD code needs another key (for example \"MA:Chelsea\").");
    if (district.latitude.has_value() != district.longitude.has_value())
        problems << districtTr("Latitude and longitude must be given together.");
    if (district.latitude && (*district.latitude < -90.0 || *district.latitude > 90.0))
        problems
            << districtTr("Latitude must be between -90 and 90, got %1.").arg(*district.latitude);
    if (district.longitude && (*district.longitude < -180.0 || *district.longitude > 180.0))
        problems << districtTr("Longitude must be between -180 and 180, got %1.")
                        .arg(*district.longitude);
    if (district.enrollment && *district.enrollment < 0)
        problems
            << districtTr("Enrollment must not be negative, got %1.").arg(*district.enrollment);
    if (district.readiness < 0 || district.readiness > 5)
        problems << districtTr("Readiness must be between 1 and 5 (or 0 for not assessed), got %1.")
                        .arg(district.readiness);
    return problems;
}

QString mainState(const QList<District> &districts)
{
    QMap<QString, qsizetype> perState; // by name, so ties go to the first
    qsizetype located = 0;
    for (const District &district : districts) {
        if (!district.hasLocation())
            continue;
        ++perState[district.state];
        ++located;
    }
    QString largest;
    for (auto it = perState.cbegin(); it != perState.cend(); ++it)
        if (largest.isNull() || it.value() > perState.value(largest))
            largest = it.key();
    if (perState.size() < 2 || perState.value(largest) * 5 < located * 3)
        return {};
    return largest;
}

} // namespace pa
