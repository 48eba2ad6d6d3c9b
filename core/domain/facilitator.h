#pragma once

#include "ids.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace pa {

// A person or organization that holds partnerships together (research lesson: a dedicated
// third-party facilitator with relationships to the districts).
struct Facilitator
{
    Id id = 0;
    QString name;
    QString organization;
    QString homeBase;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QStringList regions;
    QStringList expertise; // need tags
    int capacity = 2;      // partnerships at once
    QString contactName;
    QString email;
    QString phone;
    QString notes;

    bool hasLocation() const { return latitude.has_value() && longitude.has_value(); }

    friend bool operator==(const Facilitator &, const Facilitator &) = default;
};

// A pre-existing relationship between a facilitator and a district.
struct Relationship
{
    Id facilitatorId = 0;
    Id districtId = 0;
    QString kind; // "prior partnership", "coaching", "county office", ...
    QDate since;
    int strength = 2; // 1 (acquainted) .. 3 (trusted partner)
    QString notes;

    friend bool operator==(const Relationship &, const Relationship &) = default;
};

QStringList validateFacilitator(const Facilitator &facilitator);

} // namespace pa
