#pragma once

#include "ids.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace pa {

enum class DistrictType { Unified, Elementary, High, CountyOffice, Other };
enum class Locale { Unknown, City, Suburb, Town, Rural };

// A local educational agency that volunteers for, or takes part in, a partnership.
// California districts are keyed by their 7-character CDE CD code; districts elsewhere have no
// CD code and carry another stable key (for example "MA:Chelsea").
struct District
{
    Id id = 0;
    QString cdCode;
    QString externalKey;
    QString ncesId;
    QString name;
    QString county;
    QString state = QStringLiteral("CA");
    DistrictType type = DistrictType::Other;
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<int> enrollment;
    Locale locale = Locale::Unknown;
    int readiness = 0; // 0 = not assessed, 1 (exploring) .. 5 (ready to lead)
    bool volunteer = false;
    QDate signupDate;
    QStringList needs;
    QStringList strengths;
    QStringList dataSystems;
    QString goals;
    QString superintendent;
    QString superintendentEmail;
    QString leadContact;
    QString leadEmail;
    QString phone;
    QString notes;

    // The key a user sees: the CD code in California, the external key elsewhere.
    QString displayKey() const { return cdCode.isEmpty() ? externalKey : cdCode; }
    bool hasLocation() const { return latitude.has_value() && longitude.has_value(); }

    friend bool operator==(const District &, const District &) = default;
};

QString districtTypeKey(DistrictType type);
QString districtTypeLabel(DistrictType type);
std::optional<DistrictType> districtTypeFromKey(const QString &key);

QString localeKey(Locale locale);
QString localeLabel(Locale locale);
std::optional<Locale> localeFromKey(const QString &key);

// Checks the rules a district must satisfy before it is stored. Returns one message per problem,
// each naming the field ("CD code must be 7 digits, got \"12345\"").
QStringList validateDistrict(const District &district);

// The state where the map opens: of the districts with a location, the state holding most of
// them (ties go to the first by name) when they span several states and it holds at least 60%
// of them; empty otherwise, and then the map shows every district.
QString mainState(const QList<District> &districts);

} // namespace pa
