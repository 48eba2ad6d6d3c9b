#include "healthindex.h"

#include <cmath>

namespace pa {

using namespace healthdetail;

// --- The lessons --------------------------------------------------------------------------

HealthIndicator HealthCalculator::Index::commonNeed(const Partnership &p, const QDate &date) const
{
    HealthIndicator i =
        healthIndicator(QStringLiteral("common-need"), healthTr("Common need"), false);
    const QList<Id> ids = membersOn(p.id, date);
    if (p.focus.isEmpty() || ids.isEmpty()) {
        i.fact = p.focus.isEmpty() ? healthTr("no focus need recorded for the partnership")
                                   : healthTr("no member districts");
        return i;
    }
    int sharing = 0;
    for (Id id : ids) {
        const District *d = districts.value(id);
        if (d && std::any_of(p.focus.cbegin(), p.focus.cend(),
                             [d](const QString &tag) { return d->needs.contains(tag); }))
            ++sharing;
    }
    QStringList labels;
    for (const QString &tag : p.focus)
        labels << needLabels.value(tag, tag);
    i.score = double(sharing) / double(ids.size());
    i.fact = healthTr("%1 of %2 member districts list the focus (%3) among their needs")
                 .arg(sharing)
                 .arg(ids.size())
                 .arg(healthJoined(labels));
    return i;
}

HealthIndicator HealthCalculator::Index::superintendents(const Partnership &p,
                                                         const QDate &date) const
{
    HealthIndicator i = healthIndicator(QStringLiteral("superintendents"),
                                        healthTr("Superintendents involved"), false);
    const QDate from = windowStart(date);
    int planned = 0;
    bool steeringBody = false;
    if (const Blueprint *b = blueprints.value(p.id))
        for (const MeetingBody &body : b->bodies)
            if (body.isSteering()) {
                steeringBody = true;
                planned += expectedMeetings(p, body.meetingsPerYear, from, date);
            }
    int held = 0;
    int seats = 0;
    int present = 0;
    QHash<Id, QPair<int, int>> byDistrict; // present, expected
    for (const Meeting *m : meetingsIn(p.id, from, date)) {
        if (!isSteering(*m))
            continue;
        ++held;
        for (Id id : membersOn(p.id, m->held)) {
            ++seats;
            auto &counts = byDistrict[id];
            ++counts.second;
            if (m->attended(id, healthSuperintendentRole())) {
                ++present;
                ++counts.first;
            }
        }
    }
    if (held == 0) {
        if (p.status == PartnershipStatus::Proposed || (p.formed.isValid() && p.formed > date)) {
            i.fact = healthTr("not meeting yet");
            return i;
        }
        if (steeringBody && planned == 0) {
            i.fact = healthTr("no steering meeting was due yet %1").arg(windowText());
            return i;
        }
        i.score = 0.0;
        i.fact = planned > 0 ? healthTr("no steering meetings held %1 (%2 planned)")
                                   .arg(windowText())
                                   .arg(planned)
                             : healthTr("no superintendent steering body in the blueprint and no "
                                        "steering meetings %1")
                                   .arg(windowText());
        return i;
    }
    const double rate = seats > 0 ? double(present) / double(seats) : 0.0;
    const double cadence = planned > 0 ? std::min(1.0, double(held) / double(planned)) : 1.0;
    i.score = rate * cadence;
    i.fact =
        healthTr("superintendents attended %1 of %2 seats at %3 %4 (%5 planned)")
            .arg(present)
            .arg(seats)
            .arg(healthCount(held, "%1 steering meeting", "%1 steering meetings"), windowText())
            .arg(planned);
    // The district whose superintendent came least, when not every one came every time.
    Id fewest = 0;
    double fewestRate = 2.0;
    for (auto it = byDistrict.cbegin(); it != byDistrict.cend(); ++it) {
        const double r = double(it->first) / double(it->second);
        if (r < fewestRate || (r == fewestRate && it.key() < fewest)) {
            fewestRate = r;
            fewest = it.key();
        }
    }
    if (fewest != 0 && fewestRate < 1.0) {
        const auto counts = byDistrict.value(fewest);
        i.fact += healthTr("; fewest: %1, %2 of %3")
                      .arg(districtName(fewest))
                      .arg(counts.first)
                      .arg(counts.second);
    }
    return i;
}

HealthIndicator HealthCalculator::Index::levels(const Partnership &p, const QDate &date) const
{
    HealthIndicator i =
        healthIndicator(QStringLiteral("levels"), healthTr("Several levels engaged"), false);
    const QList<Id> ids = membersOn(p.id, date);
    const QList<const Meeting *> held = meetingsIn(p.id, windowStart(date), date);
    if (ids.isEmpty() || held.isEmpty()) {
        i.fact = healthTr("no meetings with attendance %1").arg(windowText());
        return i;
    }
    QHash<Id, QSet<QString>> roles;
    QSet<QString> all;
    for (const Meeting *m : held)
        for (const Attendance &a : m->attendance) {
            roles[a.districtId].insert(a.role);
            all.insert(a.role);
        }
    const int target = std::max(1, settings.levelsTarget);
    double total = 0.0;
    double score = 0.0;
    int below = 0;
    for (Id id : ids) {
        const int n = int(roles.value(id).size());
        total += n;
        score += std::min(1.0, double(n) / target);
        if (n < target)
            ++below;
    }
    QStringList seen;
    for (const QString &level : stakeholderLevels())
        if (all.contains(level))
            seen << stakeholderLevelLabel(level).toLower();
    QStringList others(all.cbegin(), all.cend());
    others.sort();
    for (const QString &level : std::as_const(others))
        if (!stakeholderLevels().contains(level))
            seen << level;
    i.score = score / double(ids.size());
    i.fact = healthTr("member districts took part at %1 staff levels on average %2 (%3); %4 of "
                      "%5 districts at fewer than %6")
                 .arg(healthOneDecimal(total / double(ids.size())), windowText(),
                      seen.join(QStringLiteral(", ")))
                 .arg(below)
                 .arg(ids.size())
                 .arg(target);
    return i;
}

HealthIndicator HealthCalculator::Index::facilitator(const Partnership &p, const QDate &date) const
{
    HealthIndicator i =
        healthIndicator(QStringLiteral("facilitator"), healthTr("Dedicated facilitator"), false);
    const QList<const Assignment *> active = activeAssignments(p.id, date);
    const QList<Id> ids = membersOn(p.id, date);
    if (active.isEmpty()) {
        if (p.status == PartnershipStatus::Proposed) {
            i.fact = healthTr("no facilitator assigned yet (proposed)");
            return i;
        }
        i.score = 0.0;
        i.fact = healthTr("no facilitator assigned");
        return i;
    }
    QStringList parts;
    bool withinCapacity = true;
    QSet<Id> related;
    for (const Assignment *a : active) {
        const Facilitator *f = facilitators.value(a->facilitatorId);
        if (!f)
            continue;
        const int load = facilitatorLoad(f->id, date);
        if (load > f->capacity)
            withinCapacity = false;
        parts << healthTr("%1 (%2 for a capacity of %3)")
                     .arg(f->name, healthCount(load, "%1 partnership", "%1 partnerships"))
                     .arg(f->capacity);
        for (Id id : ids)
            if (relationships.contains({f->id, id}))
                related.insert(id);
    }
    const double relatedShare = ids.isEmpty() ? 0.0 : double(related.size()) / double(ids.size());
    i.score = 0.5 + (withinCapacity ? 0.25 : 0.0) + 0.25 * relatedShare;
    i.fact = healthTr("facilitated by %1; relationships with %2 of %3 member districts")
                 .arg(healthJoined(parts))
                 .arg(related.size())
                 .arg(ids.size());
    return i;
}

HealthIndicator HealthCalculator::Index::trust(const Partnership &p, const QDate &date) const
{
    HealthIndicator i =
        healthIndicator(QStringLiteral("trust"), healthTr("Time to build trust"), false);
    if (p.status == PartnershipStatus::Proposed || (p.formed.isValid() && p.formed > date)) {
        i.fact = healthTr("not formed yet");
        return i;
    }
    const QDate from = windowStart(date);
    int planned = 0;
    if (const Blueprint *b = blueprints.value(p.id))
        for (const MeetingBody &body : b->bodies)
            planned += expectedMeetings(p, body.meetingsPerYear, from, date);
    const int held = int(meetingsIn(p.id, from, date).size());
    const double regularity =
        planned > 0 ? std::min(1.0, double(held) / double(planned)) : (held > 0 ? 1.0 : 0.0);
    QString age;
    double agePart = 0.0;
    if (p.formed.isValid()) {
        const double years = double(p.formed.daysTo(date)) / 365.25;
        agePart = std::min(1.0, years / std::max(0.1, settings.trustYears));
        age =
            healthTr("formed %1 years ago (%2)").arg(healthOneDecimal(years), healthDate(p.formed));
    } else {
        age = healthTr("formation date unknown");
    }
    i.score = 0.5 * agePart + 0.5 * regularity;
    i.fact = healthTr("%1; %2 of %3 planned meetings held %4")
                 .arg(age)
                 .arg(held)
                 .arg(planned)
                 .arg(windowText());
    return i;
}

// --- The challenges -----------------------------------------------------------------------

HealthIndicator HealthCalculator::Index::autonomy(const Partnership &p) const
{
    HealthIndicator i =
        healthIndicator(QStringLiteral("autonomy"), healthTr("Autonomy and alignment"), true);
    const Blueprint *b = blueprints.value(p.id);
    const int aligned = b ? int(b->alignedItems().size()) : 0;
    const int local = b ? int(b->localItems().size()) : 0;
    i.score = (aligned > 0 ? 0.5 : 0.0) + (local > 0 ? 0.5 : 0.0);
    i.fact = b ? healthTr("the blueprint names %1 aligned across districts and %2 kept by each "
                          "district")
                     .arg(healthCount(aligned, "%1 item", "%1 items"),
                          healthCount(local, "%1 item", "%1 items"))
               : healthTr("no blueprint yet: nothing says what is aligned and what stays local");
    return i;
}

HealthIndicator HealthCalculator::Index::distance(const Partnership &p, const QDate &date) const
{
    HealthIndicator i =
        healthIndicator(QStringLiteral("distance"), healthTr("Geographic distance"), true);
    const Spread s = spread(membersOn(p.id, date));
    if (s.located < 2) {
        i.fact = healthTr("fewer than two member districts with a location");
        return i;
    }
    const QList<const Meeting *> held = meetingsIn(p.id, windowStart(date), date);
    int remote = 0;
    for (const Meeting *m : held)
        if (m->mode != MeetingMode::InPerson)
            ++remote;
    const double span = std::max(1.0, settings.farKm - settings.nearKm);
    const double base =
        s.maxKm <= settings.nearKm ? 1.0 : healthClamp((settings.farKm - s.maxKm) / span);
    const double remoteShare = held.isEmpty() ? 0.0 : double(remote) / double(held.size());
    i.score = base + (1.0 - base) * 0.6 * remoteShare;
    i.fact = healthTr("members up to %1 km apart (mean %2 km); ")
                 .arg(std::lround(s.maxKm))
                 .arg(std::lround(s.meanKm)) +
             (held.isEmpty() ? healthTr("no meetings %1").arg(windowText())
                             : healthTr("%1 of %2 meetings %3 were virtual or hybrid")
                                   .arg(remote)
                                   .arg(held.size())
                                   .arg(windowText()));
    return i;
}

HealthIndicator HealthCalculator::Index::turnover(const Partnership &p, const QDate &date) const
{
    HealthIndicator i = healthIndicator(QStringLiteral("turnover"), healthTr("Turnover"), true);
    const QDate from = windowStart(date);
    int inRoles = 0;
    int left = 0;
    int superintendentsLeft = 0;
    QStringList superintendentDistricts;
    for (Id id : membersOn(p.id, date)) {
        for (const RoleHolder *r : roleHolders.value(id)) {
            if (r->partnershipId != 0 && r->partnershipId != p.id)
                continue;
            // In a role at some time in the window.
            if ((r->started.isValid() && r->started > date) ||
                (r->ended.isValid() && r->ended <= from))
                continue;
            ++inRoles;
            if (r->ended.isValid() && r->ended <= date) {
                ++left;
                if (r->role == healthSuperintendentRole()) {
                    ++superintendentsLeft;
                    const QString name = districtName(id);
                    if (!superintendentDistricts.contains(name))
                        superintendentDistricts << name;
                }
            }
        }
    }
    if (inRoles == 0) {
        i.fact = healthTr("no people in roles recorded for the member districts");
        return i;
    }
    const double weighted = double(left - superintendentsLeft) + 2.0 * superintendentsLeft;
    i.score = healthClamp(1.0 - 2.0 * weighted / double(inRoles));
    i.fact = healthTr("%1 of %2 people in roles left %3, %4 of them superintendents")
                 .arg(left)
                 .arg(inRoles)
                 .arg(windowText())
                 .arg(superintendentsLeft);
    if (!superintendentDistricts.isEmpty())
        i.fact += QStringLiteral(" (%1)").arg(healthJoined(superintendentDistricts));
    return i;
}

HealthIndicator HealthCalculator::Index::readiness(const Partnership &p, const QDate &date) const
{
    HealthIndicator i =
        healthIndicator(QStringLiteral("readiness"), healthTr("Varied readiness"), true);
    int low = 6;
    int high = 0;
    int assessed = 0;
    for (Id id : membersOn(p.id, date)) {
        const District *d = districts.value(id);
        if (!d || d->readiness <= 0)
            continue;
        ++assessed;
        low = std::min(low, d->readiness);
        high = std::max(high, d->readiness);
    }
    if (assessed < 2) {
        i.fact = healthTr("fewer than two member districts with a readiness level");
        return i;
    }
    i.score = 1.0 - double(high - low) / 4.0;
    i.fact = healthTr("readiness ranges from %1 to %2 across %3 assessed member districts "
                      "(a gap of %4)")
                 .arg(low)
                 .arg(high)
                 .arg(assessed)
                 .arg(high - low);
    return i;
}

QList<HealthIndicator> HealthCalculator::Index::indicators(const Partnership &p,
                                                           const QDate &date) const
{
    QList<HealthIndicator> list = {
        commonNeed(p, date),  superintendents(p, date), levels(p, date),
        facilitator(p, date), trust(p, date),           autonomy(p),
        distance(p, date),    turnover(p, date),        readiness(p, date)};
    for (HealthIndicator &i : list) {
        if (i.score)
            i.score = healthClamp(*i.score);
        i.level = i.score ? levelOf(*i.score) : HealthLevel::Unknown;
    }
    return list;
}

} // namespace pa
