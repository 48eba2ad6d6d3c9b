#pragma once

#include "domain/atlasdata.h"

#include <QJsonObject>
#include <QStringList>

namespace pa {

// What a good facilitator for a partnership is worth, as costs to minimize.
struct AssignmentSettings
{
    double travelWeight = 1.0;       // per 100 km mean distance from home base to members
    double expertiseWeight = 2.0;    // per focus need the facilitator lacks
    double relationshipWeight = 1.5; // minus per member the facilitator knows (times strength / 3)
    double regionWeight = 0.5;       // when no member lies in a region the facilitator serves
    double maxTravelKm = 400.0;      // farther than this (mean) is not a feasible match

    QJsonObject toJson() const;
    static AssignmentSettings fromJson(const QJsonObject &json); // missing keys keep defaults

    // Where the atlas keeps them (AtlasStore::meta, AtlasDocument::setting), and as that text.
    static QString settingKey() { return QStringLiteral("assignment-settings"); }
    QString toText() const;
    static AssignmentSettings fromText(const QString &text); // empty or unreadable: defaults

    friend bool operator==(const AssignmentSettings &, const AssignmentSettings &) = default;
};

struct ProposedAssignment
{
    Id partnershipId = 0;
    Id facilitatorId = 0;
    bool pinned = false;  // kept as the coordinator chose it
    bool changed = false; // differs from the current assignment
    double cost = 0.0;
    QStringList reasons; // "knows 4 of 6 members", "62 km from members on average", ...
};

struct AssignmentPlan
{
    struct Unassigned
    {
        Id partnershipId = 0;
        QString reason; // "no facilitator with free capacity within 400 km"
    };
    QList<ProposedAssignment> assignments;
    QList<Unassigned> unassigned;
    double totalCost = 0.0;
    QString method; // e.g. "min-cost flow (exact)"
};

// One optimization over all partnerships that are not ended: each gets one lead facilitator;
// pinned assignments stay and use capacity; no facilitator exceeds its capacity; each choice
// is explained; partnerships that cannot be served are reported.
AssignmentPlan optimizeAssignments(const AtlasData &data, const AssignmentSettings &settings);

} // namespace pa
