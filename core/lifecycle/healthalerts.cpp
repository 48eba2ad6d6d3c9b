#include "healthindex.h"

#include <cmath>

namespace pa {

using namespace healthdetail;

// --- Blueprint against actual -------------------------------------------------------------

QList<PlanVsActual> HealthCalculator::Index::plan(const Partnership &p, const QDate &date) const
{
    QList<PlanVsActual> result;
    const Blueprint *b = blueprints.value(p.id);
    if (!b)
        return result;
    const QDate from = windowStart(date);
    const QList<const Meeting *> held = meetingsIn(p.id, from, date);
    for (const MeetingBody &body : b->bodies) {
        PlanVsActual row;
        row.bodyId = body.id;
        row.bodyName = body.name;
        row.kind = body.kind;
        row.meetingsPerYear = body.meetingsPerYear;
        row.plannedMode = body.mode;
        row.expected = expectedMeetings(p, body.meetingsPerYear, from, date);
        for (const Meeting *m : held) {
            if (m->bodyId != body.id)
                continue;
            ++row.held;
            row.lastHeld = m->held;
            (m->mode == MeetingMode::InPerson  ? row.heldInPerson
             : m->mode == MeetingMode::Virtual ? row.heldVirtual
                                               : row.heldHybrid)++;
        }
        QStringList modes;
        if (row.heldInPerson > 0)
            modes << healthTr("%1 in person").arg(row.heldInPerson);
        if (row.heldHybrid > 0)
            modes << healthTr("%1 hybrid").arg(row.heldHybrid);
        if (row.heldVirtual > 0)
            modes << healthTr("%1 virtual").arg(row.heldVirtual);
        row.fact = healthTr("%1 planned %2: %3 of %4 held %5")
                       .arg(body.name, cadenceText(body.meetingsPerYear))
                       .arg(row.held)
                       .arg(row.expected)
                       .arg(windowText());
        if (!modes.isEmpty())
            row.fact +=
                healthTr(" (planned %1; held %2)")
                    .arg(meetingModeLabel(body.mode).toLower(), modes.join(QStringLiteral(", ")));
        result << row;
    }
    return result;
}

// --- Alerts -------------------------------------------------------------------------------

void HealthCalculator::Index::alerts(const Partnership &p, const QDate &date,
                                     QList<HealthAlert> &out) const
{
    const QList<Id> ids = membersOn(p.id, date);
    const bool running =
        p.status == PartnershipStatus::Active || p.status == PartnershipStatus::Forming;

    // A superintendent changed in a member district.
    const QDate turnoverFrom = date.addMonths(-settings.turnoverAlertMonths);
    for (Id id : ids) {
        const RoleHolder *newest = nullptr;
        const RoleHolder *departed = nullptr;
        QList<const RoleHolder *> supers;
        for (const RoleHolder *r : roleHolders.value(id))
            if (r->role == healthSuperintendentRole() &&
                (r->partnershipId == 0 || r->partnershipId == p.id) &&
                (!r->started.isValid() || r->started <= date))
                supers << r;
        for (const RoleHolder *r : supers) {
            const bool startedRecently = r->started.isValid() && r->started > turnoverFrom;
            const bool hadPredecessor =
                std::any_of(supers.cbegin(), supers.cend(), [r](const RoleHolder *o) {
                    return o != r && o->started.isValid() && r->started.isValid() &&
                           o->started < r->started;
                });
            if (startedRecently && hadPredecessor && (!newest || r->started > newest->started))
                newest = r;
            if (r->ended.isValid() && r->ended > turnoverFrom && r->ended <= date &&
                (!departed || r->ended > departed->ended))
                departed = r;
        }
        if (!newest && !departed)
            continue;
        HealthAlert alert = healthAlert(AlertKind::SuperintendentChanged, HealthLevel::Watch, id);
        if (newest) {
            QDate previousEnd;
            for (const RoleHolder *r : supers)
                if (r != newest && r->ended.isValid() && r->ended <= newest->started &&
                    (!previousEnd.isValid() || r->ended > previousEnd))
                    previousEnd = r->ended;
            alert.message =
                previousEnd.isValid()
                    ? healthTr("%1 has a new superintendent since %2 (the previous one left on "
                               "%3)")
                          .arg(districtName(id), healthDate(newest->started),
                               healthDate(previousEnd))
                    : healthTr("%1 has a new superintendent since %2")
                          .arg(districtName(id), healthDate(newest->started));
        } else {
            alert.message = healthTr("%1's superintendent left on %2 and no successor is "
                                     "recorded")
                                .arg(districtName(id), healthDate(departed->ended));
        }
        out << alert;
    }

    // A superintendent who keeps missing steering meetings.
    const QDate from = windowStart(date);
    QList<const Meeting *> steering;
    for (const Meeting *m : meetingsIn(p.id, from, date))
        if (isSteering(*m))
            steering << m;
    for (Id id : ids) {
        int expected = 0;
        int missed = 0;
        QDate lastAttended;
        for (const Meeting *m : steering) {
            if (!membersOn(p.id, m->held).contains(id))
                continue;
            ++expected;
            if (m->attended(id, healthSuperintendentRole()))
                lastAttended = m->held;
            else
                ++missed;
        }
        if (settings.missedSteeringAlert <= 0 || missed < settings.missedSteeringAlert)
            continue;
        HealthAlert alert =
            healthAlert(AlertKind::SuperintendentAbsent,
                        2 * missed > expected ? HealthLevel::Concern : HealthLevel::Watch, id);
        alert.message = healthTr("%1's superintendent missed %2 of %3 steering meetings %4")
                            .arg(districtName(id))
                            .arg(missed)
                            .arg(expected)
                            .arg(windowText());
        alert.message += lastAttended.isValid()
                             ? healthTr(" (last attended %1)").arg(healthDate(lastAttended))
                             : healthTr(" (attended none)");
        out << alert;
    }

    // No steering meeting for longer than planned.
    if (const Blueprint *b = blueprints.value(p.id); b && running) {
        for (const MeetingBody &body : b->bodies) {
            if (!body.isSteering() || body.meetingsPerYear <= 0)
                continue;
            QDate last;
            for (const Meeting *m : meetings.value(p.id))
                if (m->bodyId == body.id && m->held <= date)
                    last = m->held;
            const QDate since = last.isValid() ? last : p.formed;
            if (!since.isValid())
                continue;
            const int interval = int(std::lround(365.25 / body.meetingsPerYear));
            const qint64 days = since.daysTo(date);
            if (days <= interval + settings.steeringGraceDays)
                continue;
            HealthAlert alert = healthAlert(AlertKind::SteeringOverdue, HealthLevel::Concern);
            alert.bodyId = body.id;
            alert.message =
                (last.isValid()
                     ? healthTr("no %1 meeting since %2 (%3 days; planned %4, every %5 days, "
                                "plus %6 days' grace)")
                           .arg(body.name, healthDate(last))
                     : healthTr("no %1 meeting since the partnership formed on %2 (%3 days; "
                                "planned %4, every %5 days, plus %6 days' grace)")
                           .arg(body.name, healthDate(p.formed)))
                    .arg(days)
                    .arg(cadenceText(body.meetingsPerYear))
                    .arg(interval)
                    .arg(settings.steeringGraceDays);
            out << alert;
        }
    }

    // A facilitator over capacity.
    for (const Assignment *a : activeAssignments(p.id, date)) {
        const Facilitator *f = facilitators.value(a->facilitatorId);
        if (!f)
            continue;
        QStringList names;
        const int load = facilitatorLoad(f->id, date, &names);
        if (load <= f->capacity)
            continue;
        names.sort();
        HealthAlert alert = healthAlert(AlertKind::FacilitatorOverCapacity, HealthLevel::Watch);
        alert.facilitatorId = f->id;
        alert.message = healthTr("%1 facilitates %2 partnerships at once (%3) with a capacity "
                                 "of %4")
                            .arg(f->name)
                            .arg(load)
                            .arg(names.join(QStringLiteral("; ")))
                            .arg(f->capacity);
        out << alert;
    }

    // Members spread beyond the set distance.
    const Spread s = spread(ids);
    if (s.located >= 2 && s.maxKm > settings.spreadAlertKm) {
        HealthAlert alert = healthAlert(AlertKind::MembersSpread, HealthLevel::Watch);
        alert.message = healthTr("members are up to %1 km apart (%2 and %3), beyond the %4 km "
                                 "setting")
                            .arg(std::lround(s.maxKm))
                            .arg(districtName(s.farA), districtName(s.farB))
                            .arg(std::lround(settings.spreadAlertKm));
        out << alert;
    }

    // Readiness far apart.
    const District *lowest = nullptr;
    const District *highest = nullptr;
    for (Id id : ids) {
        const District *d = districts.value(id);
        if (!d || d->readiness <= 0)
            continue;
        if (!lowest || d->readiness < lowest->readiness)
            lowest = d;
        if (!highest || d->readiness > highest->readiness)
            highest = d;
    }
    if (lowest && highest && settings.readinessGapAlert > 0 &&
        highest->readiness - lowest->readiness >= settings.readinessGapAlert) {
        HealthAlert alert = healthAlert(AlertKind::ReadinessApart, HealthLevel::Watch);
        alert.message = healthTr("readiness ranges from %1 (%2) to %3 (%4): a gap of %5")
                            .arg(lowest->readiness)
                            .arg(lowest->name)
                            .arg(highest->readiness)
                            .arg(highest->name)
                            .arg(highest->readiness - lowest->readiness);
        out << alert;
    }
}

} // namespace pa
