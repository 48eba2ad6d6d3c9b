#include "health.h"

#include "healthindex.h"

#include <cmath>

namespace pa {

using namespace healthdetail;

namespace {

// Indicators that count meetings, which say nothing for a time before tracking began.
bool healthFromMeetings(const QString &key)
{
    return key == QLatin1String("superintendents") || key == QLatin1String("levels") ||
           key == QLatin1String("trust") || key == QLatin1String("distance");
}

} // namespace

QString healthLevelKey(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Good:
        return QStringLiteral("good");
    case HealthLevel::Watch:
        return QStringLiteral("watch");
    case HealthLevel::Concern:
        return QStringLiteral("concern");
    case HealthLevel::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString healthLevelLabel(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Good:
        return healthTr("good");
    case HealthLevel::Watch:
        return healthTr("watch");
    case HealthLevel::Concern:
        return healthTr("concern");
    case HealthLevel::Unknown:
        break;
    }
    return healthTr("not enough data");
}

QColor healthLevelColour(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case HealthLevel::Watch:
        return QColor(0xef, 0x8f, 0x00);
    case HealthLevel::Concern:
        return QColor(0xc6, 0x28, 0x28);
    case HealthLevel::Unknown:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString healthTrendKey(HealthTrend trend)
{
    switch (trend) {
    case HealthTrend::Up:
        return QStringLiteral("up");
    case HealthTrend::Steady:
        return QStringLiteral("steady");
    case HealthTrend::Down:
        return QStringLiteral("down");
    case HealthTrend::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString alertKindKey(AlertKind kind)
{
    switch (kind) {
    case AlertKind::SuperintendentChanged:
        return QStringLiteral("superintendent-changed");
    case AlertKind::SuperintendentAbsent:
        return QStringLiteral("superintendent-absent");
    case AlertKind::SteeringOverdue:
        return QStringLiteral("steering-overdue");
    case AlertKind::FacilitatorOverCapacity:
        return QStringLiteral("facilitator-over-capacity");
    case AlertKind::MembersSpread:
        return QStringLiteral("members-spread");
    case AlertKind::ReadinessApart:
        break;
    }
    return QStringLiteral("readiness-apart");
}

const HealthIndicator *PartnershipHealth::indicator(const QString &key) const
{
    for (const HealthIndicator &i : indicators)
        if (i.key == key)
            return &i;
    return nullptr;
}

QList<HealthAlert> PartnershipHealth::alertsOf(AlertKind kind) const
{
    QList<HealthAlert> result;
    for (const HealthAlert &a : alerts)
        if (a.kind == kind)
            result << a;
    return result;
}

// --- The calculator -----------------------------------------------------------------------

HealthCalculator::HealthCalculator(const AtlasData &atlas, const LifecycleData &lifecycle,
                                   const HealthSettings &settings)
    : m_index(std::make_unique<Index>(atlas, lifecycle, settings))
{}

HealthCalculator::~HealthCalculator() = default;

const HealthSettings &HealthCalculator::settings() const
{
    return m_index->settings;
}

QList<HealthIndicator> HealthCalculator::indicators(Id partnershipId, const QDate &asOf) const
{
    const Partnership *p = m_index->partnerships.value(partnershipId);
    return p ? m_index->indicators(*p, asOf) : QList<HealthIndicator>();
}

PartnershipHealth HealthCalculator::health(Id partnershipId, const QDate &asOf) const
{
    PartnershipHealth h;
    const Partnership *p = m_index->partnerships.value(partnershipId);
    if (!p)
        return h;
    h.partnershipId = p->id;
    h.name = p->name;
    h.status = p->status;
    h.asOf = asOf;
    h.indicators = m_index->indicators(*p, asOf);
    // The trend: the same indicators one step earlier, unless tracking had not begun then.
    const QDate earlier = asOf.addMonths(-m_index->settings.trendMonths);
    const QList<HealthIndicator> before = m_index->indicators(*p, earlier);
    const bool partial = m_index->trackedLate(*p, m_index->windowStart(earlier));
    for (qsizetype k = 0; k < h.indicators.size() && k < before.size(); ++k) {
        HealthIndicator &now = h.indicators[k];
        if (partial && healthFromMeetings(now.key))
            continue;
        now.previousScore = before.at(k).score;
        if (!now.score || !now.previousScore)
            continue;
        const double delta = *now.score - *now.previousScore;
        now.trend = delta >= 0.05    ? HealthTrend::Up
                    : delta <= -0.05 ? HealthTrend::Down
                                     : HealthTrend::Steady;
    }
    h.plan = m_index->plan(*p, asOf);
    m_index->alerts(*p, asOf, h.alerts);
    return h;
}

QList<PartnershipHealth> HealthCalculator::healthOfAll(const QDate &asOf) const
{
    QList<PartnershipHealth> all;
    for (const Partnership &p : m_index->atlas.partnerships)
        all << health(p.id, asOf);
    return all;
}

ActivityCounts HealthCalculator::activity(Id partnershipId, const QDate &from,
                                          const QDate &to) const
{
    ActivityCounts c;
    const Index &x = *m_index;
    QSet<Id> districts;
    QSet<QString> levels;
    for (const Meeting *m : x.meetingsIn(partnershipId, from, to)) {
        ++c.meetings;
        if (m->mode == MeetingMode::InPerson)
            ++c.inPersonMeetings;
        c.attendanceRows += int(m->attendance.size());
        for (const Attendance &a : m->attendance) {
            districts.insert(a.districtId);
            levels.insert(a.role);
        }
        if (!x.isSteering(*m))
            continue;
        ++c.steeringMeetings;
        for (Id id : x.membersOn(partnershipId, m->held)) {
            ++c.superintendentSeats;
            if (m->attended(id, healthSuperintendentRole()))
                ++c.superintendentsPresent;
        }
    }
    c.districtsAttending = int(districts.size());
    c.levelsAttending = int(levels.size());
    for (Id id : x.membersOn(partnershipId, to))
        for (const RoleHolder *r : x.roleHolders.value(id)) {
            if (r->partnershipId != 0 && r->partnershipId != partnershipId)
                continue;
            if (r->ended.isValid() && r->ended > from && r->ended <= to) {
                ++c.roleChanges;
                if (r->role == healthSuperintendentRole())
                    ++c.superintendentChanges;
            }
        }
    for (const TrackingEvent *e : x.events.value(partnershipId))
        if (e->occurred > from && e->occurred <= to)
            ++c.events[std::size_t(e->kind)];
    return c;
}

QList<PartnershipHealth> computeHealth(const AtlasData &atlas, const LifecycleData &lifecycle,
                                       const QDate &asOf, const HealthSettings &settings)
{
    return HealthCalculator(atlas, lifecycle, settings).healthOfAll(asOf);
}

} // namespace pa
