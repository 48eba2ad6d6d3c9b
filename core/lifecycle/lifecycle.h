#pragma once

#include "domain/ids.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pa {

// The plan and the log of a partnership, as plain values mapped one to one onto the blueprint
// and tracking tables of the atlas file (blueprint, blueprint_goal, meeting_body,
// meeting_body_level, agreement, meeting, attendance, role_holder, tracking_event). The health
// view and the research export compute from these, never from the database directly.

enum class BodyKind { Steering, Summit, WorkingGroup, Team };
enum class MeetingMode { InPerson, Virtual, Hybrid };
enum class EventKind { Challenge, Milestone, Outcome, Note, Turnover };

QString bodyKindKey(BodyKind kind);
QString bodyKindLabel(BodyKind kind);
std::optional<BodyKind> bodyKindFromKey(const QString &key);

QString meetingModeKey(MeetingMode mode);
QString meetingModeLabel(MeetingMode mode);
std::optional<MeetingMode> meetingModeFromKey(const QString &key);

QString eventKindKey(EventKind kind);
QString eventKindLabel(EventKind kind);
std::optional<EventKind> eventKindFromKey(const QString &key);

// The stakeholder levels of a district team, from the top ("superintendent") down. A role in
// attendance and role_holder is one of these keys; other text is kept as it is.
QStringList stakeholderLevels();
QString stakeholderLevelLabel(const QString &level);

// "quarterly", "monthly", "twice a year", "6 times a year".
QString cadenceText(int meetingsPerYear);

// A goal with its measure of success and who is accountable (a person's role or a body).
struct BlueprintGoal
{
    Id id = 0;
    QString goal;
    QString measure;
    QString accountable;
    QDate target;

    friend bool operator==(const BlueprintGoal &, const BlueprintGoal &) = default;
};

// A body that meets (steering committee, summit, working group, team): its stakeholder levels,
// its planned cadence and its usual mode (in person, virtual or hybrid).
struct MeetingBody
{
    Id id = 0;
    QString name;
    BodyKind kind = BodyKind::Team;
    int meetingsPerYear = 4;
    MeetingMode mode = MeetingMode::InPerson;
    QStringList levels;

    // Superintendents govern here: the steering committee or a summit.
    bool isSteering() const { return kind == BodyKind::Steering || kind == BodyKind::Summit; }
    friend bool operator==(const MeetingBody &, const MeetingBody &) = default;
};

// An agreement (MOU, data-sharing agreement, board resolution) and who signed it when.
struct Agreement
{
    Id id = 0;
    QString kind = QStringLiteral("MOU");
    QString title;
    QDate signedOn;
    QString signedBy; // roles and bodies ("All ten superintendents; district counsel")
    QString notes;

    bool isSigned() const { return signedOn.isValid(); }
    friend bool operator==(const Agreement &, const Agreement &) = default;
};

// The plan of one partnership. alignment and localAutonomy hold what is aligned across
// districts and what stays with each district, one item per line or separated by commas.
struct Blueprint
{
    Id partnershipId = 0;
    QString vision;
    QString governance;
    QString alignment;
    QString localAutonomy;
    QString distanceTools;
    QList<BlueprintGoal> goals;  // in order
    QList<MeetingBody> bodies;   // in order
    QList<Agreement> agreements; // by id

    const MeetingBody *body(Id id) const;
    QStringList alignedItems() const;
    QStringList localItems() const;
    friend bool operator==(const Blueprint &, const Blueprint &) = default;
};

// One district's role present at a meeting.
struct Attendance
{
    Id districtId = 0;
    QString role; // a stakeholder level key

    friend bool operator==(const Attendance &, const Attendance &) = default;
};

struct Meeting
{
    Id id = 0;
    Id partnershipId = 0;
    Id bodyId = 0; // 0 when the meeting belongs to no body (or the body was removed)
    QDate held;
    MeetingMode mode = MeetingMode::InPerson;
    QString notes;
    QList<Attendance> attendance; // read back by district, then role

    bool attended(Id districtId, const QString &role) const;
    friend bool operator==(const Meeting &, const Meeting &) = default;
};

// A person in a role in a district, with start and end dates, so that turnover is visible.
// partnershipId is 0 for a role held for the district as a whole.
struct RoleHolder
{
    Id id = 0;
    Id districtId = 0;
    Id partnershipId = 0;
    QString role;
    QString person; // personal data: left out of exports unless asked for
    QDate started;
    QDate ended;

    bool heldOn(const QDate &date) const
    {
        return (!started.isValid() || started <= date) && (!ended.isValid() || ended >= date);
    }
    friend bool operator==(const RoleHolder &, const RoleHolder &) = default;
};

// A challenge, milestone, outcome, note or turnover entry in the tracking log.
struct TrackingEvent
{
    Id id = 0;
    Id partnershipId = 0;
    QDate occurred;
    EventKind kind = EventKind::Note;
    QString title;
    QString detail;

    friend bool operator==(const TrackingEvent &, const TrackingEvent &) = default;
};

// Blueprints and tracking of every partnership in an atlas. Meetings and events are sorted by
// partnership and date, role holders by district and start.
struct LifecycleData
{
    QList<Blueprint> blueprints; // by partnership id
    QList<Meeting> meetings;
    QList<RoleHolder> roleHolders;
    QList<TrackingEvent> events;

    const Blueprint *blueprint(Id partnershipId) const;
    QList<Meeting> meetingsOf(Id partnershipId) const;
    QList<TrackingEvent> eventsOf(Id partnershipId) const;
    // Role holders in the district, for the partnership or for the district as a whole.
    QList<RoleHolder> roleHoldersOf(Id districtId, Id partnershipId) const;
    void sort();

    friend bool operator==(const LifecycleData &, const LifecycleData &) = default;
};

} // namespace pa
