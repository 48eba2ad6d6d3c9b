#pragma once

// Internal to the health calculator: the indexed data and the helpers its parts share
// (health.cpp, healthindex.cpp, healthindicators.cpp, healthalerts.cpp). Not for other modules.

#include "health.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace pa {

namespace healthdetail {

inline QString healthTr(const char *text)
{
    return QCoreApplication::translate("pa::health", text);
}

inline QString healthDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// "1 of 4", "3.4": numbers written the same way in every locale, as the tests and the CSV read
// them.
inline QString healthOneDecimal(double value)
{
    return QString::number(value, 'f', 1);
}

inline QString healthJoined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return healthTr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

// "1 partnership", "3 partnerships".
inline QString healthCount(qint64 n, const char *singular, const char *plural)
{
    return (n == 1 ? healthTr(singular) : healthTr(plural)).arg(n);
}

inline double healthClamp(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

inline QString healthSuperintendentRole()
{
    return QStringLiteral("superintendent");
}

inline HealthIndicator healthIndicator(const QString &key, const QString &name, bool challenge)
{
    HealthIndicator i;
    i.key = key;
    i.name = name;
    i.challenge = challenge;
    return i;
}

inline HealthAlert healthAlert(AlertKind kind, HealthLevel severity, Id districtId = 0)
{
    HealthAlert a;
    a.kind = kind;
    a.severity = severity;
    a.districtId = districtId;
    return a;
}

} // namespace healthdetail

// The data, indexed by partnership, district and facilitator, and the computations on it.
struct HealthCalculator::Index
{
    const AtlasData atlas;
    const LifecycleData lifecycle;
    const HealthSettings settings;
    QHash<Id, const District *> districts;
    QHash<Id, const Facilitator *> facilitators;
    QHash<Id, const Partnership *> partnerships;
    QHash<Id, QList<const Membership *>> members;
    QHash<Id, QList<const Assignment *>> assignmentsByPartnership;
    QHash<Id, QList<const Assignment *>> assignmentsByFacilitator;
    QSet<QPair<Id, Id>> relationships;                // (facilitator, district)
    QHash<Id, QList<const Meeting *>> meetings;       // by date
    QHash<Id, QList<const RoleHolder *>> roleHolders; // by district
    QHash<Id, const Blueprint *> blueprints;
    QHash<Id, QList<const TrackingEvent *>> events;
    QHash<QString, QString> needLabels;

    Index(const AtlasData &a, const LifecycleData &l, const HealthSettings &s);

    // The window that ends on date: (start, date].
    QDate windowStart(const QDate &date) const { return date.addMonths(-settings.windowMonths); }
    QString windowText() const
    {
        return settings.windowMonths == 12
                   ? healthdetail::healthTr("in the last 12 months")
                   : healthdetail::healthTr("in the last %1 months").arg(settings.windowMonths);
    }
    HealthLevel levelOf(double score) const
    {
        return score >= settings.goodAt    ? HealthLevel::Good
               : score >= settings.watchAt ? HealthLevel::Watch
                                           : HealthLevel::Concern;
    }
    QString districtName(Id id) const
    {
        const District *d = districts.value(id);
        return d ? d->name : healthdetail::healthTr("district %1").arg(id);
    }

    QList<Id> membersOn(Id partnershipId, const QDate &date) const;
    QList<const Meeting *> meetingsIn(Id partnershipId, const QDate &from, const QDate &to) const;
    bool isSteering(const Meeting &meeting) const;
    // True when the partnership existed on from but its first recorded meeting came more than
    // a month and a half later: a window starting on from was not fully tracked.
    bool trackedLate(const Partnership &p, const QDate &from) const
    {
        const QList<const Meeting *> &all = meetings[p.id];
        if (all.isEmpty() || (p.formed.isValid() && p.formed >= from))
            return false;
        return all.first()->held > from.addDays(45);
    }
    // Planned meetings of a body in (from, to], fewer when the partnership formed since or its
    // log began since.
    int expectedMeetings(const Partnership &p, int perYear, const QDate &from,
                         const QDate &to) const;
    QList<const Assignment *> activeAssignments(Id partnershipId, const QDate &date) const;
    int facilitatorLoad(Id facilitatorId, const QDate &date, QStringList *names = nullptr) const;

    HealthIndicator commonNeed(const Partnership &p, const QDate &date) const;
    HealthIndicator superintendents(const Partnership &p, const QDate &date) const;
    HealthIndicator levels(const Partnership &p, const QDate &date) const;
    HealthIndicator facilitator(const Partnership &p, const QDate &date) const;
    HealthIndicator trust(const Partnership &p, const QDate &date) const;
    HealthIndicator autonomy(const Partnership &p) const;
    HealthIndicator distance(const Partnership &p, const QDate &date) const;
    HealthIndicator turnover(const Partnership &p, const QDate &date) const;
    HealthIndicator readiness(const Partnership &p, const QDate &date) const;
    QList<HealthIndicator> indicators(const Partnership &p, const QDate &date) const;

    QList<PlanVsActual> plan(const Partnership &p, const QDate &date) const;
    void alerts(const Partnership &p, const QDate &date, QList<HealthAlert> &out) const;

    struct Spread
    {
        int located = 0;
        double maxKm = 0.0;
        double meanKm = 0.0;
        Id farA = 0;
        Id farB = 0;
    };
    Spread spread(const QList<Id> &districtIds) const;
};

} // namespace pa
