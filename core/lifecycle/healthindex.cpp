#include "healthindex.h"

#include "geo/geo.h"

#include <cmath>

namespace pa {

using namespace healthdetail;

HealthCalculator::Index::Index(const AtlasData &a, const LifecycleData &l, const HealthSettings &s)
    : atlas(a)
    , lifecycle(l)
    , settings(s)
{
    for (const District &d : atlas.districts)
        districts.insert(d.id, &d);
    for (const Facilitator &f : atlas.facilitators)
        facilitators.insert(f.id, &f);
    for (const Partnership &p : atlas.partnerships)
        partnerships.insert(p.id, &p);
    for (const Membership &m : atlas.memberships)
        members[m.partnershipId] << &m;
    for (const Assignment &as : atlas.assignments) {
        assignmentsByPartnership[as.partnershipId] << &as;
        assignmentsByFacilitator[as.facilitatorId] << &as;
    }
    for (const Relationship &r : atlas.relationships)
        relationships.insert({r.facilitatorId, r.districtId});
    for (const NeedTag &n : atlas.needs)
        needLabels.insert(n.tag, n.label);
    for (const Meeting &m : lifecycle.meetings)
        meetings[m.partnershipId] << &m;
    for (auto &list : meetings)
        std::stable_sort(list.begin(), list.end(),
                         [](const Meeting *x, const Meeting *y) { return x->held < y->held; });
    for (const RoleHolder &r : lifecycle.roleHolders)
        roleHolders[r.districtId] << &r;
    for (const Blueprint &b : lifecycle.blueprints)
        blueprints.insert(b.partnershipId, &b);
    for (const TrackingEvent &e : lifecycle.events)
        events[e.partnershipId] << &e;
}

QList<Id> HealthCalculator::Index::membersOn(Id partnershipId, const QDate &date) const
{
    QList<Id> ids;
    for (const Membership *m : members.value(partnershipId))
        if ((!m->joined.isValid() || m->joined <= date) && (!m->left.isValid() || m->left > date))
            ids << m->districtId;
    return ids;
}

QList<const Meeting *> HealthCalculator::Index::meetingsIn(Id partnershipId, const QDate &from,
                                                           const QDate &to) const
{
    const QList<const Meeting *> &all = meetings[partnershipId];
    const auto begin =
        std::upper_bound(all.cbegin(), all.cend(), from,
                         [](const QDate &d, const Meeting *m) { return d < m->held; });
    const auto end = std::upper_bound(begin, all.cend(), to,
                                      [](const QDate &d, const Meeting *m) { return d < m->held; });
    return QList<const Meeting *>(begin, end);
}

bool HealthCalculator::Index::isSteering(const Meeting &meeting) const
{
    const Blueprint *b = blueprints.value(meeting.partnershipId);
    const MeetingBody *body = b ? b->body(meeting.bodyId) : nullptr;
    return body && body->isSteering();
}

int HealthCalculator::Index::expectedMeetings(const Partnership &p, int perYear, const QDate &from,
                                              const QDate &to) const
{
    QDate start = from;
    if (p.formed.isValid() && p.formed > start)
        start = p.formed;
    // Meetings before the log began were never recorded: nothing is expected of that time.
    if (trackedLate(p, from))
        start = std::max(start, meetings[p.id].first()->held);
    if (start >= to || perYear <= 0)
        return 0;
    // A whole window counts as whole months; a shorter time, by its days.
    const double years =
        start == from ? settings.windowMonths / 12.0 : double(start.daysTo(to)) / 365.25;
    return int(std::lround(perYear * years));
}

QList<const Assignment *> HealthCalculator::Index::activeAssignments(Id partnershipId,
                                                                     const QDate &date) const
{
    QList<const Assignment *> result;
    for (const Assignment *a : assignmentsByPartnership.value(partnershipId))
        if ((!a->started.isValid() || a->started <= date) &&
            (!a->ended.isValid() || a->ended > date))
            result << a;
    return result;
}

int HealthCalculator::Index::facilitatorLoad(Id facilitatorId, const QDate &date,
                                             QStringList *names) const
{
    int load = 0;
    for (const Assignment *a : assignmentsByFacilitator.value(facilitatorId)) {
        const Partnership *p = partnerships.value(a->partnershipId);
        if (!p || p->status == PartnershipStatus::Ended)
            continue;
        if ((a->started.isValid() && a->started > date) || (a->ended.isValid() && a->ended <= date))
            continue;
        ++load;
        if (names)
            *names << p->name;
    }
    return load;
}

HealthCalculator::Index::Spread HealthCalculator::Index::spread(const QList<Id> &districtIds) const
{
    Spread s;
    QList<const District *> located;
    for (Id id : districtIds)
        if (const District *d = districts.value(id); d && d->hasLocation())
            located << d;
    s.located = int(located.size());
    double total = 0.0;
    int pairs = 0;
    for (qsizetype i = 0; i < located.size(); ++i)
        for (qsizetype j = i + 1; j < located.size(); ++j) {
            const double km = geo::distanceKm({*located[i]->latitude, *located[i]->longitude},
                                              {*located[j]->latitude, *located[j]->longitude});
            total += km;
            ++pairs;
            if (km > s.maxKm) {
                s.maxKm = km;
                s.farA = located[i]->id;
                s.farB = located[j]->id;
            }
        }
    s.meanKm = pairs > 0 ? total / pairs : 0.0;
    return s;
}

} // namespace pa
