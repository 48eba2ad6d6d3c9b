#pragma once

#include "healthsettings.h"
#include "lifecycle.h"

#include "domain/atlasdata.h"

#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace pa {

enum class HealthLevel { Good, Watch, Concern, Unknown };
enum class HealthTrend { Up, Steady, Down, Unknown };

QString healthLevelKey(HealthLevel level); // "good", "watch", "concern", "unknown"
QString healthLevelLabel(HealthLevel level);
// Green good, amber watch, red concern, grey unknown: the one palette of the window's health
// views and the PDF report.
QColor healthLevelColour(HealthLevel level);
QString healthTrendKey(HealthTrend trend); // "up", "steady", "down", "unknown"

// One lesson or challenge from the research, judged for one partnership over the window that
// ends on a date: a score from 0 to 1 (none when there is nothing to judge), its level, and the
// facts behind it in one sentence that names the numbers.
struct HealthIndicator
{
    QString key;            // "common-need", "superintendents", "levels", "facilitator", "trust",
                            // "autonomy", "distance", "turnover", "readiness"
    QString name;           // for people: "Superintendents involved"
    bool challenge = false; // a challenge from the research rather than a lesson
    std::optional<double> score;
    HealthLevel level = HealthLevel::Unknown;
    QString fact;
    std::optional<double> previousScore; // the same indicator one window earlier
    HealthTrend trend = HealthTrend::Unknown;
};

// One meeting body of the blueprint against the meetings it held in the window.
struct PlanVsActual
{
    Id bodyId = 0;
    QString bodyName;
    BodyKind kind = BodyKind::Team;
    int meetingsPerYear = 0;
    int expected = 0; // planned meetings in the window (fewer when the partnership is younger)
    int held = 0;
    QDate lastHeld;
    MeetingMode plannedMode = MeetingMode::InPerson;
    int heldInPerson = 0;
    int heldVirtual = 0;
    int heldHybrid = 0;
    QString fact; // "Superintendent steering committee planned quarterly: 3 of 4 held in ..."
};

enum class AlertKind {
    SuperintendentChanged,
    SuperintendentAbsent,
    SteeringOverdue,
    FacilitatorOverCapacity,
    MembersSpread,
    ReadinessApart,
};

QString alertKindKey(AlertKind kind); // "superintendent-changed", ...

struct HealthAlert
{
    AlertKind kind = AlertKind::SuperintendentChanged;
    HealthLevel severity = HealthLevel::Watch; // Watch or Concern
    QString message;                           // the facts, naming district, dates and numbers
    Id districtId = 0;                         // when the alert is about one district
    Id facilitatorId = 0;                      // when it is about one facilitator
    Id bodyId = 0;                             // when it is about one meeting body
};

struct PartnershipHealth
{
    Id partnershipId = 0;
    QString name;
    PartnershipStatus status = PartnershipStatus::Proposed;
    QDate asOf;
    QList<HealthIndicator> indicators; // lessons first, then challenges, in the research order
    QList<PlanVsActual> plan;          // one per meeting body, in blueprint order
    QList<HealthAlert> alerts;

    const HealthIndicator *indicator(const QString &key) const;
    QList<HealthAlert> alertsOf(AlertKind kind) const;
};

// Counts of what happened in one partnership between two dates (from exclusive, to inclusive),
// for the research export.
struct ActivityCounts
{
    int meetings = 0;
    int steeringMeetings = 0;
    int inPersonMeetings = 0;
    int attendanceRows = 0;
    int superintendentSeats = 0;    // member districts expected at steering meetings
    int superintendentsPresent = 0; // of those, with their superintendent present
    int districtsAttending = 0;
    int levelsAttending = 0; // distinct roles seen at any meeting
    int roleChanges = 0;     // people who left a role
    int superintendentChanges = 0;
    std::array<int, 5> events{}; // by EventKind
};

// Computes the health of partnerships from plain data, as of a date given explicitly, so the
// same data and date always give the same answer. The data is indexed once; the calculator
// keeps its own (implicitly shared) copy, so it may outlive the values it was made from.
class HealthCalculator final
{
public:
    HealthCalculator(const AtlasData &atlas, const LifecycleData &lifecycle,
                     const HealthSettings &settings = {});
    ~HealthCalculator();
    HealthCalculator(const HealthCalculator &) = delete;
    HealthCalculator &operator=(const HealthCalculator &) = delete;

    PartnershipHealth health(Id partnershipId, const QDate &asOf) const;
    QList<PartnershipHealth> healthOfAll(const QDate &asOf) const; // by partnership id

    // The indicators alone for the window that ends on asOf, without trend.
    QList<HealthIndicator> indicators(Id partnershipId, const QDate &asOf) const;
    ActivityCounts activity(Id partnershipId, const QDate &from, const QDate &to) const;

    const HealthSettings &settings() const;

private:
    struct Index;
    std::unique_ptr<Index> m_index;
};

// Convenience for one call: every partnership's health.
QList<PartnershipHealth> computeHealth(const AtlasData &atlas, const LifecycleData &lifecycle,
                                       const QDate &asOf, const HealthSettings &settings = {});

} // namespace pa
